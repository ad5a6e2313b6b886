package org.ipwp.opendata;

import static org.ipwp.opendata.OpenDataFixtures.SUB_PATH_BASE;
import static org.ipwp.opendata.OpenDataFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ipwp.data.Dataset;
import org.junit.jupiter.api.Test;

class DatasetDownloadsTest {

    @Test
    void givesCsvJsonAndDatapackageInThatOrder() {
        List<DownloadFile> files = new DatasetDownloads().of(OpenDataFixtures.indicators(), SUB_PATH_BASE);

        assertEquals(List.of("indicators.csv", "indicators.json", "datapackage.json"),
                files.stream().map(DownloadFile::name).toList());
        assertEquals(List.of("text/csv", "application/json", "application/json"),
                files.stream().map(DownloadFile::mediaType).toList());
    }

    @Test
    void theDatapackageDescribesTheFilesBesideIt() {
        for (Dataset dataset : OpenDataFixtures.realDatasets()) {
            List<DownloadFile> files = new DatasetDownloads().of(dataset, SUB_PATH_BASE);

            JsonNode resources = parse(files.get(2).bytes()).get("resources");

            for (int i = 0; i < 2; i++) {
                assertEquals(files.get(i).name(), resources.get(i).get("path").textValue(), dataset.id());
                assertEquals(files.get(i).size(), resources.get(i).get("bytes").longValue(), dataset.id());
                assertEquals("sha256:" + files.get(i).sha256(), resources.get(i).get("hash").textValue(), dataset.id());
            }
        }
    }

    @Test
    void givesTheSameBytesEveryTime() {
        Dataset dataset = OpenDataFixtures.realDataset("key-indicators");

        assertEquals(new DatasetDownloads().of(dataset, SUB_PATH_BASE), new DatasetDownloads().of(dataset, SUB_PATH_BASE));
    }
}
