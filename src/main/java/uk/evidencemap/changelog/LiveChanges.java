package uk.evidencemap.changelog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.evidencemap.area.AreaChanged;

/**
 * Delivers every committed change to the open views of its area, by following the change log by
 * sequence number: at once when a change of this instance commits, and every
 * {@code evidencemap.collaboration.follow-interval-ms} for changes other instances sharing the
 * database made. Each listener is called in sequence order on its own lane (one of a few
 * threads), so every view sees changes in the order they were made, whichever instance made them.
 */
@Component
public class LiveChanges {

    private static final Logger log = LoggerFactory.getLogger(LiveChanges.class);

    /** A follower of an area and the lane (thread) that calls it: one lane per follower keeps its order. */
    private record Subscription(Consumer<Change> listener, ExecutorService lane) {}

    private final Map<String, List<Subscription>> listeners = new ConcurrentHashMap<>();
    /**
     * Open pages are brought up to date in parallel, each always on the same lane so that it gets
     * changes in order; a page's update runs in its UI lock and pushes to its browser.
     */
    private final List<ExecutorService> lanes;

    private final AtomicInteger nextLane = new AtomicInteger();
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("change-follower").daemon().factory());
    private final ChangeLogRepository repository;
    private final InstanceId instance;
    private final ApplicationEventPublisher events;
    private final long intervalMs;
    private volatile long followed = -1;
    private volatile boolean stopped;

    LiveChanges(
            ChangeLogRepository repository,
            InstanceId instance,
            ApplicationEventPublisher events,
            @Value("${evidencemap.collaboration.follow-interval-ms:200}") long intervalMs) {
        this.repository = repository;
        this.instance = instance;
        this.events = events;
        this.intervalMs = intervalMs;
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.lanes = IntStream.range(0, count)
                .mapToObj(i -> (ExecutorService) Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name("live-changes-" + i).daemon().factory()))
                .toList();
    }

    /** Calls {@code listener} with each change of the area from now on, until the registration is removed. */
    Runnable subscribe(String areaId, Consumer<Change> listener) {
        List<Subscription> forArea = listeners.computeIfAbsent(areaId, id -> new CopyOnWriteArrayList<>());
        Subscription subscription =
                new Subscription(listener, lanes.get(Math.floorMod(nextLane.getAndIncrement(), lanes.size())));
        forArea.add(subscription);
        return () -> forArea.remove(subscription);
    }

    /**
     * A change of this instance committed: look at the log now rather than at the next tick.
     * Delivery always goes through the log, so every view gets every change, from any instance,
     * in sequence order.
     */
    @TransactionalEventListener
    void committed(ChangeRecorded event) {
        if (followed >= 0) {
            follower.execute(this::follow);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void startFollowing() {
        followed = repository.lastSeq();
        follower.scheduleWithFixedDelay(this::follow, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    /** Picks up what other instances wrote since the last look. */
    void follow() {
        try {
            List<Change> changes;
            do {
                changes = repository.after(followed, 500);
                for (Change change : changes) {
                    followed = change.seq();
                    if (!instance.value().equals(change.instance())) {
                        // caches of this instance (analyses) must forget the area, as they do for local changes
                        events.publishEvent(new AreaChanged(change.areaId()));
                    }
                    deliver(change);
                }
            } while (changes.size() == 500);
        } catch (RuntimeException e) {
            if (!stopped) {
                log.warn("Could not follow the change log: {}", e.getMessage());
            }
        }
    }

    private void deliver(Change change) {
        for (Subscription subscription : listeners.getOrDefault(change.areaId(), List.of())) {
            subscription.lane().execute(() -> {
                try {
                    subscription.listener().accept(change);
                } catch (RuntimeException e) {
                    log.warn("A view failed to take change {}: {}", change.seq(), e.toString());
                }
            });
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopped = true;
        follower.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
    }
}
