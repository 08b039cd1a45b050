package io.assetbridge.connector.netx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom attribute labels that carry what NetX has no field for (netx.md §7); a connection may
 * rename any of them with its {@code attributes:} setting.
 */
public record AttributeLabels(
    String status,
    String usageTerms,
    String expiry,
    String embargo,
    String territories,
    String externalKey,
    String campaign,
    String category,
    String caption,
    String credit,
    String copyright) {

  public static final List<String> ROLES =
      List.of(
          "status",
          "usageTerms",
          "expiry",
          "embargo",
          "territories",
          "externalKey",
          "campaign",
          "category",
          "caption",
          "credit",
          "copyright");

  public static final AttributeLabels DEFAULTS =
      new AttributeLabels(
          "Asset Status",
          "Usage Rights",
          "License Expiry",
          "Embargo Until",
          "Territories",
          "Source Ref",
          "Campaign Code",
          "Product Category",
          "Caption",
          "Credit",
          "Copyright");

  /** Defaults overridden by the configured roles; an unknown role is a config error. */
  public static AttributeLabels from(Map<String, Object> configured) {
    Map<String, String> m = new LinkedHashMap<>();
    DEFAULTS.asMap().forEach((role, label) -> m.put(role, label.toString()));
    configured.forEach(
        (role, label) -> {
          if (!ROLES.contains(role)) {
            throw new IllegalArgumentException(
                "attributes." + role + " is not a role; use one of " + String.join(", ", ROLES));
          }
          m.put(role, String.valueOf(label));
        });
    return new AttributeLabels(
        m.get("status"),
        m.get("usageTerms"),
        m.get("expiry"),
        m.get("embargo"),
        m.get("territories"),
        m.get("externalKey"),
        m.get("campaign"),
        m.get("category"),
        m.get("caption"),
        m.get("credit"),
        m.get("copyright"));
  }

  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> labels =
        List.of(
            status,
            usageTerms,
            expiry,
            embargo,
            territories,
            externalKey,
            campaign,
            category,
            caption,
            credit,
            copyright);
    for (int i = 0; i < ROLES.size(); i++) {
      m.put(ROLES.get(i), labels.get(i));
    }
    return m;
  }

  /** Whether a canonical field (not a generic tag) reads this label. */
  public boolean claims(String label) {
    return asMap().containsValue(label);
  }
}
