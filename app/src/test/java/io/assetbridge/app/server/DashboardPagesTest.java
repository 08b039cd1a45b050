package io.assetbridge.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.store.Conflict;
import io.assetbridge.testkit.SettableClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Search and Conflicts pages on an engine whose one connection (VIP) cannot search and whose
 * flows are gone: the clear messages, the empty state, and held values shown escaped.
 */
class DashboardPagesTest {
  private static final String TOKEN = "dashboard-token-42";
  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
  @TempDir Path dir;
  private AdminServer started;
  private DashboardClient client;
  private String cookie;

  @BeforeEach
  void start() throws Exception {
    started = AdminServer.start(dir, "adminToken: " + TOKEN, clock);
    client = new DashboardClient(started.server().url());
    cookie = client.signIn(TOKEN);
  }

  @AfterEach
  void stop() {
    started.close();
  }

  @Test
  void theJobsPageKeepsItsFlowFilterAndRetriesOnlyThatFlow() throws Exception {
    long[] dead = {deadJob("flow-a", "ps:I1"), deadJob("flow-b", "ps:I2")};

    String page = client.send("GET /jobs?state=dead&flow=flow-a", cookie, null).body();
    assertThat(page)
        .contains("id=\"job-" + dead[0] + "\"")
        .doesNotContain("id=\"job-" + dead[1] + "\"")
        .contains("href=\"/jobs?state=done&amp;flow=flow-a\"", "id=\"flow-filter\"")
        .contains("<input type=\"hidden\" name=\"flow\" value=\"flow-a\">")
        .contains("Retry all dead jobs of flow-a");

    HttpResponse<String> retried = client.send("POST /jobs/retry", cookie, "flow=flow-a");
    assertThat(retried.headers().firstValue("Location")).hasValue("/jobs?retried=1&flow=flow-a");
    assertThat(client.send("GET /jobs?state=dead", cookie, null).body())
        .contains("id=\"job-" + dead[1] + "\"")
        .doesNotContain("id=\"job-" + dead[0] + "\"");
  }

  @Test
  void aLongJobListSaysItShowsOnlyTheNewest() throws Exception {
    started
        .engine()
        .store()
        .run(
            tx -> {
              for (int i = 0; i < 201; i++) {
                long event =
                    tx.events()
                        .insertIfNew(
                            new io.assetbridge.spi.Change(
                                "ps", "I" + i, "v1", "asset.updated", clock.instant()))
                        .orElseThrow();
                tx.jobs().enqueue("flow-c", event, "ps:I" + i, tx.now());
              }
            });
    assertThat(client.send("GET /jobs", cookie, null).body())
        .contains("id=\"truncated\"", "The newest 200 of 201");
    assertThat(client.send("GET /jobs?state=dead", cookie, null).body())
        .doesNotContain("id=\"truncated\"");
  }

  private long deadJob(String flow, String ref) {
    return started
        .engine()
        .store()
        .inTransaction(
            tx -> {
              long event =
                  tx.events()
                      .insertIfNew(
                          new io.assetbridge.spi.Change(
                              "ps", ref.substring(3), "v1", "asset.updated", clock.instant()))
                      .orElseThrow();
              tx.jobs().enqueue(flow, event, ref, tx.now());
              var job =
                  tx.jobs()
                      .claim("test", 1, java.time.Duration.ofMinutes(1), Set.of(flow))
                      .getFirst();
              tx.jobs().bury(job.id(), "test", "boom");
              return job.id();
            });
  }

  @Test
  void searchSaysPlainlyWhenNoConnectionCanSearch() throws Exception {
    HttpResponse<String> page = client.send("GET /search?q=puffin", cookie, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"cannot-search\"", "no connection can search", "photoshelter or netx")
        .contains("<a href=\"/search\" class=\"on\">Search</a>")
        .doesNotContain("id=\"results\"");
  }

  @Test
  void heldConflictsShowBothValuesEscapedWithAKeepButtonPerSide() throws Exception {
    assertThat(client.send("GET /conflicts", cookie, null).body())
        .contains("id=\"no-conflicts\"", "No held conflicts.");

    started
        .engine()
        .store()
        .run(
            tx ->
                tx.conflicts()
                    .hold(
                        "rights",
                        "ps:I0000abc",
                        "netx:42",
                        "usageTerms",
                        "<b>PS</b> terms",
                        "NetX terms"));
    long id = held().getFirst().id();
    String body = client.send("GET /conflicts", cookie, null).body();
    assertThat(body)
        .contains("id=\"conflict-" + id + "\"", "usageTerms", "rights")
        .contains("&lt;b&gt;PS&lt;/b&gt; terms", "NetX terms")
        .contains("href=\"/timeline?q=ps%3AI0000abc\"", "href=\"/timeline?q=netx%3A42\"")
        .contains("action=\"/conflicts/" + id + "/resolve\"")
        .contains("Keep ps's value", "Keep netx's value")
        .contains("2026-03-01 10:00:00 UTC")
        .doesNotContain("<b>PS</b>", "No held conflicts");
  }

  @Test
  void aResolutionThatCannotBeDoneKeepsTheConflictAndSaysWhy() throws Exception {
    started
        .engine()
        .store()
        .run(tx -> tx.conflicts().hold("gone", "ps:I1", "netx:1", "status", "APPROVED", "DRAFT"));
    long id = held().getFirst().id();

    HttpResponse<String> refused =
        client.send("POST /conflicts/" + id + "/resolve", cookie, "take=netx");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("id=\"problem\"", "conflict " + id + " was not resolved")
        .contains("flow &#39;gone&#39; is no longer a configured two-way flow")
        .contains("id=\"conflict-" + id + "\"");

    HttpResponse<String> noSide = client.send("POST /conflicts/" + id + "/resolve", cookie, "");
    assertThat(noSide.statusCode()).isEqualTo(400);
    assertThat(noSide.body()).contains("press one of the Keep buttons");
    HttpResponse<String> badId = client.send("POST /conflicts/x/resolve", cookie, "take=ps");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("conflict id &#39;x&#39; is not a number");
    assertThat(held()).hasSize(1);
  }

  private List<Conflict> held() {
    return started.engine().store().inTransaction(tx -> tx.conflicts().held(null));
  }
}
