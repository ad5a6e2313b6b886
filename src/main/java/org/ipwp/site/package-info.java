/**
 * The build pipeline. {@link org.ipwp.site.SiteBuilder} runs named phases: load (configuration,
 * messages, datasets, content index), validate (headers, counterparts, letters), render (convert
 * bodies through JBake's markup-engine seam, then Thymeleaf templates into a staging folder),
 * write (assets, sitemap, robots), check (links, anchors, third-party loads in the staged output)
 * and publish (swap the staging folder into place). Nothing touches the live output until every
 * phase has passed.
 */
package org.ipwp.site;
