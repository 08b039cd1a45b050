package io.assetbridge.emulator.photoshelter.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The v3 IPTC key set, in the contract's order. */
public final class IptcKeys {

  public static final List<String> ALL =
      List.of(
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

  private IptcKeys() {}

  /** A full record with every key empty, then {@code values} on top. */
  public static Map<String, String> complete(Map<String, String> values) {
    Map<String, String> record = new LinkedHashMap<>();
    ALL.forEach(key -> record.put(key, values.getOrDefault(key, "")));
    return record;
  }

  public static boolean isKey(String key) {
    return ALL.contains(key);
  }
}
