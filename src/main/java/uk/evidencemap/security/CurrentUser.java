package uk.evidencemap.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is making the current call. Reads the security context through the same
 * {@link SecurityContextHolderStrategy} as Spring Security's filters and method security (Vaadin
 * registers one that also knows the Vaadin session), so all three always agree.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<Authentication> authentication() {
        Authentication auth = strategy.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())
                ? Optional.empty()
                : Optional.of(auth);
    }

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public boolean hasRole(GlobalRole role) {
        return authentication()
                .map(a -> a.getAuthorities().stream().anyMatch(g -> ("ROLE_" + role.name()).equals(g.getAuthority())))
                .orElse(false);
    }

    public boolean isAdmin() {
        return hasRole(GlobalRole.ADMIN);
    }

    public boolean isResearcher() {
        return hasRole(GlobalRole.RESEARCHER);
    }

    SecurityContextHolderStrategy strategy() {
        return strategy;
    }
}
