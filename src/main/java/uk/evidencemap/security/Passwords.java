package uk.evidencemap.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import uk.evidencemap.base.Violation;

/** The password rules, and strong random passwords for first start and demo users. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static void check(String field, String username, String password, List<Violation> violations) {
        if (password == null || password.length() < MIN_LENGTH) {
            violations.add(new Violation(field, "must be at least " + MIN_LENGTH + " characters"));
        } else if (password.length() > MAX_LENGTH) {
            violations.add(new Violation(field, "must be at most " + MAX_LENGTH + " characters"));
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
