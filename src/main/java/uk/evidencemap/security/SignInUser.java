package uk.evidencemap.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security sees it at sign-in: ROLE_USER, plus ROLE_ADMIN or ROLE_RESEARCHER. */
record SignInUser(AppUser user, String passwordHash) implements UserDetails {

    static List<GrantedAuthority> authorities(AppUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (user.globalRole() != null) {
            authorities.add(
                    new SimpleGrantedAuthority("ROLE_" + user.globalRole().name()));
        }
        return authorities;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !user.locked(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }
}
