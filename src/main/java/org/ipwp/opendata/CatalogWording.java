package org.ipwp.opendata;

import org.ipwp.config.SiteConfig;
import org.ipwp.i18n.LocalizedText;

/**
 * The title and description of the site's data catalogue, shared by the DCAT catalogue and the
 * schema.org {@code includedInDataCatalog} of each dataset page so that both name it alike. Made
 * from the configured site name and sponsor, since the catalogue is generated, not written.
 */
final class CatalogWording {

    private CatalogWording() {
    }

    static LocalizedText title(SiteConfig site) {
        return new LocalizedText(site.siteName().zh() + "开放数据", site.siteName().en() + ": open data");
    }

    static LocalizedText description(SiteConfig site) {
        return new LocalizedText(
                site.sponsor().zh() + "发布的开放数据集，每个数据集均提供 CSV、JSON 和 Frictionless 数据包（datapackage.json）下载。",
                "Open datasets published by " + site.sponsor().en()
                        + ", each available as CSV, JSON and a Frictionless Data Package (datapackage.json).");
    }
}
