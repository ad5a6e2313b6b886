package org.ipwp.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartSpecTest {

    private static final ChartPoint POINT = new ChartPoint("a", BigDecimal.ONE, "1");

    @Test
    void kindsAreNamedInLowerCase() {
        assertEquals(Optional.of(ChartKind.BAR), ChartKind.ofName("bar"));
        assertEquals(Optional.of(ChartKind.LINE), ChartKind.ofName("line"));
        assertEquals(Optional.empty(), ChartKind.ofName("pie"));
        assertEquals(Optional.empty(), ChartKind.ofName("BAR"));
        assertEquals(Optional.empty(), ChartKind.ofName(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1chart", "-chart", "chart one", "chart\"", "图表", "a.b", "a:b"})
    void idPrefixMustBeAPlainIdentifier(String prefix) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ChartSpec(ChartKind.BAR, "t", "d", prefix, List.of(POINT)));
        assertTrue(error.getMessage().contains("id prefix"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "chart-1", "patents_2020", "Fig3"})
    void plainIdentifiersAreAccepted(String prefix) {
        assertEquals(prefix, new ChartSpec(ChartKind.BAR, "t", "d", prefix, List.of(POINT)).idPrefix());
    }

    @Test
    void aBlankTitleIsRejectedBecauseItIsTheAccessibleName() {
        assertThrows(IllegalArgumentException.class, () -> new ChartSpec(ChartKind.BAR, " ", "d", "c", List.of(POINT)));
    }

    @Test
    void missingPartsAreRejected() {
        assertThrows(NullPointerException.class, () -> new ChartSpec(null, "t", "d", "c", List.of(POINT)));
        assertThrows(NullPointerException.class, () -> new ChartSpec(ChartKind.BAR, "t", null, "c", List.of(POINT)));
        assertThrows(NullPointerException.class, () -> new ChartSpec(ChartKind.BAR, "t", "d", "c", null));
        assertThrows(NullPointerException.class,
                () -> new ChartSpec(ChartKind.BAR, "t", "d", "c", Arrays.asList(POINT, null)));
        assertThrows(NullPointerException.class, () -> new ChartPoint(null, BigDecimal.ONE, "1"));
        assertThrows(NullPointerException.class, () -> new ChartPoint("a", null, "1"));
        assertThrows(NullPointerException.class, () -> new ChartPoint("a", BigDecimal.ONE, null));
    }

    @Test
    void pointsAreCopiedSoTheCallerCannotChangeTheChartLater() {
        List<ChartPoint> points = new ArrayList<>(List.of(POINT));
        ChartSpec spec = new ChartSpec(ChartKind.BAR, "t", "d", "c", points);
        points.add(POINT);

        assertEquals(1, spec.points().size());
        assertThrows(UnsupportedOperationException.class, () -> spec.points().add(POINT));
    }
}
