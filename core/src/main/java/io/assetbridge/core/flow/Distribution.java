package io.assetbridge.core.flow;

import io.assetbridge.core.config.RouteConfig;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.DistributionReceipt;
import io.assetbridge.spi.DistributionRequest;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends an asset to each of its route's targets once. The idempotency key depends only on what the
 * distribution means (flow, source, target; plus the source version when the route redistributes),
 * and the request carries nothing else that could change, so a retry is always replayed.
 */
record Distribution(Store store, FlowPlan plan, AssetStep.AuditTrail audit) {

  List<StepReport.Sent> send(Ref source, Asset asset, String targetRef, FlowPlan.Route route) {
    List<StepReport.Sent> sent = new ArrayList<>();
    for (RouteConfig.Target target : route.targets()) {
      String routeKey = target.key() + (target.redistribute() ? "|version=" + asset.version() : "");
      boolean done =
          store.inTransaction(
              tx -> tx.distributions().exists(plan.name(), source.toString(), routeKey));
      if (done) {
        continue;
      }
      String key = Fingerprints.sha256(plan.name() + "|" + source + "|" + routeKey);
      DistributionReceipt receipt =
          plan.distributor()
              .distribute(
                  new DistributionRequest(
                      Ref.parse(targetRef).id(),
                      target.rendition(),
                      target.list(),
                      target.recipients(),
                      target.channel(),
                      target.message(),
                      null,
                      null,
                      key));
      audit.add("distributed", targetRef, "ok", describe(target, route, receipt));
      sent.add(new StepReport.Sent(routeKey, targetRef, receipt.distributionId()));
    }
    return sent;
  }

  private static String describe(
      RouteConfig.Target target, FlowPlan.Route route, DistributionReceipt receipt) {
    String to =
        target.list() != null
            ? "list " + target.list()
            : "recipients " + String.join(",", target.recipients());
    return "route "
        + route.index()
        + ": "
        + to
        + " on "
        + target.channel()
        + " as distribution "
        + receipt.distributionId()
        + " ("
        + receipt.deliveryCount()
        + " deliveries, "
        + receipt.status()
        + ")";
  }
}
