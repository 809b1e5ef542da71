package uk.evidencemap.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInvocation;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
                log.warn("Sign-in refused: too many failed attempts from address {} ({})", address, currentRequest());
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
                "Sign-in failed for '{}' from {} ({}): {}",
                username,
                address,
                currentRequest(),
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

    /**
     * What was refused, for the security log: the request's method and path (never its query, which
     * may carry personal data), and the service method when a method's access rule refused it, as in
     * {@code PATCH /api/areas/york/nodes/n1 (MapService.updateNode)}.
     */
    static String describe(Object source) {
        if (source instanceof HttpServletRequest request) {
            return request(request);
        }
        HttpServletRequest current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        String where = current == null ? "outside a request" : request(current);
        if (source instanceof MethodInvocation invocation) {
            return where + " (" + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName() + ")";
        }
        return where;
    }

    /** The current request's method and path, for lines of the security log: "POST /login". */
    static String currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? request(a.getRequest())
                : "outside a request";
    }

    private static String request(HttpServletRequest request) {
        String line = request.getMethod() + " " + request.getRequestURI();
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
            line += " (error dispatch of " + original + ")";
        }
        return line;
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
