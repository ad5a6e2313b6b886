/**
 * The command line: argument parsing and exit codes only; the work is done by
 * {@link org.ipwp.site.SiteBuilder} ({@code build}) and {@link org.ipwp.letters.LetterScaffoldWriter}
 * ({@code new letter}).
 */
package org.ipwp.cli;
