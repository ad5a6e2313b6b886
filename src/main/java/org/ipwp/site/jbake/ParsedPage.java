package org.ipwp.site.jbake;

import org.ipwp.content.ConvertedBody;
import org.ipwp.content.PageHeader;

/** A content file read through JBake: its validated header and, unless skipped, its converted body. */
public record ParsedPage(PageHeader header, ConvertedBody body) {
}
