package io.assetbridge.connector.vip;

import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.connector.vip.internal.api.Json;
import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.connector.vip.internal.assets.AssetCatalog;
import io.assetbridge.connector.vip.internal.assets.AssetFields;
import io.assetbridge.connector.vip.internal.assets.Renditions;
import io.assetbridge.connector.vip.internal.distribution.Distributions;
import io.assetbridge.connector.vip.internal.events.EventFeed;
import io.assetbridge.connector.vip.internal.events.EventMapping;
import io.assetbridge.connector.vip.internal.events.WebhookVerifier;
import io.assetbridge.connector.vip.internal.submissions.Submissions;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetWriter;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.DeliveryReader;
import io.assetbridge.spi.DistributionReceipt;
import io.assetbridge.spi.DistributionRequest;
import io.assetbridge.spi.DistributionStory;
import io.assetbridge.spi.Distributor;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RenditionWriter;
import io.assetbridge.spi.SubmissionSource;
import io.assetbridge.spi.WebhookIntake;
import io.assetbridge.spi.WebhookRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A connection to VIP (contract {@code shared/api/vip.md}): reads and writes assets, distributes
 * them, takes its signed webhooks and polls its event feed. A facade: each capability lives in its
 * own class under {@code internal}. Asset ids are VIP asset ids ({@code ast_1001}) or, for inbound
 * files, {@code <submissionId>/<fileId>}.
 */
public final class VipConnector
    implements SubmissionSource,
        AssetWriter,
        RenditionWriter,
        ChangeSource,
        Distributor,
        DeliveryReader,
        WebhookIntake {
  private final VipSettings settings;
  private final VipApi api;
  private final AssetCatalog assets;
  private final Renditions renditions;
  private final Distributions distributions;
  private final Submissions submissions;
  private final EventFeed feed;
  private final EventMapping events;
  private final WebhookVerifier webhooks;

  public VipConnector(VipSettings settings) {
    String name = settings.connection();
    this.settings = settings;
    this.api =
        new VipApi(new PlatformHttp(name, settings.apiBase(), settings.limits()), settings.token());
    this.assets = new AssetCatalog(api, name);
    this.renditions = new Renditions(api);
    this.distributions = new Distributions(api, settings.clock(), name);
    this.submissions = new Submissions(api, name);
    this.feed = new EventFeed(api, name);
    this.events = new EventMapping(name);
    this.webhooks =
        new WebhookVerifier(
            settings.webhookSecrets(), settings.webhookTolerance(), settings.clock(), name);
  }

  @Override
  public String connectionName() {
    return settings.connection();
  }

  /** One cheap authenticated call; a rejected token says which setting to check. */
  @Override
  public void testConnection() {
    api.get("/lists?limit=1").json();
  }

  // --- AssetWriter ---

  @Override
  public Set<String> writableFields() {
    return AssetFields.WRITABLE;
  }

  @Override
  public Optional<String> findByExternalKey(String externalKey) {
    return assets.findByExternalRef(externalKey);
  }

  @Override
  public String create(NewAsset asset, AssetContent content) {
    return assets.create(asset, content);
  }

  @Override
  public void update(String id, Map<String, Object> changedFields) {
    assets.update(id, changedFields);
  }

  // --- AssetReader ---

  @Override
  public Asset read(String id) {
    return Submissions.isFileId(id) ? submissions.read(id) : assets.read(id);
  }

  @Override
  public AssetContent openContent(String id) {
    return Submissions.isFileId(id) ? submissions.openContent(id) : assets.openContent(id);
  }

  // --- Distributor ---

  @Override
  public DistributionReceipt distribute(DistributionRequest request) {
    return distributions.distribute(request);
  }

  @Override
  public DistributionReceipt readDistribution(String distributionId) {
    return distributions.read(distributionId);
  }

  /** Every distribution of the asset, oldest first, with its deliveries. */
  public List<VipDistribution> distributionsWithDetails(String assetId) {
    return distributions.ofAsset(assetId);
  }

  @Override
  public List<DistributionStory> distributionsOf(String assetId) {
    return distributions.ofAsset(assetId).stream().map(VipDistribution::story).toList();
  }

  // --- Renditions and submissions (used by the engine, outside the SPI) ---

  @Override
  public String putRendition(
      String assetId, String name, AssetContent content, String idempotencyKey) {
    return uploadRendition(assetId, name, content, idempotencyKey);
  }

  /** Uploads (or replaces) the named rendition, streamed; returns its id. */
  public String uploadRendition(
      String assetId, String name, AssetContent content, String idempotencyKey) {
    return renditions.upload(assetId, name, content, idempotencyKey);
  }

  public List<VipRendition> listRenditions(String assetId) {
    return renditions.list(assetId);
  }

  /** The submission's files as ids {@link #read} takes, e.g. {@code sub_9/fil_31}. */
  @Override
  public List<String> submissionFiles(String submissionId) {
    return submissions.fileIds(submissionId);
  }

  /** Tells VIP the submission was ingested or rejected; the same ack again is harmless. */
  public void acknowledgeSubmission(SubmissionAck ack) {
    submissions.acknowledge(ack);
  }

  /** The SPI's acknowledgement: file refs are keyed by VIP file id ({@code fil_31}). */
  @Override
  public void acknowledge(String submissionId, Acknowledgement ack) {
    if (!ack.ingested()) {
      acknowledgeSubmission(SubmissionAck.rejected(submissionId, ack.reason()));
      return;
    }
    String first = ack.fileRefs().isEmpty() ? null : ack.fileRefs().values().iterator().next();
    acknowledgeSubmission(SubmissionAck.ingested(submissionId, first, ack.fileRefs()));
  }

  // --- WebhookIntake ---

  /** Verifies on the raw bytes (§10), then maps the one event the body carries. */
  @Override
  public void verify(WebhookRequest request) {
    webhooks.verify(request);
  }

  @Override
  public List<Change> parse(WebhookRequest request) {
    try {
      return events.toChange(Json.MAPPER.readTree(request.body())).stream().toList();
    } catch (IOException | RuntimeException e) {
      throw new PermanentException(
          "VIP webhook for connection "
              + connectionName()
              + " has a malformed event body: "
              + e.getMessage(),
          e);
    }
  }

  // --- ChangeSource ---

  @Override
  public ChangeBatch changesSince(String cursor) {
    return feed.changesSince(cursor);
  }

  /**
   * Always null: VIP's events cannot be addressed by time (§9 takes only an event id), so {@code
   * --since} starts at the oldest event VIP still keeps and the store drops what it already has.
   */
  @Override
  public String cursorAt(Instant since) {
    return null;
  }

  @Override
  public String toString() {
    return "VipConnector[" + connectionName() + "]";
  }
}
