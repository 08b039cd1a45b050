package io.assetbridge.spi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical record of an asset, as DESIGN.md "The canonical asset" defines it. Every connector
 * reads into it; conditions and mappings see it as {@code asset}. {@code version} is the platform's
 * version or modification stamp that keys events and links.
 */
public record Asset(
    Ref ref,
    FileFacts file,
    String title,
    String caption,
    String headline,
    String byline,
    String credit,
    String copyright,
    String source,
    List<String> keywords,
    Rights rights,
    AssetStatus status,
    Integer rating,
    Map<String, List<String>> tags,
    List<CollectionRef> collections,
    String externalKey,
    Instant createdAt,
    Instant modifiedAt,
    Instant capturedAt,
    String version,
    Map<String, Object> fields) {

  public Asset {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    rights = rights == null ? Rights.NONE : rights;
    tags = tags == null ? Map.of() : copyTags(tags);
    collections = collections == null ? List.of() : List.copyOf(collections);
    fields =
        fields == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  private static Map<String, List<String>> copyTags(Map<String, List<String>> tags) {
    var copy = new LinkedHashMap<String, List<String>>();
    tags.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  public static AssetBuilder builder(Ref ref) {
    return new AssetBuilder(ref);
  }
}
