package io.assetbridge.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.assetbridge.app.admin.SearchAnswer;
import io.assetbridge.app.admin.SearchRequest;
import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.core.search.FederatedSearch;
import io.assetbridge.core.search.SearchResult;
import io.assetbridge.spi.SearchQuery;
import io.assetbridge.store.Store;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search QUERY}: federated search, one row per real asset. Notes on slow or failed systems
 * go to stderr (and into the JSON); partial results still exit 0, no system answering exits 1.
 */
@Command(
    name = "search",
    description = "Search every connection that can search, at once; one row per real asset.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "QUERY",
      description = "free text; \"\" to search by filters alone")
  String text;

  @Mixin ConfigOption config;

  @Option(names = "--status", description = "draft, in_review, approved, archived or expired")
  String status;

  @Option(
      names = "--expiring-before",
      paramLabel = "T",
      description =
          "rights expiring before this date or instant (2026-03-01, 2026-03-01T12:00:00Z)")
  String expiringBefore;

  @Option(names = "--keyword", description = "one of the asset's keywords, whole, any case")
  String keyword;

  @Option(names = "--campaign", description = "the asset's campaign tag, whole, any case")
  String campaign;

  @Option(names = "--limit", paramLabel = "N", description = "rows at most (default 50)")
  String limit;

  @Option(names = "--json", description = "print the answer as JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchQuery query;
    try {
      query = SearchRequest.parse(text, status, expiringBefore, keyword, campaign, limit);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    EngineConfig cfg = config.load();
    InstantSource clock = InstantSource.system();
    try (ConnectorRegistry connectors = ConnectorRegistry.create(cfg, clock);
        Store store = Store.open(cfg.store(), clock)) {
      FederatedSearch search;
      try {
        search = FederatedSearch.of(connectors, store, cfg.search());
      } catch (IllegalArgumentException e) {
        throw new ConfigException(cfg.file() + ": " + e.getMessage());
      }
      return print(search.search(query));
    }
  }

  private int print(SearchResult result) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchAnswer answer = SearchAnswer.of(result);
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(answer));
    } else {
      new SearchTable(out).print(answer);
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    result.notes().forEach(n -> err.println("note: " + n));
    err.flush();
    return result.answered().isEmpty() ? Main.FAILED : 0;
  }
}
