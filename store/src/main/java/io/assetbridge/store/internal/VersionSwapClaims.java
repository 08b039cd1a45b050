package io.assetbridge.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portable claim (db-scheduler's habit): read due candidates, then compare-and-swap first the
 * job group's version, then the job's. A rival that claimed in the group since the read bumped the
 * group version, so the swap fails instead of starting a second job of the same asset. Groups are
 * swapped in ascending key order within a call so two claimers never wait on each other in a cycle.
 */
public final class VersionSwapClaims implements JobClaims {
  private static final int ROUNDS = 5;
  private static final String CANDIDATES =
      "SELECT j.id, j.version, j.flow, j.source_ref, g.version AS group_version FROM jobs j"
          + " LEFT JOIN job_groups g ON g.flow = j.flow AND g.source_ref = j.source_ref"
          + " WHERE %s ORDER BY j.next_attempt_at, j.id LIMIT ?";

  private record Candidate(long id, long version, JobGroup group, Long groupVersion) {}

  @Override
  public List<Long> claim(Sql sql, ClaimRequest request) {
    List<Long> claimed = new ArrayList<>();
    JobGroup highestLocked = null;
    for (int round = 0; round < ROUNDS && claimed.size() < request.max(); round++) {
      int wanted = request.max() - claimed.size();
      List<Candidate> picked = pick(candidates(sql, request, wanted), highestLocked, wanted);
      boolean lostRace = false;
      for (Candidate candidate : picked) {
        highestLocked = candidate.group();
        if (swapGroup(sql, candidate) && swapJob(sql, request, candidate)) {
          claimed.add(candidate.id());
        } else {
          lostRace = true;
        }
      }
      if (!lostRace) {
        break;
      }
    }
    return claimed;
  }

  /** Due jobs, oldest first, a few more than wanted since several may share a group. */
  private static List<Candidate> candidates(Sql sql, ClaimRequest request, int wanted) {
    List<Object> params = request.params(true);
    params.add(4 * wanted + 16);
    return sql.list(
        CANDIDATES.formatted(request.claimable("j", true)),
        row ->
            new Candidate(
                row.getLong("id"),
                row.getLong("version"),
                new JobGroup(row.getString("flow"), row.getString("source_ref")),
                Columns.nullableLong(row, "group_version")),
        params.toArray());
  }

  /** The oldest due job of each group above those already tried, at most wanted, ascending. */
  private static List<Candidate> pick(
      List<Candidate> candidates, JobGroup highestLocked, int wanted) {
    Map<JobGroup, Candidate> oldestPerGroup = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      JobGroup group = candidate.group();
      boolean lockable = highestLocked == null || group.compareTo(highestLocked) > 0;
      if (oldestPerGroup.size() < wanted && lockable) {
        oldestPerGroup.putIfAbsent(group, candidate);
      }
    }
    return oldestPerGroup.values().stream()
        .sorted((a, b) -> a.group().compareTo(b.group()))
        .toList();
  }

  private static boolean swapGroup(Sql sql, Candidate candidate) {
    JobGroup group = candidate.group();
    if (candidate.groupVersion() == null) {
      return sql.insertIgnoringDuplicate(
          "INSERT INTO job_groups (flow, source_ref, version) VALUES (?, ?, 1)",
          "flow, source_ref",
          group.flow(),
          group.sourceRef());
    }
    return sql.update(
            "UPDATE job_groups SET version = version + 1"
                + " WHERE flow = ? AND source_ref = ? AND version = ?",
            group.flow(),
            group.sourceRef(),
            candidate.groupVersion())
        == 1;
  }

  private static boolean swapJob(Sql sql, ClaimRequest request, Candidate candidate) {
    return sql.update(
            "UPDATE jobs SET " + SET_RUNNING + " WHERE id = ? AND version = ?",
            request.owner(),
            request.leaseUntil(),
            request.now(),
            candidate.id(),
            candidate.version())
        == 1;
  }
}
