package org.ipwp.config;

import java.net.URI;
import org.ipwp.i18n.LocalizedText;

/**
 * The typed site configuration.
 *
 * @param baseUrl   absolute URL the site is published at, always ending in {@code /}; may carry a
 *                  sub-path ({@code https://example.org/ipwp/})
 * @param siteName  the site's name ({@code SiteName} meta tag)
 * @param sponsor   主办单位, the publishing body
 * @param identity  the government-site identifiers for footer and meta tags
 * @param contact   contact line shown in the footer (telephone, address)
 * @param email     contact e-mail
 */
public record SiteConfig(
        URI baseUrl,
        LocalizedText siteName,
        LocalizedText sponsor,
        GovernmentSiteIdentity identity,
        LocalizedText contact,
        String email) {

    /** The same configuration published at another base URL (the {@code --base-url} option). */
    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(newBaseUrl, siteName, sponsor, identity, contact, email);
    }

    /** The path part of the base URL, e.g. {@code /ipwp/}; {@code /} at a domain's root. */
    public String basePath() {
        return baseUrl.getRawPath();
    }
}
