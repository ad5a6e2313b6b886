/**
 * Diagnostics: every problem a build finds, with its position in a source file.
 *
 * <p>All user-facing errors follow the GNU format {@code path:line:col: severity: [code] message}
 * (see {@link org.ipwp.diag.Diagnostic#format()}), with repository-relative paths. Problems are
 * collected in {@link org.ipwp.diag.Diagnostics} so that one run reports all of them before failing.
 */
package org.ipwp.diag;
