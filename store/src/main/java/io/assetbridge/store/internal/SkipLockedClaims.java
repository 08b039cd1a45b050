package io.assetbridge.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL claims in two statements. The first locks the job groups (assets) of the oldest due
 * jobs with FOR UPDATE SKIP LOCKED, so concurrent claimers split the work without waiting. The
 * second, whose snapshot is taken after those locks were granted, starts the oldest due job of each
 * locked group. Locking job rows instead (one UPDATE … SKIP LOCKED) lets a rival skip a locked job
 * and start its sibling of the same asset; the concurrency contract catches exactly that.
 */
public final class SkipLockedClaims implements JobClaims {
  private static final String LOCK_GROUPS =
      "SELECT g.flow, g.source_ref FROM jobs j"
          + " JOIN job_groups g ON g.flow = j.flow AND g.source_ref = j.source_ref WHERE %s"
          + " ORDER BY j.next_attempt_at, j.id LIMIT ? FOR UPDATE OF g SKIP LOCKED";
  private static final String START_ONE_PER_GROUP =
      "UPDATE jobs SET "
          + SET_RUNNING
          + " WHERE %s AND id IN (SELECT DISTINCT ON (j.flow, j.source_ref) j.id FROM jobs j"
          + " WHERE (j.flow, j.source_ref) IN (SELECT f, s FROM unnest(?, ?) AS wanted(f, s))"
          + " AND %s ORDER BY j.flow, j.source_ref, j.next_attempt_at, j.id) RETURNING id";

  @Override
  public List<Long> claim(Sql sql, ClaimRequest request) {
    Set<JobGroup> groups = lockGroups(sql, request);
    return groups.isEmpty() ? List.of() : startOnePerGroup(sql, request, groups);
  }

  private static Set<JobGroup> lockGroups(Sql sql, ClaimRequest request) {
    List<Object> params = request.params(true);
    params.add(request.max());
    String select = LOCK_GROUPS.formatted(request.claimable("j", true));
    RowMapper<JobGroup> group = row -> new JobGroup(row.getString(1), row.getString(2));
    return new LinkedHashSet<>(sql.list(select, group, params.toArray()));
  }

  private static List<Long> startOnePerGroup(Sql sql, ClaimRequest request, Set<JobGroup> groups) {
    List<Object> params = new ArrayList<>();
    params.addAll(List.of(request.owner(), request.leaseUntil(), request.now()));
    params.addAll(List.of(request.now(), request.now()));
    params.add(sql.array("varchar", groups.stream().map(JobGroup::flow).toArray()));
    params.add(sql.array("varchar", groups.stream().map(JobGroup::sourceRef).toArray()));
    params.addAll(request.params(false));
    String update =
        START_ONE_PER_GROUP.formatted(ClaimRequest.due("jobs"), request.claimable("j", false));
    return sql.list(update, row -> row.getLong(1), params.toArray());
  }
}
