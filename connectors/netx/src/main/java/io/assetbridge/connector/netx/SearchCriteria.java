package io.assetbridge.connector.netx;

import io.assetbridge.connector.netx.client.Criteria;
import io.assetbridge.connector.netx.read.AttributeDates;
import io.assetbridge.spi.SearchQuery;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link SearchQuery} in the query grammar of netx.md §5, all elements joined by {@code and}. */
final class SearchCriteria {
  private static final List<String> TEXT_FIELDS = List.of("name", "fileName", "keywords");
  private final AttributeLabels labels;

  SearchCriteria(AttributeLabels labels) {
    this.labels = labels;
  }

  List<Map<String, Object>> of(SearchQuery q) {
    List<Map<String, Object>> query = new ArrayList<>();
    if (q.text() != null) {
      query.add(Criteria.element("and", "subquery", Map.of("query", textGroup(q.text()))));
    }
    if (q.status() != null) {
      String name = io.assetbridge.connector.netx.write.FieldValues.statusName(q.status());
      query.add(Criteria.exactAttribute(labels.status(), name));
    }
    if (q.keyword() != null) {
      query.add(contains(Map.of("field", "keywords", "value", q.keyword())));
    }
    if (q.campaign() != null) {
      query.add(contains(Map.of("attribute", labels.campaign(), "value", q.campaign())));
    }
    if (q.expiringBefore() != null) {
      query.add(expiringBefore(q.expiringBefore()));
    }
    if (query.isEmpty()) { // the grammar needs one element: every asset has a modDate
      query.add(Criteria.modifiedFrom(0));
    }
    return query;
  }

  private static List<Map<String, Object>> textGroup(String text) {
    List<Map<String, Object>> any = new ArrayList<>();
    for (String field : TEXT_FIELDS) {
      any.add(Criteria.element("or", "contains", Map.of("field", field, "value", text)));
    }
    return any;
  }

  private static Map<String, Object> contains(Map<String, Object> body) {
    return Criteria.element("and", "contains", body);
  }

  /**
   * Expiry date D means D at 00:00Z (§11), so it is before T when D is before T's date, or is T's
   * date and T is past midnight. Attribute ranges compare strings, which orders yyyy-mm-dd.
   */
  private Map<String, Object> expiringBefore(Instant t) {
    boolean midnight = t.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("attribute", labels.expiry());
    body.put("max", AttributeDates.expiryText(t));
    body.put("includeMax", !midnight);
    return Criteria.element("and", "range", body);
  }
}
