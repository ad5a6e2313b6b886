package org.ipwp.content;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ipwp.diag.Diagnostics;

/**
 * Creates the {@link AsciidocConverter} on the first conversion only, so that a build whose bodies
 * all come from the {@link ConversionCache} never pays the seconds JRuby takes to start; counts
 * the real conversions for the build report.
 */
public final class LazyConverter implements BodyConverter, AutoCloseable {

    private final Supplier<AsciidocConverter> factory;
    private final AtomicInteger conversions = new AtomicInteger();
    private AsciidocConverter converter;
    private RuntimeException failure;

    public LazyConverter(Supplier<AsciidocConverter> factory) {
        this.factory = factory;
    }

    @Override
    public ConvertedBody convert(ConversionRequest request, Diagnostics diagnostics) {
        conversions.incrementAndGet();
        return converter().convert(request, diagnostics);
    }

    private synchronized AsciidocConverter converter() {
        // A converter that could not be created fails every conversion with the same cause: the
        // workers converting at the same time must not report a misleading second error instead.
        if (failure != null) {
            throw failure;
        }
        if (converter == null) {
            try {
                converter = factory.get();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return converter;
    }

    /** How many bodies Asciidoctor actually converted. */
    public int conversions() {
        return conversions.get();
    }

    @Override
    public synchronized void close() {
        if (converter != null) {
            converter.close();
        }
    }
}
