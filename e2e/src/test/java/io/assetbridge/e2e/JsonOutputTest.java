package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} output parses as JSON; progress stays on standard error. */
class JsonOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void syncJobsAuditAndCheckPrintJsonForScripts() throws Exception {
    List<String> ids = platforms.seed(3, 41);
    platforms.approve(ids.subList(0, 2));
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    String c = config.toString();

    var dry = CommandLineRun.of("sync", TestConfig.FLOW, "--config", c, "--dry-run", "--json");
    assertThat(lines(dry.out()))
        .extracting(l -> l.path("type").asText())
        .containsExactly("dry-run", "dry-run", "dry-run", "summary");

    var sync = CommandLineRun.of("sync", TestConfig.FLOW, "--config", c, "--json");
    assertThat(sync.exitCode()).as(sync.err()).isZero();
    List<JsonNode> lines = lines(sync.out());
    List<JsonNode> assets =
        lines.stream().filter(l -> l.path("type").asText().equals("asset")).toList();
    assertThat(assets)
        .extracting(a -> a.path("asset").asText())
        .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "ps:" + id).toList());
    JsonNode created =
        assets.stream()
            .filter(a -> a.path("asset").asText().equals("ps:" + ids.get(0)))
            .findFirst()
            .orElseThrow();
    assertThat(created.path("flow").asText()).isEqualTo(TestConfig.FLOW);
    assertThat(created.path("actions"))
        .extracting(a -> a.path("action").asText())
        .contains("created", "distributed");
    JsonNode summary = lines.getLast();
    assertThat(summary.path("type").asText()).isEqualTo("summary");
    assertThat(summary.path("done").asInt()).isEqualTo(3);
    assertThat(summary.path("dead").asInt()).isZero();
    assertThat(summary.path("changes").asInt()).isPositive();
    assertThat(sync.err()).contains("progress: 3/3 done").doesNotContain("\r");

    var jobs = CommandLineRun.of("jobs", "list", "--config", c, "--json");
    assertThat(lines(jobs.out()))
        .hasSize(3)
        .allSatisfy(
            j -> {
              assertThat(j.path("state").asText()).isEqualTo("DONE");
              assertThat(j.path("flow").asText()).isEqualTo(TestConfig.FLOW);
              assertThat(j.path("createdAt").asText()).matches("\\d{4}-.*Z");
            });

    var audit =
        CommandLineRun.of("audit", "list", "--asset", "ps:" + ids.get(0), "--config", c, "--json");
    assertThat(audit.exitCode()).isZero();
    assertThat(lines(audit.out()))
        .extracting(r -> r.path("action").asText())
        .contains("read", "created", "distributed");

    var check = CommandLineRun.of("check", "--config", c, "--json");
    assertThat(check.exitCode()).isZero();
    JsonNode result = JSON.readTree(check.out());
    assertThat(result.path("ok").asBoolean()).isTrue();
    assertThat(result.path("store").path("name").asText()).isEqualTo("h2");
    assertThat(result.path("tested"))
        .extracting(t -> t.path("name").asText())
        .containsExactly("ps", "vip");
  }

  @Test
  void checkJsonNamesAFailingConnection() throws Exception {
    Path config = TestConfig.write(platforms, dir, "30s", "100ms");
    String yaml =
        java.nio.file.Files.readString(config)
            .replace("token: emulator-token", "token: not-the-token");
    java.nio.file.Files.writeString(config, yaml);
    var check = CommandLineRun.of("check", "--config", config.toString(), "--json");
    assertThat(check.exitCode()).isEqualTo(1);
    JsonNode result = JSON.readTree(check.out());
    assertThat(result.path("ok").asBoolean()).isFalse();
    JsonNode vip = result.path("tested").get(1);
    assertThat(vip.path("ok").asBoolean()).isFalse();
    assertThat(vip.path("error").asText()).contains("401").doesNotContain("not-the-token");
  }

  private static List<JsonNode> lines(String out) {
    return out.lines()
        .map(
            line -> {
              try {
                return JSON.readTree(line);
              } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
              }
            })
        .toList();
  }
}
