package uk.evidencemap.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in limits and the first administrator.
 *
 * @param maxFailuresPerAccount failed sign-ins before an account is locked
 * @param lockout               how long a locked account stays locked
 * @param maxFailuresPerAddress failed sign-ins from one address, across accounts, within {@code lockout}
 * @param adminPassword         the first administrator's password (EVIDENCEMAP_ADMIN_PASSWORD);
 *                              blank: a random one is made and printed once
 */
@ConfigurationProperties("evidencemap.security")
public record SecurityProperties(
        Integer maxFailuresPerAccount, Duration lockout, Integer maxFailuresPerAddress, String adminPassword) {

    public SecurityProperties {
        maxFailuresPerAccount = maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
    }
}
