package uk.evidencemap.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;

/** A signed-in person's own account: their details, password and personal API tokens. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private static final Logger security = LoggerFactory.getLogger("uk.evidencemap.security.events");
    static final String TOKEN_PREFIX = "em_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final CurrentUser current;

    AccountService(UserRepository repository, PasswordEncoder encoder, CurrentUser current) {
        this.repository = repository;
        this.encoder = encoder;
        this.current = current;
    }

    /**
     * Who the current person is, as others see them (for presence and comments): their name, or
     * just their username where the sign-in came from elsewhere than the user store (the system).
     */
    @Transactional(readOnly = true)
    public AppUser whoAmI() {
        String username = current.username().orElseThrow();
        return repository
                .credentials(username)
                .map(UserRepository.Credentials::user)
                .orElseGet(() -> new AppUser(username, username, null, true, null, Map.of()));
    }

    @Transactional(readOnly = true)
    public AppUser me() {
        String username = current.username().orElseThrow();
        return repository
                .credentials(username)
                .map(UserRepository.Credentials::user)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'"));
    }

    public void changePassword(String currentPassword, String replacement) {
        String username = current.username().orElseThrow();
        var credentials = repository.credentials(username).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, credentials.passwordHash())) {
            violations.add(new Violation("currentPassword", "is not your current password"));
        }
        Passwords.check("newPassword", username, replacement, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        repository.setPassword(username, encoder.encode(replacement));
        security.info("User '{}' changed their password", username);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens() {
        return repository.tokens(current.username().orElseThrow());
    }

    /** Makes a token; its secret is returned here once and stored only as a SHA-256 hash. */
    public NewToken createToken(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new ValidationException("name", "is required: 1 to 60 characters saying what the token is for");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        String username = current.username().orElseThrow();
        repository.createToken(username, id, label, secret.substring(0, 8), hash(secret));
        security.info("User '{}' created API token '{}' ({})", username, label, id);
        ApiToken token = repository.tokens(username).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
        return new NewToken(token, secret);
    }

    public void revokeToken(String id) {
        String username = current.username().orElseThrow();
        if (!repository.deleteToken(username, id)) {
            throw new NotFoundException("You have no API token '" + id + "'");
        }
        security.info("User '{}' revoked API token {}", username, id);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
