/**
 * {@code ipwp check}: inspects a built site as a reader and a validator would, independently of
 * the build that produced it (so CI can check exactly the files it is about to publish): links and
 * fragments, third-party loads, HTML validity by the Nu Html Checker, both languages present,
 * basic accessibility (alt text, table captions and header cells, heading order) and a size budget.
 * Every finding is a diagnostic naming the page (and line where known) and what to fix.
 */
package org.ipwp.check;
