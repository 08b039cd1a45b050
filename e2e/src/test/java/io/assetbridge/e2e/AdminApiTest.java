package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each admin API operation over real HTTP, on a running engine driving the emulators. */
class AdminApiTest {
  private static final String FLOW = TestConfig.FLOW;
  private final Platforms platforms = new Platforms();
  @TempDir Path dir;
  private ServedEngine served;

  @BeforeEach
  void start() {
    served = new ServedEngine(platforms, dir);
  }

  @AfterEach
  void stop() {
    served.close();
    platforms.close();
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
