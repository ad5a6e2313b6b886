package org.ipwp.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.LocalizedText;

/**
 * Reads {@code jbake.properties}: one {@code key=value} per line, {@code #} comments, UTF-8.
 * Every problem (unknown key, duplicate, missing required key, bad URL) is reported with its line.
 */
public final class SiteConfigReader {

    /** Keys this project understands, with whether they are required. */
    private static final Map<String, Boolean> KEYS = keys();

    private static Map<String, Boolean> keys() {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        keys.put("site.baseUrl", true);
        keys.put("site.name.zh", true);
        keys.put("site.name.en", true);
        keys.put("site.sponsor.zh", true);
        keys.put("site.sponsor.en", true);
        keys.put("site.idCode", true);
        keys.put("site.domain", true);
        keys.put("site.icp.number", true);
        keys.put("site.icp.url", true);
        keys.put("site.psb.number", true);
        keys.put("site.psb.url", true);
        keys.put("site.contact.zh", true);
        keys.put("site.contact.en", true);
        keys.put("site.email", true);
        return Map.copyOf(keys);
    }

    private final Diagnostics diagnostics;

    public SiteConfigReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the configuration, reporting problems to the diagnostics.
     *
     * @param reader     the file's text
     * @param sourceName repository-relative name used in diagnostics
     * @return the configuration, or {@code null} when any problem was reported
     */
    public SiteConfig read(Reader reader, String sourceName) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        boolean ok = true;
        BufferedReader in = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            SourcePosition at = SourcePosition.line(sourceName, lineNumber);
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                diagnostics.error("config.syntax", at, "expected 'key=value', got '" + trimmed + "'");
                ok = false;
                continue;
            }
            String key = trimmed.substring(0, eq).strip();
            String value = trimmed.substring(eq + 1).strip();
            seen.add(key);
            if (value.endsWith("\\")) {
                diagnostics.error("config.syntax", at, "line continuations are not supported; put '" + key + "' on one line");
                ok = false;
                continue;
            }
            if (!KEYS.containsKey(key)) {
                diagnostics.error("config.unknown-key", at,
                        "unknown key '" + key + "'; known keys: " + String.join(", ", new TreeSet<>(KEYS.keySet())));
                ok = false;
                continue;
            }
            if (lines.containsKey(key)) {
                diagnostics.error("config.duplicate-key", at,
                        "'" + key + "' is already set on line " + lines.get(key));
                ok = false;
                continue;
            }
            if (value.isEmpty()) {
                diagnostics.error("config.empty-value", at, "'" + key + "' has no value");
                ok = false;
                continue;
            }
            values.put(key, value);
            lines.put(key, lineNumber);
        }
        for (String key : new TreeSet<>(KEYS.keySet())) {
            if (KEYS.get(key) && !seen.contains(key)) {
                diagnostics.error("config.missing-key", SourcePosition.file(sourceName), "required key '" + key + "' is missing");
                ok = false;
            }
        }
        URI baseUrl = null;
        if (values.containsKey("site.baseUrl")) {
            baseUrl = parseBaseUrl(values.get("site.baseUrl"), SourcePosition.line(sourceName, lines.get("site.baseUrl")));
            ok &= baseUrl != null;
        }
        if (!ok) {
            return null;
        }
        return new SiteConfig(
                baseUrl,
                new LocalizedText(values.get("site.name.zh"), values.get("site.name.en")),
                new LocalizedText(values.get("site.sponsor.zh"), values.get("site.sponsor.en")),
                new GovernmentSiteIdentity(values.get("site.idCode"), values.get("site.domain"),
                        values.get("site.icp.number"), values.get("site.icp.url"),
                        values.get("site.psb.number"), values.get("site.psb.url")),
                new LocalizedText(values.get("site.contact.zh"), values.get("site.contact.en")),
                values.get("site.email"));
    }

    /**
     * Parses an absolute http(s) base URL and normalises it to end in {@code /}.
     *
     * @return the URL, or {@code null} after reporting a problem
     */
    public URI parseBaseUrl(String text, SourcePosition at) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!uri.isAbsolute() || !List.of("http", "https").contains(scheme)
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                diagnostics.error("config.base-url", at,
                        "base URL must be an absolute http(s) URL without query or fragment, e.g. https://example.org/ipwp/; got '" + text + "'");
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            // From raw parts: the multi-argument URI constructor would quote '%' escapes a second time.
            return new URI(scheme + "://" + uri.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            diagnostics.error("config.base-url", at, "base URL is not a valid URL: " + e.getMessage());
            return null;
        }
    }

    /** The keys this reader accepts, sorted (for documentation and tests). */
    public static Set<String> knownKeys() {
        return new TreeSet<>(KEYS.keySet());
    }
}
