package io.assetbridge.emulator.netx.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.Catalog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Evaluates a query array strictly left to right with no precedence, as contract §5 assumes: {@code
 * and} intersects, {@code or} unites, {@code not} removes from the running set.
 */
public final class QueryEvaluator {

  private static final List<String> KINDS =
      List.of("exact", "contains", "range", "folder", "subquery");
  private final Catalog catalog;

  public QueryEvaluator(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The matching assets, by id ascending. */
  public List<Asset> matches(JsonNode query) {
    List<Asset> all = catalog.assets();
    Set<Long> hits = evaluate(query, all);
    return all.stream().filter(a -> hits.contains(a.id())).toList();
  }

  private Set<Long> evaluate(JsonNode query, List<Asset> all) {
    if (!query.isArray() || query.isEmpty()) {
      throw new InvalidQuery("query must be a non-empty array of elements");
    }
    Set<Long> running = new LinkedHashSet<>();
    boolean first = true;
    for (JsonNode element : query) {
      Set<Long> matched = elementMatches(element, all);
      String op = element.path("operator").asText("");
      combine(running, matched, op, first, all);
      first = false;
    }
    return running;
  }

  private static void combine(
      Set<Long> running, Set<Long> matched, String op, boolean first, List<Asset> all) {
    switch (op) {
      case "and" -> {
        if (first) running.addAll(matched);
        else running.retainAll(matched);
      }
      case "or" -> running.addAll(matched);
      case "not" -> {
        if (first) all.forEach(a -> running.add(a.id()));
        running.removeAll(matched);
      }
      default -> throw new InvalidQuery("operator must be and, or or not, not '" + op + "'");
    }
  }

  private Set<Long> elementMatches(JsonNode element, List<Asset> all) {
    List<String> kinds = KINDS.stream().filter(element::has).toList();
    if (kinds.size() != 1) {
      throw new InvalidQuery("each element needs exactly one of " + KINDS + ", found " + kinds);
    }
    String kind = kinds.get(0);
    JsonNode body = element.get(kind);
    if (kind.equals("subquery")) {
      return evaluate(body.path("query"), all);
    }
    Predicate<Asset> test = predicate(kind, body);
    Set<Long> out = new LinkedHashSet<>();
    all.stream().filter(test).forEach(a -> out.add(a.id()));
    return out;
  }

  private Predicate<Asset> predicate(String kind, JsonNode body) {
    if (kind.equals("folder")) {
      Set<Long> ids =
          catalog.folderSubtree(
              body.path("folderId").asLong(-1), body.path("recursive").asBoolean(false));
      return a -> a.folderIds().stream().anyMatch(ids::contains);
    }
    Subject subject = Subject.of(body, catalog::hasAttribute);
    return switch (kind) {
      case "exact" -> Criteria.exact(subject, body.path("value"));
      case "contains" -> Criteria.contains(subject, body.path("value"));
      default -> Criteria.range(subject, body);
    };
  }
}
