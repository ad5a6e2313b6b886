package org.ipwp.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocalizedDatesTest {

    private final LocalizedDates dates = new LocalizedDates();

    @Test
    void chineseDateHasNoLeadingZeros() {
        assertEquals("2020年3月31日", dates.format(LocalDate.of(2020, 3, 31), Language.ZH));
    }

    @Test
    void englishDateIsDayMonthYear() {
        assertEquals("31 March 2020", dates.format(LocalDate.of(2020, 3, 31), Language.EN));
    }

    @Test
    void englishSingleDigitDayHasNoLeadingZero() {
        assertEquals("1 January 2021", dates.format(LocalDate.of(2021, 1, 1), Language.EN));
    }

    @Test
    void isoDateIsForMachines() {
        assertEquals("2020-03-01", dates.iso(LocalDate.of(2020, 3, 1)));
    }
}
