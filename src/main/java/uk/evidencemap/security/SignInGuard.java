package uk.evidencemap.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts per account (a lock-out stored with the user) and per address
 * (counted in memory), and writes the security log: failures, lock-outs and refused actions,
 * with user and address, never with a password or token.
 */
@Component
public class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger("uk.evidencemap.security.events");

    private final UserRepository users;
    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    SignInGuard(UserRepository users, SecurityProperties properties) {
        this.users = users;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** Refuses an attempt from an address that has failed too often lately. */
    void checkAddress(String address) {
        if (address == null) {
            return;
        }
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return;
        }
        synchronized (failures) {
            prune(failures);
            if (failures.size() >= properties.maxFailuresPerAddress()) {
                log.warn("Sign-in refused: too many failed attempts from address {}", address);
                throw new AddressBlockedException("Too many failed sign-ins from your address. Try again in "
                        + properties.lockout().toMinutes() + " minutes.");
            }
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication());
        log.warn(
                "Sign-in failed for '{}' from {}: {}",
                username,
                address,
                event.getException().getClass().getSimpleName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            if (address != null) {
                Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
                synchronized (failures) {
                    prune(failures);
                    failures.addLast(clock.instant());
                }
            }
            if (username != null
                    && users.recordFailure(
                            username,
                            properties.maxFailuresPerAccount(),
                            clock.instant().plus(properties.lockout()))) {
                log.warn(
                        "Account '{}' locked for {} after {} failed sign-ins",
                        username,
                        properties.lockout(),
                        properties.maxFailuresPerAccount());
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        log.warn("Refused for '{}': {}", who == null ? "anonymous" : who.getName(), describe(event.getSource()));
    }

    private static String describe(Object source) {
        String text = String.valueOf(source);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private void prune(Deque<Instant> failures) {
        Instant since = clock.instant().minus(properties.lockout());
        while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
            failures.removeFirst();
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    /** Sign-in refused because of the address it comes from, whatever the account. */
    public static class AddressBlockedException extends LockedException {
        public AddressBlockedException(String message) {
            super(message);
        }
    }
}
