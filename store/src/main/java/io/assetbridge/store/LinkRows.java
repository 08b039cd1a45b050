package io.assetbridge.store;

import io.assetbridge.store.internal.Columns;
import io.assetbridge.store.internal.Sql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads links with their field fingerprints: one query for the links, one per 500 for fields. */
final class LinkRows {
  static final String SELECT =
      "SELECT id, flow, source_ref, target_ref, source_version, created_at, updated_at FROM links";
  private static final int CHUNK = 500;

  private record Field(long linkId, String name, String fingerprint) {}

  private LinkRows() {}

  static List<Link> read(Sql sql, String where, Object... params) {
    List<Link> bare =
        sql.list(
            SELECT + where,
            row ->
                new Link(
                    row.getLong("id"),
                    row.getString("flow"),
                    row.getString("source_ref"),
                    row.getString("target_ref"),
                    row.getString("source_version"),
                    Map.of(),
                    Columns.instant(row, "created_at"),
                    Columns.instant(row, "updated_at")),
            params);
    Map<Long, Map<String, String>> fields = fingerprints(sql, bare);
    return bare.stream().map(link -> withFields(link, fields.get(link.id()))).toList();
  }

  private static Map<Long, Map<String, String>> fingerprints(Sql sql, List<Link> links) {
    Map<Long, Map<String, String>> fields = new HashMap<>();
    List<Object> ids = new ArrayList<>(links.stream().map(Link::id).toList());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      sql.stream(
          "SELECT link_id, field, fingerprint FROM link_fields WHERE link_id IN (" + marks + ")",
          0,
          row -> new Field(row.getLong(1), row.getString(2), row.getString(3)),
          field ->
              fields
                  .computeIfAbsent(field.linkId(), id -> new TreeMap<>())
                  .put(field.name(), field.fingerprint()),
          chunk.toArray());
    }
    return fields;
  }

  private static Link withFields(Link link, Map<String, String> fields) {
    Map<String, String> fingerprints =
        fields == null ? Map.of() : Collections.unmodifiableMap(fields);
    return new Link(
        link.id(),
        link.flow(),
        link.sourceRef(),
        link.targetRef(),
        link.sourceVersion(),
        fingerprints,
        link.createdAt(),
        link.updatedAt());
  }
}
