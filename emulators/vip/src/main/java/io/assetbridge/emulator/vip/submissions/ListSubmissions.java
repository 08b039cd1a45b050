package io.assetbridge.emulator.vip.submissions;

import io.assetbridge.emulator.vip.Ids;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Pager;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.QueryParams;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code GET /submissions?status=}: by receivedAt then id. */
public final class ListSubmissions implements ApiOperation {
  private static final Set<String> STATUSES = Set.of("received", "ingested", "rejected");
  private final Platform platform;

  public ListSubmissions(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    QueryParams query = call.query(Set.of("status", "limit", "cursor"));
    Optional<String> status = query.get("status");
    if (status.isPresent() && !STATUSES.contains(status.get())) {
      throw Problem.invalid("status must be one of received, ingested, rejected");
    }
    List<Submission> matching =
        platform.locked(account -> account.submissions().all()).stream()
            .filter(s -> status.map(s.status()::equals).orElse(true))
            .toList();
    return ApiResponse.json(
        200, Pager.page(matching, ListSubmissions::order, query, "submissions"));
  }

  private static Pager.SortKey order(Submission s) {
    return new Pager.SortKey(s.receivedAt().toEpochMilli(), Ids.number(s.id()));
  }
}
