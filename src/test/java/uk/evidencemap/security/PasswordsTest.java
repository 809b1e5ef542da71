package uk.evidencemap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.evidencemap.base.Violation;

class PasswordsTest {

    private static List<String> problems(String username, String password) {
        List<Violation> violations = new ArrayList<>();
        Passwords.check("password", username, password, violations);
        return violations.stream().map(Violation::message).toList();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithItsSizeInsteadOfFailingWhenHashed() {
        assertThat(problems("ana", "a".repeat(72))).isEmpty();
        assertThat(problems("ana", "a".repeat(73)))
                .containsExactly("must be at most 72 bytes in UTF-8, the most bcrypt reads: 72 plain letters and"
                        + " digits, fewer with accents or emoji (it has 73 bytes)");
        assertThat(problems("ana", "é".repeat(37))).singleElement().asString().endsWith("(it has 74 bytes)");
    }

    @Test
    void lengthsAreCountedAsPeopleCountThem() {
        assertThat(problems("ana", "\uD83D\uDC6A".repeat(11)))
                .as("11 emoji are 11 characters, not 22")
                .containsExactly("must be at least 12 characters");
        assertThat(problems("ana", "\uD83D\uDC6A".repeat(12))).isEmpty();
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(problems("ana", "my-ANA-password-2026")).containsExactly("must not contain the username");
    }
}
