package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.store.JobState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad config and bad answers get an error that names the input and the fix; nothing accepted is
 * lost.
 */
class BadInputTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void malformedYamlNamesFileAndLine() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"), "connections:\n  ps: { type: photoshelter\nflows: {}\n");
    var run = CommandLineRun.of("check", "--config", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ":3: not valid YAML").contains("Fix:");
  }

  @Test
  void unknownFlowNamesTheFlowsThatExist() {
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    var run = CommandLineRun.of("sync", "no-such-flow", "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("there is no flow 'no-such-flow'")
        .contains("use one of approved-to-vip");
  }

  @Test
  void celThatDoesNotCompileNamesItsLine() throws IOException {
    String yaml =
        TestConfig.yaml(platforms, dir, "30s", "100ms")
            .replace("when: asset.status == \"APPROVED\"", "when: asset.status === \"APPROVED\"");
    Path config = Files.writeString(dir.resolve("cel.yaml"), yaml);
    var run = CommandLineRun.of("check", "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    int line = lineOf(yaml, "when: asset.status ===");
    assertThat(run.err())
        .contains(config + ":" + line + ": flows.approved-to-vip.when: the CEL expression")
        .contains("does not compile");
  }

  @Test
  void unknownSettingAndMissingEnvironmentVariableAreNamed() throws IOException {
    String yaml = TestConfig.yaml(platforms, dir, "30s", "100ms");
    Path typo =
        Files.writeString(
            dir.resolve("typo.yaml"),
            yaml.replace("apiKey: emu-api-key", "apiKey: emu-api-key\n    apiSecret: x"));
    assertThat(CommandLineRun.of("check", "--config", typo.toString()).err())
        .contains("have no setting 'apiSecret'")
        .contains("apiKey");
    Path env =
        Files.writeString(
            dir.resolve("env.yaml"),
            yaml.replace("token: emulator-token", "token: ${ASSETBRIDGE_TEST_UNSET_TOKEN}"));
    var run = CommandLineRun.of("check", "--config", env.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("environment variable ASSETBRIDGE_TEST_UNSET_TOKEN is not set");
  }

  @Test
  void malformedJsonFromThePlatformIsNamedAndAcceptedWorkSurvives() throws IOException {
    List<String> ids = platforms.seed(6, 5);
    platforms.approve(ids);
    Path good = TestConfig.write(platforms, dir, "30s", "100ms");
    assertThat(CommandLineRun.of("sync", TestConfig.FLOW, "--config", good.toString()).exitCode())
        .isZero();

    HttpServer broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    broken.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"status\":\"ok\",\"data\":{\"token\":".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    broken.start();
    try {
      String brokenUrl = "http://127.0.0.1:" + broken.getAddress().getPort();
      Path bad =
          Files.writeString(
              dir.resolve("broken.yaml"),
              Files.readString(good).replace(platforms.ps.baseUrl(), brokenUrl));
      var check = CommandLineRun.of("check", "--config", bad.toString());
      assertThat(check.exitCode()).isEqualTo(1);
      assertThat(check.out()).contains("connection ps: FAILED").containsIgnoringCase("json");
      var sync = CommandLineRun.of("sync", TestConfig.FLOW, "--config", bad.toString());
      assertThat(sync.exitCode()).isNotZero();
      assertThat(sync.err()).containsIgnoringCase("json");
    } finally {
      broken.stop(0);
    }
    try (Engine engine = Engine.open(TestConfig.load(good), InstantSource.system())) {
      Map<JobState, Long> counts =
          engine.store().inTransaction(tx -> tx.jobs().counts(TestConfig.FLOW));
      assertThat(counts.get(JobState.DONE)).isGreaterThanOrEqualTo(6);
      assertThat(engine.store().inTransaction(tx -> tx.audit().verify()).intact()).isTrue();
    }
    assertThat(platforms.vipApi().assets()).hasSize(6);
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in config");
  }
}
