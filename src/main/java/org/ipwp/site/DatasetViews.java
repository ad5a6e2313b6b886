package org.ipwp.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipwp.chart.ChartKind;
import org.ipwp.chart.SvgChartWriter;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.DatasetSource;
import org.ipwp.data.Field;
import org.ipwp.data.FieldConstraints;
import org.ipwp.content.Quotation;
import org.ipwp.data.Unit;
import org.ipwp.dataview.CellText;
import org.ipwp.dataview.DataChartBuilder;
import org.ipwp.dataview.DataTableWriter;
import org.ipwp.dataview.ReaderColumns;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.LocalizedDates;
import org.ipwp.i18n.Messages;
import org.ipwp.links.LinkResolver;
import org.ipwp.opendata.DownloadFile;
import org.ipwp.opendata.PublishedLayout;
import org.ipwp.opendata.SchemaOrgDataset;

/** Computes what the dataset pages and the catalogue page show, from the {@link SiteModel}. */
final class DatasetViews {

    private final SiteModel model;
    private final Messages messages;
    private final CellText cells;
    private final LocalizedDates dates = new LocalizedDates();
    // Every quotation of a dataset row, by dataset and row key, in page order: a dataset page
    // lists them per row, and searching every page for every row was quadratic in the site.
    private final Map<String, Map<String, List<QuotingPage>>> quotations = new java.util.HashMap<>();

    /** A page and one of its quotations. */
    private record QuotingPage(Page page, Quotation quote) {
    }

    DatasetViews(SiteModel model) {
        this.model = model;
        this.messages = model.messages();
        for (Page page : model.pages()) {
            if (page.body() != null) {
                for (Quotation quote : page.body().quotes()) {
                    quotations.computeIfAbsent(quote.datasetId(), d -> new java.util.HashMap<>())
                            .computeIfAbsent(quote.rowKey(), r -> new ArrayList<>()).add(new QuotingPage(page, quote));
                }
            }
        }
        this.cells = new CellText(messages, model.datasets().formatter());
    }

    /** The catalogue rows, by dataset id. */
    List<DatasetEntry> catalogue(Language language, LinkResolver link) {
        List<DatasetEntry> entries = new ArrayList<>();
        for (Dataset dataset : model.datasets().all()) {
            entries.add(new DatasetEntry(dataset.id(), dataset.title().get(language), dataset.description().get(language),
                    dates.format(dataset.updated(), language), dates.iso(dataset.updated()), dataset.rows().size(),
                    link.root(PublishedLayout.datasetPagePath(dataset.id(), language)),
                    link.root(PublishedLayout.downloadPath(dataset.id(), dataset.id() + ".csv"))));
        }
        return entries;
    }

    DatasetView of(Dataset dataset, Language language, LinkResolver link) {
        List<DatasetView.SourceLink> sources = new ArrayList<>();
        for (DatasetSource source : dataset.sources()) {
            boolean archived = source.letter() != null && !source.letter().isEmpty();
            sources.add(new DatasetView.SourceLink(source.title().get(language),
                    archived ? link.root(PublishedLayout.letterPagePath(source.letter(), language)) : null));
        }
        List<DatasetView.FieldEntry> fields = new ArrayList<>();
        ReaderColumns columns = ReaderColumns.of(dataset);
        for (int c = 0; c < dataset.fields().size(); c++) {
            Field field = dataset.fields().get(c);
            String unit = field.unit() != null ? messages.get(language, "unit." + field.unit().code())
                    : columns.quantities().contains(c) && columns.unit() >= 0 ? messages.get(language, "data.unit.perRow") : "";
            fields.add(new DatasetView.FieldEntry(field.name(), field.title().get(language),
                    messages.get(language, "data.type." + field.type().schemaName()), unit,
                    constraints(field.constraints(), language)));
        }
        String caption = dataset.title().get(language);
        String table = new DataTableWriter(messages, cells).table(dataset, dataset.rows(), language, caption, link::root, true);
        List<DownloadFile> files = model.downloads().get(dataset.id());
        List<DatasetView.DownloadEntry> downloads = new ArrayList<>();
        for (DownloadFile file : files) {
            downloads.add(new DatasetView.DownloadEntry(file.name(), messages.get(language, "data.format." + formatKey(file.name())),
                    link.root(PublishedLayout.downloadPath(dataset.id(), file.name())), new FileSizeText(messages).of(file.size(), language),
                    file.size(), file.sha256()));
        }
        String jsonLd = new SchemaOrgDataset().jsonLd(dataset, language, files, model.config());
        return new DatasetView(dataset.id(), dates.format(dataset.updated(), language), dates.iso(dataset.updated()),
                dataset.coverage().get(language), dataset.licenseName(), dataset.licenseUrl(), sources, fields, table,
                chart(dataset, language), downloads, jsonLd, quotedIn(dataset, language, link), dataset.rows().size());
    }

