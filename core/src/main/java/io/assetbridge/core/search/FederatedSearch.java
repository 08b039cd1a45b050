package io.assetbridge.core.search;

import io.assetbridge.core.config.SearchSettings;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetSearch;
import io.assetbridge.spi.SearchQuery;
import io.assetbridge.store.Store;
import io.assetbridge.store.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Searches every connection that can search, each on its own virtual thread, and answers after at
 * most the timeout with what came back in time: a slow or failing system costs its rows and adds a
 * note, never the whole answer. Rows are merged per real asset ({@link AssetIdentities}) and every
 * hit is checked against the query's filters again, so all systems filter alike.
 */
public final class FederatedSearch {
  private final Map<String, AssetSearch> systems;
  private final Store store;
  private final Duration timeout;

  /** {@code systems} by connection name, in the order rows list their refs. */
  public FederatedSearch(Map<String, AssetSearch> systems, Store store, Duration timeout) {
    if (systems.isEmpty()) {
      throw new IllegalArgumentException(
          "no connection can search; configure a photoshelter or netx connection");
    }
    this.systems = new LinkedHashMap<>(systems);
    this.store = store;
    this.timeout = timeout;
  }

  /** Every configured connection that implements {@link AssetSearch}. */
  public static FederatedSearch of(
      ConnectorRegistry connectors, Store store, SearchSettings settings) {
    Map<String, AssetSearch> systems = new LinkedHashMap<>();
    connectors
        .all()
        .forEach(
            (name, c) -> {
              if (c instanceof AssetSearch s) {
                systems.put(name, s);
              }
            });
    return new FederatedSearch(systems, store, settings.timeout());
  }

  public SearchResult search(SearchQuery query) {
    Map<String, List<Asset>> answers = new LinkedHashMap<>();
    Map<String, String> problems = new LinkedHashMap<>();
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    try {
      Map<String, Future<List<Asset>>> running = new LinkedHashMap<>();
      systems.forEach((name, s) -> running.put(name, pool.submit(() -> s.search(query))));
      long deadline = System.nanoTime() + timeout.toNanos();
      running.forEach((name, f) -> collect(name, f, deadline, answers, problems));
    } finally {
      pool.shutdownNow(); // interrupts the late ones; nobody waits for them
    }
    List<String> notes = notes(problems, answers.keySet());
    List<SearchRow> rows = merge(interleave(answers, query), notes);
    return new SearchResult(
        rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows,
        List.copyOf(answers.keySet()),
        notes);
  }

  /** Without the store the rows still come, one per hit, with a note saying so. */
  private List<SearchRow> merge(List<Asset> hits, List<String> notes) {
    List<String> order = List.copyOf(systems.keySet());
    try {
      return AssetIdentities.rows(store, hits, order);
    } catch (StoreException e) {
      notes.add(
          "links: the store failed (" + e.getMessage() + "); rows merged by external keys only");
      return AssetIdentities.rows(null, hits, order);
    }
  }

  private void collect(
      String name,
      Future<List<Asset>> f,
      long deadline,
      Map<String, List<Asset>> answers,
      Map<String, String> problems) {
    try {
      answers.put(name, f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      f.cancel(true);
      problems.put(name, "no answer within " + text(timeout));
    } catch (ExecutionException e) {
      problems.put(name, "failed: " + message(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      problems.put(name, "search interrupted");
    }
  }

  /** Each system's rank 1 hits, then rank 2, ...; hits failing a filter are dropped. */
  private static List<Asset> interleave(Map<String, List<Asset>> answers, SearchQuery query) {
    List<Asset> out = new ArrayList<>();
    int longest = answers.values().stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<Asset> list : answers.values()) {
        if (i < list.size() && query.matches(list.get(i))) {
          out.add(list.get(i));
        }
      }
    }
    return out;
  }

  private static List<String> notes(Map<String, String> problems, java.util.Set<String> answered) {
    String from =
        answered.isEmpty()
            ? "no results from any system"
            : "results from " + String.join(", ", answered) + " only";
    List<String> notes = new ArrayList<>();
    problems.forEach((name, problem) -> notes.add(name + ": " + problem + ", " + from));
    return notes;
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static String text(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
