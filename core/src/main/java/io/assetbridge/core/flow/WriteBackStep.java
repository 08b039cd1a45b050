package io.assetbridge.core.flow;

import io.assetbridge.core.expr.CelValues;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.DistributionStory;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Job;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what happened to a distributed asset back to where it came from: reads the asset and its
 * distributions fresh from the distribution platform, finds the source by the asset's external key,
 * maps fields with CEL over {@code distribution} and sends only the fields that changed.
 */
public final class WriteBackStep implements FlowStep {
  private final Store store;
  private final InstantSource clock;
  private final String actor;

  public WriteBackStep(Store store, InstantSource clock, String actor) {
    this.store = store;
    this.clock = clock;
    this.actor = actor;
  }

  @Override
  public StepReport run(FlowPlan plan, Job job) {
    Ref ref = Ref.parse(job.sourceRef());
    Asset asset = plan.source().read(ref.id());
    List<DistributionStory> stories = plan.deliveries().distributionsOf(ref.id());
    var audit = new AssetStep.AuditTrail(actor, plan.name(), job.id(), ref.toString());
    Optional<Ref> target = targetOf(asset, plan.writer().connectionName());
    if (target.isEmpty()) {
      return audit.finish(
          "skipped",
          "no "
              + plan.writer().connectionName()
              + " ref in its external key ("
              + asset.externalKey()
              + ")");
    }
    Map<String, Object> vars = CelValues.variables(asset, clock.instant(), stories);
    if (plan.when() != null && !plan.when().test(vars)) {
      return audit.finish("skipped", "condition is false: " + plan.when().text());
    }
    Map<String, Object> fields = FieldMapping.evaluate(plan.mapping(), vars);
    Map<String, String> prints = new java.util.LinkedHashMap<>(Fingerprints.of(fields));
    Optional<Link> link = store.inTransaction(tx -> tx.links().find(plan.name(), ref.toString()));
    Map<String, String> last = link.map(Link::fingerprints).orElse(Map.of());
    for (DistributionStory story : stories) {
      // a story is recorded when it changed since the last run, not on every event
      String print = Fingerprints.of(story.status() + "|" + summary(story));
      prints.put("story:" + story.id(), print);
      if (!print.equals(last.get("story:" + story.id()))) {
        audit.add(
            "delivery-status",
            target.get().toString(),
            story.status(),
            story.id() + " " + summary(story));
      }
    }
    Map<String, Object> changed = FieldMapping.changed(fields, prints, last);
    if (!changed.isEmpty()) {
      plan.writer().update(target.get().id(), changed);
      audit.add(
          "write-back",
          target.get().toString(),
          "ok",
          "fields " + String.join(", ", changed.keySet()));
    }
    var update =
        new StepReport.LinkUpdate(ref.toString(), target.get().toString(), asset.version(), prints);
    return audit.report(changed.isEmpty() ? "unchanged" : "written-back", update, List.of());
  }

  private static Optional<Ref> targetOf(Asset asset, String connection) {
    try {
      Ref key = asset.externalKey() == null ? null : Ref.parse(asset.externalKey());
      return key != null && key.connection().equals(connection)
          ? Optional.of(key)
          : Optional.empty();
    } catch (IllegalArgumentException notARef) {
      return Optional.empty();
    }
  }

  private static String summary(DistributionStory s) {
    StringBuilder out = new StringBuilder();
    for (DistributionStory.Delivery d : s.deliveries()) {
      out.append(out.isEmpty() ? "" : "; ").append(d.recipient()).append(' ').append(d.status());
      if (d.publicationUrl() != null) {
        out.append(' ').append(d.publicationUrl());
      }
      if (d.failureReason() != null) {
        out.append(" (").append(d.failureReason()).append(')');
      }
    }
    return out.toString();
  }
}
