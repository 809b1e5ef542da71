package uk.evidencemap.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (the first administrator, demo data) as the system, through the same
 * secured services as everyone else, with administrator rights and nothing more.
 */
@Component
public class SystemUser {

    public static final String NAME = "system";

    private final SecurityContextHolderStrategy strategy;

    SystemUser(CurrentUser currentUser) {
        this.strategy = currentUser.strategy();
    }

    public <T> T call(Supplier<T> work) {
        return as(
                UsernamePasswordAuthenticationToken.authenticated(
                        NAME,
                        null,
                        List.of(
                                new SimpleGrantedAuthority("ROLE_" + GlobalRole.ADMIN.name()),
                                new SimpleGrantedAuthority("ROLE_USER"))),
                work);
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} with the given authentication (or none), then restores the caller's. */
    public <T> T as(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
