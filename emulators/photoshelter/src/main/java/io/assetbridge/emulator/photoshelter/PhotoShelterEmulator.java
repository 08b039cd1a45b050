package io.assetbridge.emulator.photoshelter;

import io.assetbridge.emulator.photoshelter.auth.Sessions;
import io.assetbridge.emulator.photoshelter.faults.DroppedConnection;
import io.assetbridge.emulator.photoshelter.faults.FaultInjector;
import io.assetbridge.emulator.photoshelter.faults.FaultStage;
import io.assetbridge.emulator.photoshelter.faults.InjectedServerError;
import io.assetbridge.emulator.photoshelter.http.ApiError;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.ErrorBodies;
import io.assetbridge.emulator.photoshelter.journal.Journal;
import io.assetbridge.emulator.photoshelter.journal.JournalRecorder;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.v3.LinkMaker;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import java.time.InstantSource;

/**
 * The PhotoShelter API emulator (contract {@code shared/api/photoshelter.md}) on 127.0.0.1: v3
 * under {@code baseUrl()+"/psapi/v3"}, v4 under {@code "/psapi/v4.0"}, the image CDN under {@code
 * "/img-get2"} and the test extras under {@code "/_emulator"}. Starts in the state a reset gives.
 */
public final class PhotoShelterEmulator implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(PhotoShelterEmulator.class.getName());
  private final Javalin app;
  private volatile String baseUrl = "";

  private PhotoShelterEmulator(int port) {
    Library library = new Library(InstantSource.system());
    Journal journal = new Journal();
    FaultInjector faults = new FaultInjector();
    FaultStage stage = new FaultStage(faults, new JournalRecorder(journal));
    app = Javalin.create(PhotoShelterEmulator::configure);
    app.before("/psapi/*", stage::before);
    app.after("/psapi/*", stage::after);
    installErrors(app);
    RouteTable.install(app, library, new Sessions(), journal, faults, new LinkMaker(() -> baseUrl));
    app.start("127.0.0.1", port);
    baseUrl = "http://127.0.0.1:" + app.port();
  }

  /** Starts on {@code port} (0 = any free port), bound to 127.0.0.1. */
  public static PhotoShelterEmulator start(int port) {
    return new PhotoShelterEmulator(port);
  }

  /** {@code http://127.0.0.1:<port>}, no trailing slash. */
  public String baseUrl() {
    return baseUrl;
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
    config.http.maxRequestSize = 64L * 1024 * 1024;
    config.jetty.multipartConfig.maxFileSize(1, SizeUnit.GB);
    config.jetty.multipartConfig.maxTotalRequestSize(1, SizeUnit.GB);
    config.jetty.multipartConfig.maxInMemoryFileSize(4, SizeUnit.MB);
  }

  private static void installErrors(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> ErrorBodies.render(ctx, e));
    app.exception(DroppedConnection.class, (e, ctx) -> ctx.status(599));
    app.exception(
        InjectedServerError.class,
        (e, ctx) ->
            ctx.status(e.status()).contentType("text/plain").result("emulated server trouble"));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          ApiError error = e.getStatus() == 404 ? ApiError.NOT_FOUND : ApiError.BAD_PARAM;
          ErrorBodies.render(ctx, new ApiException(error, e.getMessage()));
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.log(System.Logger.Level.WARNING, "emulator failure on " + ctx.path(), e);
          ctx.status(500).contentType("text/plain").result("emulator failure: " + e);
        });
  }
}
