package io.assetbridge.imaging.bench;

import io.assetbridge.imaging.EmbeddedMetadata;
import io.assetbridge.imaging.Fit;
import io.assetbridge.imaging.ImageFormat;
import io.assetbridge.imaging.RenditionMaker;
import io.assetbridge.imaging.RenditionResult;
import io.assetbridge.imaging.RenditionSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders web-2048 and social-square from a 100-megapixel JPEG and prints time and peak heap. Not a
 * test: run it with a small -Xmx to show the memory bound (see the module pom's exec config).
 *
 * <p>Argument: master path (default: tmp/assetbridge-bench-100mp.jpg, generated if absent).
 */
public final class RenditionBench {
  private static final List<RenditionSpec> SPECS =
      List.of(
          RenditionSpec.of("web-2048", 2048, 2048, Fit.INSIDE, ImageFormat.JPEG, 85)
              .withKeepMetadata(true),
          RenditionSpec.of("social-square", 1080, 1080, Fit.COVER, ImageFormat.JPEG, 85));
  private static final EmbeddedMetadata CREDITS =
      new EmbeddedMetadata("Bench", "A 100 MP master", "assetbridge", "© assetbridge", null, null);

  private RenditionBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path master =
        Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"))
            .resolve(args.length > 0 ? "" : "assetbridge-bench-100mp.jpg");
    if (!Files.exists(master)) {
      long start = System.nanoTime();
      LargeJpeg.write(master, 10_000, 10_000);
      System.out.printf("generated %s in %.1f s%n", master, seconds(start));
    }
    System.out.printf(
        "master %s: %.1f MB, max heap %d MB, %s%n",
        master,
        Files.size(master) / 1e6,
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.version());
    Path outDir = Files.createTempDirectory("assetbridge-bench-");
    RenditionMaker maker = new RenditionMaker();
    for (int round = 1; round <= 2; round++) {
      for (RenditionSpec spec : SPECS) {
        measure(maker, master, spec, outDir, round);
      }
    }
  }

  private static void measure(
      RenditionMaker maker, Path master, RenditionSpec spec, Path outDir, int round)
      throws IOException, InterruptedException {
    Path target = outDir.resolve(spec.name() + ".jpg");
    RenditionResult result;
    long start;
    double took;
    try (HeapSampler heap = new HeapSampler()) {
      start = System.nanoTime();
      try (InputStream in = Files.newInputStream(master);
          OutputStream out = Files.newOutputStream(target)) {
        result = maker.render(in, master.getFileName().toString(), spec, CREDITS, out);
      }
      took = seconds(start);
      System.out.printf(
          "round %d %-14s %dx%d %5.0f KB %5.2f s  peak heap: sampled %3d MB,"
              + " sum of pool peaks %3d MB  -> %s%n",
          round,
          spec.name(),
          result.width(),
          result.height(),
          result.bytes() / 1e3,
          took,
          heap.highestSampledMb(),
          heap.sumOfPoolPeaksMb(),
          target);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
