package io.assetbridge.emulator.vip.distribution;

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

/** {@code GET /distributions?assetId=&status=}: by createdAt then id. */
public final class ListDistributions implements ApiOperation {
  private final Platform platform;

  public ListDistributions(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    QueryParams query = call.query(Set.of("assetId", "status", "limit", "cursor"));
    Optional<String> assetId = query.get("assetId");
    Optional<DistributionStatus> status = query.get("status").map(ListDistributions::status);
    List<Distribution> matching =
        platform.locked(account -> account.distributions().all()).stream()
            .filter(d -> assetId.map(d.assetId()::equals).orElse(true))
            .filter(d -> status.map(s -> d.status() == s).orElse(true))
            .toList();
    return ApiResponse.json(
        200, Pager.page(matching, ListDistributions::order, query, "distributions"));
  }

  private static DistributionStatus status(String text) {
    return DistributionStatus.parse(text)
        .orElseThrow(
            () ->
                Problem.invalid(
                    "status must be one of queued, sending, sent, "
                        + "partially_failed, failed, cancelled"));
  }

  private static Pager.SortKey order(Distribution d) {
    return new Pager.SortKey(d.createdAt().toEpochMilli(), Ids.number(d.id()));
  }
}
