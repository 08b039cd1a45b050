package io.assetbridge.core.expr;

import io.assetbridge.spi.DistributionStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A distribution as CEL sees it: the platform's fields, counts per delivery status, the publication
 * URLs, and a one-line summary a person can read in a metadata field.
 */
final class DistributionView {
  private static final List<String> STATUSES =
      List.of("pending", "delivered", "downloaded", "published", "failed");

  private DistributionView() {}

  static Map<String, Object> of(DistributionStory s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("status", s.status());
    m.put("list", s.list());
    m.put("channel", s.channel());
    m.put("rendition", s.rendition());
    m.put("createdAt", s.createdAt());
    m.put("completedAt", s.completedAt());
    m.put("deliveries", s.deliveries().stream().map(DistributionView::delivery).toList());
    m.put("counts", counts(s));
    m.put(
        "recipients", s.deliveries().stream().map(DistributionStory.Delivery::recipient).toList());
    m.put(
        "publications",
        s.deliveries().stream()
            .map(DistributionStory.Delivery::publicationUrl)
            .filter(u -> u != null)
            .toList());
    m.put("summary", summary(s));
    return m;
  }

  private static Map<String, Object> delivery(DistributionStory.Delivery d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recipient", d.recipient());
    m.put("status", d.status());
    m.put("updatedAt", d.updatedAt());
    m.put("failureReason", d.failureReason());
    m.put("publicationUrl", d.publicationUrl());
    m.put("outlet", d.outlet());
    m.put("publishedAt", d.publishedAt());
    return m;
  }

  private static Map<String, Object> counts(DistributionStory s) {
    Map<String, Object> counts = new LinkedHashMap<>();
    STATUSES.forEach(
        st -> counts.put(st, s.deliveries().stream().filter(d -> st.equals(d.status())).count()));
    return counts;
  }

  /** e.g. "sent: Example Daily published https://…; Northern Herald delivered". */
  static String summary(DistributionStory s) {
    List<String> parts = new ArrayList<>();
    for (DistributionStory.Delivery d : s.deliveries()) {
      String detail =
          d.publicationUrl() != null
              ? " " + d.publicationUrl()
              : d.failureReason() != null ? " (" + d.failureReason() + ")" : "";
      parts.add(d.recipient() + " " + d.status() + detail);
    }
    return s.status() + ": " + parts.stream().collect(Collectors.joining("; "));
  }
}
