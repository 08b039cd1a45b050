package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --once} as a user runs it: its first pass goes through and it exits 0, and it tells
 * where its dashboard is and which admin token this session uses. One run serves both: a demo pass
 * takes about 20 s.
 */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demoRunsItsFirstPassAndPrintsTheDashboardUrlAndASessionAdminToken() {
    var demo =
        CommandLineRun.of(
            "demo",
            "--once",
            "--photoshelter-port",
            "0",
            "--vip-port",
            "0",
            "--netx-port",
            "0",
            "--port",
            "0",
            "--data",
            dir.toString());
    assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
    assertThat(demo.out())
        .contains("PhotoShelter emulator", "set_approval", "distributed →")
        .containsPattern("demo: \\d+ job\\(s\\) done, 0 dead, [1-9]\\d* distribution\\(s\\) sent");
    assertThat(demo.out())
        .containsPattern("Dashboard +http://127\\.0\\.0\\.1:\\d+/\n")
        .containsPattern("Admin token +[A-Za-z0-9_-]{32} ")
        .containsPattern("Health and metrics +http://127\\.0\\.0\\.1:\\d+/health");
    var token =
        java.util.regex.Pattern.compile("Admin token +(\\S+)")
            .matcher(demo.out())
            .results()
            .findFirst();
    assertThat(token).isPresent();
    assertThat(demo.err())
        .as("the token is shown once, never logged")
        .doesNotContain(token.get().group(1));
  }
}
