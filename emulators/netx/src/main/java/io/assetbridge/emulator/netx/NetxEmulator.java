package io.assetbridge.emulator.netx;

import io.assetbridge.emulator.netx.rpc.Tokens;
import io.assetbridge.emulator.netx.state.Catalog;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.time.InstantSource;

/**
 * The NetX API emulator (contract {@code shared/api/netx.md}) on 127.0.0.1: JSON-RPC at {@code
 * /api/rpc}, imports under {@code /api/import}, downloads under {@code /file/asset} and the test
 * extras under {@code /_emulator}. Starts in the state a reset gives, accepting {@code
 * emulator-token}.
 */
public final class NetxEmulator implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(NetxEmulator.class.getName());
  private final Javalin app;

  private NetxEmulator(int port) {
    app = Javalin.create(NetxEmulator::configure);
    RouteTable.install(app, new Catalog(InstantSource.system()), new Tokens());
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.log(System.Logger.Level.WARNING, "emulator failure on " + ctx.path(), e);
          ctx.status(500).contentType("text/plain").result("emulator failure: " + e);
        });
    app.start("127.0.0.1", port);
  }

  /** Starts on {@code port} (0 = any free port), bound to 127.0.0.1. */
  public static NetxEmulator start(int port) {
    return new NetxEmulator(port);
  }

  /** {@code http://127.0.0.1:<port>}, no trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void configure(JavalinConfig config) {
    config.showJavalinBanner = false;
    config.startupWatcherEnabled = false;
    config.useVirtualThreads = true;
    config.http.disableCompression();
    config.http.maxRequestSize = 256L * 1024 * 1024;
    config.jetty.multipartConfig.maxFileSize(256, SizeUnit.MB);
    config.jetty.multipartConfig.maxTotalRequestSize(256, SizeUnit.MB);
    config.jetty.multipartConfig.maxInMemoryFileSize(4, SizeUnit.MB);
  }
}
