package io.assetbridge.connector.photoshelter.write;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Canonical field names this connector writes, and the IPTC key each text field goes to (§10). */
public final class WritableFields {
  private WritableFields() {}

  public static final String TAG_PREFIX = "tag:";

  /** {@code iptc:<key>} writes any v3 IPTC key (§4) as text, e.g. iptc:edit_status. */
  public static final String IPTC_PREFIX = "iptc:";

  public static final Set<String> IPTC_KEYS =
      Set.of(
          "title",
          "edit_status",
          "urgency",
          "category",
          "keyword",
          "instructions",
          "author",
          "position",
          "city",
          "state",
          "country",
          "country_iso",
          "headline",
          "trans_ref",
          "credit",
          "source",
          "copyright",
          "caption",
          "caption_writer",
          "filename",
          "ci_city",
          "ci_country",
          "ci_address",
          "ci_postal_code",
          "ci_region",
          "ci_email",
          "ci_phone",
          "ci_url",
          "genre",
          "location",
          "rights",
          "scene",
          "subject_code",
          "web_statement",
          "publish_date",
          "sdate");

  /** Canonical name → v3/v4 IPTC key. */
  public static final Map<String, String> IPTC = iptc();

  public static final Set<String> OTHERS =
      Set.of(
          "expiresAt",
          "embargoUntil",
          "territories",
          "status",
          "rating",
          "modelRelease",
          "propertyRelease",
          "gallery",
          "tags");

  public static Set<String> names(Set<String> configuredTags) {
    Set<String> all = new TreeSet<>(IPTC.keySet());
    all.addAll(OTHERS);
    configuredTags.forEach(t -> all.add(TAG_PREFIX + t));
    return all;
  }

  public static boolean known(String name) {
    return IPTC.containsKey(name)
        || OTHERS.contains(name)
        || name.startsWith(TAG_PREFIX)
        || (name.startsWith(IPTC_PREFIX)
            && IPTC_KEYS.contains(name.substring(IPTC_PREFIX.length())));
  }

  private static Map<String, String> iptc() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("title", "title");
    m.put("caption", "caption");
    m.put("headline", "headline");
    m.put("byline", "author");
    m.put("credit", "credit");
    m.put("copyright", "copyright");
    m.put("source", "source");
    m.put("keywords", "keyword");
    m.put("usageTerms", "rights");
    m.put("externalKey", "trans_ref");
    return java.util.Collections.unmodifiableMap(m);
  }
}
