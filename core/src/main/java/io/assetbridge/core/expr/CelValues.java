package io.assetbridge.core.expr;

import com.google.protobuf.Timestamp;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.DistributionStory;
import io.assetbridge.spi.FileFacts;
import io.assetbridge.spi.Rights;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Java values and CEL's: the asset becomes nested maps (ints as long, instants as
 * timestamps, absent values as CEL null), and results come back as String, Long, Double, Boolean,
 * Instant, List, Map or null.
 */
public final class CelValues {
  private CelValues() {}

  public static Map<String, Object> variables(Asset asset, Instant now) {
    return variables(asset, now, List.of());
  }

  /** With the asset's distributions, oldest first; {@code distribution} is the latest or null. */
  public static Map<String, Object> variables(
      Asset asset, Instant now, List<DistributionStory> stories) {
    List<Map<String, Object>> all = stories.stream().map(DistributionView::of).toList();
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("asset", assetMap(asset));
    vars.put("now", timestamp(now));
    vars.put("distributions", toCel(all));
    vars.put("target", com.google.protobuf.NullValue.NULL_VALUE);
    vars.put(
        "distribution",
        all.isEmpty() ? com.google.protobuf.NullValue.NULL_VALUE : toCel(all.get(all.size() - 1)));
    return vars;
  }

  static Map<String, Object> assetMap(Asset a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ref", a.ref().toString());
    m.put("file", file(a.file()));
    m.put("title", a.title());
    m.put("caption", a.caption());
    m.put("headline", a.headline());
    m.put("byline", a.byline());
    m.put("credit", a.credit());
    m.put("copyright", a.copyright());
    m.put("source", a.source());
    m.put("keywords", a.keywords());
    m.put("rights", rights(a.rights()));
    m.put("status", a.status() == null ? null : a.status().name());
    m.put("rating", a.rating());
    m.put("tags", a.tags());
    m.put(
        "collections",
        a.collections().stream()
            .map(c -> mapOf("id", c.id(), "name", c.name(), "path", c.path()))
            .toList());
    m.put("externalKey", a.externalKey());
    m.put("createdAt", a.createdAt());
    m.put("modifiedAt", a.modifiedAt());
    m.put("capturedAt", a.capturedAt());
    m.put("fields", a.fields());
    return toCel(m);
  }

  private static Map<String, Object> file(FileFacts f) {
    if (f == null) {
      return mapOf("name", null, "size", null, "width", null, "height", null, "mediaType", null);
    }
    return mapOf(
        "name",
        f.name(),
        "size",
        f.size(),
        "width",
        f.width(),
        "height",
        f.height(),
        "mediaType",
        f.mediaType());
  }

  private static Map<String, Object> rights(Rights r) {
    Map<String, Object> m =
        mapOf(
            "usageTerms",
            r.usageTerms(),
            "expiresAt",
            r.expiresAt(),
            "embargoUntil",
            r.embargoUntil());
    m.put("territories", r.territories());
    m.put("modelRelease", r.modelRelease());
    m.put("propertyRelease", r.propertyRelease());
    return m;
  }

  private static Map<String, Object> mapOf(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static <T> T toCel(Object value) {
    Object out =
        switch (value) {
          case null -> com.google.protobuf.NullValue.NULL_VALUE;
          case Integer i -> i.longValue();
          case Instant t -> timestamp(t);
          case Map<?, ?> map -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), toCel(v)));
            yield copy;
          }
          case List<?> list -> list.stream().map(CelValues::toCel).toList();
          default -> value;
        };
    return (T) out;
  }

  static Timestamp timestamp(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  static Object toJava(Object value) {
    return switch (value) {
      case null -> null;
      case com.google.protobuf.NullValue n -> null;
      case Timestamp t -> Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
      case Map<?, ?> map -> {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), toJava(v)));
        yield copy;
      }
      case List<?> list -> {
        List<Object> copy = new ArrayList<>();
        list.forEach(v -> copy.add(toJava(v)));
        yield copy;
      }
      default -> value;
    };
  }
}
