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
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;

/**
 * A signed-in person's own account: their details, password and personal API tokens. Every
 * method throws {@link AccessDeniedException} when no one is signed in. Password and token
 * changes are logged as security events (never the password or the secret).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private static final Logger security = LoggerFactory.getLogger("uk.evidencemap.security.events");
    static final String TOKEN_PREFIX = "em_";
    static final int TOKEN_NAME_MAX = 60;
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
     *
     * @return the user as stored; for someone not in the user store, a user named by their username
     *     with no global role and no memberships
     * @throws AccessDeniedException when no one is signed in
     */
    @Transactional(readOnly = true)
    public AppUser whoAmI() {
        String username = current.username().orElseThrow();
        return repository
                .credentials(username)
                .map(UserRepository.Credentials::user)
                .orElseGet(() -> new AppUser(username, username, null, true, null, Map.of()));
    }

    /**
     * The current person's own account, for the account page.
     *
     * @return the user as stored, with their global role and memberships
     * @throws NotFoundException when the signed-in person is not in the user store (the system)
     * @throws AccessDeniedException when no one is signed in
     */
    @Transactional(readOnly = true)
    public AppUser me() {
        String username = current.username().orElseThrow();
        return repository
                .credentials(username)
                .map(UserRepository.Credentials::user)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'"));
    }

    /**
     * Replaces the current person's password, after checking the one they have now. Also ends any
     * lock-out and clears the count of failed sign-ins.
     *
     * @param replacement 12 to 128 characters, not containing the username
     * @throws ValidationException listing every violation: a current password that is missing or
     *     wrong, a replacement that breaks the rules
     * @throws NoSuchElementException when the signed-in person is not in the user store (the
     *     system), unlike {@link #me()}, which says so with {@link NotFoundException}
     * @throws AccessDeniedException when no one is signed in
     */
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

    /**
     * The current person's API tokens, without their secrets.
     *
     * @return the tokens, oldest first, each with the first 8 characters of its secret, when it was
     *     made and last used; empty when none
     * @throws AccessDeniedException when no one is signed in
     */
    @Transactional(readOnly = true)
    public List<ApiToken> tokens() {
        return repository.tokens(current.username().orElseThrow());
    }

    /**
     * Makes a personal API token for the current person. Its secret ({@code em_} and 32 random
     * bytes, URL-safe Base64) is returned here once and stored only as a SHA-256 hash; it is sent
     * as {@code Authorization: Bearer} and acts with its owner's rights at the time of each call.
     *
     * @param name what the token is for: 1 to 60 characters once trimmed, as {@link Text#name}
     *     counts and checks them
     * @return the token and its secret
     * @throws ValidationException when the name is missing, blank, longer than 60 characters or
     *     has a control or bidirectional formatting character
     * @throws NoSuchElementException when the signed-in person is not in the user store (the
     *     system): the token cannot be kept
     * @throws AccessDeniedException when no one is signed in
     */
    public NewToken createToken(String name) {
        List<Violation> violations = new ArrayList<>();
        String label = Text.name("name", name, TOKEN_NAME_MAX, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
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

    /**
     * Revokes one of the current person's API tokens: calls with it are refused from now on.
     *
     * @throws NotFoundException when the current person has no token with this id
     * @throws AccessDeniedException when no one is signed in
     */
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
