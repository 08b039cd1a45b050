package io.assetbridge.store;

import io.assetbridge.store.internal.Sql;
import io.assetbridge.store.internal.Where;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The identity map: which target asset a source asset became, and what was last written to it. */
public final class LinkStore {
  private final Sql sql;
  private final Tx tx;

  LinkStore(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  public Optional<Link> find(String flow, String sourceRef) {
    return LinkRows.read(sql, " WHERE flow = ? AND source_ref = ?", flow, sourceRef).stream()
        .findFirst();
  }

  /**
   * Inserts or updates the (flow, sourceRef) link; the given fingerprints (field → hash) replace
   * those fields' old fingerprints, others are kept (a null hash forgets its field). Returns the
   * link as stored.
   */
  public Link save(
      String flow,
      String sourceRef,
      String targetRef,
      String sourceVersion,
      Map<String, String> fingerprints) {
    Instant now = tx.now();
    sql.upsert(
        "UPDATE links SET target_ref = ?, source_version = ?, updated_at = ?"
            + " WHERE flow = ? AND source_ref = ?",
        new Object[] {targetRef, sourceVersion, now, flow, sourceRef},
        "INSERT INTO links (flow, source_ref, target_ref, source_version, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        "flow, source_ref",
        new Object[] {flow, sourceRef, targetRef, sourceVersion, now, now});
    long linkId =
        sql.number("SELECT id FROM links WHERE flow = ? AND source_ref = ?", flow, sourceRef);
    if (fingerprints != null) {
      fingerprints.forEach((field, hash) -> saveField(linkId, field, hash, now));
    }
    return find(flow, sourceRef).orElseThrow();
  }

  /** The flow's link whose target is the ref (two-way flows look up from either side). */
  public Optional<Link> findByTarget(String flow, String targetRef) {
    return LinkRows.read(sql, " WHERE flow = ? AND target_ref = ? ORDER BY id", flow, targetRef)
        .stream()
        .findFirst();
  }

  /** Links whose source or target is the ref, oldest first. */
  public List<Link> findByRef(String ref) {
    return LinkRows.read(sql, " WHERE source_ref = ? OR target_ref = ? ORDER BY id", ref, ref);
  }

  /** Links of the flow (null = all), newest updated first; limit 0 = no limit. */
  public List<Link> list(String flow, int limit) {
    Where where = new Where().andIfGiven("flow = ?", flow);
    String order = " ORDER BY updated_at DESC, id DESC";
    if (limit <= 0) {
      return LinkRows.read(sql, where.sql() + order, where.params());
    }
    return LinkRows.read(sql, where.sql() + order + " LIMIT ?", where.params(limit));
  }

  private void saveField(long linkId, String field, String hash, Instant now) {
    if (hash == null) {
      sql.update("DELETE FROM link_fields WHERE link_id = ? AND field = ?", linkId, field);
      return;
    }
    sql.upsert(
        "UPDATE link_fields SET fingerprint = ?, updated_at = ? WHERE link_id = ? AND field = ?",
        new Object[] {hash, now, linkId, field},
        "INSERT INTO link_fields (link_id, field, fingerprint, updated_at) VALUES (?, ?, ?, ?)",
        "link_id, field",
        new Object[] {linkId, field, hash, now});
  }
}
