package uk.evidencemap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them in the app's sentences, written out independently of the app's code. */
public final class TestTimes {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestTimes() {}

    /** When a change was made, as a refusal names it: "at 14:02" today, "on 3 May at 14:02" before. */
    public static String at(Instant instant) {
        ZonedDateTime when = instant.atZone(LONDON);
        String time = DateTimeFormatter.ofPattern("HH:mm").format(when);
        return when.toLocalDate().equals(LocalDate.now(LONDON))
                ? "at " + time
                : "on " + DateTimeFormatter.ofPattern("d MMM", Locale.UK).format(when) + " at " + time;
    }
}
