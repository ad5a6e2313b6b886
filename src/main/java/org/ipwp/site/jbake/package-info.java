/**
 * The only package that touches JBake. JBake 2.7.0 is used through its markup-engine seam:
 * {@link org.jbake.parser.MarkupEngine#parse} reads a content file (encoding, BOM, header/body
 * split) and calls our engine's {@code processHeader} and {@code processBody}, which validate the
 * header with line numbers and convert the body with our safe AsciidoctorJ set-up.
 *
 * <p>What is replaced, and why (see {@code ../shared/architecture.md}): JBake's registry-based
 * {@code Parser} (a global static map whose last registration wins) is bypassed by calling our
 * engine instance directly; its stock {@code AsciidoctorEngine} (forced UNSAFE, base directory per
 * file) is never used; its crawler, OrientDB content store and renderers are not started, because
 * they stamp {@code published_date} with the wall clock, skip bad files with a warning, bake into
 * the live output, keep stale files and render in time quadratic in the number of pages.
 * Navigation is computed once from the site model instead.
 */
package org.ipwp.site.jbake;
