package uk.evidencemap;

import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.internal.MockVaadin;
import java.time.Duration;

/** For browserless tests of live pages: what the server pushed is taken (as a browser would) until it holds. */
public final class Eventually {

    private Eventually() {}

    public static void inUi(Runnable assertion) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }
}
