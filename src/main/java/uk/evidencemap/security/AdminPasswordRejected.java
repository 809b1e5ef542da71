package uk.evidencemap.security;

/**
 * The password given in EVIDENCEMAP_ADMIN_PASSWORD breaks the password rules, so the first
 * administrator cannot be created. Start-up stops with one plain explanation
 * ({@link AdminPasswordFailureAnalyzer}), not a stack trace.
 */
public class AdminPasswordRejected extends RuntimeException {

    AdminPasswordRejected(String reasons) {
        super("EVIDENCEMAP_ADMIN_PASSWORD is not accepted as the administrator's password: " + reasons);
    }
}
