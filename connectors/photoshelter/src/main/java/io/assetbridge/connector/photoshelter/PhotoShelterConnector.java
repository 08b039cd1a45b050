package io.assetbridge.connector.photoshelter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.connector.photoshelter.catalog.CustomFieldCatalog;
import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.connector.photoshelter.changes.ApprovalRescan;
import io.assetbridge.connector.photoshelter.changes.ChangePoll;
import io.assetbridge.connector.photoshelter.changes.PollCursor;
import io.assetbridge.connector.photoshelter.client.AnswerReader;
import io.assetbridge.connector.photoshelter.client.MediaSearch;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.connector.photoshelter.client.PsSession;
import io.assetbridge.connector.photoshelter.client.PsTransport;
import io.assetbridge.connector.photoshelter.client.Redaction;
import io.assetbridge.connector.photoshelter.read.AssetMapping;
import io.assetbridge.connector.photoshelter.read.AssetReading;
import io.assetbridge.connector.photoshelter.read.ContentDownload;
import io.assetbridge.connector.photoshelter.search.ImageSearch;
import io.assetbridge.connector.photoshelter.write.AssetWriting;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.AssetSearch;
import io.assetbridge.spi.AssetWriter;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.CollectionWriter;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.SearchQuery;
import io.assetbridge.spi.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A PhotoShelter for Brands connection (contract shared/api/photoshelter.md): reads images, lists
 * changes by polling, and writes images idempotently by external key. A facade over the feature
 * packages; one instance per connection, safe for parallel workers.
 */
public final class PhotoShelterConnector
    implements AssetReader, ChangeSource, AssetWriter, CollectionWriter, AssetSearch {
  private final PhotoShelterSettings settings;
  private final PsSession session;
  private final PsClient client;
  private final AssetReading reading;
  private final ContentDownload download;
  private final ChangePoll poll;
  private final AssetWriting writing;
  private final ImageSearch imageSearch;

  public PhotoShelterConnector(PhotoShelterSettings settings) {
    this.settings = settings;
    ObjectMapper json = new ObjectMapper();
    PsTransport transport =
        new PsTransport(
            new PlatformHttp(settings.connection(), settings.baseUrl(), settings.limits()),
            settings.apiKey(),
            new AnswerReader(json, redaction(settings)));
    this.session = new PsSession(transport, settings.login());
    this.client = new PsClient(transport, session);
    CustomFieldCatalog catalog = new CustomFieldCatalog(client);
    GalleryDirectory galleries = new GalleryDirectory(client);
    MediaSearch search = new MediaSearch(client);
    this.reading = new AssetReading(client, new AssetMapping(settings.approval(), settings.tags()));
    this.imageSearch =
        new ImageSearch(search, reading, settings.approval(), settings.tags(), catalog, galleries);
    this.download = new ContentDownload(client);
    ApprovalRescan rescan =
        settings.approval().rescan()
            ? new ApprovalRescan(
                settings.connection(), settings.approval(), search, catalog, galleries)
            : null;
    this.poll =
        new ChangePoll(
            settings.connection(),
            search,
            rescan,
            settings.startAt(),
            settings.overlap(),
            settings.clock());
    this.writing =
        new AssetWriting(
            client,
            json,
            settings.approval(),
            settings.tags(),
            catalog,
            galleries,
            settings.uploadGallery());
  }

  private static Redaction redaction(PhotoShelterSettings s) {
    return new Redaction(
        Stream.of(s.apiKey(), s.login().password(), s.login().oauthToken())
            .filter(java.util.Objects::nonNull)
            .map(Secret::reveal)
            .toList());
  }

  @Override
  public String connectionName() {
    return settings.connection();
  }

  /** Logs in (unless a session is open) and reads the session facts once. */
  @Override
  public void testConnection() {
    client.v3Get("/psapi/v3/mem/user/session", io.assetbridge.connector.http.Query.of());
  }

  @Override
  public Asset read(String id) {
    return reading.read(id);
  }

  @Override
  public AssetContent openContent(String id) {
    return download.open(id);
  }

  @Override
  public ChangeBatch changesSince(String cursor) {
    return poll.since(cursor);
  }

  @Override
  public String cursorAt(Instant since) {
    return new PollCursor(since, true).text();
  }

  /**
   * Text as v4 search's {@code terms}; status, keyword and campaign filtered by search where it
   * can, expiry and the rest checked on each image read back (see the search package).
   */
  @Override
  public List<Asset> search(SearchQuery query) {
    return imageSearch.search(query);
  }

  @Override
  public Set<String> writableFields() {
    return writing.writableFields();
  }

  @Override
  public boolean canWrite(String field) {
    return io.assetbridge.connector.photoshelter.write.WritableFields.known(field);
  }

  @Override
  public Optional<String> findByExternalKey(String externalKey) {
    return writing.findByExternalKey(externalKey);
  }

  @Override
  public String create(NewAsset asset, AssetContent content) {
    return writing.create(asset, content);
  }

  @Override
  public void update(String id, Map<String, Object> changedFields) {
    writing.update(id, changedFields);
  }

  @Override
  public void addToCollection(String assetId, String collection) {
    writing.update(assetId, Map.of("gallery", collection));
  }

  @Override
  public void removeFromCollection(String assetId, String collection) {
    writing.removeFromGallery(assetId, collection);
  }

  /** Logs out, because concurrent sessions per user are capped (§2). */
  @Override
  public void close() {
    session.logout();
  }

  @Override
  public String toString() {
    return "PhotoShelterConnector[" + settings.connection() + "]";
  }
}
