package org.ipwp.opendata;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ipwp.i18n.Language;

/**
 * Where open data lives on the published site (see the package description): the relative paths
 * the site builder writes to and the absolute URLs the metadata links to.
 *
 * <p>Only ids, file names and letter references of the expected shape are accepted, so that
 * nothing from a data file can make a link point outside the site (a {@code ../} or an absolute
 * URL would otherwise survive {@link URI#resolve}).
 *
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}; may have a
 *                sub-path such as {@code https://example.org/ipr/}
 */
public record PublishedLayout(URI baseUrl) {

    /** The DCAT catalogue of all datasets. */
    public static final String CATALOG_PATH = "data/catalog.jsonld";

    private static final Pattern DATASET_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern LETTER = Pattern.compile("[0-9]{4}/[a-z0-9]+(-[a-z0-9]+)*");

    public PublishedLayout {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || baseUrl.getRawPath() == null || !baseUrl.getRawPath().endsWith("/")
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("base URL must be absolute and end in '/': " + baseUrl);
        }
    }

    /** {@code data/<id>/}: the folder of a dataset's downloads. */
    public static String datasetFolderPath(String datasetId) {
        return "data/" + checked(DATASET_ID, datasetId, "dataset id") + "/";
    }

    /** {@code data/<id>/<fileName>}: one download. */
    public static String downloadPath(String datasetId, String fileName) {
        return datasetFolderPath(datasetId) + checked(FILE_NAME, fileName, "download file name");
    }

    /** {@code <lang>/data/<id>/}: the page of a dataset in one language. */
    public static String datasetPagePath(String datasetId, Language language) {
        return language.code() + "/" + datasetFolderPath(datasetId);
    }

    /** {@code <lang>/data/}: the catalogue page in one language. */
    public static String catalogPagePath(Language language) {
        return language.code() + "/data/";
    }

    /** {@code <lang>/letters/<year>/<name>/}: the archived letter a dataset comes from. */
    public static String letterPagePath(String letter, Language language) {
        return language.code() + "/letters/" + checked(LETTER, letter, "letter reference (<year>/<name>)") + "/";
    }

    /** The IRI of the catalogue as a whole: the folder holding every dataset's folder. */
    public URI catalogIri() {
        return baseUrl.resolve("data/");
    }

    /** The IRI of a dataset: its download folder (the same in DCAT, Frictionless and schema.org). */
    public URI datasetIri(String datasetId) {
        return baseUrl.resolve(datasetFolderPath(datasetId));
    }

    public URI downloadUrl(String datasetId, String fileName) {
        return baseUrl.resolve(downloadPath(datasetId, fileName));
    }

    public URI datasetPage(String datasetId, Language language) {
        return baseUrl.resolve(datasetPagePath(datasetId, language));
    }

    public URI catalogPage(Language language) {
        return baseUrl.resolve(catalogPagePath(language));
    }

    public URI catalogFile() {
        return baseUrl.resolve(CATALOG_PATH);
    }

    public URI letterPage(String letter, Language language) {
        return baseUrl.resolve(letterPagePath(letter, language));
    }

    private static String checked(Pattern shape, String value, String what) {
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' does not have the form " + shape.pattern());
        }
        return value;
    }
}