    /**
     * A bar chart of the first quantity column, over the rows of its most common unit (an
     * indicator table mixes counts and ranks; a chart only compares like with like), or
     * {@code null} when fewer than two rows share a unit.
     */
    private String chart(Dataset dataset, Language language) {
        ReaderColumns columns = ReaderColumns.of(dataset);
        if (columns.quantities().isEmpty()) {
            return null;
        }
        int column = columns.quantities().get(0);
        Map<Optional<Unit>, List<DatasetRow>> byUnit = new LinkedHashMap<>();
        for (DatasetRow row : dataset.rows()) {
            if (!row.cells().get(column).isEmpty()) {
                byUnit.computeIfAbsent(cells.unitOf(dataset, columns, row, column), u -> new ArrayList<>()).add(row);
            }
        }
        Map.Entry<Optional<Unit>, List<DatasetRow>> largest = null;
        for (Map.Entry<Optional<Unit>, List<DatasetRow>> entry : byUnit.entrySet()) {
            if (largest == null || entry.getValue().size() > largest.getValue().size()) {
                largest = entry;
            }
        }
        if (largest == null || largest.getValue().size() < 2) {
            return null;
        }
        String title = dataset.title().get(language);
        if (largest.getValue().size() < dataset.rows().size() && largest.getKey().isPresent()) {
            title = messages.get(language, "chart.title.unit", title,
                    messages.get(language, "unit." + largest.getKey().get().code()));
        }
        DataChartBuilder.Result result = new DataChartBuilder(messages, cells).chart(dataset, largest.getValue(), language,
                ChartKind.BAR, title, "chart-" + dataset.id(), null);
        return result.spec() == null ? null
                : new SvgChartWriter((BigDecimal value) -> cells.tick(value, language)).write(result.spec());
    }

    /**
     * Where each row is quoted, in this language's pages first, then the other language's, so
     * that an editor correcting a figure sees every sentence, table and chart it changes.
     */
    private List<DatasetView.RowQuotes> quotedIn(Dataset dataset, Language language, LinkResolver link) {
        int key = dataset.keyColumn();
        if (key < 0) {
            return List.of();
        }
        int label = ReaderColumns.of(dataset).label(language);
        List<DatasetView.RowQuotes> rows = new ArrayList<>();
        Map<String, List<QuotingPage>> byRow = quotations.getOrDefault(dataset.id(), Map.of());
        for (DatasetRow row : dataset.rows()) {
            String rowKey = row.cells().get(key);
            java.util.LinkedHashSet<DatasetView.QuoteLink> links = new java.util.LinkedHashSet<>();
            List<QuotingPage> quoting = byRow.getOrDefault(rowKey, List.of());
            for (Language pageLanguage : List.of(language, language.other())) {
                for (QuotingPage quoted : quoting) {
                    Page page = quoted.page();
                    Quotation quote = quoted.quote();
                    if (page.language() != pageLanguage) {
                        continue;
                    }
                    String text = quote.sectionTitle() == null ? page.title()
                            : messages.get(language, "data.quote.place", page.title(), quote.sectionTitle());
                    String href = link.root(page.url()) + (quote.sectionId() == null ? "" : "#" + quote.sectionId());
                    links.add(new DatasetView.QuoteLink(text, href, pageLanguage.htmlLang(), pageLanguage != language));
                }
            }
            rows.add(new DatasetView.RowQuotes(row.cells().get(label), DataTableWriter.rowId(rowKey), List.copyOf(links)));
        }
        return rows;
    }

    private String constraints(FieldConstraints constraints, Language language) {
        List<String> parts = new ArrayList<>();
        if (constraints.required()) {
            parts.add(messages.get(language, "data.constraint.required"));
        }
        if (constraints.unique()) {
            parts.add(messages.get(language, "data.constraint.unique"));
        }
        if (constraints.minimum() != null) {
            parts.add(messages.get(language, "data.constraint.minimum", constraints.minimum().toPlainString()));
        }
        if (constraints.maximum() != null) {
            parts.add(messages.get(language, "data.constraint.maximum", constraints.maximum().toPlainString()));
        }
        if (constraints.pattern() != null) {
            parts.add(messages.get(language, "data.constraint.pattern", constraints.pattern().pattern()));
        }
        if (constraints.enumeration() != null) {
            List<String> values = constraints.enumeration().stream().filter(v -> !v.isEmpty()).toList();
            parts.add(messages.get(language, "data.constraint.enum", String.join(", ", values)));
        }
        return parts.stream().reduce((a, b) -> messages.get(language, "data.constraint.join", a, b)).orElse("");
    }

    private static String formatKey(String fileName) {
        if (fileName.equals("datapackage.json")) {
            return "datapackage";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1);
    }

}
