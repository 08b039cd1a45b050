package io.assetbridge.app.server;

import io.assetbridge.connector.http.HttpCall;
import io.assetbridge.connector.http.HttpCallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/** Counts every connection's API calls, errors and body bytes. */
final class HttpMeters implements HttpCallListener {
  private final MeterRegistry registry;

  HttpMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void called(HttpCall call) {
    Counter.builder("assetbridge.api.calls")
        .description("API calls made, per connection and outcome")
        .tag("connection", call.connection())
        .tag("outcome", call.failed() ? "error" : "ok")
        .register(registry)
        .increment();
    if (call.failed()) {
      Counter.builder("assetbridge.api.errors")
          .description("API calls that failed (no answer, or an error status other than 404)")
          .tag("connection", call.connection())
          .tag("status", call.status() == 0 ? "none" : String.valueOf(call.status()))
          .register(registry)
          .increment();
    }
  }

  @Override
  public void transferred(String connection, Direction direction, long bytes) {
    Counter.builder("assetbridge.transferred")
        .description("request and response body bytes, per connection and direction")
        .baseUnit("bytes")
        .tag("connection", connection)
        .tag("direction", direction.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment(bytes);
  }
}
