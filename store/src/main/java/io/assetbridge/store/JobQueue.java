package io.assetbridge.store;

import io.assetbridge.store.internal.ClaimRequest;
import io.assetbridge.store.internal.Sql;
import io.assetbridge.store.internal.Where;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Durable jobs: one per (flow, event). Workers claim due jobs under a lease; a lease that expires
 * is taken over. Every change bumps the row's version, which the portable claim path swaps on.
 */
public final class JobQueue {
  private static final String LEASE_HELD =
      " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?";
  private final Sql sql;
  private final Tx tx;

  JobQueue(Sql sql, Tx tx) {
    this.sql = sql;
    this.tx = tx;
  }

  /** Adds a PENDING job due at runAt unless (flow, eventId) already has one; true when added. */
  public boolean enqueue(String flow, long eventId, String sourceRef, Instant runAt) {
    Instant now = tx.now();
    boolean added =
        sql.insertIgnoringDuplicate(
            "INSERT INTO jobs (flow, event_id, source_ref, state, attempts, next_attempt_at,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, 'PENDING', 0, ?, 0, ?, ?)",
            "flow, event_id",
            flow,
            eventId,
            sourceRef,
            runAt == null ? now : runAt,
            now,
            now);
    if (added) {
      sql.insertIgnoringDuplicate(
          "INSERT INTO job_groups (flow, source_ref, version) VALUES (?, ?, 0)",
          "flow, source_ref",
          flow,
          sourceRef);
    }
    return added;
  }

  /**
   * Claims up to max due jobs of the given flows (empty = all), oldest due first, at most one per
   * (flow, sourceRef) and none whose (flow, sourceRef) already runs under a live lease.
   */
  public List<Job> claim(String owner, int max, Duration lease, Set<String> flows) {
    if (max <= 0) {
      return List.of();
    }
    Instant now = tx.now();
    List<String> wanted = flows == null ? List.of() : List.copyOf(flows);
    ClaimRequest request = new ClaimRequest(owner, max, now, now.plus(lease), wanted);
    return byIds(sql.dialect().claims().claim(sql, request));
  }

  /** Marks the job DONE; false (and nothing changed) when this owner no longer holds it. */
  public boolean complete(long jobId, String owner, String outcome) {
    return sql.update(
            "UPDATE jobs SET state = 'DONE', outcome = ?, lease_until = NULL,"
                + " version = version + 1, updated_at = ?"
                + LEASE_HELD,
            Texts.storable(outcome),
            tx.now(),
            jobId,
            owner)
        == 1;
  }

  /** Back to PENDING, due at {@code at} (null = now); false when this owner no longer holds it. */
  public boolean retryLater(long jobId, String owner, Instant at, String error) {
    return sql.update(
            "UPDATE jobs SET state = 'PENDING', next_attempt_at = ?, last_error = ?,"
                + " lease_owner = NULL, lease_until = NULL, version = version + 1, updated_at = ?"
                + LEASE_HELD,
            at == null ? tx.now() : at,
            Texts.error(error),
            tx.now(),
            jobId,
            owner)
        == 1;
  }

  /** Marks the job DEAD; false when this owner no longer holds it. */
  public boolean bury(long jobId, String owner, String error) {
    return sql.update(
            "UPDATE jobs SET state = 'DEAD', last_error = ?, lease_until = NULL,"
                + " version = version + 1, updated_at = ?"
                + LEASE_HELD,
            Texts.error(error),
            tx.now(),
            jobId,
            owner)
        == 1;
  }

  /** Heartbeat: extends every RUNNING job of the owner to now + lease; returns how many. */
  public int renewLeases(String owner, Duration lease) {
    return sql.update(
        "UPDATE jobs SET lease_until = ?, version = version + 1"
            + " WHERE state = 'RUNNING' AND lease_owner = ?",
        tx.now().plus(lease),
        owner);
  }

  public Optional<Job> get(long jobId) {
    return sql.first(JobRows.SELECT + " WHERE j.id = ?", JobRows.JOB, jobId);
  }

  /** Jobs in the state and flow (null = any), newest updated first; limit 0 = no limit. */
  public List<Job> list(JobState state, String flow, int limit) {
    Where where =
        new Where()
            .andIfGiven("j.state = ?", state == null ? null : state.name())
            .andIfGiven("j.flow = ?", flow);
    String order = " ORDER BY j.updated_at DESC, j.id DESC";
    if (limit <= 0) {
      return sql.list(JobRows.SELECT + where.sql() + order, JobRows.JOB, where.params());
    }
    return sql.list(
        JobRows.SELECT + where.sql() + order + " LIMIT ?", JobRows.JOB, where.params(limit));
  }

  /** How many jobs of the flow (null = all) are in each state; every state is a key. */
  public Map<JobState, Long> counts(String flow) {
    Map<JobState, Long> counts = new EnumMap<>(JobState.class);
    for (JobState state : JobState.values()) {
      counts.put(state, 0L);
    }
    Where where = new Where().andIfGiven("flow = ?", flow);
    sql.list(
            "SELECT state, COUNT(*) FROM jobs" + where.sql() + " GROUP BY state",
            row -> Map.entry(JobState.valueOf(row.getString(1)), row.getLong(2)),
            where.params())
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return Collections.unmodifiableMap(counts);
  }

  /** Jobs last changed at or after {@code since}, counted per flow and state. */
  public List<FlowActivity> activity(Instant since) {
    return sql.list(
        "SELECT flow, state, COUNT(*) FROM jobs WHERE updated_at >= ? GROUP BY flow, state",
        row ->
            new FlowActivity(row.getString(1), JobState.valueOf(row.getString(2)), row.getLong(3)),
        since);
  }

  /** How many of a flow's jobs reached a state in some period. */
  public record FlowActivity(String flow, JobState state, long jobs) {}

  /**
   * DEAD → PENDING due now, attempts back to 0: one job, or (jobId null) every dead job of the flow
   * (flow null = all flows). Returns how many.
   */
  public int retryDead(Long jobId, String flow) {
    Instant now = tx.now();
    Where where =
        new Where().and("state = 'DEAD'").andIfGiven("id = ?", jobId).andIfGiven("flow = ?", flow);
    return sql.update(
        "UPDATE jobs SET state = 'PENDING', attempts = 0, next_attempt_at = ?, lease_owner = NULL,"
            + " lease_until = NULL, version = version + 1, updated_at = ?"
            + where.sql(),
        where.paramsAfter(now, now));
  }

  /**
   * PENDING or RUNNING jobs of the flow (null = all): what "sync" waits for. A RUNNING job whose
   * lease expired counts too: its worker died and another will take it over.
   */
  public long unfinished(String flow) {
    Where where = new Where().and("state IN ('PENDING', 'RUNNING')").andIfGiven("flow = ?", flow);
    return sql.number("SELECT COUNT(*) FROM jobs" + where.sql(), where.params());
  }

  private List<Job> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
    return sql.list(
        JobRows.SELECT + " WHERE j.id IN (" + marks + ") ORDER BY j.next_attempt_at, j.id",
        JobRows.JOB,
        ids.toArray());
  }
}
