package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;

/** The {@code /_emulator} route table (§11): one small operation per route. */
public final class AdminRoutes {
  private static final String BASE = "/_emulator";
  private final Platform platform;
  private final AdminPipeline pipeline;

  public AdminRoutes(Platform platform) {
    this.platform = platform;
    this.pipeline = new AdminPipeline(platform);
  }

  public void register(Javalin app) {
    route(app, HandlerType.POST, "/reset", new Reset(platform));
    route(app, HandlerType.PUT, "/tokens", new PutTokens(platform));
    route(app, HandlerType.POST, "/seed", new Seed(platform));
    route(app, HandlerType.POST, "/deliveries/{id}/advance", new AdvanceDelivery(platform));
    route(app, HandlerType.POST, "/distributions/{id}/advance", new AdvanceDistribution(platform));
    route(app, HandlerType.POST, "/distributions/{id}/cancel", new CancelDistribution(platform));
    route(app, HandlerType.PUT, "/auto-advance", new PutAutoAdvance(platform));
    route(app, HandlerType.GET, "/journal", JournalAdmin.read(platform));
    route(app, HandlerType.DELETE, "/journal", JournalAdmin.clear(platform));
    route(app, HandlerType.PUT, "/faults", FaultsAdmin.put(platform));
    route(app, HandlerType.GET, "/faults", FaultsAdmin.get(platform));
    route(app, HandlerType.DELETE, "/faults", FaultsAdmin.delete(platform));
    route(app, HandlerType.PUT, "/webhook", WebhookAdmin.put(platform));
    route(app, HandlerType.GET, "/webhook", WebhookAdmin.get(platform));
    route(app, HandlerType.DELETE, "/webhook", WebhookAdmin.delete(platform));
  }

  private void route(Javalin app, HandlerType method, String path, ApiOperation operation) {
    app.addHttpHandler(method, BASE + path, pipeline.handler(operation));
  }
}
