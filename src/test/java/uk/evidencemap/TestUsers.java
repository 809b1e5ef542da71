package uk.evidencemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.security.NewUser;
import uk.evidencemap.security.Passwords;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.security.UserService;

/** Makes real users with random passwords for one test, and removes them afterwards. */
@TestComponent
public class TestUsers {

    /** A user made for a test, with the password to sign in. */
    public record Login(String username, String password) {}

    private final UserService users;
    private final Driver driver;
    private final SystemUser system;
    private final List<String> made = new ArrayList<>();

    TestUsers(UserService users, Driver driver, SystemUser system) {
        this.users = users;
        this.driver = driver;
        this.system = system;
    }

    public Login create(GlobalRole role) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        String password = Passwords.random();
        system.run(() -> users.create(new NewUser(username, password, "Test " + username, role)));
        made.add(username);
        return new Login(username, password);
    }

    /** A new user with this role in one area and no global role. */
    public Login member(String areaId, AreaRole role) {
        Login login = create(null);
        grant(login, areaId, role);
        return login;
    }

    /** Gives a user made here a role in one more area. */
    public void grant(Login login, String areaId, AreaRole role) {
        system.run(() -> users.setMembership(areaId, login.username(), role));
    }

    /** Runs {@code work} as this (area-member) user, through the same secured services as the app. */
    public <T> T as(String username, Supplier<T> work) {
        return system.as(authentication(username), work);
    }

    /** Makes this user the one the current test thread acts as (a browserless test's signed-in person). */
    public static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(authentication(username));
    }

    private static Authentication authentication(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    public String passwordHash(String username) {
        return driver.executableQuery("MATCH (u:User {username: $u}) RETURN u.passwordHash AS h")
                .withParameters(Map.of("u", username))
                .execute()
                .records()
                .getFirst()
                .get("h")
                .asString();
    }

    /** Removes users a test made some other way, by the start of their names. */
    public void deleteStartingWith(String prefix) {
        driver.executableQuery("MATCH (u:User) WHERE u.username STARTS WITH $prefix DETACH DELETE u")
                .withParameters(Map.of("prefix", prefix))
                .execute();
    }

    public void deleteAll() {
        driver.executableQuery(
                        "MATCH (u:User) WHERE u.username IN $names OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t) DETACH DELETE u, t")
                .withParameters(Map.of("names", List.copyOf(made)))
                .execute();
        made.clear();
    }
}
