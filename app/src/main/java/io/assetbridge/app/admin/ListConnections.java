package io.assetbridge.app.admin;

import io.assetbridge.core.config.ConfigNode;
import io.assetbridge.core.config.ConnectionConfig;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.health.ConnectionHealth;
import io.assetbridge.core.health.RateLimitState;
import io.assetbridge.spi.Connector;
import io.assetbridge.store.Job;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/connections}: per connection a live check (one authenticated call, as {@code
 * check} makes), this process's contact history with it, the newest job error of a flow that uses
 * it, its configured limits and the client's live rate-limit state.
 */
final class ListConnections implements Handler {
  private final Engine engine;
  private final InstantSource clock;

  ListConnections(Engine engine, InstantSource clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * One connection's state. {@code limits} is the config's map (null for the defaults); {@code
   * rateLimit} is read after the live check, so it is there once the connector built its client.
   */
  record Answer(
      String name,
      String type,
      boolean ok,
      String checkError,
      long checkMillis,
      Instant lastSuccessAt,
      Instant lastErrorAt,
      String lastError,
      long calls,
      long errors,
      String lastJobError,
      Instant lastJobErrorAt,
      Object limits,
      RateLimitState rateLimit) {}

  @Override
  public void handle(Context ctx) {
    ctx.json(all());
  }

  List<Answer> all() {
    List<Answer> answers = new ArrayList<>();
    for (Connector c : engine.connectors().all().values()) {
      answers.add(answer(c, engine.config().connections().get(c.connectionName())));
    }
    return answers;
  }

  private Answer answer(Connector connector, ConnectionConfig config) {
    String name = connector.connectionName();
    long start = clock.millis();
    String error = null;
    try {
      connector.testConnection();
    } catch (RuntimeException e) { // connectors' messages are redacted
      error = e.getMessage();
    }
    long took = clock.millis() - start;
    ConnectionHealth contact =
        engine
            .contacts()
            .of(name)
            .orElseGet(() -> new ConnectionHealth(name, null, null, null, 0, 0, null));
    Optional<Job> failed = lastFailure(name);
    ConfigNode limits = config == null ? null : config.settings().get("limits");
    return new Answer(
        name,
        config == null ? null : config.type(),
        error == null,
        error,
        took,
        contact.lastSuccessAt(),
        contact.lastErrorAt(),
        contact.lastError(),
        contact.calls(),
        contact.errors(),
        failed.map(Job::lastError).orElse(null),
        failed.map(Job::updatedAt).orElse(null),
        limits == null ? null : limits.plain(),
        contact.limits());
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
