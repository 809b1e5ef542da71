package uk.evidencemap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the demo data loaded at start-up, in a database of its own,
 * served on a free port. Tests with this annotation share that context and only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "evidencemap.demo=true")
@ActiveProfiles("test")
public @interface DemoIntegrationTest {
}
