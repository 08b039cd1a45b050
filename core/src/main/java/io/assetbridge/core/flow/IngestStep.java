package io.assetbridge.core.flow;

import io.assetbridge.core.config.FlowConfig;
import io.assetbridge.core.expr.CelValues;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.SubmissionSource.Acknowledgement;
import io.assetbridge.store.Job;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes an inbound submission into the target: each file is checked (type, size, checksum, bytes),
 * created idempotently by its external key (the submission file's ref) with the mapped metadata,
 * and the submission is acknowledged once: ingested with a ref per file taken, or rejected with the
 * reasons. Re-running finds what it made before and acknowledges the same again.
 */
public final class IngestStep implements FlowStep {
  private final InstantSource clock;
  private final String actor;

  public IngestStep(InstantSource clock, String actor) {
    this.clock = clock;
    this.actor = actor;
  }

  @Override
  public StepReport run(FlowPlan plan, Job job) {
    Ref submission = Ref.parse(job.sourceRef());
    var audit = new AssetStep.AuditTrail(actor, plan.name(), job.id(), submission.toString());
    Map<String, String> taken = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<StepReport.LinkUpdate> links = new ArrayList<>();
    for (String fileId : plan.submissions().submissionFiles(submission.id())) {
      Asset file = plan.source().read(fileId);
      Optional<String> target = ingest(plan, file, fileId, audit, problems);
      target.ifPresent(
          t -> {
            taken.put(fileId.substring(fileId.lastIndexOf('/') + 1), t);
            links.add(
                new StepReport.LinkUpdate(file.ref().toString(), t, file.version(), Map.of()));
          });
    }
    Acknowledgement ack =
        taken.isEmpty()
            ? Acknowledgement.rejected(String.join("; ", problems))
            : Acknowledgement.ingested(taken);
    plan.submissions().acknowledge(submission.id(), ack);
    audit.add(
        "acknowledged",
        null,
        ack.ingested() ? "ingested" : "rejected",
        ack.ingested()
            ? taken.size()
                + " file(s) taken"
                + (problems.isEmpty() ? "" : "; refused: " + String.join("; ", problems))
            : ack.reason());
    return audit.reportLinks(ack.ingested() ? "ingested" : "rejected", links);
  }

  private Optional<String> ingest(
      FlowPlan plan, Asset file, String fileId, AssetStep.AuditTrail audit, List<String> problems) {
    String fileRef = file.ref().toString();
    String name = file.file() == null ? fileId : file.file().name();
    Optional<String> refusal = typeOrSize(plan.config().ingest(), file);
    if (refusal.isPresent()) {
      return refuse(audit, problems, fileRef, name, refusal.get());
    }
    String connection = plan.writer().connectionName();
    Optional<String> existing = plan.writer().findByExternalKey(fileRef);
    if (existing.isPresent()) {
      String target = new Ref(connection, existing.get()).toString();
      audit.addFor(fileRef, "linked", target, "ok", "already ingested as " + target);
      return Optional.of(target);
    }
    FlowConfig.Ingest limits = plan.config().ingest();
    try (AssetContent content = plan.source().openContent(fileId);
        VerifiedCopy copy =
            VerifiedCopy.of(
                content, file.file().mediaType(), file.file().sha256(), limits.maxBytes())) {
      if (copy.problem().isPresent()) {
        return refuse(audit, problems, fileRef, name, copy.problem().get());
      }
      Map<String, Object> fields =
          FieldMapping.evaluate(plan.mapping(), CelValues.variables(file, clock.instant()));
      if (limits.gallery() != null) {
        fields.putIfAbsent("gallery", limits.gallery());
      }
      String key = Fingerprints.sha256(plan.name() + "|" + fileRef + "|ingest");
      String id;
      try (AssetContent verified = copy.open()) {
        id = plan.writer().create(new NewAsset(fileRef, fields, key), verified);
      }
      String target = new Ref(connection, id).toString();
      audit.addFor(
          fileRef,
          "ingested",
          target,
          "ok",
          name + " with fields " + String.join(", ", fields.keySet()));
      return Optional.of(target);
    }
  }

  private static Optional<String> typeOrSize(FlowConfig.Ingest limits, Asset file) {
    String type = file.file() == null ? null : file.file().mediaType();
    if (type == null || !limits.types().contains(type)) {
      return Optional.of(
          "unsupported type "
              + type
              + " (accepted: "
              + String.join(", ", new java.util.TreeSet<>(limits.types()))
              + ")");
    }
    Long size = file.file().size();
    if (size != null && size > limits.maxBytes()) {
      return Optional.of(
          "size " + size + " bytes is over the " + limits.maxBytes() + "-byte limit");
    }
    return Optional.empty();
  }

  private static Optional<String> refuse(
      AssetStep.AuditTrail audit,
      List<String> problems,
      String fileRef,
      String name,
      String reason) {
    problems.add(name + ": " + reason);
    audit.addFor(fileRef, "rejected", null, "rejected", reason);
    return Optional.empty();
  }
}
