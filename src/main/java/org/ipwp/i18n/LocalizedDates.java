package org.ipwp.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats dates the way each language writes them: 2020年3月31日 / 31 March 2020. */
public final class LocalizedDates {

    private final DateTimeFormatter chinese = DateTimeFormatter.ofPattern("uuuu年M月d日", Language.ZH.locale());
    private final DateTimeFormatter english = DateTimeFormatter.ofPattern("d MMMM uuuu", Language.EN.locale());

    /** The date as readers of {@code language} write it. */
    public String format(LocalDate date, Language language) {
        return (language == Language.ZH ? chinese : english).format(date);
    }

    /** ISO 8601 ({@code 2020-03-31}), for {@code <time datetime>} and machine formats. */
    public String iso(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
