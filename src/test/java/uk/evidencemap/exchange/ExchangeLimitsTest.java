package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ExchangeLimitsTest {

    @Test
    void theProductsLimits() {
        assertThat(ExchangeLimits.DEFAULT.maxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(ExchangeLimits.DEFAULT.maxElements()).isEqualTo(100_000);
        assertThat(ExchangeLimits.DEFAULT.maxConnections()).isEqualTo(500_000);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() {
        long size = (long) (63.2 * 1024 * 1024);

        assertThatThrownBy(() -> ExchangeLimits.DEFAULT.checkSize(size))
                .hasMessage("file: the file is 63.2 MB; the limit is 50 MB");
        ExchangeLimits.DEFAULT.checkSize(50L * 1024 * 1024);
    }

    @Test
    void readingStopsKeepingBytesAtTheLimitButCountsOnToSayTheSize() {
        ExchangeLimits limits = ExchangeLimits.DEFAULT.withMaxBytes(2 * 1024 * 1024);
        InputStream tooBig = new ByteArrayInputStream(new byte[3 * 1024 * 1024 + 300 * 1024]);

        assertThatThrownBy(() -> limits.readAll(tooBig)).hasMessage("file: the file is 3.3 MB; the limit is 2 MB");
        assertThat(limits.readAll(new ByteArrayInputStream(new byte[2 * 1024 * 1024])))
                .hasSize(2 * 1024 * 1024);
        InputStream huge = new ByteArrayInputStream(new byte[25 * 1024 * 1024]);
        assertThatThrownBy(() -> limits.readAll(huge))
                .hasMessage("file: the file is more than 20 MB; the limit is 2 MB");
        assertThatThrownBy(() -> limits.readAll(new ByteArrayInputStream(new byte[0])))
                .hasMessage("file: the file is empty");
    }

    @Test
    void sizesForPeople() {
        assertThat(ExchangeLimits.megabytes(733)).isEqualTo("733 bytes");
        assertThat(ExchangeLimits.megabytes(12_800)).isEqualTo("12.5 KB");
        assertThat(ExchangeLimits.megabytes(50L * 1024 * 1024)).isEqualTo("50 MB");
    }

    @Test
    void countsOverTheLimitAreRefused() {
        ExchangeLimits limits = ExchangeLimits.DEFAULT.withMaxCounts(3, 4);
        limits.checkElements(3);
        limits.checkConnections(4);
        assertThatThrownBy(() -> limits.checkElements(4))
                .hasMessage("file: the file holds more than 3 elements, the most one import takes");
        assertThatThrownBy(() -> limits.checkConnections(5))
                .hasMessage("file: the file holds more than 4 connections, the most one import takes");
    }
}
