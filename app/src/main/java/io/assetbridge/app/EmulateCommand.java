package io.assetbridge.app;

import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.emulator.vip.VipEmulator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulate}: the platform emulators alone, on chosen ports. */
@Command(name = "emulate", description = "Serve the PhotoShelter and VIP emulators until stopped.")
final class EmulateCommand implements Callable<Integer> {
  @Option(names = "--photoshelter-port", defaultValue = "8081")
  int psPort;

  @Option(names = "--vip-port", defaultValue = "8082")
  int vipPort;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    var out = spec.commandLine().getOut();
    try (var ps = PhotoShelterEmulator.start(psPort);
        var vip = VipEmulator.start(vipPort)) {
      out.println(
          "PhotoShelter emulator: " + ps.baseUrl() + "  (admin: " + ps.baseUrl() + "/_emulator/)");
      out.println(
          "VIP emulator:          "
              + vip.baseUrl()
              + "  (admin: "
              + vip.baseUrl()
              + "/_emulator/)");
      out.println("Ctrl-C stops them");
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }
}
