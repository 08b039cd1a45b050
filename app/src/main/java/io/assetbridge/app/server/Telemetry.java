package io.assetbridge.app.server;

import io.assetbridge.connector.http.HttpObservers;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The process's Prometheus registry, joined to Micrometer's global registry (where the engine
 * counts) and fed by the shared HTTP layer. One per process, like the process it describes.
 */
public final class Telemetry {
  private static PrometheusMeterRegistry registry;
  private static StateGauges gauges;

  private Telemetry() {}

  /** Installs the registry and the HTTP listener on first use; later calls return the same. */
  public static synchronized PrometheusMeterRegistry registry() {
    if (registry == null) {
      registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      Metrics.addRegistry(registry);
      HttpObservers.register(new HttpMeters(Metrics.globalRegistry));
      gauges = new StateGauges(registry);
    }
    return registry;
  }

  /** Jobs-by-state and rate-limit gauges, refreshed before each scrape. */
  static synchronized StateGauges gauges() {
    registry();
    return gauges;
  }
}
