package io.assetbridge.app.server;

import io.assetbridge.connector.http.HttpObservers;
import io.assetbridge.connector.http.LimitState;
import io.assetbridge.store.JobState;
import io.assetbridge.store.Store;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * Gauges read just before each scrape: jobs by state (one query to the store) and each connection's
 * rate-limit state. Values live here, so a gauge never holds on to a closed store.
 */
final class StateGauges {
  private final MeterRegistry registry;
  private final Map<JobState, AtomicLong> jobs = new EnumMap<>(JobState.class);
  private final AtomicLong storeUp = new AtomicLong();
  private final Map<String, Boolean> limitGauges = new ConcurrentHashMap<>();

  StateGauges(MeterRegistry registry) {
    this.registry = registry;
    for (JobState state : JobState.values()) {
      AtomicLong value = new AtomicLong();
      jobs.put(state, value);
      Gauge.builder("assetbridge.jobs", value, AtomicLong::get)
          .description("jobs in the store, per state")
          .tag("state", state.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    Gauge.builder("assetbridge.store.up", storeUp, AtomicLong::get)
        .description("1 when the store answered the last scrape's query")
        .register(registry);
  }

  synchronized void refresh(Store store) {
    try {
      Map<JobState, Long> counts = store.inTransaction(tx -> tx.jobs().counts(null));
      counts.forEach((state, n) -> jobs.get(state).set(n));
      storeUp.set(1);
    } catch (RuntimeException e) { // the gauges keep their last values; store.up says why
      storeUp.set(0);
    }
    HttpObservers.limitStates().keySet().forEach(this::limitGaugesFor);
  }

  private void limitGaugesFor(String connection) {
    if (limitGauges.putIfAbsent(connection, true) != null) {
      return;
    }
    limitGauge(connection, "available.permissions", LimitState::availablePermissions);
    limitGauge(connection, "waiting", LimitState::waitingForPermission);
    limitGauge(connection, "free.slots", LimitState::freeSlots);
    limitGauge(connection, "max.slots", LimitState::maxSlots);
  }

  private void limitGauge(String connection, String name, ToIntFunction<LimitState> value) {
    Gauge.builder(
            "assetbridge.ratelimit." + name,
            () -> {
              LimitState state = HttpObservers.limitStates().get(connection);
              return state == null ? Double.NaN : value.applyAsInt(state);
            })
        .description("the connection's client-side rate limit and concurrency now")
        .tag("connection", connection)
        .register(registry);
  }
}
