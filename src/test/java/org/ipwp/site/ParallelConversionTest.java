package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages convert on several threads sharing one Asciidoctor instance, whose extensions and log
 * handler exist once: each conversion must still see only its own page. Many pages with a mistake
 * each at its own line, and a figure each, must report every mistake at its own file and line and
 * quote every figure on its own page.
 */
class ParallelConversionTest {

    private static final int PAGES = 40;

    @TempDir
    Path temp;

    @Test
    void everyPageReportsItsOwnMistakeAtItsOwnLine() throws IOException {
        SiteFixture site = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        for (int i = 0; i < PAGES; i++) {
            for (String language : List.of("zh", "en")) {
                StringBuilder body = new StringBuilder();
                // The mistake moves down one line per page, so that a mix-up shows as a wrong line.
                body.append("Text.\n\n".repeat(i));
                body.append("Row figure:ip-finance[no-row-").append(language).append("-").append(i).append("].\n");
                write(site.root().resolve("content/" + language + "/whitepaper/p" + (100 + i) + ".adoc"),
                        "title=Page " + i + "\ntype=chapter\nstatus=published\ndate=2020-03-31\ndescription=A page converted in parallel.\norder=" + (100 + i)
                                + "\n~~~~~~\n" + body);
            }
        }
        SiteFixture.Run run = site.build("--out", temp.resolve("www").toString(), "--no-cache");
        assertEquals(1, run.exitCode(), run.err());
        Pattern error = Pattern.compile("content/(zh|en)/whitepaper/p(\\d+)\\.adoc:(\\d+):\\d+: error: \\[adoc\\.figure-unknown\\] "
                + "dataset 'ip-finance' has no row 'no-row-(zh|en)-(\\d+)'");
        Matcher matcher = error.matcher(run.err());
        int found = 0;
        while (matcher.find()) {
            found++;
            int page = Integer.parseInt(matcher.group(2)) - 100;
            assertEquals(matcher.group(1), matcher.group(4), matcher.group());
            assertEquals(page, Integer.parseInt(matcher.group(5)), matcher.group());
            // Six header lines, the separator at 7, then two lines per "Text." before the figure.
            assertEquals(8 + 2 * page, Integer.parseInt(matcher.group(3)), matcher.group());
        }
        assertEquals(2 * PAGES, found, run.err());
    }

    @Test
    void everyPageQuotesItsOwnFigures() throws IOException {
        SiteFixture site = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        List<String> rows = List.of("pledge-financing", "knowledge-value-loans");
        for (int i = 0; i < PAGES; i++) {
            for (String language : List.of("zh", "en")) {
                write(site.root().resolve("content/" + language + "/whitepaper/p" + (100 + i) + ".adoc"),
                        "title=Page " + i + "\ntype=chapter\nstatus=published\ndate=2020-03-31\ndescription=A page converted in parallel.\norder=" + (100 + i)
                                + "\n~~~~~~\n[#s" + i + "]\n== Section " + i + "\n\nfigure:ip-finance[" + rows.get(i % 2) + "]\n");
            }
        }
        Path out = temp.resolve("www");
        SiteFixture.Run run = site.build("--out", out.toString(), "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        for (int i = 0; i < PAGES; i++) {
            String html = Files.readString(out.resolve("en/whitepaper/p" + (100 + i) + "/index.html"), StandardCharsets.UTF_8);
            String other = rows.get((i + 1) % 2);
            assertTrue(html.contains("id=\"s" + i + "\""), "page " + i + " has its own section");
            assertTrue(!html.contains("data-row=\"" + other + "\"") && !html.contains("#row-" + other), "page " + i + " quotes only its row");
        }
        // The dataset page lists each section under the row it quotes, and nowhere else.
        String dataset = Files.readString(out.resolve("en/data/ip-finance/index.html"), StandardCharsets.UTF_8);
        for (int i = 0; i < PAGES; i++) {
            assertTrue(dataset.contains("p" + (100 + i) + "/#s" + i + "\""), "section " + i + " is listed as quoting");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
