/**
 * The command line: argument parsing and exit codes only; the work is done by
 * {@link org.ipwp.site.SiteBuilder} ({@code build}), {@link org.ipwp.preview.PreviewSession} ({@code serve}) and {@link org.ipwp.letters.LetterScaffoldWriter}
 * ({@code new letter}).
 */
package org.ipwp.cli;
