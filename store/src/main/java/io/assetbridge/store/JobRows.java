package io.assetbridge.store;

import io.assetbridge.store.internal.Columns;
import io.assetbridge.store.internal.RowMapper;

/** How a job is read: the jobs row joined with its event's kind and version key. */
final class JobRows {
  static final String SELECT =
      "SELECT j.id, j.flow, j.event_id, j.source_ref, e.kind, e.version_key, j.state, j.attempts,"
          + " j.next_attempt_at, j.lease_owner, j.lease_until, j.last_error, j.outcome,"
          + " j.created_at, j.updated_at FROM jobs j JOIN events e ON e.id = j.event_id";

  static final RowMapper<Job> JOB =
      row ->
          new Job(
              row.getLong("id"),
              row.getString("flow"),
              row.getLong("event_id"),
              row.getString("source_ref"),
              row.getString("kind"),
              row.getString("version_key"),
              JobState.valueOf(row.getString("state")),
              row.getInt("attempts"),
              Columns.instant(row, "next_attempt_at"),
              row.getString("lease_owner"),
              Columns.instant(row, "lease_until"),
              row.getString("last_error"),
              row.getString("outcome"),
              Columns.instant(row, "created_at"),
              Columns.instant(row, "updated_at"));

  private JobRows() {}
}
