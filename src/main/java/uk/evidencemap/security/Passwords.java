package uk.evidencemap.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.Violation;

/** The password rules, and strong random passwords for first start and demo users. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** bcrypt reads at most 72 bytes of a password (Provos and Mazières 1999; Spring Security refuses more). */
    public static final int MAX_BYTES = 72;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /**
     * Adds to {@code violations} what is wrong with {@code password}: fewer than 12 characters
     * (counted as people count them), more than 128, more than 72 bytes in UTF-8 (bcrypt's limit),
     * or containing the username.
     */
    static void check(String field, String username, String password, List<Violation> violations) {
        int length = password == null ? 0 : Text.length(password);
        int bytes = password == null ? 0 : password.getBytes(StandardCharsets.UTF_8).length;
        if (length < MIN_LENGTH) {
            violations.add(new Violation(field, "must be at least " + MIN_LENGTH + " characters"));
        } else if (length > MAX_LENGTH) {
            violations.add(new Violation(field, "must be at most " + MAX_LENGTH + " characters"));
        } else if (bytes > MAX_BYTES) {
            violations.add(new Violation(
                    field,
                    "must be at most " + MAX_BYTES + " bytes in UTF-8, the most bcrypt reads: 72 plain letters and"
                            + " digits, fewer with accents or emoji (it has " + bytes + " bytes)"));
        } else if (username != null
                && !username.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation(field, "must not contain the username"));
        }
    }

    /** 20 characters from a 57-letter alphabet without look-alikes: about 116 bits. */
    public static String random() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
