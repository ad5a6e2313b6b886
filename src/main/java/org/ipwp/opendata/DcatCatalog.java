package org.ipwp.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetSource;
import org.ipwp.i18n.Language;

/**
 * Writes {@code data/catalog.jsonld}: a W3C DCAT catalogue of every dataset, in JSON-LD, for
 * harvesters such as CKAN's DCAT extension and national data portals.
 *
 * <p>The {@code @context} is an inline object naming the dcat, dct, foaf, vcard, xsd and spdx
 * namespaces: a context given as a URL would make every consumer fetch it from a third-party
 * host. Text is given in both languages as language-tagged values ({@code zh-CN}, {@code en}).
 * Datasets are sorted by id and their distributions keep the download order, so the output is
 * deterministic.
 *
 * <p>The dataset IRI is {@code <baseUrl>data/<id>/} (see {@link PublishedLayout#datasetIri}); the
 * two language pages are its {@code dcat:landingPage}s and each source letter is a
 * {@code dct:source}. The publisher and contact point are blank nodes defined once on the catalogue
 * and referenced by each dataset.
 */
public final class DcatCatalog {

    static final String MEDIA_TYPE = "application/ld+json";
    private static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String FRICTIONLESS_DATA_PACKAGE = "https://specs.frictionlessdata.io/data-package/";
    private static final String PUBLISHER = "_:publisher";
    private static final String CONTACT = "_:contact";

    private final JsonOutput output = new JsonOutput();

    /**
     * @param all           the datasets, in any order
     * @param downloadsById the download files of each dataset by id (from {@link DatasetDownloads})
     * @param site          the site, for the base URL, names and contact
     */
    public DownloadFile write(List<Dataset> all, Map<String, List<DownloadFile>> downloadsById, SiteConfig site) {
        PublishedLayout layout = new PublishedLayout(site.baseUrl());
        boolean hasContact = site.email() != null && !site.email().isBlank();
        List<Dataset> datasets = all.stream().sorted(Comparator.comparing(Dataset::id)).toList();

        ObjectNode catalog = JsonOutput.NODES.objectNode();
        catalog.set("@context", context());
        catalog.put("@id", layout.catalogIri().toString());
        catalog.put("@type", "dcat:Catalog");
        catalog.set("dct:title", JsonOutput.languageTagged(CatalogWording.title(site)));
        catalog.set("dct:description", JsonOutput.languageTagged(CatalogWording.description(site)));
        ObjectNode publisher = catalog.putObject("dct:publisher");
        publisher.put("@id", PUBLISHER);
        publisher.put("@type", "foaf:Organization");
        publisher.set("foaf:name", JsonOutput.languageTagged(site.sponsor()));
        catalog.putObject("foaf:homepage").put("@id", layout.baseUrl().toString());
        ArrayNode landingPages = catalog.putArray("dcat:landingPage");
        for (Language language : Language.values()) {
            landingPages.addObject().put("@id", layout.catalogPage(language).toString());
        }
        if (hasContact) {
            ObjectNode contact = catalog.putObject("dcat:contactPoint");
            contact.put("@id", CONTACT);
            contact.put("@type", "vcard:Organization");
            contact.set("vcard:fn", JsonOutput.languageTagged(site.sponsor()));
            contact.putObject("vcard:hasEmail").put("@id", "mailto:" + site.email().strip());
        }
        datasets.stream().map(Dataset::updated).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(latest -> catalog.set("dct:modified", date(latest)));
        ArrayNode entries = catalog.putArray("dcat:dataset");
        for (Dataset dataset : datasets) {
            List<DownloadFile> downloads = downloadsById.get(dataset.id());
            if (downloads == null) {
                throw new IllegalArgumentException("no download files given for dataset '" + dataset.id() + "'");
            }
            entries.add(dataset(dataset, downloads, layout, hasContact));
        }
        return new DownloadFile("catalog.jsonld", MEDIA_TYPE, output.bytes(catalog));
    }

    private static ObjectNode dataset(Dataset dataset, List<DownloadFile> downloads, PublishedLayout layout,
                                      boolean hasContact) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        node.put("@id", layout.datasetIri(dataset.id()).toString());
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", dataset.id());
        node.set("dct:title", JsonOutput.languageTagged(dataset.title()));
        node.set("dct:description", JsonOutput.languageTagged(dataset.description()));
        if (dataset.updated() != null) {
            node.set("dct:modified", date(dataset.updated()));
        }
        node.putObject("dct:license").put("@id", dataset.licenseUrl());
        node.putObject("dct:publisher").put("@id", PUBLISHER);
        if (hasContact) {
            node.putObject("dcat:contactPoint").put("@id", CONTACT);
        }
        ArrayNode landingPages = node.putArray("dcat:landingPage");
        for (Language language : Language.values()) {
            landingPages.addObject().put("@id", layout.datasetPage(dataset.id(), language).toString());
        }
        if (!dataset.sources().isEmpty()) {
            ArrayNode sources = node.putArray("dct:source");
            for (DatasetSource source : dataset.sources()) {
                ObjectNode entry = sources.addObject();
                if (!source.letter().isEmpty()) {
                    entry.put("@id", layout.letterPage(source.letter(), Language.ZH).toString());
                }
                entry.set("dct:title", JsonOutput.languageTagged(source.title()));
            }
        }
        ArrayNode distributions = node.putArray("dcat:distribution");
        for (DownloadFile file : downloads) {
            distributions.add(distribution(dataset, file, layout));
        }
        return node;
    }

    private static ObjectNode distribution(Dataset dataset, DownloadFile file, PublishedLayout layout) {
        String url = layout.downloadUrl(dataset.id(), file.name()).toString();
        ObjectNode node = JsonOutput.NODES.objectNode();
        node.put("@type", "dcat:Distribution");
        node.put("dct:title", file.name());
        // DCAT-AP requires an access URL; for a direct download it is the same URL.
        node.putObject("dcat:accessURL").put("@id", url);
        node.putObject("dcat:downloadURL").put("@id", url);
        node.putObject("dcat:mediaType").put("@id", IANA_MEDIA_TYPES + file.mediaType());
        if (file.name().equals("datapackage.json")) {
            node.putObject("dct:conformsTo").put("@id", FRICTIONLESS_DATA_PACKAGE);
        }
        ObjectNode size = node.putObject("dcat:byteSize");
        size.put("@value", file.size());
        size.put("@type", "xsd:nonNegativeInteger");
        node.putObject("dct:license").put("@id", dataset.licenseUrl());
        ObjectNode checksum = node.putObject("spdx:checksum");
        checksum.put("@type", "spdx:Checksum");
        checksum.putObject("spdx:algorithm").put("@id", "spdx:checksumAlgorithm_sha256");
        ObjectNode value = checksum.putObject("spdx:checksumValue");
        value.put("@value", file.sha256());
        value.put("@type", "xsd:hexBinary");
        return node;
    }

    private static ObjectNode context() {
        ObjectNode context = JsonOutput.NODES.objectNode();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("spdx", "http://spdx.org/rdf/terms#");
        return context;
    }

    private static ObjectNode date(LocalDate date) {
        ObjectNode value = JsonOutput.NODES.objectNode();
        value.put("@value", date.toString());
        value.put("@type", "xsd:date");
        return value;
    }
}
