package uk.evidencemap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser tier (*BrowserIT): the whole application on a free port, driven in Debian's
 * Chromium. A test opens pages signed in as one of its users ({@link #signIn}) or signed out
 * ({@link #signedOut}); after it, every page it opened is quit, then every area and user it made
 * through {@link TestAreas} and {@link TestUsers} is removed. Where Chromium is missing the tests
 * are skipped before they make anything (except in CI, where it must be there).
 */
@IntegrationTest
public abstract class BrowserTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestAreas areas;

    @Autowired
    protected TestUsers users;

    private final List<BrowserPage> pages = new ArrayList<>();

    /**
     * When a test fails, each of its pages is kept as a screenshot and its visible text in
     * target/browser-failures/ (named by test and page), before the pages are quit.
     */
    @RegisterExtension
    final AfterTestExecutionCallback keepFailedPages = context -> {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).keep(Path.of("target", "browser-failures"), test + "-" + (i + 1));
        }
    };

    @BeforeEach
    protected final void skipWithoutChromium() {
        Browser.assumeInstalled();
    }

    /** A new Chromium signed in as this user, on the app's first page. */
    protected BrowserPage signIn(TestUsers.Login login) {
        BrowserPage page = signedOut();
        page.signInAs(login);
        return page;
    }

    /** A new Chromium that has not signed in. */
    protected BrowserPage signedOut() {
        BrowserPage page = BrowserPage.start(port);
        pages.add(page);
        return page;
    }

    @AfterEach
    protected final void quitBrowsersAndRemoveTestData() {
        try {
            pages.forEach(BrowserPage::close);
        } finally {
            pages.clear();
            areas.deleteAll();
            users.deleteAll();
        }
    }
}
