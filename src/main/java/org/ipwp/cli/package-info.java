/**
 * The command line: argument parsing and exit codes only; the work is done by
 * {@link org.ipwp.site.SiteBuilder}.
 */
package org.ipwp.cli;
