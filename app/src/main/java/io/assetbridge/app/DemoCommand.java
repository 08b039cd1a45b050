package io.assetbridge.app;

import io.assetbridge.app.demo.AdminClient;
import io.assetbridge.app.demo.DemoData;
import io.assetbridge.app.server.EngineServer;
import io.assetbridge.app.server.ServerOptions;
import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.emulator.vip.VipEmulator;
import io.assetbridge.spi.Secret;
import io.assetbridge.store.JobState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: emulators with sample data, the engine on the bundled config, live output. */
@Command(
    name = "demo",
    description =
        "Start PhotoShelter and VIP emulators with sample assets and the engine; watch approved assets reach VIP.")
final class DemoCommand implements Callable<Integer> {
  // with the copy an interrupted migration leaves, which opening the store would put back
  private static final List<String> STORE_FILES =
      List.of("assetbridge.mv.db", "assetbridge.trace.db", "assetbridge.mv.db.before-migration");

  @Option(names = "--photoshelter-port", defaultValue = "8081")
  int psPort;

  @Option(names = "--vip-port", defaultValue = "8082")
  int vipPort;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "the engine's HTTP server (webhooks, health); 0 picks a free port")
  int port;

  @Option(
      names = "--data",
      defaultValue = "data/demo",
      description = "where the demo keeps its config and store")
  Path data;

  @Option(names = "--images", defaultValue = "24")
  int images;

  @Option(names = "--approved", defaultValue = "10")
  int approved;

  @Option(
      names = "--once",
      description = "exit after the first approved assets are through (for scripts and tests)")
  boolean once;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (var ps = PhotoShelterEmulator.start(psPort);
        var vip = VipEmulator.start(vipPort)) {
      out.println("Seeding the emulators…");
      out.flush();
      List<String> ids =
          DemoData.seedPhotoShelter(
              new AdminClient(ps.baseUrl()), images, Math.min(approved, images));
      DemoData.seedVip(new AdminClient(vip.baseUrl()));
      Path config = writeConfig();
      var env = new HashMap<>(System.getenv());
      String hookSecret = env.getOrDefault("DEMO_VIP_HOOK_SECRET", "demo-hook-secret");
      env.putAll(
          Map.of(
              "DEMO_STORE",
              "jdbc:h2:file:" + data.toAbsolutePath().resolve("assetbridge"),
              "DEMO_PS_URL",
              ps.baseUrl(),
              "DEMO_VIP_URL",
              vip.baseUrl(),
              "DEMO_VIP_HOOK_SECRET",
              hookSecret,
              "DEMO_PORT",
              String.valueOf(port)));
      // the admin token: DEMO_ADMIN_TOKEN or ASSETBRIDGE_ADMIN_TOKEN if set, else new each session
      env.computeIfAbsent(
          "DEMO_ADMIN_TOKEN",
          unset -> env.getOrDefault("ASSETBRIDGE_ADMIN_TOKEN", AdminToken.random()));
      InstantSource clock = InstantSource.system();
      // resources close in reverse: the server stops before the engine
      try (Engine engine =
              Engine.open(new ConfigLoader(new EnvSubstitution(env)).read(config), clock);
          EngineServer server =
              EngineServer.start(engine, clock, ServerOptions.from(engine.config().server()))) {
        engine.startWorkers(Set.of(), new StepPrinter(out));
        engine.startPolling();
        sendVipWebhooksTo(new AdminClient(vip.baseUrl()), server, hookSecret);
        DemoData.seedVipActivity(new AdminClient(vip.baseUrl()));
        banner(out, ps.baseUrl(), vip.baseUrl(), server.url(), config, ids);
        dashboard(out, server.url(), engine.config().server().adminToken());
        return once
            ? waitForFirstPass(engine, out)
            : runUntilStopped(new AdminClient(ps.baseUrl()), ids, out);
      }
    }
  }

  private static void sendVipWebhooksTo(AdminClient vip, EngineServer server, String secret) {
    vip.put(
        "/_emulator/webhook",
        Map.of(
            "url",
            server.url() + "/hooks/vip",
            "secret",
            secret,
            "enabled",
            true,
            "retryBaseMs",
            1000,
            "timeoutMs",
            10000));
  }

  private Path writeConfig() throws IOException {
    Files.createDirectories(data);
    for (String old : STORE_FILES) {
      Files.deleteIfExists(data.resolve(old)); // the emulators start empty, so the store must too
    }
    Path config = data.resolve("assetbridge.yaml");
    try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/assetbridge.yaml")) {
      Files.write(config, in.readAllBytes());
    }
    return config;
  }

  private void banner(
      PrintWriter out,
      String psUrl,
      String vipUrl,
      String engineUrl,
      Path config,
      List<String> ids) {
    out.println();
    out.println(
        "PhotoShelter emulator  "
            + psUrl
            + "   ("
            + images
            + " images, "
            + Math.min(approved, images)
            + " approved)");
    out.println("VIP emulator           " + vipUrl + "   (token: emulator-token)");
    out.println(
        "assetbridge            " + engineUrl + "   (GET /health; VIP webhooks to /hooks/vip)");
    out.println("Config                 " + config + "   flow: approved-to-vip");
    out.println();
    out.println("See what VIP received:");
    out.println("  curl -s -H 'Authorization: Bearer emulator-token' " + vipUrl + "/api/v1/assets");
    if (ids.size() > approved) {
      out.println("Approve another image in PhotoShelter (the engine picks it up within seconds):");
      out.println(
          "  curl -s -X POST " + psUrl + "/_emulator/act -H 'Content-Type: application/json' \\");
      out.println(
          "    -d '{\"image_ids\":[\""
              + ids.get(approved)
              + "\"],\"action\":\"set_approval\",\"value\":\"Approved\"}'");
      if (!once) {
        out.println("…or press Enter here to approve the next one.");
      }
    }
    out.println("Recipients in VIP receive and publish each distribution a few seconds later; the");
    out.println(
        "outcomes come back to PhotoShelter (custom field Distribution Status, IPTC Edit Status).");
    out.println(
        "Two agency submissions arrive in VIP: one is ingested into the Inbox gallery for review,");
    out.println(
        "the damaged one is refused with its reason. `audit list --asset REF --config "
            + config
            + "` tells each story.");
    out.println("Ctrl-C stops the demo.");
    out.println();
    out.flush();
  }

  /** The dashboard's URL and the token its admin API asks for, printed last so it is seen. */
  private static void dashboard(PrintWriter out, String engineUrl, Secret token) {
    out.println("Dashboard              " + engineUrl + "/");
    out.println(
        "Admin token            "
            + (token == null ? "(none: set server.adminToken)" : token.reveal())
            + "   (Authorization: Bearer <token> for /api/...)");
    out.println("Health and metrics     " + engineUrl + "/health   " + engineUrl + "/metrics");
    out.println();
    out.flush();
  }

  private int waitForFirstPass(Engine engine, PrintWriter out) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      Map<JobState, Long> counts = engine.store().inTransaction(tx -> tx.jobs().counts(null));
      long unfinished = engine.store().inTransaction(tx -> tx.jobs().unfinished(null));
      if (counts.get(JobState.DONE) + counts.get(JobState.DEAD) >= images && unfinished == 0) {
        long sent = engine.store().inTransaction(tx -> tx.distributions().count("approved-to-vip"));
        out.println(
            "demo: "
                + counts.get(JobState.DONE)
                + " job(s) done, "
                + counts.get(JobState.DEAD)
                + " dead, "
                + sent
                + " distribution(s) sent");
        out.flush();
        return counts.get(JobState.DEAD) == 0 ? 0 : Main.FAILED;
      }
    }
    out.println("demo: the first pass did not finish within 3 minutes");
    return Main.FAILED;
  }

  private int runUntilStopped(AdminClient ps, List<String> ids, PrintWriter out)
      throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    if (System.console() != null) {
      AtomicInteger next = new AtomicInteger(approved);
      Thread.ofVirtual().start(() -> approveOnEnter(ps, ids, next, out));
    }
    stop.await();
    return 0;
  }

  private static void approveOnEnter(
      AdminClient ps, List<String> ids, AtomicInteger next, PrintWriter out) {
    var in = new BufferedReader(new InputStreamReader(System.in));
    try {
      while (in.readLine() != null) {
        int i = next.getAndIncrement();
        if (i >= ids.size()) {
          out.println("every demo image is approved already");
        } else {
          ps.post(
              "/_emulator/act",
              Map.of(
                  "image_ids", List.of(ids.get(i)), "action", "set_approval", "value", "Approved"));
          out.println("approved ps:" + ids.get(i) + " in PhotoShelter; watch it go out…");
        }
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      out.println("cannot approve from the keyboard: " + e.getMessage());
    }
  }
}
