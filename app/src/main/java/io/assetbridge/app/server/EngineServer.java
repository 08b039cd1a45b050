package io.assetbridge.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.assetbridge.app.admin.AdminApi;
import io.assetbridge.app.admin.SignInThrottle;
import io.assetbridge.app.dashboard.Dashboard;
import io.assetbridge.core.engine.Engine;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.InstantSource;
import java.util.List;

/**
 * The engine's HTTP surface: webhook intake, health, Prometheus metrics, the admin API and the
 * dashboard, configured here and nowhere else.
 */
public final class EngineServer implements AutoCloseable {
  private final Javalin app;
  private final String host;
  private final AutoCloseable contactWatch;

  private EngineServer(Javalin app, String host, AutoCloseable contactWatch) {
    this.app = app;
    this.host = host;
    this.contactWatch = contactWatch;
  }

  /** Starts serving the engine; {@code clock} stamps each webhook's arrival. */
  public static EngineServer start(Engine engine, InstantSource clock, ServerOptions options) {
    Telemetry.registry();
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.useVirtualThreads = true;
              config.http.maxRequestSize = options.maxBodyBytes();
              config.http.disableCompression();
              config.jsonMapper(new JavalinJackson(json(), true));
            });
    routes(app, engine, clock, options);
    ErrorAnswers.register(app);
    AutoCloseable contactWatch = ContactWatch.attach(engine.contacts());
    app.start(options.host(), options.port());
    return new EngineServer(app, options.host(), contactWatch);
  }

  /** Records as JSON, with instants as ISO-8601 text rather than numbers. */
  private static ObjectMapper json() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  private static void routes(
      Javalin app, Engine engine, InstantSource clock, ServerOptions options) {
    app.post(
        "/hooks/{connection}",
        new WebhookHandler(engine.webhooks(), clock, options.maxBodyBytes()));
    app.get("/health", new HealthHandler(engine.store(), engine.contacts()));
    app.get("/health/live", ctx -> ctx.json(java.util.Map.of("status", "alive")));
    app.get("/metrics", new MetricsHandler(engine.store()));
    // one budget of wrong tokens per address, whether guessed through the API or the sign-in
    SignInThrottle throttle = new SignInThrottle(clock);
    AdminApi.register(app, engine, clock, throttle);
    Dashboard.register(app, engine, clock, throttle);
  }

  /** Every HTTP route as "METHOD path", from Javalin's own table (before-handlers left out). */
  List<String> routeTable() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(e -> e.getEndpoint())
        .filter(e -> e.getMethod().isHttpMethod())
        .map(e -> e.getMethod().name() + " " + e.getPath())
        .toList();
  }

  /** The port listened on; the free port chosen when started with port 0. */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}; a wildcard host shows as localhost. */
  public String url() {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port();
  }

  @Override
  public void close() {
    app.stop();
    try {
      contactWatch.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
