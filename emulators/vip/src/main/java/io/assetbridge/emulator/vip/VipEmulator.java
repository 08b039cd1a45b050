package io.assetbridge.emulator.vip;

import io.assetbridge.emulator.vip.admin.AdminRoutes;
import io.javalin.Javalin;

/**
 * The VIP API emulator of {@code shared/api/vip.md}: the API at {@code baseUrl() + "/api/v1"}, the
 * emulator extras at {@code baseUrl() + "/_emulator"}. Starts empty, accepting the token {@code
 * emulator-token}.
 */
public final class VipEmulator implements AutoCloseable {
  private final Platform platform;
  private final Javalin app;

  private VipEmulator(Platform platform, Javalin app) {
    this.platform = platform;
    this.app = app;
  }

  /** Starts on 127.0.0.1; port 0 picks any free port. */
  public static VipEmulator start(int port) {
    return start(EmulatorSettings.onPort(port));
  }

  public static VipEmulator start(EmulatorSettings settings) {
    Platform platform = new Platform(settings);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.disableCompression();
            });
    new ApiRoutes(platform).register(app);
    new AdminRoutes(platform).register(app);
    try {
      app.start("127.0.0.1", settings.port());
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
    return new VipEmulator(platform, app);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    platform.close();
  }
}
