/**
 * Pages written in AsciiDoc under {@code content/<lang>/}: their JBake-style header (validated
 * with line numbers against a per-type key schema) and the AsciidoctorJ conversion of their body
 * in a safe mode, with the project's extensions ({@code figure:} macro, paragraph anchors) and
 * every Asciidoctor log record turned into a diagnostic.
 */
package org.ipwp.content;
