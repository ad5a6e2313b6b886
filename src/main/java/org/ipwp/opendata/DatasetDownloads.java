package org.ipwp.opendata;

import java.net.URI;
import java.util.List;
import org.ipwp.data.Dataset;

/**
 * All download files of one dataset, in the order the pages list them: CSV (what most people
 * want), JSON, then the {@code datapackage.json} that describes the other two.
 */
public final class DatasetDownloads {

    private final CsvDownload csv = new CsvDownload();
    private final JsonDownload json = new JsonDownload();
    private final PublishedDataPackage dataPackage = new PublishedDataPackage();

    /** The files to write under {@code data/<id>/}; see {@link PublishedLayout#downloadPath}. */
    public List<DownloadFile> of(Dataset dataset, URI baseUrl) {
        DownloadFile csvFile = csv.write(dataset);
        DownloadFile jsonFile = json.write(dataset);
        return List.of(csvFile, jsonFile, dataPackage.write(dataset, csvFile, jsonFile, baseUrl));
    }
}
