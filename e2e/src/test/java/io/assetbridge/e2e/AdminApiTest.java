package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each admin API operation over real HTTP, on a running engine driving the emulators. */
class AdminApiTest {
  private static final String FLOW = TestConfig.FLOW;
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;
  private ServedEngine served;

  @BeforeEach
  void start() {
    served = new ServedEngine(platforms, dir);
  }

  @AfterEach
  void stop() {
    served.close();
  }

  @Test
  void aFlowIsDryRunDisabledRunAndItsDeadJobsReplayed() throws Exception {
    List<String> ids = platforms.seed(3, 5);
    platforms.approve(ids);
    assertThat(call("GET", "/api/flows").get(0).path("enabled").asBoolean()).isTrue();

    JsonNode dry = call("POST", "/api/flows/" + FLOW + "/dry-run");
    assertThat(dry.path("assets").asInt()).isEqualTo(3);
    assertThat(dry.path("decisions").get(0).asText()).contains("create in vip", "Partners");
    assertThat(platforms.vipApi().assets()).isEmpty();

    assertThat(call("POST", "/api/flows/" + FLOW + "/disable").path("changed").asBoolean())
        .isTrue();
    HttpResponse<String> refused = send("POST", "/api/flows/" + FLOW + "/run");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("is disabled; enable it first");
    assertThat(call("GET", "/api/flows").get(0).path("enabled").asBoolean()).isFalse();
    call("POST", "/api/flows/" + FLOW + "/enable");

    JsonNode first = call("POST", "/api/flows/" + FLOW + "/run");
    assertThat(first.path("jobsQueued").asInt()).isEqualTo(3);
    assertThat(first.path("dead").asLong()).isEqualTo(3);
    JsonNode dead = call("GET", "/api/jobs?state=dead");
    assertThat(dead.path("jobs")).hasSize(3);
    assertThat(dead.path("jobs").get(0).path("lastError").asText()).contains("Partners");
    assertThat(dead.path("counts").path("DEAD").asInt()).isEqualTo(3);
    assertThat(dead.path("jobs").get(0).path("updatedAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

    platforms.seedPartnersList();
    long oneId = dead.path("jobs").get(0).path("id").asLong();
    assertThat(call("POST", "/api/jobs/" + oneId + "/retry").path("requeued").asInt()).isOne();
    assertThat(send("POST", "/api/jobs/" + oneId + "/retry").statusCode()).isEqualTo(404);
    assertThat(call("POST", "/api/jobs/retry?flow=" + FLOW).path("requeued").asInt()).isEqualTo(2);
    JsonNode second = call("POST", "/api/flows/" + FLOW + "/run");
    assertThat(second.path("dead").asLong()).isZero();
    assertThat(second.path("done").asLong()).isEqualTo(3);
    assertThat(platforms.vipApi().allDistributions()).hasSize(3);
  }

  @Test
  void linksTimelineExportAndConnectionsDescribeWhatHappened() throws Exception {
    platforms.seedPartnersList();
    String id = platforms.seed(1, 9).getFirst();
    platforms.approve(List.of(id));
    call("POST", "/api/flows/" + FLOW + "/run");

    JsonNode links = call("GET", "/api/links?ref=ps:" + id);
    assertThat(links).hasSize(1);
    String vipRef = links.get(0).path("targetRef").asText();
    assertThat(vipRef).startsWith("vip:");

    JsonNode timeline = call("GET", "/api/audit?asset=" + vipRef);
    List<String> actions = new ArrayList<>();
    timeline.forEach(r -> actions.add(r.path("action").asText()));
    assertThat(actions).startsWith("read").contains("distributed");
    assertThat(timeline.get(0).path("sourceRef").asText()).isEqualTo("ps:" + id);

    HttpResponse<String> csv = send("GET", "/api/audit/export?format=csv&flow=" + FLOW);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("text/csv"));
    assertThat(csv.body().lines().findFirst())
        .hasValue(
            "seq,at,actor,flow,jobId,action,sourceRef,targetRef,outcome,detail,prevHash,hash");
    assertThat(csv.body().lines().count()).isEqualTo(timeline.size() + 1L);

    JsonNode connections = call("GET", "/api/connections");
    assertThat(connections).hasSize(2);
    connections.forEach(c -> assertThat(c.path("ok").asBoolean()).as(c.toString()).isTrue());
    assertThat(connections.get(0).path("limits").path("perSecond").asInt()).isEqualTo(200);
    for (JsonNode c : connections) {
      JsonNode live = c.path("rateLimit");
      assertThat(live.path("maxSlots").asInt()).as(c.toString()).isEqualTo(8);
      assertThat(live.path("freeSlots").asInt()).as("nothing in flight").isEqualTo(8);
      // 200/s is handed out as 20 permissions per 100 ms period
      assertThat(live.path("availablePermissions").asInt()).isBetween(0, 20);
      assertThat(c.path("calls").asLong()).isPositive();
      assertThat(c.path("lastSuccessAt").asText()).matches("\\d{4}-.*Z");
    }
  }

  @Test
  void aFailingConnectionShowsItsErrorBesideAHealthyOne() throws Exception {
    // the token assetbridge holds is rotated away on VIP's side
    platforms.vipAdmin.put("/_emulator/tokens", Map.of("tokens", List.of("rotated-token")));

    JsonNode connections = call("GET", "/api/connections");

    JsonNode ps = connections.get(0);
    JsonNode vip = connections.get(1);
    assertThat(ps.path("ok").asBoolean()).isTrue();
    assertThat(vip.path("ok").asBoolean()).isFalse();
    assertThat(vip.path("checkError").asText()).contains("401");
    assertThat(vip.path("errors").asLong()).isPositive();
    assertThat(vip.path("lastError").asText()).contains("GET /api/v1/");
    assertThat(vip.path("lastErrorAt").asText()).matches("\\d{4}-.*Z");
    assertThat(vip.path("rateLimit").path("maxSlots").asInt()).isEqualTo(8);
  }

  @Test
  void assetsAreFoundByFileNameWithEveryRefTheyHave() throws Exception {
    List<String> ids = platforms.seed(2, 7);
    String name = platforms.psApi().fileName(ids.get(0));
    platforms.seedPartnersList();
    platforms.approve(ids);
    call("POST", "/api/flows/" + FLOW + "/run");

    JsonNode one = call("GET", "/api/assets?fileName=" + name.toLowerCase(java.util.Locale.ROOT));
    assertThat(one.path("results")).hasSize(1);
    JsonNode refs = one.path("results").get(0).path("refs");
    assertThat(refs.get(0).asText()).isEqualTo("ps:" + ids.get(0));
    assertThat(refs.get(1).asText()).startsWith("vip:");
    // each ref then finds the whole timeline
    assertThat(call("GET", "/api/audit?asset=" + refs.get(1).asText()))
        .anySatisfy(r -> assertThat(r.path("action").asText()).isEqualTo("read"));

    List<String> again = platforms.seed(2, 7); // same seed, same file names
    JsonNode two = call("GET", "/api/assets?fileName=" + name);
    assertThat(two.path("results"))
        .extracting(r -> r.path("refs").get(0).asText())
        .containsExactlyInAnyOrder("ps:" + ids.get(0), "ps:" + again.get(0));
    assertThat(call("GET", "/api/assets?fileName=NOPE_0000.jpg").path("results")).isEmpty();
    assertThat(send("GET", "/api/assets").body()).contains("'fileName' is required");
  }

  @Test
  void badParametersAreNamedWithTheFix() throws Exception {
    assertThat(send("GET", "/api/jobs?state=lost").body())
        .contains("state=lost", "pending, running, done or dead");
    assertThat(send("GET", "/api/links").body()).contains("'ref' is required");
    assertThat(send("POST", "/api/flows/nope/run").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/audit/export?since=yesterday").body()).contains("ISO-8601");
    assertThat(send("GET", "/api/audit/export?format=xml").statusCode()).isEqualTo(400);
  }

  private JsonNode call(String method, String path) throws Exception {
    return new AdminHttp(served.url(), ServedEngine.TOKEN).call(method, path);
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return new AdminHttp(served.url(), ServedEngine.TOKEN).send(method, path);
  }
}
