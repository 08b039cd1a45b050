package io.assetbridge.e2e.netx;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.app.demo.AdminClient;
import io.assetbridge.app.demo.PsGalleries;
import io.assetbridge.app.server.EngineServer;
import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import io.assetbridge.emulator.netx.NetxEmulator;
import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PhotoShelter and NetX emulators with an engine on a given config: the calls tests make as people
 * on either platform, and as auditors counting the writes each platform received.
 */
final class NetxWorld implements AutoCloseable {
  final PhotoShelterEmulator ps = PhotoShelterEmulator.start(0);
  final NetxEmulator netx = NetxEmulator.start(0);
  final AdminClient psAdmin = new AdminClient(ps.baseUrl());
  final AdminClient netxAdmin = new AdminClient(netx.baseUrl());
  static final String NETX_HOOK_SECRET = "netx-hook-secret";
  private Engine engine;
  private Path configFile;
  private InstantSource clock;
  private String adminToken;
  private EngineServer server;

  /**
   * Gives the engine {@link #open} starts an admin token, so {@link #serve} can put the admin API
   * and dashboard in front of it.
   */
  NetxWorld withAdminToken(String token) {
    this.adminToken = token;
    return this;
  }

  /** The engine's HTTP server (admin API, dashboard) on a free port; returns its base URL. */
  String serve() {
    if (adminToken == null) {
      throw new IllegalStateException("call withAdminToken before open, or the API answers 401");
    }
    server =
        EngineServer.start(
            engine,
            clock,
            new io.assetbridge.app.server.ServerOptions(
                "127.0.0.1", 0, io.assetbridge.app.server.ServerOptions.ONE_MIB));
    return server.url();
  }

  /** The connections block every NetX test config starts with. */
  String connections() {
    return """
        connections:
          ps:
            type: photoshelter
            baseUrl: %s
            apiKey: emu-api-key
            email: editor@example.com
            password: emu-password
            orgId: O0000c1x4UMGPvkY
            limits: { perSecond: 200, concurrent: 8 }
          netx:
            type: netx
            baseUrl: %s
            token: emulator-token
            webhookSecret: %s
            limits: { perSecond: 200, concurrent: 8 }
        """
        .formatted(ps.baseUrl(), netx.baseUrl(), NETX_HOOK_SECRET);
  }

  Engine open(Path dir, String flowsYaml, InstantSource clock) {
    String yaml =
        "store: jdbc:h2:file:"
            + dir.resolve("store").toAbsolutePath()
            + "\nserver: { port: 0"
            + (adminToken == null ? "" : ", adminToken: " + adminToken)
            + " }\nengine: { workers: 2, pollInterval: 1s, lease: 30s }\n"
            + connections()
            + flowsYaml;
    try {
      configFile = Files.writeString(dir.resolve("assetbridge.yaml"), yaml);
      this.clock = clock;
      engine = Engine.open(new ConfigLoader(new EnvSubstitution(Map.of())).read(configFile), clock);
      return engine;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One foreground pass of the flow, as `assetbridge sync FLOW` runs it. */
  SyncPass.Progress sync(String flow) {
    return new SyncPass(engine).run(flow, null, p -> {}, s -> {});
  }

  /** Seeds n approved PhotoShelter images with usage terms and no expiry; returns their ids. */
  List<String> seedApproved(int n, int seed) {
    List<String> ids = new java.util.ArrayList<>();
    psAdmin
        .post("/_emulator/seed", Map.of("count", n, "gallery", "Inbox", "seed", seed))
        .path("image_ids")
        .forEach(id -> ids.add(id.asText()));
    psAct(ids, Map.of("action", "set_approval", "value", "Approved"));
    Map<String, Object> noExpiry = new HashMap<>();
    noExpiry.put("action", "set_license_expiry");
    noExpiry.put("license_etime", null);
    psAct(ids, noExpiry);
    psAct(
        ids,
        Map.of(
            "action",
            "edit_iptc",
            "iptc",
            Map.of("rights", "Editorial use only", "instructions", "")));
    return ids;
  }

  /** Creates a PhotoShelter gallery under the library collection, as an admin would. */
  String psGallery(String name) {
    return new PsGalleries(ps.baseUrl()).create(name);
  }

  /** Which of the given PhotoShelter images are in the named gallery. */
  java.util.Set<String> inGallery(String name, java.util.Collection<String> psIds) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (String id : psIds) {
      if (psAsset(id).collections().stream().anyMatch(c -> name.equals(c.name()))) {
        ids.add(id);
      }
    }
    return ids;
  }

  void psAct(List<String> ids, Map<String, Object> action) {
    Map<String, Object> body = new HashMap<>(action);
    body.put("image_ids", ids);
    psAdmin.post("/_emulator/act", body);
  }

  /** Edits NetX attributes as a person would (bumps modDate). */
  void netxEdit(String id, Map<String, List<String>> attributes) {
    netxAdmin.post("/_emulator/assets/" + id + "/edit", Map.of("attributes", attributes));
  }

  Asset psAsset(String id) {
    return ((AssetReader) engine.connectors().get("ps")).read(id);
  }

  Asset netxAsset(String id) {
    return ((AssetReader) engine.connectors().get("netx")).read(id);
  }

  /** Writes PhotoShelter received since the journal was last cleared (PATCH, POST on media). */
  long psWrites() {
    JsonNode entries = psAdmin.get("/_emulator/journal?since=0&limit=1000").path("entries");
    long n = 0;
    for (JsonNode e : entries) {
      String m = e.path("method").asText();
      if ((m.equals("PATCH") || m.equals("POST")) && e.path("path").asText().contains("/media")) {
        n++;
      }
    }
    return n;
  }

  /** NetX write calls (updateAsset, imports, folder moves) since the journal was cleared. */
  long netxWrites() {
    JsonNode entries = netxAdmin.get("/_emulator/journal?after=0&limit=1000").path("entries");
    long n = 0;
    for (JsonNode e : entries) {
      String rpc = e.path("rpcMethod").asText("");
      if (e.path("direction").asText().equals("in")
          && (rpc.equals("updateAsset")
              || rpc.startsWith("addAsset")
              || e.path("path").asText().contains("import"))) {
        n++;
      }
    }
    return n;
  }

  void clearJournals() {
    psAdmin.send("DELETE", "/_emulator/journal", null);
    netxAdmin.send("DELETE", "/_emulator/journal", null);
  }

  Engine engine() {
    return engine;
  }

  /** Stops the engine and starts a new one on the same store, as after a crash and restart. */
  void restart() {
    engine.close();
    engine = Engine.open(new ConfigLoader(new EnvSubstitution(Map.of())).read(configFile), clock);
  }

  void closeEngine() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  /** Both emulators back to their start state (engine sessions are logged out by this). */
  void resetPlatforms() {
    psAdmin.post("/_emulator/reset", Map.of());
    netxAdmin.post("/_emulator/reset", Map.of());
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    if (engine != null) {
      engine.close();
    }
    ps.close();
    netx.close();
  }
}
