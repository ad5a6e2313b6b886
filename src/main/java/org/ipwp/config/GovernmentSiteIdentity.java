package org.ipwp.config;

/**
 * The identifiers a Chinese government website must show in its footer and page meta tags
 * (GB/T 政府网站发展指引): 政府网站标识码, ICP 备案号 and 公安机关备案号, each with the record page it
 * links to.
 *
 * @param siteIdCode  政府网站标识码 ({@code SiteIDCode} meta tag)
 * @param domain      the site's domain ({@code SiteDomain} meta tag)
 * @param icpNumber   ICP 备案号 as displayed, e.g. 渝ICP备00000000号
 * @param icpUrl      the MIIT record page it links to
 * @param psbNumber   公安机关备案号 as displayed
 * @param psbUrl      the public-security record page it links to
 */
public record GovernmentSiteIdentity(
        String siteIdCode, String domain, String icpNumber, String icpUrl, String psbNumber, String psbUrl) {
}
