package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.http.FieldReader;
import java.util.List;

/**
 * Applies JSON members to metadata with §5's limits, as creation and JSON Merge Patch both need: a
 * member left out keeps its value, {@code null} clears it (a list becomes []).
 */
public final class MetadataFields {
  public static final List<String> NAMES =
      List.of(
          "title",
          "caption",
          "keywords",
          "credit",
          "copyright",
          "usageTerms",
          "embargoUntil",
          "expiresAt",
          "territories",
          "tags");

  private MetadataFields() {}

  public static Metadata apply(Metadata base, FieldReader r) {
    return new Metadata(
        r.has("title") ? r.text("title", 500) : base.title(),
        r.has("caption") ? r.text("caption", 10_000) : base.caption(),
        r.has("keywords") ? keep(r.texts("keywords", 200, 100), base.keywords()) : base.keywords(),
        r.has("credit") ? r.text("credit", 500) : base.credit(),
        r.has("copyright") ? r.text("copyright", 500) : base.copyright(),
        r.has("usageTerms") ? r.text("usageTerms", 10_000) : base.usageTerms(),
        r.has("embargoUntil") ? r.instant("embargoUntil") : base.embargoUntil(),
        r.has("expiresAt") ? r.instant("expiresAt") : base.expiresAt(),
        r.has("territories")
            ? keep(r.texts("territories", 300, 100), base.territories())
            : base.territories(),
        r.has("tags") ? Tags.merge(base.tags(), r) : base.tags());
  }

  /** An invalid list has already been reported; keep the old one so the result stays whole. */
  private static List<String> keep(List<String> read, List<String> old) {
    return read == null ? old : read;
  }
}
