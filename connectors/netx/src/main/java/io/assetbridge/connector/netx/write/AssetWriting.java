package io.assetbridge.connector.netx.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.netx.AttributeLabels;
import io.assetbridge.connector.netx.client.Criteria;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.connector.netx.client.Options;
import io.assetbridge.connector.netx.read.Attributes;
import io.assetbridge.spi.PermanentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Lookup by external key and metadata updates that send only what differs (netx.md §4, §7). */
public final class AssetWriting {
  private final NetxApi api;
  private final AttributeLabels labels;
  private final FieldValues values;

  public AssetWriting(NetxApi api, AttributeLabels labels) {
    this.api = api;
    this.labels = labels;
    this.values = new FieldValues(labels);
  }

  /** The oldest asset whose external-key attribute equals {@code key} exactly. */
  public Optional<String> findByExternalKey(String key) {
    JsonNode hits =
        api.query(
            List.of(Criteria.exactAttribute(labels.externalKey(), key)),
            Options.page(0, NetxApi.PAGE_SIZE, "assetId", "asc"));
    for (JsonNode a : hits) {
      if (new Attributes(a.path("attributes")).values(labels.externalKey()).contains(key)) {
        return Optional.of(a.path("id").asText());
      }
    }
    return Optional.empty();
  }

  /** Sends the fields that differ from the asset as read now; nothing when all are equal. */
  public void update(long id, Map<String, Object> fields) {
    JsonNode current =
        api.asset(id).orElseThrow(() -> new PermanentException("netx asset " + id + " is gone"));
    Map<String, Object> change = diff(current, fields);
    if (change.size() > 1) {
      api.update(change);
    }
    if (fields.get(FieldValues.FOLDER) != null) {
      placeInFolder(id, fields.get(FieldValues.FOLDER).toString());
    }
  }

  private Map<String, Object> diff(JsonNode current, Map<String, Object> fields) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("id", current.path("id").asLong());
    // NetX has no empty name, so a null title leaves the name as it is
    if (fields.get("title") != null
        && !Objects.equals(fields.get("title"), current.path("name").asText(null))) {
      change.put("name", fields.get("title"));
    }
    List<String> keywords = FieldValues.list(fields.get("keywords"));
    if (fields.containsKey("keywords") && !keywords.equals(strings(current.path("keywords")))) {
      change.put("keywords", keywords);
    }
    Attributes now = new Attributes(current.path("attributes"));
    Map<String, List<String>> attrs = new LinkedHashMap<>();
    values
        .attributes(fields)
        .forEach(
            (label, v) -> {
              if (!v.equals(now.values(label))) {
                attrs.put(label, v);
              }
            });
    if (!attrs.isEmpty()) {
      change.put("attributes", attrs);
    }
    return change;
  }

  /** Adds the asset to the folder at {@code path}, creating the folder when missing. */
  public long placeInFolder(long id, String path) {
    long folderId = folderFor(path);
    api.addToFolder(id, folderId);
    return folderId;
  }

  public long folderFor(String path) {
    return api.folderId(path).orElseGet(() -> api.createFolder(path));
  }

  private static List<String> strings(JsonNode list) {
    return list.isArray()
        ? java.util.stream.StreamSupport.stream(list.spliterator(), false)
            .map(JsonNode::asText)
            .toList()
        : List.of();
  }
}
