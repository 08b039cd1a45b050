package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.spi.Change;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangePollTest extends EmulatorTestBase {
  private static final Map<String, Object> NO_RESCAN =
      Map.of("approval", Map.of("by", "rating", "min", 5, "rescan", false));

  @Test
  void firstPassListsTheWindowAndCursorIsTheNewestModification() {
    List<String> ids = driver.seed(3, "Inbox", 31);
    driver.act(ids.subList(0, 2), "set_rating", Map.of("rating", 1), "2024-05-02 09:00:00 GMT");
    driver.act(ids.subList(2, 3), "set_rating", Map.of("rating", 1), "2024-05-02 10:00:00 GMT");

    var batch = connector(NO_RESCAN).changesSince(null);

    assertThat(batch.changes())
        .extracting(Change::objectId, Change::versionKey, Change::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                ids.get(0), "2024-05-02T09:00:00Z", "asset.updated"),
            org.assertj.core.groups.Tuple.tuple(
                ids.get(1), "2024-05-02T09:00:00Z", "asset.updated"),
            org.assertj.core.groups.Tuple.tuple(
                ids.get(2), "2024-05-02T10:00:00Z", "asset.updated"));
    assertThat(batch.nextCursor()).isEqualTo("2024-05-02T10:00:00Z");
    String query = lastSearch().path("query").asText();
    assertThat(query).contains("modify_start=1970-01-01%2000%3A00%3A00%20GMT");
    assertThat(query).contains("modify_end=2024-05-02%2012%3A00%3A00%20GMT");
  }

  @Test
  void theOverlapCatchesEditsThatBecameVisibleLateAndTheCursorNeverJumpsToNow() {
    List<String> ids = driver.seed(2, "Inbox", 32);
    var connector = connector(NO_RESCAN);
    driver.act(ids.subList(0, 1), "set_rating", Map.of("rating", 1), "2024-05-02 11:59:00 GMT");
    String cursor = connector.changesSince(null).nextCursor();

    // a tie in the same second as the cursor, and an edit 2 minutes before it, seen only now
    driver.act(ids.subList(1, 2), "set_rating", Map.of("rating", 1), "2024-05-02 11:57:00 GMT");
    clock.advance(Duration.ofMinutes(1));
    var batch = connector.changesSince(cursor);

    assertThat(batch.changes()).extracting(Change::objectId).contains(ids.get(1));
    assertThat(batch.nextCursor()).isEqualTo("2024-05-02T11:59:00Z");
    assertThat(lastSearch().path("query").asText())
        .contains("modify_start=2024-05-02%2011%3A54%3A00%20GMT");

    clock.advance(Duration.ofHours(1));
    assertThat(connector.changesSince(batch.nextCursor()).nextCursor())
        .isEqualTo(batch.nextCursor());
  }

  @Test
  void aSecondThatMayStillBeRunningIsListedAgainOnceItIsOver() {
    List<String> ids = driver.seed(1, "Inbox", 34);
    var connector = connector(Map.of("approval", Map.of("by", "rating", "min", 5)));
    clock.set(Instant.parse("2024-05-02T12:00:00.400Z"));
    driver.act(ids, "set_rating", Map.of("rating", 5), "2024-05-02 12:00:00 GMT");

    var early = connector.changesSince(null);
    // a second edit could still come within 12:00:00 and would share a plain key
    assertThat(early.changes())
        .extracting(Change::versionKey)
        .containsExactlyInAnyOrder(
            "2024-05-02T12:00:00Z~unsettled", "approved@2024-05-02T12:00:00Z~unsettled");

    clock.set(Instant.parse("2024-05-02T12:00:02Z"));
    var settled = connector.changesSince(early.nextCursor());
    assertThat(settled.changes())
        .extracting(Change::versionKey)
        .containsExactlyInAnyOrder("2024-05-02T12:00:00Z", "approved@2024-05-02T12:00:00Z");
  }

  @Test
  void aPassWithNothingNewKeepsTheCursor() {
    var connector = connector(NO_RESCAN);
    assertThat(connector.changesSince(null).nextCursor()).isNull();
    assertThat(connector.changesSince("2024-05-01T00:00:00Z").nextCursor())
        .isEqualTo("2024-05-01T00:00:00Z");
  }

  @Test
  void cursorAtStartsExactlyThere() {
    var connector = connector(NO_RESCAN);
    connector.changesSince(connector.cursorAt(Instant.parse("2024-05-02T08:00:00Z")));

    assertThat(lastSearch().path("query").asText())
        .contains("modify_start=2024-05-02%2008%3A00%3A00%20GMT");
  }

  @Test
  void aBulkEditDuringPagingIsCaughtByTheRepeatedPass() throws Exception {
    List<String> ids = driver.seed(250, "Inbox", 33);
    driver.act(ids, "set_rating", Map.of("rating", 1), "2024-05-02 09:00:00 GMT");
    List<String> moved = ids.subList(0, 60);
    driver.clearJournal();
    driver.faults(Map.of("latency_ms", 500, "path_regex", "^/psapi/v4\\.0/media$"));
    var connector = connector(NO_RESCAN);

    var pass =
        CompletableFuture.supplyAsync(() -> connector.changesSince("from:2024-05-02T08:00:00Z"));
    awaitSearchPages(1);
    driver.act(moved, "set_rating", Map.of("rating", 2), "2024-05-02 13:00:00 GMT");
    var batch = pass.get();

    Set<String> seen = batch.changes().stream().map(Change::objectId).collect(Collectors.toSet());
    assertThat(seen).containsAll(ids.subList(60, 250));
    assertThat(searchPages()).filteredOn(q -> q.contains("page=1&")).hasSize(2);

    driver.clearFaults();
    clock.set(Instant.parse("2024-05-02T14:00:00Z"));
    var next = connector.changesSince(batch.nextCursor());
    assertThat(next.changes())
        .filteredOn(c -> c.versionKey().equals("2024-05-02T13:00:00Z"))
        .extracting(Change::objectId)
        .containsExactlyInAnyOrderElementsOf(moved);
  }

  private void awaitSearchPages(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (searchPages().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private List<String> searchPages() {
    return driver.journal().stream()
        .filter(e -> e.path("path").asText().equals("/psapi/v4.0/media"))
        .map(e -> e.path("query").asText())
        .toList();
  }

  private JsonNode lastSearch() {
    List<JsonNode> searches =
        driver.journal().stream()
            .filter(e -> e.path("path").asText().equals("/psapi/v4.0/media"))
            .toList();
    return searches.get(searches.size() - 1);
  }
}
