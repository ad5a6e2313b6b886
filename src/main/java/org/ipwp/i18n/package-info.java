/**
 * The two languages of the site and their interface text. Language is always explicit: every
 * formatter takes a {@link org.ipwp.i18n.Language}, never the JVM default locale.
 */
package org.ipwp.i18n;
