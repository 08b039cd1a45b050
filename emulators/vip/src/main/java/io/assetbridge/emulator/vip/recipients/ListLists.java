package io.assetbridge.emulator.vip.recipients;

import io.assetbridge.emulator.vip.Ids;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Pager;
import io.assetbridge.emulator.vip.http.QueryParams;
import java.util.List;
import java.util.Set;

/** {@code GET /lists}: summaries by createdAt then id. */
public final class ListLists implements ApiOperation {
  private final Platform platform;

  public ListLists(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    QueryParams query = call.query(Set.of("limit", "cursor"));
    List<DistributionList> lists = platform.locked(account -> account.recipients().allLists());
    Pager.Page<DistributionList> page = Pager.page(lists, ListLists::order, query, "lists");
    List<DistributionList.Summary> items =
        page.items().stream().map(DistributionList::summary).toList();
    return ApiResponse.json(200, new Pager.Page<>(items, page.nextCursor()));
  }

  private static Pager.SortKey order(DistributionList list) {
    return new Pager.SortKey(list.createdAt().toEpochMilli(), Ids.number(list.id()));
  }
}
