package uk.evidencemap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.TemporarilyUnavailableException;
import uk.evidencemap.base.ValidationException;

/** The retry policy on its own: what it retries, how often, how long it waits, and when it gives up. */
class TransientRetryTest {

    private final List<Long> waits = new ArrayList<>();
    private final TransientRetry retry = new TransientRetry(3, 20, 10, waits::add);

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    private static TransientException deadlock() {
        return new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
    }

    /** As Spring Data Neo4j reports a deadlock: its transient data-access exception around the driver's. */
    private static RuntimeException translatedDeadlock() {
        return new TransientDataAccessResourceException("deadlock", deadlock());
    }

    /** Work that fails with each of {@code failures} in turn, then answers "done". */
    private static TransientRetry.Attempt<String> failing(AtomicInteger attempts, RuntimeException... failures) {
        return () -> {
            int attempt = attempts.getAndIncrement();
            if (attempt < failures.length) {
                throw failures[attempt];
            }
            return "done";
        };
    }

    @Test
    void aTransientErrorIsRetriedUntilTheWorkSucceeds() throws Throwable {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call("work", failing(attempts, translatedDeadlock(), deadlock()));

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(retry.retries()).isEqualTo(2);
        assertThat(retry.exhausted()).isZero();
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(20L, 30L);
        assertThat(waits.get(1)).isBetween(40L, 50L);
    }

    @Test
    void transientErrorsAreFoundAnywhereInTheCauseChain() {
        assertThat(TransientRetry.isTransient(deadlock())).isTrue();
        assertThat(TransientRetry.isTransient(translatedDeadlock())).isTrue();
        assertThat(TransientRetry.isTransient(new IllegalStateException(new RuntimeException(deadlock()))))
                .isTrue();
        assertThat(TransientRetry.isTransient(new CannotAcquireLockException("lock timeout")))
                .as("Spring's concurrency failures")
                .isTrue();
        assertThat(TransientRetry.isTransient(new ServiceUnavailableException("connection lost")))
                .as("the driver's other retryable errors")
                .isTrue();
    }

    @Test
    void otherErrorsAreNotRetried() {
        assertThat(TransientRetry.isTransient(new ValidationException("name", "is required")))
                .isFalse();
        assertThat(TransientRetry.isTransient(new NotFoundException("There is no area 'x'")))
                .isFalse();
        assertThat(TransientRetry.isTransient(new DataIntegrityViolationException("duplicate id")))
                .isFalse();
        assertThat(TransientRetry.isTransient(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))
                .isFalse();
        assertThat(TransientRetry.isTransient(new OptimisticLockingFailureException("stale", deadlock())))
                .as("a stale version stays stale")
                .isFalse();
        assertThat(TransientRetry.isTransient(
                        new TemporarilyUnavailableException("gave up", Duration.ofSeconds(1), deadlock())))
                .as("a call that already gave up is not retried again by an outer one")
                .isFalse();

        AtomicInteger attempts = new AtomicInteger();
        ValidationException invalid = new ValidationException("name", "is required");
        assertThatThrownBy(() -> retry.call("work", failing(attempts, invalid))).isSameAs(invalid);
        assertThat(attempts).hasValue(1);
        assertThat(retry.retries()).isZero();
        assertThat(waits).isEmpty();
    }

    @Test
    void afterThreeRetriesItGivesUpWithTheExceptionThatAnswers503() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException last = translatedDeadlock();

        assertThatThrownBy(() -> retry.call(
                        "work", failing(attempts, translatedDeadlock(), translatedDeadlock(), deadlock(), last)))
                .isInstanceOfSatisfying(TemporarilyUnavailableException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(e.getCause()).isSameAs(last);
                    assertThat(e.getMessage())
                            .isEqualTo("The database is busy and could not complete this request; nothing was"
                                    + " changed. Try again in a moment");
                });
        assertThat(attempts).hasValue(4);
        assertThat(retry.retries()).isEqualTo(3);
        assertThat(retry.exhausted()).isEqualTo(1);
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(20L, 30L);
        assertThat(waits.get(1)).isBetween(40L, 50L);
        assertThat(waits.get(2)).isBetween(80L, 90L);
    }

    @Test
    void aCallOutsideATransactionIsRetriedAsAWhole() throws Throwable {
        AtomicInteger attempts = new AtomicInteger();
        MethodInvocation call = invocation(failing(attempts, deadlock()));

        assertThat(retry.invoke(call)).isEqualTo("done");
        assertThat(attempts).hasValue(2);
        assertThat(retry.retries()).isEqualTo(1);
    }

    @Test
    void aCallInsideATransactionIsNotRetriedTheOutermostCallRetriesTheWhole() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        AtomicInteger attempts = new AtomicInteger();
        TransientException deadlock = deadlock();
        MethodInvocation call = invocation(failing(attempts, deadlock));

        assertThatThrownBy(() -> retry.invoke(call))
                .as("the transient error passes through unchanged, for the outer call to retry")
                .isSameAs(deadlock);
        assertThat(attempts).hasValue(1);
        assertThat(retry.retries()).isZero();
        assertThat(waits).isEmpty();
    }

    @Test
    void anInterruptedWaitGivesUpAndKeepsTheInterrupt() {
        TransientRetry interrupted = new TransientRetry(3, 20, 10, millis -> {
            throw new InterruptedException();
        });
        try {
            assertThatThrownBy(() -> interrupted.call("work", failing(new AtomicInteger(), deadlock())))
                    .isInstanceOf(TemporarilyUnavailableException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theWaitsDoubleFrom20MillisecondsWithUpTo10OfJitter() {
        TransientRetry production = new TransientRetry();
        for (int i = 0; i < 50; i++) {
            assertThat(production.delay(1)).isBetween(20L, 30L);
            assertThat(production.delay(2)).isBetween(40L, 50L);
            assertThat(production.delay(3)).isBetween(80L, 90L);
        }
    }

    private static MethodInvocation invocation(TransientRetry.Attempt<String> work) {
        Method method;
        try {
            method = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return new MethodInvocation() {
            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Object[] getArguments() {
                return new Object[0];
            }

            @Override
            public Object proceed() throws Throwable {
                return work.run();
            }

            @Override
            public Object getThis() {
                return null;
            }

            @Override
            public AccessibleObject getStaticPart() {
                return method;
            }
        };
    }
}
