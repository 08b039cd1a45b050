package io.assetbridge.core.flow;

import io.assetbridge.core.expr.CelValues;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.CollectionWriter;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Job;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishing (e.g. NetX → PhotoShelter galleries): a selected asset (its flow's condition and a
 * matching route) is written with its metadata and put into its route's galleries; one that is no
 * longer selected leaves the galleries it was put in, unless the flow says {@code unselected:
 * keep}. The galleries assetbridge put it in ride on the link as {@code gallery:<name>}.
 */
public final class PublishStep implements FlowStep {
  private static final String GALLERY = "gallery:";
  private final Store store;
  private final InstantSource clock;
  private final String actor;

  public PublishStep(Store store, InstantSource clock, String actor) {
    this.store = store;
    this.clock = clock;
    this.actor = actor;
  }

  @Override
  public StepReport run(FlowPlan plan, Job job) {
    Ref ref = Ref.parse(job.sourceRef());
    Asset asset = plan.source().read(ref.id());
    Instant now = clock.instant();
    Map<String, Object> vars = CelValues.variables(asset, now);
    var audit = new AssetStep.AuditTrail(actor, plan.name(), job.id(), ref.toString());
    Optional<Link> link = store.inTransaction(tx -> tx.links().find(plan.name(), ref.toString()));
    Set<String> before = galleries(link);
    Optional<String> unselected = whyNotSelected(plan, asset, vars, now);
    Optional<FlowPlan.Route> route =
        unselected.isPresent() ? Optional.empty() : RouteChoice.first(plan, vars);
    if (route.isEmpty()) {
      String why = unselected.orElse("no route matched");
      return withdraw(plan, audit, ref, asset, link, before, why);
    }
    List<String> galleries =
        route.get().targets().stream().map(t -> t.gallery()).distinct().toList();
    Map<String, Object> fields = FieldMapping.evaluate(plan, vars, audit);
    if (link.isEmpty()) {
      fields.putIfAbsent("gallery", galleries.get(0)); // a new upload lands in its first gallery
    }
    StepReport.LinkUpdate written =
        new AssetStep.TargetWrite(store, plan, audit).apply(ref, asset, fields);
    String target = written.targetRef();
    CollectionWriter writer = (CollectionWriter) plan.writer();
    Map<String, String> prints = new LinkedHashMap<>(written.fingerprints());
    for (String g : galleries) {
      if (!before.contains(g)) {
        writer.addToCollection(Ref.parse(target).id(), g);
        audit.add(
            "published",
            target,
            "ok",
            "into gallery " + g + " (route " + route.get().index() + ")");
      }
      prints.put(GALLERY + g, "in");
    }
    for (String g : before) {
      if (!galleries.contains(g)) {
        writer.removeFromCollection(Ref.parse(target).id(), g);
        audit.add("unpublished", target, "ok", "from gallery " + g + ": the route changed");
        prints.put(GALLERY + g, null);
      }
    }
    return audit.report(
        "published",
        new StepReport.LinkUpdate(ref.toString(), target, asset.version(), prints),
        List.of());
  }

  private static Optional<String> whyNotSelected(
      FlowPlan plan, Asset asset, Map<String, Object> vars, Instant now) {
    if (plan.when() != null && !plan.when().test(vars)) {
      return Optional.of("not selected: " + plan.when().text());
    }
    return plan.config().rightsRequired() ? RightsGate.check(asset, now) : Optional.empty();
  }

  /** A no-longer-selected asset leaves the galleries it was published into (or stays: keep). */
  private StepReport withdraw(
      FlowPlan plan,
      AssetStep.AuditTrail audit,
      Ref ref,
      Asset asset,
      Optional<Link> link,
      Set<String> before,
      String why) {
    if (before.isEmpty()) {
      return audit.finish("skipped", why);
    }
    String target = link.get().targetRef();
    if (plan.config().keepUnselected()) {
      return audit.finish(
          "kept", why + "; stays in " + String.join(", ", before) + " (unselected: keep)");
    }
    Map<String, String> prints = new LinkedHashMap<>();
    CollectionWriter writer = (CollectionWriter) plan.writer();
    for (String g : before) {
      writer.removeFromCollection(Ref.parse(target).id(), g);
      audit.add("unpublished", target, "ok", "from gallery " + g + ": " + why);
      prints.put(GALLERY + g, null);
    }
    return audit.report(
        "unpublished",
        new StepReport.LinkUpdate(ref.toString(), target, asset.version(), prints),
        List.of());
  }

  private static Set<String> galleries(Optional<Link> link) {
    Set<String> out = new LinkedHashSet<>();
    link.ifPresent(
        l ->
            l.fingerprints().keySet().stream()
                .filter(k -> k.startsWith(GALLERY))
                .forEach(k -> out.add(k.substring(GALLERY.length()))));
    return out;
  }
}
