package org.ipwp.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.LocalizedText;

/**
 * How this package writes JSON: the house format of every published JSON file (two-space
 * indent, {@code "key": value}, LF line ends, a final newline, non-ASCII as UTF-8 characters,
 * decimals exactly as written) and the variant that may sit inside an HTML {@code <script>}.
 */
final class JsonOutput {

    /** Makes the nodes; decimals go through {@link #exactDecimal} instead. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectWriter writer;

    JsonOutput() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writer = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build()
                .writer(printer);
    }

    /**
     * A decimal kept exactly as given. A node factory may strip trailing zeros, which turns
     * 3886000000 into 3.886E+9 and 0.10 into 0.1; the downloads must say what the source says.
     */
    static JsonNode exactDecimal(BigDecimal value) {
        return DecimalNode.valueOf(value);
    }

    /** The house format as UTF-8 bytes, ending in a newline. */
    byte[] bytes(JsonNode node) {
        return (text(writer, node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The house format with {@code <}, {@code >} and {@code &} written as {@code \u003c} etc., so
     * the text can be put verbatim into {@code <script type="application/ld+json">}: a value
     * containing {@code </script>} or {@code <!--} cannot end the element. U+2028/U+2029 are escaped
     * too, for scripts that paste JSON into JavaScript.
     */
    String htmlSafeText(JsonNode node) {
        return text(writer.with(new HtmlSafeEscapes()), node);
    }

    /** An object {@code {"@value": text, "@language": tag}} per language: a JSON-LD language map as a list. */
    static ArrayNode languageTagged(LocalizedText text) {
        ArrayNode values = NODES.arrayNode();
        for (Language language : Language.values()) {
            ObjectNode value = values.addObject();
            value.put("@value", text.get(language));
            value.put("@language", language.htmlLang());
        }
        return values;
    }

    private static String text(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] asciiEscapes;

        HtmlSafeEscapes() {
            asciiEscapes = standardAsciiEscapesForJSON();
            asciiEscapes['<'] = ESCAPE_CUSTOM;
            asciiEscapes['>'] = ESCAPE_CUSTOM;
            asciiEscapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<', '>', '&', '\u2028', '\u2029' -> new SerializedString(String.format("\\u%04x", ch));
                default -> null;
            };
        }
    }
}
