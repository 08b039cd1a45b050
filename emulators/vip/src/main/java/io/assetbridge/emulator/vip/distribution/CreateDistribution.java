package io.assetbridge.emulator.vip.distribution;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.assets.Asset;
import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.idempotency.IdempotencyGate;
import io.assetbridge.emulator.vip.recipients.Recipient;
import java.time.Instant;
import java.util.List;

/** {@code POST /distributions}: Idempotency-Key required; checks in the order of §7. */
public final class CreateDistribution implements ApiOperation {
  private final Platform platform;
  private final IdempotencyGate gate;

  public CreateDistribution(Platform platform) {
    this.platform = platform;
    this.gate = new IdempotencyGate(platform);
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    ObjectNode body = call.json();
    ObjectNode print = JsonNodeFactory.instance.objectNode();
    print.put("method", call.method()).put("path", call.path()).set("body", body);
    return gate.run(call, print, true, () -> create(body));
  }

  private ApiResponse create(ObjectNode body) {
    DistributionRequest request = DistributionRequest.read(body);
    Distribution created = platform.locked(account -> save(account, request));
    platform.autoAdvance().scheduleFor(created);
    return ApiResponse.json(201, created)
        .header("Location", "/api/v1/distributions/" + created.id());
  }

  private Distribution save(Account account, DistributionRequest request) {
    Instant now = platform.now();
    DistributionChecks.Plan plan = DistributionChecks.check(account, request, now);
    Asset asset = plan.asset();
    StoredFile file =
        request.rendition() == null
            ? asset.file()
            : account.assets().rendition(asset.id(), request.rendition()).orElseThrow().file();
    List<Delivery> deliveries =
        plan.recipients().stream()
            .map(
                (Recipient r) -> Delivery.pending(account.ids().next("dlv"), r.id(), r.name(), now))
            .toList();
    Distribution distribution =
        Distribution.queued(account.ids().next("dst"), request, plan, deliveries, file, now);
    account.distributions().add(distribution);
    return distribution;
  }
}
