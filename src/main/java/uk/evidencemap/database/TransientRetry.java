package uk.evidencemap.database;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.evidencemap.base.TemporarilyUnavailableException;

/**
 * Runs a service call again when the database refused it for a reason a retry may cure: Neo4j's
 * transient errors (a deadlock between two writers, a lock not taken in time; the driver's
 * {@link RetryableException}s, {@code TransientException} among them) and Spring's
 * {@link TransientDataAccessException}s that wrap them, found anywhere in the cause chain. It waits
 * 20, 40 and 80 ms (each plus up to 10 ms of jitter) before the three retries; when they run out it
 * throws {@link TemporarilyUnavailableException} (503 in the API). Any other exception passes
 * through untouched, the first time.
 *
 * <p>The whole transaction is what is retried, so this runs around every public method of a
 * {@code @Service} outside the transaction interceptor (see {@link TransientRetryConfiguration}),
 * and only when no transaction is active yet: a service called by another inside its transaction
 * does not retry on its own, the outermost call retries the whole.
 */
public class TransientRetry implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    static final int MAX_RETRIES = 3;
    static final long FIRST_DELAY_MS = 20;
    static final long JITTER_MS = 10;
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final String MESSAGE =
            "The database is busy and could not complete this request; nothing was changed." + " Try again in a moment";

    /** Waits between attempts; a test waits no time. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** One attempt of the work. */
    interface Attempt<T> {
        T run() throws Throwable;
    }

    private final int maxRetries;
    private final long firstDelayMs;
    private final long jitterMs;
    private final Sleeper sleeper;
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong exhausted = new AtomicLong();

    TransientRetry() {
        this(MAX_RETRIES, FIRST_DELAY_MS, JITTER_MS, Thread::sleep);
    }

    TransientRetry(int maxRetries, long firstDelayMs, long jitterMs, Sleeper sleeper) {
        this.maxRetries = maxRetries;
        this.firstDelayMs = firstDelayMs;
        this.jitterMs = jitterMs;
        this.sleeper = sleeper;
    }

    /** How many times a call has been run again since start-up. */
    public long retries() {
        return retries.get();
    }

    /** How many calls gave up after their last retry since start-up. */
    public long exhausted() {
        return exhausted.get();
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed();
        }
        String what = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
        if (invocation instanceof ProxyMethodInvocation proxied) {
            // Each attempt runs the rest of the interceptor chain (security, transaction) afresh.
            return call(what, () -> proxied.invocableClone().proceed());
        }
        return call(what, invocation::proceed);
    }

    /** Runs {@code attempt}, and runs it again after a transient database error, up to the limit. */
    <T> T call(String what, Attempt<T> attempt) throws Throwable {
        int retry = 0;
        while (true) {
            try {
                return attempt.run();
            } catch (Throwable e) {
                if (!isTransient(e)) {
                    throw e;
                }
                if (retry == maxRetries) {
                    exhausted.incrementAndGet();
                    log.warn("{} gave up after {} retries: {}", what, maxRetries, code(e));
                    throw new TemporarilyUnavailableException(MESSAGE, RETRY_AFTER, e);
                }
                retry++;
                retries.incrementAndGet();
                long delay = delay(retry);
                log.debug(
                        "{} met a transient database error ({}); retry {} of {} in {} ms",
                        what,
                        code(e),
                        retry,
                        maxRetries,
                        delay);
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new TemporarilyUnavailableException(MESSAGE, RETRY_AFTER, e);
                }
            }
        }
    }

    /** The wait before retry {@code n} (1, 2, 3 ...): 20, 40, 80 ms ... plus jitter. */
    long delay(int n) {
        long base = firstDelayMs << Math.min(n - 1, 20);
        return base + (jitterMs > 0 ? ThreadLocalRandom.current().nextLong(jitterMs + 1) : 0);
    }

    /**
     * Whether a retry may cure {@code error}: a Neo4j retryable error or a Spring transient
     * data-access error anywhere in its cause chain, and no stale version (which a retry cannot
     * cure) and no earlier retry that already gave up.
     */
    static boolean isTransient(Throwable error) {
        boolean transientSeen = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable e = error; e != null && seen.put(e, Boolean.TRUE) == null; e = e.getCause()) {
            if (e instanceof TemporarilyUnavailableException || e instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (e instanceof RetryableException || e instanceof TransientDataAccessException) {
                transientSeen = true;
            }
        }
        return transientSeen;
    }

    private static String code(Throwable error) {
        Throwable e = error;
        for (int depth = 0; e != null && depth < 20; depth++, e = e.getCause()) {
            if (e instanceof Neo4jException neo4j && neo4j.code() != null) {
                return neo4j.code();
            }
        }
        return error.getClass().getSimpleName();
    }
}
