package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.testkit.SettableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database against a real second process: locked while held or being migrated, durable
 * on kill -9.
 */
class H2ProcessTest {
  private final SettableClock clock = SettableClock.at("2025-03-01T10:00:00Z");

  @Test
  void refusesAFileHeldByAnotherProcessAndKeepsCommitsThroughKill9(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db");
    Process child = startChild(H2ChildProcess.class, url);
    try (BufferedReader out = reader(child);
        PrintWriter in = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
      assertThat(out.readLine()).isEqualTo("holding");
      assertThatThrownBy(() -> Store.open(url, clock))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(url)
          .hasMessageContaining("in use by another process");
      in.println("go");
      assertThat(out.readLine()).isEqualTo("committed");
      child.destroyForcibly().waitFor();
    } finally {
      child.destroyForcibly();
    }
    try (Store store = Store.open(url, clock)) {
      assertThat(store.inTransaction((Tx tx) -> tx.events().count())).isEqualTo(40);
    }
  }

  @Test
  void refusesAStoreAnotherProcessIsMigratingAndOpensItOnceThatOneIsKilled(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db");
    Process child = startChild(MigrationLockHolder.class, dir.resolve("db.mv.db.migration-lock"));
    try (BufferedReader out = reader(child)) {
      assertThat(out.readLine()).isEqualTo("holding");
      assertThatThrownBy(() -> Store.open(url, clock))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("in use by another process");
      child.destroyForcibly().waitFor();
    } finally {
      child.destroyForcibly();
    }
    try (Store store = Store.open(url, clock)) {
      assertThat(store.inTransaction((Tx tx) -> tx.events().count())).isZero();
    }
  }

  private static Process startChild(Class<?> main, Object argument) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), main.getName(), argument.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static BufferedReader reader(Process child) {
    return new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }
}
