/**
 * The build pipeline. {@link org.ipwp.site.SiteBuilder} runs named phases: load (configuration,
 * messages, datasets, content index), validate (headers, counterparts, letters), render (convert
 * bodies through JBake's markup-engine seam, then Thymeleaf templates into a staging folder),
 * write (assets, sitemap, robots), check (links, anchors, third-party loads in the staged output)
 * and publish (swap the staging folder into place). Nothing touches the live output until every
 * phase has passed.
 *
 * <p>For the preview, a build keeps what it made ({@link org.ipwp.site.BuiltSite}), and
 * {@link org.ipwp.site.IncrementalRebuild} applies later edits of page bodies to it: the edited
 * files are read again, the pages printing their bodies rendered and checked, and the changed
 * files written over the published ones, when that is sure to equal a full build.
 */
package org.ipwp.site;
