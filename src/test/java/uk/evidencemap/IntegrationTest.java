package uk.evidencemap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real embedded Neo4j in a fresh directory, served on a free
 * port, acting as an administrator unless a test says otherwise. Tests that share this annotation share one application context and database; each
 * test makes its own area ({@link TestAreas}) so that tests never see each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithMockUser(
        username = "test-admin",
        roles = {"ADMIN", "USER"})
@Import({TestAreas.class, TestUsers.class})
public @interface IntegrationTest {}
