package io.assetbridge.core.sync;

import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetWriter;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Store;
import java.util.Optional;

/**
 * Finds the other side of an asset in a two-way flow: the flow's own link; else a link another flow
 * made (e.g. the cataloguing flow that created the NetX copy); else an external key on either side
 * (PhotoShelter trans_ref, NetX Source Ref).
 */
final class PairLookup {
  /** The same asset in both systems; left is the flow's first connection. */
  record Pair(Ref left, Ref right) {}

  private final Store store;

  PairLookup(Store store) {
    this.store = store;
  }

  Optional<Pair> find(FlowPlan plan, Ref ref, Asset asset) {
    boolean isLeft = ref.connection().equals(plan.config().source());
    String other = isLeft ? plan.config().target() : plan.config().source();
    Optional<Ref> partner =
        store.inTransaction(tx -> LinkedPartner.of(tx, plan, ref.toString())).map(Ref::parse);
    if (partner.isEmpty()) {
      partner = byExternalKey(asset, other, isLeft ? plan.writer() : plan.sourceWriter(), ref);
    }
    return partner.map(p -> isLeft ? new Pair(ref, p) : new Pair(p, ref));
  }

  private static Optional<Ref> byExternalKey(
      Asset asset, String other, AssetWriter otherSide, Ref ref) {
    String key = asset.externalKey();
    if (key != null && key.startsWith(other + ":") && key.length() > other.length() + 1) {
      return Optional.of(Ref.parse(key));
    }
    return otherSide.findByExternalKey(ref.toString()).map(id -> new Ref(other, id));
  }
}
