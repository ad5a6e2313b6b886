package org.ipwp.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;

class LinkResolverTest {

    @Test
    void chapterLinksToItsCounterpartInTheOtherLanguage() {
        LinkResolver link = LinkResolver.relativeFrom("zh/whitepaper/01-overview/", Language.ZH);

        assertEquals("../../../en/whitepaper/01-overview/", link.root("en/whitepaper/01-overview/"));
    }

    @Test
    void chapterLinksUpToItsContentsPage() {
        LinkResolver link = LinkResolver.relativeFrom("zh/whitepaper/01-overview/", Language.ZH);

        assertEquals("../", link.to("whitepaper/"));
    }

    @Test
    void chapterLinksToASiblingChapter() {
        LinkResolver link = LinkResolver.relativeFrom("zh/whitepaper/01-overview/", Language.ZH);

        assertEquals("../02-management/", link.to("whitepaper/02-management/"));
    }

    @Test
    void pageLinksToItself() {
        LinkResolver link = LinkResolver.relativeFrom("zh/whitepaper/01-overview/", Language.ZH);

        assertEquals("./", link.to("whitepaper/01-overview/"));
    }

    @Test
    void englishPageLinksInsideEnglish() {
        LinkResolver link = LinkResolver.relativeFrom("en/about/", Language.EN);

        assertEquals("../letters/2020/", link.to("letters/2020/"));
    }

    @Test
    void languageHomeFromAPageOfThatLanguage() {
        assertEquals("../", LinkResolver.relativeFrom("en/about/", Language.EN).to(""));
    }

    @Test
    void fileInTheCurrentFolder() {
        assertEquals("figure.png", LinkResolver.relativeFrom("zh/about/", Language.ZH).root("zh/about/figure.png"));
    }

    @Test
    void fileNamedLikeTheCurrentFolder() {
        assertEquals("../whitepaper", LinkResolver.relativeFrom("zh/whitepaper/", Language.ZH).root("zh/whitepaper"));
    }

    @Test
    void fromTheSiteRootTheLanguageHomeIsTheLanguageFolder() {
        assertEquals("zh/", LinkResolver.relativeFrom("", Language.ZH).to(""));
    }

    @Test
    void fromTheSiteRootTheRootIsTheCurrentFolder() {
        assertEquals("./", LinkResolver.relativeFrom("", Language.ZH).root(""));
    }

    @Test
    void fromALanguageHomeTheSiteRootIsOneUp() {
        assertEquals("../", LinkResolver.relativeFrom("en/", Language.EN).root(""));
    }

    @Test
    void assetFromADeepPage() {
        LinkResolver link = LinkResolver.relativeFrom("zh/whitepaper/01-overview/", Language.ZH);

        assertEquals("../../../assets/css/site.css", link.asset("css/site.css"));
    }

    @Test
    void assetFromTheSiteRoot() {
        assertEquals("assets/css/site.css", LinkResolver.relativeFrom("", Language.ZH).asset("css/site.css"));
    }

    @Test
    void rootRelativeLinksStartWithTheBasePath() {
        assertEquals("/ipwp/en/whitepaper/", LinkResolver.rootRelative("/ipwp/", Language.ZH).root("en/whitepaper/"));
    }

    @Test
    void rootRelativeLinkInsideTheLanguage() {
        assertEquals("/ipwp/zh/", LinkResolver.rootRelative("/ipwp/", Language.ZH).to(""));
    }

    @Test
    void rootRelativeAsset() {
        assertEquals("/ipwp/assets/css/site.css", LinkResolver.rootRelative("/ipwp/", Language.ZH).asset("css/site.css"));
    }

    @Test
    void rootRelativeAtTheDomainRoot() {
        assertEquals("/en/", LinkResolver.rootRelative("/", Language.EN).to(""));
    }
}
