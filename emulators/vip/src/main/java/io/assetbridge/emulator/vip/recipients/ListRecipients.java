package io.assetbridge.emulator.vip.recipients;

import io.assetbridge.emulator.vip.Ids;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Pager;
import io.assetbridge.emulator.vip.http.QueryParams;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code GET /recipients?channel=&region=&market=}: exact filters, by createdAt then id. */
public final class ListRecipients implements ApiOperation {
  private final Platform platform;

  public ListRecipients(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    QueryParams query = call.query(Set.of("channel", "region", "market", "limit", "cursor"));
    Optional<String> channel = query.get("channel");
    Optional<String> region = query.get("region");
    Optional<String> market = query.get("market");
    List<Recipient> matching =
        platform.locked(account -> account.recipients().all()).stream()
            .filter(r -> channel.map(r.channel()::equals).orElse(true))
            .filter(r -> region.map(r.regions()::contains).orElse(true))
            .filter(r -> market.map(r.markets()::contains).orElse(true))
            .toList();
    return ApiResponse.json(200, Pager.page(matching, ListRecipients::order, query, "recipients"));
  }

  static Pager.SortKey order(Recipient recipient) {
    return new Pager.SortKey(recipient.createdAt().toEpochMilli(), Ids.number(recipient.id()));
  }
}
