package org.ipwp.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetSource;
import org.ipwp.i18n.Language;

/**
 * The schema.org {@code Dataset} description of a dataset page in one language, for
 * {@code <script type="application/ld+json">} (what Google Dataset Search reads).
 *
 * <p>The returned text is safe to put verbatim inside that element: {@code <}, {@code >} and
 * {@code &} are written as JSON escapes, so a title containing {@code </script>} cannot end it.
 * The {@code @context} is the string {@code https://schema.org}: an identifier that consumers know,
 * not something a browser loads.
 */
public final class SchemaOrgDataset {

    private final JsonOutput output = new JsonOutput();

    /**
     * @param downloads the dataset's download files (from {@link DatasetDownloads}), in page order
     */
    public String jsonLd(Dataset dataset, Language language, List<DownloadFile> downloads, SiteConfig site) {
        PublishedLayout layout = new PublishedLayout(site.baseUrl());
        ObjectNode node = JsonOutput.NODES.objectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "Dataset");
        node.put("@id", layout.datasetIri(dataset.id()).toString());
        node.put("name", dataset.title().get(language));
        node.put("description", dataset.description().get(language));
        node.put("inLanguage", language.htmlLang());
        node.put("url", layout.datasetPage(dataset.id(), language).toString());
        node.put("identifier", dataset.id());
        node.put("license", dataset.licenseUrl());
        node.put("isAccessibleForFree", true);
        if (dataset.updated() != null) {
            node.put("dateModified", dataset.updated().toString());
        }
        List<String> letters = dataset.sources().stream().map(DatasetSource::letter).filter(l -> !l.isEmpty())
                .map(letter -> layout.letterPage(letter, language).toString()).toList();
        if (letters.size() == 1) {
            node.put("isBasedOn", letters.get(0));
        } else if (letters.size() > 1) {
            ArrayNode basedOn = node.putArray("isBasedOn");
            letters.forEach(basedOn::add);
        }
        node.set("creator", organisation(site, language));
        node.set("publisher", organisation(site, language));
        ObjectNode catalog = node.putObject("includedInDataCatalog");
        catalog.put("@type", "DataCatalog");
        catalog.put("name", CatalogWording.title(site).get(language));
        catalog.put("url", layout.catalogPage(language).toString());
        ArrayNode distribution = node.putArray("distribution");
        for (DownloadFile file : downloads) {
            ObjectNode download = distribution.addObject();
            download.put("@type", "DataDownload");
            download.put("name", file.name());
            download.put("encodingFormat", file.mediaType());
            download.put("contentUrl", layout.downloadUrl(dataset.id(), file.name()).toString());
            // schema.org's contentSize is text; the unit keeps it unambiguous.
            download.put("contentSize", file.size() + " B");
            download.put("sha256", file.sha256());
        }
        return output.htmlSafeText(node);
    }

    private static ObjectNode organisation(SiteConfig site, Language language) {
        ObjectNode organisation = JsonOutput.NODES.objectNode();
        organisation.put("@type", "Organization");
        organisation.put("name", site.sponsor().get(language));
        return organisation;
    }
}
