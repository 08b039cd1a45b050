package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emulate} in its own JVM: all three emulators answer on the ports it prints. */
class EmulateCommandTest {
  private static final Pattern SERVING =
      Pattern.compile("(PhotoShelter|VIP|NetX) emulator:\\s+(http://\\S+)");
  @TempDir Path dir;

  @Test
  void servesTheThreeEmulatorsOnFreePorts() throws Exception {
    Path log = dir.resolve("emulate.log");
    Process emulate =
        EngineProcess.start(
            log, "emulate", "--photoshelter-port", "0", "--vip-port", "0", "--netx-port", "0");
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!Files.readString(log).contains("Ctrl-C stops them")
          && emulate.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Matcher m = SERVING.matcher(Files.readString(log));
      List<String> platforms = new java.util.ArrayList<>();
      HttpClient http = HttpClient.newHttpClient();
      while (m.find()) {
        platforms.add(m.group(1));
        HttpResponse<String> journal =
            http.send(
                HttpRequest.newBuilder(URI.create(m.group(2) + "/_emulator/journal")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(journal.statusCode()).as(m.group(0)).isEqualTo(200);
      }
      assertThat(platforms)
          .as(Files.readString(log))
          .containsExactly("PhotoShelter", "VIP", "NetX");
    } finally {
      emulate.destroy();
      emulate.waitFor();
    }
  }
}
