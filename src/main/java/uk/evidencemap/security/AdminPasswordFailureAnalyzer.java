package uk.evidencemap.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a rejected EVIDENCEMAP_ADMIN_PASSWORD into Spring Boot's start-up failure report: what is
 * wrong, and what to change, without a stack trace. Registered in META-INF/spring.factories.
 */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRejected> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRejected cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set EVIDENCEMAP_ADMIN_PASSWORD to a password that keeps these rules, or unset it to have a random"
                        + " password printed once at start-up.",
                cause);
    }
}
