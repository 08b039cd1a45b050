package io.assetbridge.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds an {@link Asset}; connectors fill what their platform has and leave the rest null. */
public final class AssetBuilder {
  private final Ref ref;
  private FileFacts file;
  private String title, caption, headline, byline, credit, copyright, source;
  private List<String> keywords = new ArrayList<>();
  private Rights rights = Rights.NONE;
  private AssetStatus status;
  private Integer rating;
  private final Map<String, List<String>> tags = new LinkedHashMap<>();
  private List<CollectionRef> collections = new ArrayList<>();
  private String externalKey, version;
  private Instant createdAt, modifiedAt, capturedAt;
  private final Map<String, Object> fields = new LinkedHashMap<>();

  AssetBuilder(Ref ref) {
    this.ref = ref;
  }

  public AssetBuilder file(FileFacts file) {
    this.file = file;
    return this;
  }

  public AssetBuilder title(String v) {
    this.title = v;
    return this;
  }

  public AssetBuilder caption(String v) {
    this.caption = v;
    return this;
  }

  public AssetBuilder headline(String v) {
    this.headline = v;
    return this;
  }

  public AssetBuilder byline(String v) {
    this.byline = v;
    return this;
  }

  public AssetBuilder credit(String v) {
    this.credit = v;
    return this;
  }

  public AssetBuilder copyright(String v) {
    this.copyright = v;
    return this;
  }

  public AssetBuilder source(String v) {
    this.source = v;
    return this;
  }

  public AssetBuilder keywords(List<String> v) {
    this.keywords = new ArrayList<>(v);
    return this;
  }

  public AssetBuilder rights(Rights v) {
    this.rights = v;
    return this;
  }

  public AssetBuilder status(AssetStatus v) {
    this.status = v;
    return this;
  }

  public AssetBuilder rating(Integer v) {
    this.rating = v;
    return this;
  }

  public AssetBuilder tag(String name, List<String> values) {
    tags.put(name, List.copyOf(values));
    return this;
  }

  public AssetBuilder collections(List<CollectionRef> v) {
    this.collections = new ArrayList<>(v);
    return this;
  }

  public AssetBuilder externalKey(String v) {
    this.externalKey = v;
    return this;
  }

  public AssetBuilder version(String v) {
    this.version = v;
    return this;
  }

  public AssetBuilder createdAt(Instant v) {
    this.createdAt = v;
    return this;
  }

  public AssetBuilder modifiedAt(Instant v) {
    this.modifiedAt = v;
    return this;
  }

  public AssetBuilder capturedAt(Instant v) {
    this.capturedAt = v;
    return this;
  }

  public AssetBuilder field(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  public Asset build() {
    return new Asset(
        ref,
        file,
        title,
        caption,
        headline,
        byline,
        credit,
        copyright,
        source,
        keywords,
        rights,
        status,
        rating,
        tags,
        collections,
        externalKey,
        createdAt,
        modifiedAt,
        capturedAt,
        version,
        fields);
  }
}
