package io.assetbridge.app.admin;

import io.assetbridge.core.config.ConfigNode;
import io.assetbridge.core.config.ConnectionConfig;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.spi.Connector;
import io.assetbridge.store.Job;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/connections}: per connection a live check (one authenticated call, as {@code
 * check} makes), the newest job error of a flow that uses it, and its configured rate limits.
 */
final class ConnectionHealth implements Handler {
  private final Engine engine;
  private final InstantSource clock;

  ConnectionHealth(Engine engine, InstantSource clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /** One connection's state; {@code limits} is the config's map, or null for the defaults. */
  record Health(
      String name,
      String type,
      boolean ok,
      String checkError,
      long checkMillis,
      String lastJobError,
      Instant lastJobErrorAt,
      Object limits) {}

  @Override
  public void handle(Context ctx) {
    ctx.json(all());
  }

  List<Health> all() {
    List<Health> answers = new ArrayList<>();
    for (Connector c : engine.connectors().all().values()) {
      answers.add(health(c, engine.config().connections().get(c.connectionName())));
    }
    return answers;
  }

  private Health health(Connector connector, ConnectionConfig config) {
    long start = clock.millis();
    String error = null;
    try {
      connector.testConnection();
    } catch (RuntimeException e) { // connectors' messages are redacted
      error = e.getMessage();
    }
    long took = Duration.ofMillis(clock.millis() - start).toMillis();
    Optional<Job> failed = lastFailure(connector.connectionName());
    ConfigNode limits = config == null ? null : config.settings().get("limits");
    return new Health(
        connector.connectionName(),
        config == null ? null : config.type(),
        error == null,
        error,
        took,
        failed.map(Job::lastError).orElse(null),
        failed.map(Job::updatedAt).orElse(null),
        limits == null ? null : limits.plain());
  }

  /** The newest job with an error in a flow that reads from or writes to the connection. */
  private Optional<Job> lastFailure(String connection) {
    List<String> flows =
        engine.plans().values().stream()
            .map(p -> p.config())
            .filter(c -> connection.equals(c.source()) || connection.equals(c.target()))
            .map(c -> c.name())
            .toList();
    return engine
        .store()
        .inTransaction(
            tx ->
                flows.stream()
                    .flatMap(f -> tx.jobs().list(null, f, 50).stream())
                    .filter(j -> j.lastError() != null)
                    .max(Comparator.comparing(Job::updatedAt)));
  }
}
