/**
 * The live preview behind {@code ipwp serve}: {@link org.ipwp.preview.PreviewSession} builds the site
 * into a preview folder, {@link org.ipwp.preview.PreviewServer} serves that folder on the loopback
 * interface, {@link org.ipwp.preview.SiteWatcher} rebuilds on every (coalesced) save and
 * {@link org.ipwp.preview.LiveReload} tells open tabs to reload over Server-Sent Events.
 *
 * <p>The reload script is injected into HTML responses only, never written to the built files, so
 * the output of {@code build} is unaffected. A burst of saves that only edits content pages in
 * place is applied by {@link org.ipwp.site.IncrementalRebuild} (the edited pages and what prints
 * their bodies); anything else runs a full {@link org.ipwp.site.SiteBuilder} build.
 */
package org.ipwp.preview;
