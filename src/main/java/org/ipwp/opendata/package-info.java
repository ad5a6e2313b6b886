/**
 * Open data as published: the download files of each dataset and the machine-readable metadata
 * that lets catalogues (CKAN, data.gov-style harvesters, search engines) find them.
 *
 * <p>The source of every file is a validated {@link org.ipwp.data.Dataset}; nothing here reads the
 * repository. Each writer returns a {@link org.ipwp.opendata.DownloadFile} (name, media type,
 * bytes) so that the site builder writes the bytes and the metadata quotes their size and SHA-256
 * without reading them back. Every writer is deterministic: the same dataset gives the same bytes.
 *
 * <h2>Published layout (fixed; paths are relative to the site's base URL)</h2>
 * <pre>
 * data/&lt;id&gt;/&lt;id&gt;.csv          the table as CSV: UTF-8 with BOM, CRLF, RFC 4180
 *                                ({@link org.ipwp.opendata.CsvDownload})
 * data/&lt;id&gt;/&lt;id&gt;.json         the same rows as a JSON array of typed objects
 *                                ({@link org.ipwp.opendata.JsonDownload})
 * data/&lt;id&gt;/datapackage.json     Frictionless Data Package describing both files, with their
 *                                sizes and hashes ({@link org.ipwp.opendata.PublishedDataPackage})
 * zh/data/&lt;id&gt;/, en/data/&lt;id&gt;/   the human pages of one dataset, carrying schema.org
 *                                JSON-LD ({@link org.ipwp.opendata.SchemaOrgDataset})
 * data/catalog.jsonld           the DCAT catalogue of all datasets ({@link org.ipwp.opendata.DcatCatalog})
 * zh/data/, en/data/             the human catalogue pages
 * </pre>
 * {@link org.ipwp.opendata.PublishedLayout} is the one place that spells these paths.
 *
 * <h2>Identifiers</h2>
 * The IRI of a dataset (DCAT {@code @id}, Frictionless {@code id}, schema.org {@code @id}) is
 * {@code <baseUrl>data/<id>/}, the folder holding its downloads, so the three descriptions name the
 * same thing; the language pages are its landing pages. A source letter {@code <year>/<name>} is
 * linked at {@code <baseUrl>zh/letters/<year>/<name>/}, the archived original (Chinese) reply
 * letter; the schema.org description of an English page links the English letter page instead.
 *
 * <h2>Why the CSV looks the way it does</h2>
 * The BOM makes Excel on Chinese Windows read the file as UTF-8 instead of GBK; Frictionless tools
 * accept it under the declared encoding {@code utf-8}. Text cells that a spreadsheet would run as a
 * formula ({@code = + - @}, TAB, CR at the start) get a leading {@code '} (OWASP "CSV injection");
 * numbers are never changed, and the JSON file always carries the unaltered text.
 */
package org.ipwp.opendata;
