package uk.evidencemap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestUsers;

@IntegrationTest
class SignInIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    @Autowired
    AccountService accounts;

    @Autowired
    SystemUser system;

    private <T> T as(String username, Supplier<T> work) {
        return system.as(
                UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))),
                work);
    }

    @AfterEach
    void tearDown() {
        users.deleteAll();
    }

    @Test
    void anAccountIsLockedAfterFiveFailedSignInsUntilAnAdministratorResetsIt() {
        TestUsers.Login login = users.create(null);
        for (int i = 0; i < 5; i++) {
            assertThat(Http.basic(port, login.username(), "wrong password " + i)
                            .get("/api/areas")
                            .status())
                    .isEqualTo(401);
        }
        var locked = Http.basic(port, login).get("/api/areas");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body().get("error").asString())
                .startsWith("This account is locked after repeated failed sign-ins");
        assertThat(userService.user(login.username()).orElseThrow().lockedUntil())
                .isNotNull();

        String fresh = Passwords.random();
        userService.resetPassword(login.username(), fresh);
        assertThat(Http.basic(port, login.username(), fresh).get("/api/areas").status())
                .isEqualTo(200);
    }

    @Test
    void anAddressWithTwentyFailedSignInsIsRefusedWhateverTheAccount() {
        TestUsers.Login login = users.create(null);
        for (int i = 0; i < 20; i++) {
            assertThat(Http.basicFrom("127.0.0.2", port, "nobody-" + i, "guess " + i)
                            .get("/api/areas")
                            .status())
                    .isEqualTo(401);
        }
        var refused = Http.basicFrom("127.0.0.2", port, login.username(), login.password())
                .get("/api/areas");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("error").asString()).startsWith("Too many failed sign-ins from your address");
        assertThat(Http.basic(port, login).get("/api/areas").status())
                .as("other addresses are not affected")
                .isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/login", "/", "/api/areas", "/actuator/health")) {
            var headers = new Http(port).get(path).headers();
            assertThat(headers.get("content-security-policy"))
                    .as(path)
                    .singleElement()
                    .asString()
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(headers.get("x-content-type-options")).as(path).contains("nosniff");
            assertThat(headers.get("x-frame-options")).as(path).isNotEmpty();
        }
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        TestUsers.Login login = users.create(null);
        userService.setEnabled(login.username(), false);
        var refused = Http.basic(port, login).get("/api/areas");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("error").asString()).isEqualTo("This account is disabled");
    }

    @Test
    void aTokenWorksUntilItIsRevoked() {
        TestUsers.Login login = users.create(GlobalRole.RESEARCHER);
        NewToken token = as(login.username(), () -> accounts.createToken("nightly export"));
        assertThat(token.secret()).startsWith("em_").hasSizeGreaterThan(40);
        assertThat(token.token().prefix()).isEqualTo(token.secret().substring(0, 8));

        var allowed = Http.bearer(port, token.secret()).get("/api/areas");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(as(login.username(), accounts::tokens))
                .singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        assertThat(Http.bearer(port, token.secret())
                        .post("/api/areas", Map.of("name", "Nope"))
                        .status())
                .as("a researcher's token has a researcher's rights")
                .isEqualTo(403);

        as(login.username(), () -> {
            accounts.revokeToken(token.token().id());
            return null;
        });
        var revoked = Http.bearer(port, token.secret()).get("/api/areas");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body().get("error").asString()).startsWith("The API token is not valid");
        assertThat(Http.bearer(port, "em_made-up").get("/api/areas").status()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredHashedAndMustBeLong() {
        TestUsers.Login login = users.create(null);
        assertThat(users.passwordHash(login.username())).startsWith("{bcrypt}").doesNotContain(login.password());
        assertThat(Http.basic(port, users.create(GlobalRole.ADMIN))
                        .post("/api/admin/users", Map.of("username", "shorty", "password", "too-short"))
                        .body()
                        .at("/details/0/message")
                        .asString())
                .isEqualTo("must be at least 12 characters");
    }

    @Test
    @WithMockUser(username = "someone", roles = "USER")
    void nonAdministratorsCannotManageUsers() {
        Assertions.assertThatThrownBy(() -> userService.users()).isInstanceOf(AccessDeniedException.class);
    }
}
