package io.assetbridge.core.engine;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.AssetWriter;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorProvider;
import io.assetbridge.spi.DistributionReceipt;
import io.assetbridge.spi.DistributionRequest;
import io.assetbridge.spi.Distributor;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.RetryableException;
import io.assetbridge.spi.Rights;
import io.assetbridge.spi.SettingDef;
import io.assetbridge.spi.SettingType;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connector written from SPI types only (Kafka Connect's habit): an in-memory platform that is
 * both source and target, with a log of writes to assert on and failures to inject.
 */
public final class ToyPlatform implements AssetReader, ChangeSource, AssetWriter, Distributor {
  /** Every toy connection by name, so a test can reach the one the engine built. */
  public static final Map<String, ToyPlatform> BY_NAME = new ConcurrentHashMap<>();

  private final String name;
  final Map<String, Asset> assets = new ConcurrentHashMap<>();
  final Map<String, Map<String, Object>> written = new ConcurrentHashMap<>();
  final List<String> writes = java.util.Collections.synchronizedList(new ArrayList<>());
  final Map<String, String> distributions = new ConcurrentHashMap<>();
  final AtomicInteger failuresToInject = new AtomicInteger();
  volatile boolean permanentFailure;
  private final AtomicInteger ids = new AtomicInteger();

  ToyPlatform(String name) {
    this.name = name;
  }

  /** Puts or edits a source asset; its version is the edit count. */
  void put(String id, String title, AssetStatus status, String region, int version) {
    assets.put(
        id,
        Asset.builder(new Ref(name, id))
            .title(title)
            .status(status)
            .rights(new Rights("Editorial", null, null, List.of(), null, null))
            .tag("region", List.of(region))
            .version("v" + version)
            .modifiedAt(Instant.ofEpochSecond(version))
            .build());
  }

  @Override
  public String connectionName() {
    return name;
  }

  @Override
  public void testConnection() {}

  @Override
  public Asset read(String id) {
    injectFailure();
    Asset a = assets.get(id);
    if (a == null) {
      throw new PermanentException(name + ": no asset " + id);
    }
    return a;
  }

  private void injectFailure() {
    if (permanentFailure) {
      throw new PermanentException(name + ": refused for good");
    }
    if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new RetryableException(name + ": busy", Duration.ofMillis(10), null);
    }
  }

  @Override
  public AssetContent openContent(String id) {
    return new AssetContent(
        new ByteArrayInputStream(("bytes of " + id).getBytes()), id + ".jpg", "image/jpeg", -1);
  }

  @Override
  public ChangeBatch changesSince(String cursor) {
    long from = cursor == null ? 0 : Long.parseLong(cursor);
    List<Change> changes = new ArrayList<>();
    long max = from;
    for (Asset a : assets.values()) {
      long v = a.modifiedAt().getEpochSecond();
      if (v > from) {
        changes.add(new Change(name, a.ref().id(), a.version(), "asset.updated", a.modifiedAt()));
        max = Math.max(max, v);
      }
    }
    return new ChangeBatch(changes, Long.toString(max));
  }

  @Override
  public String cursorAt(Instant since) {
    return Long.toString(since.getEpochSecond() - 1);
  }

  @Override
  public Set<String> writableFields() {
    return Set.of("title", "tags", "region");
  }

  @Override
  public Optional<String> findByExternalKey(String externalKey) {
    return written.entrySet().stream()
        .filter(e -> externalKey.equals(e.getValue().get("externalKey")))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  @Override
  public String create(NewAsset asset, AssetContent content) {
    String id = "t" + ids.incrementAndGet();
    var fields = new LinkedHashMap<String, Object>(asset.fields());
    fields.put("externalKey", asset.externalKey());
    written.put(id, fields);
    writes.add("create " + id + " " + asset.fields().keySet());
    return id;
  }

  @Override
  public void update(String id, Map<String, Object> changedFields) {
    written.get(id).putAll(changedFields);
    writes.add("update " + id + " " + changedFields.keySet());
  }

  @Override
  public DistributionReceipt distribute(DistributionRequest request) {
    String id =
        distributions.computeIfAbsent(request.idempotencyKey(), k -> "d" + distributions.size());
    writes.add("distribute " + request.assetId() + " to " + request.list());
    return new DistributionReceipt(id, "queued", 1);
  }

  @Override
  public DistributionReceipt readDistribution(String id) {
    return new DistributionReceipt(id, "queued", 1);
  }

  /** Registered in META-INF/services for the engine's ServiceLoader. */
  public static final class Provider implements ConnectorProvider {
    @Override
    public String type() {
      return "toy";
    }

    @Override
    public List<SettingDef> settings() {
      return List.of(SettingDef.optional("note", SettingType.STRING, null, "anything"));
    }

    @Override
    public Connector create(ConnectionSettings settings) {
      var toy = new ToyPlatform(settings.name());
      BY_NAME.put(settings.name(), toy);
      return toy;
    }
  }
}
