package io.assetbridge.core.sync;

import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.store.Link;
import io.assetbridge.store.Tx;
import java.util.Optional;

/**
 * The other side of an asset in a two-way flow, as the store's links know it: the flow's own link,
 * else a link another flow made between the same two connections, in either direction (the
 * cataloguing flow that created the NetX copy, the publishing flow that created the PhotoShelter
 * one). One answer for pairing a job and for queueing it, so both agree on the pair.
 */
public final class LinkedPartner {
  private LinkedPartner() {}

  /** {@code ref}'s partner on the flow's other connection; empty when no link names one. */
  public static Optional<String> of(Tx tx, FlowPlan plan, String ref) {
    String source = plan.config().source();
    boolean isLeft = ref.startsWith(source + ":");
    Optional<Link> own =
        isLeft ? tx.links().find(plan.name(), ref) : tx.links().findByTarget(plan.name(), ref);
    if (own.isPresent()) {
      return Optional.of(isLeft ? own.get().targetRef() : own.get().sourceRef());
    }
    String other = (isLeft ? plan.config().target() : source) + ":";
    return tx.links().findByRef(ref).stream()
        .map(l -> ref.equals(l.sourceRef()) ? l.targetRef() : l.sourceRef())
        .filter(r -> r != null && r.startsWith(other))
        .findFirst();
  }
}
