package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ?at=}: the moment a past map is shown at, as an address may write it. */
class PastMapTest {

    @Test
    void anInstantAUkLocalTimeOrAUkDateWhoseEndIsMeant() {
        assertThat(PastMap.instant("2026-03-01T10:15:00Z")).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(PastMap.instant("2026-07-01T10:15"))
                .as("British Summer Time")
                .isEqualTo(Instant.parse("2026-07-01T09:15:00Z"));
        assertThat(PastMap.instant("2026-01-31")).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThatThrownBy(() -> PastMap.instant("yesterday")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theLiveMapUnlessTheAddressAsks() {
        assertThat(PastMap.at(Map.of())).isNull();
        assertThat(PastMap.at(Map.of("at", List.of("2026-03-01T10:15:00Z", "2027-01-01"))))
                .isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
    }
}
