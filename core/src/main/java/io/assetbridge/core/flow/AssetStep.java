package io.assetbridge.core.flow;

import io.assetbridge.core.expr.CelValues;
import io.assetbridge.core.sync.RightsSchedule;
import io.assetbridge.imaging.RenditionMaker;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.AuditEntry;
import io.assetbridge.store.Job;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One flow applied to one asset: read fresh, condition, rights gate, route, map, write idempotently
 * (link, else external-key look-up, else create), distribute once per target. External effects are
 * idempotent, so a crash anywhere before the engine commits the report only repeats them
 * harmlessly.
 */
public final class AssetStep implements FlowStep {
  private static final RenditionMaker RENDITIONS = new RenditionMaker();
  private final Store store;
  private final InstantSource clock;
  private final String actor;

  public AssetStep(Store store, InstantSource clock, String actor) {
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
    var audit = new AuditTrail(actor, plan.name(), job.id(), ref.toString());
    audit.add("read", null, "ok", "version " + asset.version());
    if (plan.when() != null && !plan.when().test(vars)) {
      return audit.finish("skipped", "condition is false: " + plan.when().text());
    }
    if (plan.config().rightsRequired()) {
      // an embargo lifting or a licence expiring must wake this flow though nobody edits the asset
      new RightsSchedule(store).keep(ref.toString(), now, asset);
      Optional<String> blocked = RightsGate.check(asset, now);
      var notice = new BlockedWriteBack(store, plan, audit);
      if (blocked.isPresent()) {
        notice.blocked(ref, vars, blocked.get());
        return audit.finish("blocked", blocked.get());
      }
      notice.passed(ref);
    }
    Optional<FlowPlan.Route> route = RouteChoice.first(plan, vars);
    if (plan.distributor() != null && route.isEmpty()) {
      return audit.finish("skipped", "no route matched");
    }
    Map<String, Object> fields = FieldMapping.evaluate(plan, vars, audit);
    var write = new TargetWrite(store, plan, audit);
    StepReport.LinkUpdate link = write.apply(ref, asset, fields);
    List<StepReport.Sent> sent = new ArrayList<>();
    if (plan.distributor() != null) {
      link =
          new RenditionUpload(store, plan, audit, RENDITIONS).ensure(ref, asset, route.get(), link);
      sent = new Distribution(store, plan, audit).send(ref, asset, link.targetRef(), route.get());
    }
    link = new SourceWriteBack(store, plan, audit).apply(ref, vars, link);
    return audit.report(sent.isEmpty() ? "written" : "distributed", link, sent);
  }

  /** Collects the audit entries of one step. */
  public static final class AuditTrail {
    private final String actor, flow, sourceRef;
    private final long jobId;
    private final List<AuditEntry> entries = new ArrayList<>();

    public AuditTrail(String actor, String flow, long jobId, String sourceRef) {
      this.actor = actor;
      this.flow = flow;
      this.jobId = jobId;
      this.sourceRef = sourceRef;
    }

    public void add(String action, String targetRef, String outcome, String detail) {
      addFor(sourceRef, action, targetRef, outcome, detail);
    }

    /** A record about another object than the job's own, e.g. one file of a submission. */
    void addFor(String source, String action, String targetRef, String outcome, String detail) {
      entries.add(new AuditEntry(actor, flow, jobId, action, source, targetRef, outcome, detail));
    }

    StepReport reportLinks(String outcome, List<StepReport.LinkUpdate> links) {
      return new StepReport(outcome, links, List.of(), entries);
    }

    public StepReport finish(String outcome, String reason) {
      add(outcome, null, outcome, reason);
      return new StepReport(outcome, List.of(), List.of(), entries);
    }

    public StepReport report(
        String outcome, StepReport.LinkUpdate link, List<StepReport.Sent> sent) {
      return new StepReport(outcome, link == null ? List.of() : List.of(link), sent, entries);
    }
  }

  /** Writes the mapped fields to the target: only changed ones once linked. */
  record TargetWrite(Store store, FlowPlan plan, AuditTrail audit) {

    StepReport.LinkUpdate apply(Ref ref, Asset asset, Map<String, Object> fields) {
      Map<String, String> prints = Fingerprints.of(fields);
      Optional<Link> link = store.inTransaction(tx -> tx.links().find(plan.name(), ref.toString()));
      String connection = plan.writer().connectionName();
      if (link.isPresent()) {
        Map<String, Object> changed =
            FieldMapping.changed(fields, prints, link.get().fingerprints());
        String target = link.get().targetRef();
        if (!changed.isEmpty()) {
          plan.writer().update(Ref.parse(target).id(), changed);
          audit.add("updated", target, "ok", "fields " + String.join(", ", changed.keySet()));
        }
        return new StepReport.LinkUpdate(ref.toString(), target, asset.version(), prints);
      }
      Optional<String> existing = plan.writer().findByExternalKey(ref.toString());
      if (existing.isPresent()) {
        String target = new Ref(connection, existing.get()).toString();
        plan.writer().update(existing.get(), fields);
        audit.add(
            "linked", target, "ok", "found by external key " + ref + "; all mapped fields sent");
        return new StepReport.LinkUpdate(ref.toString(), target, asset.version(), prints);
      }
      String key =
          Fingerprints.sha256(plan.name() + "|" + ref + "|create|" + Fingerprints.of(prints));
      String id;
      try (AssetContent content = plan.source().openContent(ref.id())) {
        id = plan.writer().create(new NewAsset(ref.toString(), fields, key), content);
      }
      String target = new Ref(connection, id).toString();
      audit.add(
          "created", target, "ok", "original " + (asset.file() == null ? "" : asset.file().name()));
      return new StepReport.LinkUpdate(ref.toString(), target, asset.version(), prints);
    }
  }
}
