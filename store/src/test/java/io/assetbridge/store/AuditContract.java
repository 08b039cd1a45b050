package io.assetbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

interface AuditContract extends StoreFixture {

  static AuditEntry entry(String action, String sourceRef, String targetRef) {
    return new AuditEntry("node-1", "to-netx", 7L, action, sourceRef, targetRef, "ok", "detail");
  }

  default void appendMany(int count) {
    store()
        .run(
            tx -> {
              for (int i = 0; i < count; i++) {
                tx.audit().append(entry("synced", "ps:I" + i, "netx:" + i));
              }
            });
  }

  @Test
  default void appendsAHashChain() {
    AuditRecord first =
        store().inTransaction((Tx tx) -> tx.audit().append(entry("created", "ps:I1", "netx:1")));
    clock().advance(Duration.ofMinutes(1));
    AuditRecord second =
        store()
            .inTransaction(
                tx ->
                    tx.audit()
                        .append(
                            new AuditEntry(
                                null, null, null, "skipped", "ps:I2", null, null, null)));
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.prevHash()).isEqualTo("0".repeat(64));
    assertThat(first.at()).isEqualTo(START);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
    assertThat(store().inTransaction((Tx tx) -> tx.audit().list(AuditQuery.all())))
        .containsExactly(first, second);
    AuditVerification verification = store().inTransaction((Tx tx) -> tx.audit().verify());
    assertThat(verification.intact()).isTrue();
    assertThat(verification.recordsChecked()).isEqualTo(2);
  }

  @Test
  default void filtersByRefFlowTimeActionAndLimit() {
    appendMany(3);
    clock().advance(Duration.ofHours(1));
    store().run(tx -> tx.audit().append(entry("blocked", "netx:9", "ps:I1")));
    AuditQuery all = AuditQuery.all();
    assertThat(store().inTransaction((Tx tx) -> tx.audit().list(all.withRef("ps:I1"))))
        .extracting(AuditRecord::seq)
        .containsExactly(2L, 4L);
    assertThat(store().inTransaction((Tx tx) -> tx.audit().list(all.withSince(clock().instant()))))
        .extracting(AuditRecord::seq)
        .containsExactly(4L);
    assertThat(
            store()
                .inTransaction((Tx tx) -> tx.audit().list(all.withAction("synced").withLimit(2))))
        .extracting(AuditRecord::seq)
        .containsExactly(1L, 2L);
    assertThat(store().inTransaction((Tx tx) -> tx.audit().list(all.withFlow("other")))).isEmpty();
    assertThat(store().inTransaction((Tx tx) -> tx.audit().count())).isEqualTo(4);
  }

  @Test
  default void concurrentAppendersKeepOneChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> appenders = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        appenders.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 40; i++) {
                    store().run(tx -> tx.audit().append(entry("synced", "ps:I1", "netx:1")));
                  }
                }));
      }
      for (Future<?> appender : appenders) {
        appender.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store().inTransaction((Tx tx) -> tx.audit().list(AuditQuery.all())))
        .extracting(AuditRecord::seq)
        .containsExactlyElementsOf(
            java.util.stream.LongStream.rangeClosed(1, 160).boxed().toList());
    assertThat(store().inTransaction((Tx tx) -> tx.audit().verify()).intact()).isTrue();
  }

  @Test
  default void verifyNamesAnEditedRecord() {
    appendMany(20);
    execute("UPDATE audit SET detail = 'nothing happened here' WHERE seq = 17");
    AuditVerification verification = store().inTransaction((Tx tx) -> tx.audit().verify());
    assertThat(verification.intact()).isFalse();
    assertThat(verification.recordsChecked()).isEqualTo(20);
    assertThat(verification.problems())
        .containsExactly("record 17 was changed: its hash does not match its contents");
  }

  @Test
  default void verifyNamesADeletedRecordAndALostTail() {
    appendMany(20);
    execute("DELETE FROM audit WHERE seq = 17");
    execute("DELETE FROM audit WHERE seq = 20");
    AuditVerification verification = store().inTransaction((Tx tx) -> tx.audit().verify());
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problems())
        .containsExactly(
            "record(s) before 18 are missing: prev hash does not match record 16",
            "record(s) after 19 are missing: the chain head is at record 20");
  }

  @Test
  default void streamsManyRecordsInOrder() {
    appendMany(1500);
    AtomicLong seen = new AtomicLong();
    AtomicLong lastSeq = new AtomicLong();
    store()
        .run(
            tx ->
                tx.audit().stream(
                    AuditQuery.all(),
                    r -> {
                      assertThat(r.seq()).isEqualTo(lastSeq.get() + 1);
                      lastSeq.set(r.seq());
                      seen.incrementAndGet();
                    }));
    assertThat(seen).hasValue(1500);
    assertThat(store().inTransaction((Tx tx) -> tx.audit().verify()).recordsChecked())
        .isEqualTo(1500);
  }
}
