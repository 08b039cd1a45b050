package io.assetbridge.app.demo;

import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.flow.StepReport;
import io.assetbridge.emulator.netx.NetxEmulator;
import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.emulator.vip.VipEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo running: PhotoShelter, VIP and NetX emulators with sample data, and the engine on the
 * bundled config with workers, pollers and its HTTP server, which both webhook senders call.
 * Closing stops everything, the server first.
 */
public final class Demo implements AutoCloseable {
  // with the copy an interrupted migration leaves, which opening the store would put back
  private static final List<String> STORE_FILES =
      List.of("assetbridge.mv.db", "assetbridge.trace.db", "assetbridge.mv.db.before-migration");
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final Settings settings;
  private PhotoShelterEmulator ps;
  private VipEmulator vip;
  private NetxEmulator netx;
  private Engine engine;
  private EngineServer server;
  private FirstPass firstPass;
  private Path config;
  private List<String> psIds;
  private NetxDemoData.Selections selections;

  /** Ports (0 picks a free one), where config and store live, and how many images to seed. */
  public record Settings(
      int psPort, int vipPort, int netxPort, int port, Path data, int images, int approved) {
    public Settings {
      approved = Math.min(approved, images);
    }
  }

  private Demo(Settings settings) {
    this.settings = settings;
  }

  /**
   * Starts and seeds the emulators, then the engine on the bundled config written to {@code
   * settings.data()}; {@code env} fills the config's {@code ${...}} besides the emulators' URLs.
   */
  public static Demo start(Settings settings, Map<String, String> env, Consumer<StepReport> steps) {
    Demo demo = new Demo(settings);
    try {
      demo.seedEmulators();
      demo.startEngine(env, steps);
      return demo;
    } catch (RuntimeException e) {
      try {
        demo.close();
      } catch (RuntimeException stopping) {
        e.addSuppressed(stopping);
      }
      throw e;
    }
  }

  private void seedEmulators() {
    ps = opened(PhotoShelterEmulator.start(settings.psPort()));
    vip = opened(VipEmulator.start(settings.vipPort()));
    netx = opened(NetxEmulator.start(settings.netxPort()));
    psIds = DemoData.seedPhotoShelter(psAdmin(), settings.images(), settings.approved());
    DemoData.seedVip(new AdminClient(vip.baseUrl()));
    selections = NetxDemoData.seed(netxAdmin(), new PsGalleries(ps.baseUrl()));
  }

  private void startEngine(Map<String, String> baseEnv, Consumer<StepReport> steps) {
    config = writeConfig();
    Map<String, String> env = new HashMap<>(baseEnv);
    String vipSecret = env.getOrDefault("DEMO_VIP_HOOK_SECRET", "demo-hook-secret");
    String netxSecret = env.getOrDefault("DEMO_NETX_HOOK_SECRET", "demo-netx-hook-secret");
    env.putAll(
        Map.of(
            "DEMO_STORE", "jdbc:h2:file:" + settings.data().toAbsolutePath().resolve("assetbridge"),
            "DEMO_PS_URL", ps.baseUrl(),
            "DEMO_VIP_URL", vip.baseUrl(),
            "DEMO_NETX_URL", netx.baseUrl(),
            "DEMO_VIP_HOOK_SECRET", vipSecret,
            "DEMO_NETX_HOOK_SECRET", netxSecret,
            "DEMO_PORT", String.valueOf(settings.port())));
    InstantSource clock = InstantSource.system();
    engine = opened(Engine.open(new ConfigLoader(new EnvSubstitution(env)).read(config), clock));
    server =
        opened(EngineServer.start(engine, clock, ServerOptions.from(engine.config().server())));
    firstPass = new FirstPass(engine.store(), engine.plans().keySet());
    engine.startWorkers(Set.of(), steps);
    engine.startPolling(firstPass::roundStarting, firstPass::roundDone);
    AdminClient vipAdmin = new AdminClient(vip.baseUrl());
    sendWebhooks(vipAdmin, "vip", vipSecret, Map.of("retryBaseMs", 1000, "timeoutMs", 10000));
    List<String> events = List.of("asset.create", "asset.update", "asset.delete");
    sendWebhooks(netxAdmin(), "netx", netxSecret, Map.of("events", events));
    DemoData.seedVipActivity(vipAdmin);
  }

  /** Points an emulator's webhooks at the engine's {@code /hooks/{connection}}, signed. */
  private void sendWebhooks(
      AdminClient emulator, String connection, String secret, Map<String, Object> settings) {
    Map<String, Object> body = new HashMap<>(settings);
    body.put("url", server.url() + "/hooks/" + connection);
    body.put("secret", secret);
    body.put("enabled", true);
    emulator.put("/_emulator/webhook", body);
  }

  private Path writeConfig() {
    Path data = settings.data();
    try {
      Files.createDirectories(data);
      for (String old : STORE_FILES) {
        Files.deleteIfExists(data.resolve(old)); // the emulators start empty, so the store must too
      }
      Path file = data.resolve("assetbridge.yaml");
      try (InputStream in = Demo.class.getResourceAsStream("/demo/assetbridge.yaml")) {
        Files.write(file, in.readAllBytes());
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo config under " + data, e);
    }
  }

  private <T extends AutoCloseable> T opened(T resource) {
    running.push(resource);
    return resource;
  }

  public Settings settings() {
    return settings;
  }

  public String psUrl() {
    return ps.baseUrl();
  }

  public String vipUrl() {
    return vip.baseUrl();
  }

  public String netxUrl() {
    return netx.baseUrl();
  }

  public String engineUrl() {
    return server.url();
  }

  public AdminClient psAdmin() {
    return new AdminClient(ps.baseUrl());
  }

  public AdminClient netxAdmin() {
    return new AdminClient(netx.baseUrl());
  }

  /** The config the engine runs, as written under the data directory. */
  public Path config() {
    return config;
  }

  /** The seeded PhotoShelter images; the first {@code approved} of them are approved. */
  public List<String> psIds() {
    return psIds;
  }

  public NetxDemoData.Selections netxSelections() {
    return selections;
  }

  public Engine engine() {
    return engine;
  }

  public FirstPass firstPass() {
    return firstPass;
  }

  /** Stops everything, in reverse order of start, even when one of them fails to stop. */
  @Override
  public void close() {
    IllegalStateException failure = null;
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("stopping the demo failed: " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
