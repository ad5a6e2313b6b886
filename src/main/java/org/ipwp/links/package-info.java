/**
 * Links between the site's files. Every link is relative, so the output works on any static host
 * under any sub-path; shared by the page templates and by AsciiDoc extensions that link from a
 * chapter to a dataset page or a letter paragraph.
 */
package org.ipwp.links;
