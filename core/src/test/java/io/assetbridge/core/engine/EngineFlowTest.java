package io.assetbridge.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.JobState;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end on the real store, with toy connectors made of SPI types only. */
class EngineFlowTest {
  @TempDir Path dir;
  private Engine engine;
  private ToyPlatform src;
  private ToyPlatform dst;

  @BeforeEach
  void open() {
    String yaml =
        """
        store: jdbc:h2:file:%s
        engine: { workers: 2, lease: 10s }
        connections: { src: { type: toy }, dst: { type: toy } }
        flows:
          out:
            from: { connection: src }
            when: asset.status == "APPROVED"
            gate: { rights: required }
            to: { connection: dst, action: distribute }
            retry: { attempts: 4, initial: 10ms, max: 50ms }
            routes:
              - when: '"EMEA" in asset.tags["region"]'
                with: { list: emea, channel: press-portal }
              - when: '"APAC" in asset.tags["region"]'
                with: { list: apac, channel: press-portal, redistribute: true }
              - with: { list: global, channel: press-portal }
            map: { title: asset.title }
        """
            .formatted(dir.resolve("store"));
    engine =
        Engine.open(
            new ConfigLoader(new EnvSubstitution(Map.of())).parse("toy.yaml", yaml),
            InstantSource.system());
    src = ToyPlatform.BY_NAME.get("src");
    dst = ToyPlatform.BY_NAME.get("dst");
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private SyncPass.Progress sync() {
    return new SyncPass(engine).run("out", null, p -> {}, r -> {});
  }

  @Test
  void eligibleAssetsAreCreatedAndDistributedOnceAndEditsSendOnlyChangedFields() {
    src.put("a1", "Harbour", AssetStatus.APPROVED, "EMEA", 1);
    src.put("a2", "Fjord", AssetStatus.APPROVED, "APAC", 1);
    src.put("a3", "Draft", AssetStatus.DRAFT, "EMEA", 1);
    sync();
    String t1 = dst.findByExternalKey("src:a1").orElseThrow();
    String t2 = dst.findByExternalKey("src:a2").orElseThrow();
    assertThat(dst.writes)
        .containsExactlyInAnyOrder(
            "create " + t1 + " [title]",
            "create " + t2 + " [title]",
            "distribute " + t1 + " to emea",
            "distribute " + t2 + " to apac");

    dst.writes.clear();
    sync();
    assertThat(dst.writes).as("nothing changed, nothing written").isEmpty();

    src.put("a1", "Harbour at dawn", AssetStatus.APPROVED, "EMEA", 2);
    sync();
    assertThat(dst.writes)
        .hasSize(1)
        .allSatisfy(w -> assertThat(w).matches("update t\\d \\[title]"));

    dst.writes.clear();
    src.put("a2", "Fjord in spring", AssetStatus.APPROVED, "APAC", 3);
    sync();
    assertThat(dst.writes)
        .as("a redistributing route sends the new version again")
        .containsExactly("update " + t2 + " [title]", "distribute " + t2 + " to apac");
    var skipped =
        engine.store().inTransaction(tx -> tx.audit().list(AuditQuery.all().withAction("skipped")));
    assertThat(skipped)
        .singleElement()
        .satisfies(r -> assertThat(r.sourceRef()).isEqualTo("src:a3"));
    assertThat(engine.store().inTransaction(tx -> tx.audit().verify()).intact()).isTrue();
  }

  @Test
  void transientFailuresAreRetriedAndPermanentOnesDieUntilReplayed() {
    src.failuresToInject.set(2);
    src.put("a1", "Harbour", AssetStatus.APPROVED, "EMEA", 1);
    var progress = sync();
    assertThat(progress.done()).isEqualTo(1);
    var job = engine.store().inTransaction(tx -> tx.jobs().list(JobState.DONE, "out", 10)).get(0);
    assertThat(job.attempts()).isEqualTo(3);

    src.permanentFailure = true;
    src.put("a2", "Fjord", AssetStatus.APPROVED, "EMEA", 2);
    assertThat(sync().dead()).isEqualTo(1);
    var dead = engine.store().inTransaction(tx -> tx.jobs().list(JobState.DEAD, "out", 10)).get(0);
    assertThat(dead.lastError()).isEqualTo("src: refused for good");
    assertThat(dead.attempts()).isEqualTo(1);

    src.permanentFailure = false;
    int replayed = engine.store().inTransaction(tx -> tx.jobs().retryDead(null, "out"));
    assertThat(replayed).isEqualTo(1);
    assertThat(sync().dead()).isZero();
    assertThat(dst.writes)
        .contains("distribute " + dst.findByExternalKey("src:a2").orElseThrow() + " to emea");
  }
}
