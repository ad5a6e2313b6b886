package org.ipwp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body's digests are computed only when asked for, describe its HTML and its facts separately,
 * and take no part in equality (they are derived from the rest).
 */
class ConvertedBodyTest {

    private static final ConvertedBody BODY = new ConvertedBody("<p>a</p>", List.of(new Section("s", "S", 1)), List.of("s"),
            List.of());

    @Test
    void digestsAreComputedWhenAskedForAndOnlyOnce() {
        assertNull(BODY.htmlDigest(), "a build without a cache never hashes its bodies");
        ConvertedBody digested = BODY.withDigests();
        assertEquals(64, digested.htmlDigest().length());
        assertSame(digested, digested.withDigests());
        assertEquals(BODY, digested, "digests take no part in equality");
        assertEquals(BODY.hashCode(), digested.hashCode());
    }

    @Test
    void theHtmlAndTheFactsHaveDigestsOfTheirOwn() {
        ConvertedBody digested = BODY.withDigests();
        ConvertedBody otherHtml = new ConvertedBody("<p>b</p>", BODY.sections(), BODY.anchors(), BODY.quotes()).withDigests();
        ConvertedBody otherSections = new ConvertedBody(BODY.html(), List.of(new Section("t", "T", 1)), BODY.anchors(),
                BODY.quotes()).withDigests();

        assertNotEquals(digested.htmlDigest(), otherHtml.htmlDigest());
        assertEquals(digested.factsDigest(), otherHtml.factsDigest());
        assertEquals(digested.htmlDigest(), otherSections.htmlDigest());
        assertNotEquals(digested.factsDigest(), otherSections.factsDigest());
    }
}
