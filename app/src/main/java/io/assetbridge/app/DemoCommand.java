package io.assetbridge.app;

import io.assetbridge.app.demo.AdminClient;
import io.assetbridge.app.demo.Demo;
import io.assetbridge.app.demo.FirstPass;
import io.assetbridge.spi.Secret;
import io.assetbridge.store.Tx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        "Start PhotoShelter, VIP and NetX emulators with sample assets and the engine; watch"
            + " approved assets reach VIP and NetX, and NetX selections reach PhotoShelter.")
final class DemoCommand implements Callable<Integer> {
  private static final Duration FIRST_PASS_LIMIT = Duration.ofMinutes(3);

  @Option(names = "--photoshelter-port", defaultValue = "8081")
  int psPort;

  @Option(names = "--vip-port", defaultValue = "8082")
  int vipPort;

  @Option(names = "--netx-port", defaultValue = "8083")
  int netxPort;

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
      description = "exit after the first pass through every flow (for scripts and tests)")
  boolean once;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Seeding the emulators…");
    out.flush();
    var settings = new Demo.Settings(psPort, vipPort, netxPort, port, data, images, approved);
    try (Demo demo = Demo.start(settings, environment(), StepPrinter.changesOnly(out))) {
      new DemoBanner(out, demo, once).print();
      dashboard(out, demo.engineUrl(), demo.engine().config().server().adminToken());
      return once ? waitForFirstPass(demo, out) : runUntilStopped(demo, out);
    }
  }

  /** The admin token: DEMO_ADMIN_TOKEN or ASSETBRIDGE_ADMIN_TOKEN if set, else new each session. */
  private static Map<String, String> environment() {
    var env = new HashMap<>(System.getenv());
    env.computeIfAbsent(
        "DEMO_ADMIN_TOKEN",
        unset -> env.getOrDefault("ASSETBRIDGE_ADMIN_TOKEN", AdminToken.random()));
    return env;
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

  private static int waitForFirstPass(Demo demo, PrintWriter out) throws InterruptedException {
    FirstPass.Outcome outcome = demo.firstPass().await(FIRST_PASS_LIMIT);
    if (!outcome.over()) {
      out.println(
          "demo: the first pass did not finish within "
              + FIRST_PASS_LIMIT.toMinutes()
              + " minutes"
              + (outcome.flowsWithoutJobs().isEmpty()
                  ? ""
                  : "; no jobs yet for " + String.join(", ", outcome.flowsWithoutJobs())));
      out.flush();
      return Main.FAILED;
    }
    out.println(
        "demo: "
            + outcome.done()
            + " job(s) done, "
            + outcome.dead()
            + " dead, "
            + demo.engine().store().inTransaction(DemoCommand::reached));
    out.flush();
    return outcome.dead() == 0 ? 0 : Main.FAILED;
  }

  /** What reached each platform, by the bundled config's flows. */
  private static String reached(Tx tx) {
    return tx.distributions().count("approved-to-vip")
        + " distribution(s) sent, "
        + tx.links().list("catalog-in-netx", 0).size()
        + " asset(s) catalogued in NetX, "
        + tx.links().list("publish-to-galleries", 0).size()
        + " NetX selection(s) published to PhotoShelter";
  }

  private static int runUntilStopped(Demo demo, PrintWriter out) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    if (System.console() != null) {
      AtomicInteger next = new AtomicInteger(demo.settings().approved());
      Thread.ofVirtual().start(() -> approveOnEnter(demo.psAdmin(), demo.psIds(), next, out));
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
