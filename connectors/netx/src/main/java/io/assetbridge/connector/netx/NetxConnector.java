package io.assetbridge.connector.netx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.connector.netx.changes.ChangePoll;
import io.assetbridge.connector.netx.client.FileTransfer;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.connector.netx.client.RpcClient;
import io.assetbridge.connector.netx.read.AssetMapping;
import io.assetbridge.connector.netx.webhook.WebhookEvents;
import io.assetbridge.connector.netx.webhook.WebhookSignature;
import io.assetbridge.connector.netx.write.AssetCreation;
import io.assetbridge.connector.netx.write.AssetWriting;
import io.assetbridge.connector.netx.write.FieldValues;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.AssetSearch;
import io.assetbridge.spi.AssetWriter;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.SearchQuery;
import io.assetbridge.spi.WebhookIntake;
import io.assetbridge.spi.WebhookRequest;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A NetX connection (contract shared/api/netx.md): reads assets, polls changes by modDate, writes
 * idempotently by external key, takes signed webhooks and searches (federated search). A facade
 * over the feature packages.
 */
public final class NetxConnector
    implements AssetReader, ChangeSource, AssetWriter, WebhookIntake, AssetSearch {
  private final NetxSettings settings;
  private final NetxApi api;
  private final FileTransfer files;
  private final AssetMapping mapping;
  private final ChangePoll poll;
  private final AssetWriting writing;
  private final AssetCreation creation;
  private final WebhookSignature signature;
  private final WebhookEvents events;
  private final NetxSearch search;

  public NetxConnector(NetxSettings settings) {
    this.settings = settings;
    ObjectMapper json = new ObjectMapper();
    RpcClient rpc =
        new RpcClient(
            new PlatformHttp(settings.connection(), settings.baseUrl(), settings.limits()),
            settings.token(),
            json);
    this.api = new NetxApi(rpc);
    this.files = new FileTransfer(rpc);
    this.mapping = new AssetMapping(settings.connection(), settings.labels());
    this.writing = new AssetWriting(api, settings.labels());
    this.poll =
        new ChangePoll(
            settings.connection(), api, this::pollFolder, settings.overlap(), NetxApi.PAGE_SIZE);
    this.creation =
        new AssetCreation(api, files, settings.labels(), writing, settings.uploadFolder());
    this.signature = new WebhookSignature(settings.webhookSecret());
    this.events = new WebhookEvents(settings.connection(), api, json);
    this.search = new NetxSearch(api, mapping, settings.labels());
  }

  @Override
  public String connectionName() {
    return settings.connection();
  }

  @Override
  public void testConnection() {
    api.self();
  }

  @Override
  public Asset read(String id) {
    return mapping.toAsset(fresh(id));
  }

  @Override
  public AssetContent openContent(String id) {
    JsonNode asset = fresh(id);
    String name = asset.path("file").path("name").asText(null);
    HttpResponse<InputStream> r = files.download(asset.path("id").asLong(), name);
    String type = r.headers().firstValue("Content-Type").orElse(null);
    long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new AssetContent(r.body(), name, type, length);
  }

  private JsonNode fresh(String id) {
    long n = numericId(id);
    return api.asset(n)
        .orElseThrow(() -> new PermanentException(settings.connection() + ":" + id + " is gone"));
  }

  @Override
  public ChangeBatch changesSince(String cursor) {
    long from = cursor == null ? settings.startAt().toEpochMilli() : ChangePoll.parseCursor(cursor);
    return poll.since(from);
  }

  @Override
  public String cursorAt(Instant since) {
    return Long.toString(since.toEpochMilli());
  }

  private Long pollFolder() {
    if (settings.folder() == null) {
      return null;
    }
    return api.folderId(settings.folder())
        .orElseThrow(
            () -> new PermanentException("netx folder '" + settings.folder() + "' not found"));
  }

  @Override
  public Set<String> writableFields() {
    return FieldValues.NAMES;
  }

  @Override
  public boolean canWrite(String field) {
    return FieldValues.NAMES.contains(field)
        || (field.startsWith(FieldValues.ATTR_PREFIX)
            && field.length() > FieldValues.ATTR_PREFIX.length());
  }

  @Override
  public Optional<String> findByExternalKey(String externalKey) {
    return writing.findByExternalKey(externalKey);
  }

  @Override
  public String create(NewAsset asset, AssetContent content) {
    return creation.create(asset, content);
  }

  @Override
  public void update(String id, Map<String, Object> changedFields) {
    writing.update(numericId(id), changedFields);
  }

  @Override
  public void verify(WebhookRequest request) {
    signature.verify(request);
  }

  @Override
  public List<Change> parse(WebhookRequest request) {
    return events.parse(request);
  }

  /** Assets whose name, file name or keywords contain {@code query}, newest first. */
  public List<Asset> search(String query, int limit) {
    return search.search(new SearchQuery(query, null, null, null, null, limit));
  }

  /**
   * Text as in {@link #search(String, int)}; status, keyword, campaign and expiry filtered by the
   * query itself, newest first.
   */
  @Override
  public List<Asset> search(SearchQuery query) {
    return search.search(query);
  }

  private long numericId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new PermanentException("'" + id + "' is not a NetX asset id", e);
    }
  }
}
