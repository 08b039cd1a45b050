package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real engine processes with every kind of credential configured, on the happy path and on error
 * paths (a refused login, a forged webhook), in both log formats: no credential appears anywhere in
 * what they print.
 */
class SecretsInLogsTest {
  private static final String HOOK_SECRET = "whsec-e2e-Qm7Zp4";
  private static final String WRONG_PASSWORD = "wrong-pw-Xk29vL";
  private static final List<String> SECRETS =
      List.of("emu-api-key", "emu-password", "emulator-token", HOOK_SECRET, WRONG_PASSWORD);
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void noCredentialReachesTheLogsInEitherFormat() throws Exception {
    List<String> ids = platforms.seed(4, 33);
    platforms.approve(ids.subList(0, 2));
    Path good = config("good.yaml", "emu-password");
    Path bad = config("bad.yaml", WRONG_PASSWORD);
    Path textLog = dir.resolve("text.log");
    failOnce(); // a retried job logs with its flow, job and asset
    Path jsonLog = dir.resolve("json.log");

    assertThat(finish(EngineProcess.start(textLog, "sync", TestConfig.FLOW, "-c", good.toString())))
        .as(Files.readString(textLog))
        .isZero();
    platforms.approve(ids.subList(2, 4));
    failOnce();
    assertThat(
            finish(
                EngineProcess.start(
                    jsonLog,
                    "--log-format",
                    "json",
                    "sync",
                    TestConfig.FLOW,
                    "-c",
                    good.toString())))
        .as(Files.readString(jsonLog))
        .isZero();
    for (Path log : List.of(textLog, jsonLog)) {
      String format = log == jsonLog ? "json" : "text";
      assertThat(
              finish(
                  EngineProcess.start(
                      log, "--log-format", format, "sync", TestConfig.FLOW, "-c", bad.toString())))
          .isEqualTo(1);
      failingRun(log, format, bad);
    }

    String text = Files.readString(textLog);
    String json = Files.readString(jsonLog);
    assertThat(text).contains("flow=approved-to-vip", "will retry", "polling ps failed");
    assertThat(json)
        .contains("\"flow\":\"approved-to-vip\"", "\"asset\":\"ps:", "polling ps failed");
    var mapper = new ObjectMapper();
    long jsonLines =
        json.lines()
            .filter(l -> l.startsWith("{"))
            .peek(l -> assertThat(readable(mapper, l)).as(l).isTrue())
            .count();
    assertThat(jsonLines).isGreaterThanOrEqualTo(3);
    for (String secret : SECRETS) {
      assertThat(text).as("text log").doesNotContain(secret);
      assertThat(json).as("json log").doesNotContain(secret);
    }
  }

  /** {@code run} with a refused login and a forged webhook, stopped once both are logged. */
  private void failingRun(Path log, String format, Path config) throws Exception {
    long offset = Files.size(log);
    Process run = EngineProcess.start(log, "--log-format", format, "run", "-c", config.toString());
    try {
      String url = awaitLine(log, offset, Pattern.compile("HTTP server on (http://\\S+)"), run);
      var forged =
          HttpRequest.newBuilder(URI.create(url + "/hooks/vip"))
              .header("Content-Type", "application/json")
              .header("X-VIP-Signature", "t=1700000000,v1=" + "ab".repeat(32))
              .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"evt_x\"}"))
              .build();
      var answer = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(401);
      awaitLine(log, offset, Pattern.compile("(polling ps failed)"), run);
    } finally {
      run.destroy();
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private void failOnce() {
    var match = java.util.Map.of("method", "POST", "path", "/api/v1/assets");
    platforms.vipAdmin.put(
        "/_emulator/faults",
        java.util.Map.of(
            "rules",
            List.of(
                java.util.Map.of("match", match, "fault", "status", "status", 503, "times", 1))));
  }

  private Path config(String name, String password) throws Exception {
    String yaml =
        TestConfig.yaml(platforms, dir.resolve(name + ".d"), "30s", "100ms")
            .replace("password: emu-password", "password: " + password)
            .replace(
                "token: emulator-token",
                "token: emulator-token\n    webhookSecret: " + HOOK_SECRET);
    return Files.writeString(dir.resolve(name), yaml);
  }

  private static int finish(Process p) throws InterruptedException {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return p.exitValue();
  }

  private static String awaitLine(Path log, long offset, Pattern pattern, Process p)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      byte[] all = Files.readAllBytes(log);
      String text =
          new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m.group(1);
      }
      assertThat(p.isAlive()).as(text).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("no line matching " + pattern + " in " + Files.readString(log));
  }

  private static boolean readable(ObjectMapper mapper, String line) {
    try {
      return mapper.readTree(line).has("message");
    } catch (Exception e) {
      return false;
    }
  }
}
