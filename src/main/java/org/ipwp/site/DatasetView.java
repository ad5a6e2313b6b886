package org.ipwp.site;

import java.util.List;

/**
 * What a dataset page shows, in the page's language (computed by {@link DatasetViews}).
 *
 * @param id          the dataset id
 * @param updatedText last update, in the page's language
 * @param updatedIso  last update, ISO
 * @param coverage    what and when the data cover
 * @param license     licence name
 * @param licenseUrl  licence URL
 * @param sources     where the figures come from
 * @param fields      the field dictionary
 * @param tableHtml   the reader's table (escaped by {@link org.ipwp.dataview.DataTableWriter})
 * @param chartHtml   an SVG chart, or {@code null} when the rows do not share one unit
 * @param downloads   the download files
 * @param jsonLd      schema.org {@code Dataset} JSON-LD, safe inside a script element
 * @param quotedIn    where each row is quoted, by row
 * @param rowCount    number of rows
 */
public record DatasetView(String id, String updatedText, String updatedIso, String coverage, String license,
                          String licenseUrl, List<SourceLink> sources, List<FieldEntry> fields, String tableHtml,
                          String chartHtml, List<DownloadEntry> downloads, String jsonLd,
                          List<RowQuotes> quotedIn, int rowCount) {

    /** A source: the letter page when it is archived here, else title only ({@code href} null). */
    public record SourceLink(String title, String href) {
    }

    /** One row of the field dictionary. */
    public record FieldEntry(String name, String title, String type, String unit, String constraints) {
    }

    /** The places that quote one row ({@code rowId} is the row's id in the data table). */
    public record RowQuotes(String label, String rowId, List<QuoteLink> links) {
    }

    /** A page and section quoting a row; {@code otherLanguage} marks the other language's pages. */
    public record QuoteLink(String text, String href, String lang, boolean otherLanguage) {
    }

    /** One download with its size and SHA-256. */
    public record DownloadEntry(String name, String format, String href, String sizeText, long bytes, String sha256) {
    }
}
