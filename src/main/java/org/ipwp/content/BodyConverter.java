package org.ipwp.content;

import org.ipwp.diag.Diagnostics;

/** Turns one page's AsciiDoc into a {@link ConvertedBody}: directly, or through the {@link ConversionCache}. */
public interface BodyConverter {

    /** Converts one page body, reporting problems to {@code diagnostics}. */
    ConvertedBody convert(ConversionRequest request, Diagnostics diagnostics);
}
