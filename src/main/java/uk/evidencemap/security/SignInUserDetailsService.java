package uk.evidencemap.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users live in Neo4j; passwords are stored as delegating-encoder hashes ({bcrypt}...). */
@Service
class SignInUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    SignInUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentials(username == null ? "" : username.strip())
                .map(c -> new SignInUser(c.user(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
