package org.ipwp.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;

/**
 * Validates the header of a content file, line by line, before its body is converted:
 * {@code key=value} lines ending with {@value #SEPARATOR}. Unlike JBake's own header parsing,
 * which skips a file with a warning or logs an unparseable date and goes on, every problem here
 * is an error naming the line.
 */
public final class PageHeaderParser {

    /** The header separator (JBake's default). */
    public static final String SEPARATOR = "~~~~~~";

    private final Diagnostics diagnostics;

    public PageHeaderParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Parses the header.
     *
     * @param lines      the file's lines
     * @param sourceName repository-relative path for diagnostics
     * @return the header, or {@code null} after reporting its problems
     */
    public PageHeader parse(List<String> lines, String sourceName) {
        int separator = lines.indexOf(SEPARATOR);
        if (separator < 0) {
            diagnostics.error("meta.missing-header", SourcePosition.line(sourceName, 1),
                    "no header: start the file with title=, type=, status=, date= lines and a line '" + SEPARATOR + "'");
            return null;
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            SourcePosition at = SourcePosition.line(sourceName, i + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                diagnostics.error("meta.syntax", at, "header lines are 'key=value'; got '" + line.strip() + "'");
                ok = false;
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (values.containsKey(key)) {
                diagnostics.error("meta.duplicate-key", at, "'" + key + "' is already set on line " + lineOf.get(key));
                ok = false;
                continue;
            }
            values.put(key, line.substring(eq + 1).strip());
            lineOf.put(key, i + 1);
        }
        SourcePosition headerStart = SourcePosition.line(sourceName, 1);
        String typeName = values.get("type");
        if (typeName == null || typeName.isEmpty()) {
            diagnostics.error("meta.missing-field", headerStart, "header has no 'type'; use one of home, page, contents, chapter, letter");
            return null;
        }
        PageType type = PageType.ofHeaderName(typeName).orElse(null);
        if (type == null) {
            diagnostics.error("meta.bad-value", SourcePosition.line(sourceName, lineOf.get("type")),
                    "unknown type '" + typeName + "'; use one of home, page, contents, chapter, letter");
            return null;
        }
        TreeSet<String> allowed = new TreeSet<>(PageType.COMMON_KEYS);
        allowed.addAll(type.extraKeys());
        allowed.addAll(type.optionalKeys());
        for (String key : new TreeSet<>(values.keySet())) {
            if (!allowed.contains(key)) {
                diagnostics.error("meta.unknown-key", SourcePosition.line(sourceName, lineOf.get(key)),
                        "unknown header key '" + key + "' for a " + typeName + "; allowed keys: " + String.join(", ", allowed));
                ok = false;
            }
        }
        for (String key : allowed) {
            if (!type.optionalKeys().contains(key) && values.getOrDefault(key, "").isEmpty()) {
                diagnostics.error("meta.missing-field", lineOf.containsKey(key) ? SourcePosition.line(sourceName, lineOf.get(key)) : headerStart,
                        "header needs a value for '" + key + "'");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        String status = values.get("status");
        if (!status.equals("published") && !status.equals("draft")) {
            diagnostics.error("meta.bad-value", SourcePosition.line(sourceName, lineOf.get("status")),
                    "status must be 'published' or 'draft', got '" + status + "'");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(values.get("date"));
        } catch (DateTimeParseException e) {
            diagnostics.error("meta.bad-date", SourcePosition.line(sourceName, lineOf.get("date")),
                    "date '" + values.get("date") + "' is not a date in the form YYYY-MM-DD, e.g. 2020-03-31");
            return null;
        }
        if (type == PageType.CHAPTER && !values.get("order").matches("[1-9][0-9]{0,2}")) {
            diagnostics.error("meta.bad-value", SourcePosition.line(sourceName, lineOf.get("order")),
                    "order must be a chapter number from 1 to 999, got '" + values.get("order") + "'");
            return null;
        }
        TreeMap<String, String> extra = new TreeMap<>();
        type.extraKeys().forEach(key -> extra.put(key, values.get(key)));
        type.optionalKeys().forEach(key -> extra.put(key, values.getOrDefault(key, "")));
        return new PageHeader(type, status.equals("draft"), values.get("title"), date, values.get("description"),
                extra, separator + 2);
    }
}
