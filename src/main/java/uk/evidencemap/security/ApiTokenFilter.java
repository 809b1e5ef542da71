package uk.evidencemap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry a personal token: {@code Authorization: Bearer em_...}.
 * The token is looked up by its SHA-256 hash; a revoked or unknown token, or one whose owner
 * is disabled or locked, gets 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("uk.evidencemap.security.events");

    private final UserRepository users;
    private final ApiErrorWriter errors;

    ApiTokenFilter(UserRepository users, ApiErrorWriter errors) {
        this.users = users;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(7).strip();
        var user = users.useToken(AccountService.hash(secret))
                .flatMap(users::credentials)
                .map(UserRepository.Credentials::user)
                .filter(u -> u.enabled() && !u.locked(Instant.now()));
        if (user.isEmpty()) {
            log.warn(
                    "API token refused for {} {} from {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getRemoteAddr());
            errors.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "The API token is not valid: it is unknown," + " revoked, or its owner is disabled or locked");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get().username(), null, SignInUser.authorities(user.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
