package io.assetbridge.app;

import io.assetbridge.emulator.netx.NetxEmulator;
import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.emulator.vip.VipEmulator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulate}: the three platform emulators alone, on chosen ports (0 picks free ones). */
@Command(
    name = "emulate",
    description = "Serve the PhotoShelter, VIP and NetX emulators until stopped.")
final class EmulateCommand implements Callable<Integer> {
  @Option(names = "--photoshelter-port", defaultValue = "8081")
  int psPort;

  @Option(names = "--vip-port", defaultValue = "8082")
  int vipPort;

  @Option(names = "--netx-port", defaultValue = "8083")
  int netxPort;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (var ps = PhotoShelterEmulator.start(psPort);
        var vip = VipEmulator.start(vipPort);
        var netx = NetxEmulator.start(netxPort)) {
      serving(out, "PhotoShelter", ps.baseUrl());
      serving(out, "VIP", vip.baseUrl());
      serving(out, "NetX", netx.baseUrl());
      out.println("Ctrl-C stops them");
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }

  private static void serving(PrintWriter out, String platform, String url) {
    out.printf("%-24s%s  (admin: %s/_emulator/)%n", platform + " emulator:", url, url);
  }
}
