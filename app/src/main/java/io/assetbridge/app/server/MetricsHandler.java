package io.assetbridge.app.server;

import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /metrics}: every meter in Prometheus text format, gauges read just now. */
final class MetricsHandler implements Handler {
  private final Store store;

  MetricsHandler(Store store) {
    this.store = store;
    Telemetry.registry();
  }

  @Override
  public void handle(Context ctx) {
    Telemetry.gauges().refresh(store);
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(Telemetry.registry().scrape());
  }
}
