package io.assetbridge.store;

import io.assetbridge.store.internal.Columns;
import io.assetbridge.store.internal.RowMapper;
import io.assetbridge.store.internal.Sql;
import io.assetbridge.store.internal.Where;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained audit trail. Appenders lock the one-row chain head until their
 * transaction ends, so appends from several nodes line up in one chain and never fork it.
 */
public final class AuditLog {
  private static final int FETCH_SIZE = 500;
  private static final String SELECT =
      "SELECT seq, recorded_at, actor, flow, job_id, action, source_ref, target_ref, outcome,"
          + " detail, prev_hash, hash FROM audit";
  private static final RowMapper<AuditRecord> ROW =
      row ->
          new AuditRecord(
              row.getLong("seq"),
              Columns.instant(row, "recorded_at"),
              row.getString("actor"),
              row.getString("flow"),
              Columns.nullableLong(row, "job_id"),
              row.getString("action"),
              row.getString("source_ref"),
              row.getString("target_ref"),
              row.getString("outcome"),
              row.getString("detail"),
              row.getString("prev_hash"),
              row.getString("hash"));

  private record Head(long seq, String hash) {}

  private final Sql sql;
  private final Tx tx;

  AuditLog(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /** Appends a record chained to the current head; its time comes from the store's clock. */
  public AuditRecord append(AuditEntry entry) {
    Head head = head(" FOR UPDATE");
    AuditEntry e = storable(entry);
    long seq = head.seq() + 1;
    Instant at = tx.now();
    String hash = AuditChain.hash(seq, at, e, head.hash());
    sql.update(
        "INSERT INTO audit (seq, recorded_at, actor, flow, job_id, action, source_ref, target_ref,"
            + " outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        seq,
        at,
        e.actor(),
        e.flow(),
        e.jobId(),
        e.action(),
        e.sourceRef(),
        e.targetRef(),
        e.outcome(),
        e.detail(),
        head.hash(),
        hash);
    sql.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
    return new AuditRecord(
        seq,
        at,
        e.actor(),
        e.flow(),
        e.jobId(),
        e.action(),
        e.sourceRef(),
        e.targetRef(),
        e.outcome(),
        e.detail(),
        head.hash(),
        hash);
  }

  /** Matching records in ascending seq. */
  public List<AuditRecord> list(AuditQuery query) {
    List<AuditRecord> records = new ArrayList<>();
    stream(query, records::add);
    return records;
  }

  /** Streams matching records in ascending seq, fetched in batches rather than loaded at once. */
  public void stream(AuditQuery query, Consumer<AuditRecord> sink) {
    Where where =
        new Where()
            .andIfGiven("flow = ?", query.flow())
            .andIfGiven("recorded_at >= ?", query.since())
            .andIfGiven("action = ?", query.action());
    if (query.ref() != null) {
      where.and("(source_ref = ? OR target_ref = ?)", query.ref(), query.ref());
    }
    String sql = SELECT + where.sql() + " ORDER BY seq";
    if (query.limit() > 0) {
      this.sql.stream(sql + " LIMIT ?", FETCH_SIZE, ROW, sink, where.params(query.limit()));
    } else {
      this.sql.stream(sql, FETCH_SIZE, ROW, sink, where.params());
    }
  }

  /** Walks the whole chain and names, by seq, every record changed or missing. */
  public AuditVerification verify() {
    AuditVerifier verifier = new AuditVerifier();
    sql.stream(SELECT + " ORDER BY seq", FETCH_SIZE, ROW, verifier::check);
    Head head = head("");
    return verifier.finish(head.seq(), head.hash());
  }

  public long count() {
    return sql.number("SELECT COUNT(*) FROM audit");
  }

  private Head head(String locking) {
    return sql.first(
            "SELECT last_seq, last_hash FROM audit_head WHERE id = 1" + locking,
            row -> new Head(row.getLong(1), row.getString(2)))
        .orElseThrow(() -> new StoreException("The audit chain head row is missing"));
  }

  private static AuditEntry storable(AuditEntry e) {
    return new AuditEntry(
        Texts.storable(e.actor()),
        Texts.storable(e.flow()),
        e.jobId(),
        Texts.storable(e.action()),
        Texts.storable(e.sourceRef()),
        Texts.storable(e.targetRef()),
        Texts.storable(e.outcome()),
        Texts.storable(e.detail()));
  }
}
