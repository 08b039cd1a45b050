package io.assetbridge.core.health;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each connection's last contact, fed by whoever watches the API calls (the application wires the
 * shared HTTP layer to it) and read as {@link ConnectionHealth} records. In memory on purpose: it
 * describes this process's view of the platforms, not durable state.
 */
public final class ConnectionContacts {
  private final InstantSource clock;
  private final Map<String, ConnectionHealth> contacts = new ConcurrentHashMap<>();
  private final List<String> configured;
  private volatile Function<String, RateLimitState> limits = connection -> null;

  public ConnectionContacts(Collection<String> connections, InstantSource clock) {
    this.clock = clock;
    this.configured = List.copyOf(connections);
  }

  public void succeeded(String connection) {
    contacts.compute(connection, (name, h) -> orNew(name, h).succeeded(clock.instant()));
  }

  /** {@code error} must name the call and the failure without credentials. */
  public void failed(String connection, String error) {
    contacts.compute(connection, (name, h) -> orNew(name, h).failed(clock.instant(), error));
  }

  /** Where the rate-limit state of a connection comes from (null for "unknown"). */
  public void limitsFrom(Function<String, RateLimitState> source) {
    this.limits = source;
  }

  /** Every configured connection in config order, contacted or not. */
  public List<ConnectionHealth> all() {
    List<ConnectionHealth> out = new ArrayList<>();
    for (String name : configured) {
      out.add(of(name).orElseThrow());
    }
    return out;
  }

  /** One connection's health; empty for a name that is not configured. */
  public Optional<ConnectionHealth> of(String connection) {
    if (!configured.contains(connection)) {
      return Optional.empty();
    }
    ConnectionHealth h = orNew(connection, contacts.get(connection));
    return Optional.of(h.withLimits(limits.apply(connection)));
  }

  private static ConnectionHealth orNew(String name, ConnectionHealth h) {
    return h == null ? ConnectionHealth.untouched(name) : h;
  }
}
