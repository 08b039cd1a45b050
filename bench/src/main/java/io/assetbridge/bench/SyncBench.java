package io.assetbridge.bench;

import io.assetbridge.app.demo.AdminClient;
import io.assetbridge.app.demo.DemoData;
import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.engine.SyncPass;
import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.emulator.vip.VipEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PhotoShelter → VIP throughput: N approved images through the real engine, connectors and
 * emulators over loopback HTTP, on the embedded store. Prints assets per second and peak heap.
 * Usage: SyncBench [assets=500] [workers=4]
 */
public final class SyncBench {
  private SyncBench() {}

  public static void main(String[] args) throws Exception {
    int assets = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path dir = Files.createTempDirectory("assetbridge-bench-");
    try (var ps = PhotoShelterEmulator.start(0);
        var vip = VipEmulator.start(0)) {
      var psAdmin = new AdminClient(ps.baseUrl());
      List<String> ids = new ArrayList<>();
      psAdmin
          .post("/_emulator/seed", Map.of("count", assets, "gallery", "Inbox", "seed", 5))
          .path("image_ids")
          .forEach(id -> ids.add(id.asText()));
      psAdmin.post(
          "/_emulator/act",
          Map.of(
              "image_ids",
              ids,
              "action",
              "edit_iptc",
              "iptc",
              Map.of("rights", "Editorial use only")));
      psAdmin.post(
          "/_emulator/act",
          Map.of("image_ids", ids, "action", "set_approval", "value", "Approved"));
      var noExpiry =
          new java.util.HashMap<String, Object>(
              Map.of("image_ids", ids, "action", "set_license_expiry"));
      noExpiry.put("license_etime", null);
      psAdmin.post("/_emulator/act", noExpiry);
      DemoData.seedVip(new AdminClient(vip.baseUrl()));
      String yaml =
          """
          store: jdbc:h2:file:%s
          engine: { workers: %d, lease: 60s }
          connections:
            ps: { type: photoshelter, baseUrl: "%s", apiKey: emu-api-key, email: editor@example.com,
                  password: emu-password, orgId: O0000c1x4UMGPvkY, limits: { perSecond: 10000, concurrent: 64 } }
            vip: { type: vip, baseUrl: "%s", token: emulator-token, limits: { perSecond: 10000, concurrent: 64 } }
          flows:
            bench:
              from: { connection: ps }
              when: asset.status == "APPROVED"
              gate: { rights: required }
              to: { connection: vip, action: distribute }
              routes: [ { with: { list: Global press, channel: press-portal } } ]
          """
              .formatted(dir.resolve("store"), workers, ps.baseUrl(), vip.baseUrl());
      var config = new ConfigLoader(new EnvSubstitution(Map.of())).parse("bench.yaml", yaml);
      resetPeaks();
      long start = System.nanoTime();
      try (Engine engine = Engine.open(config, InstantSource.system())) {
        var result = new SyncPass(engine).run("bench", null, p -> {}, r -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "assets: %d, workers: %d, done: %d, dead: %d%n",
            assets, workers, result.done(), result.dead());
        System.out.printf(
            "time: %.1f s, throughput: %.1f assets/s (read, download, upload, distribute each)%n",
            seconds, result.done() / seconds);
        System.out.printf(
            "peak heap (sum of heap pool peaks, emulators included): %d MB%n", peakHeapMb());
      }
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMb() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum()
        / (1024 * 1024);
  }
}
