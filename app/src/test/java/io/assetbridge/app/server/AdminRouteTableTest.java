package io.assetbridge.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.testkit.SettableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks Javalin's own route table: every {@code /api} route refuses a request without the right
 * token, and the OpenAPI document lists exactly the routes served.
 */
class AdminRouteTableTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-admin-token";
  private final HttpClient http = HttpClient.newHttpClient();
  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final List<AutoCloseable> open = new ArrayList<>();
  @TempDir Path dir;

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
  }

  @Test
  void everyApiRouteAnswers401WithoutTheToken() throws Exception {
    EngineServer server = start("adminToken: " + TOKEN);
    List<String> api = apiRoutes(server);
    assertThat(api).hasSizeGreaterThanOrEqualTo(12);

    for (String route : api) {
      clock.advance(
          Duration.ofMinutes(5)); // past the throttle's window: 401, not 429, is tested here
      for (String header :
          new String[] {null, "Bearer wrong", "Bearer ", TOKEN, "Basic " + TOKEN}) {
        HttpResponse<String> answer = call(server, route, header);
        assertThat(answer.statusCode()).as(route + " with " + header).isEqualTo(401);
        assertThat(answer.body()).as(route).contains("Authorization: Bearer").doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void tenWrongTokensFromOneAddressAreAnsweredWith429UntilTheWindowPasses() throws Exception {
    EngineServer server = start("adminToken: " + TOKEN);
    for (int i = 0; i < 20; i++) {
      assertThat(call(server, "GET /api/flows", null).statusCode())
          .as("no token at all is not a guess")
          .isEqualTo(401);
    }
    for (int i = 0; i < 10; i++) {
      assertThat(call(server, "GET /api/flows", "Bearer guess-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> refused = call(server, "GET /api/flows", "Bearer " + TOKEN);
    assertThat(refused.statusCode())
        .as("even the right token, so guessing learns nothing")
        .isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("300");
    assertThat(refused.body()).contains("too many wrong admin tokens").doesNotContain(TOKEN);
    HttpResponse<String> login =
        new DashboardClient(server.url()).send("POST /login", null, "token=" + TOKEN);
    assertThat(login.statusCode()).as("the sign-in shares the budget").isEqualTo(429);
    assertThat(login.body()).contains("Too many wrong tokens from this address");

    clock.advance(Duration.ofMinutes(5));
    assertThat(call(server, "GET /api/flows", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentListsExactlyTheServedApiRoutes() throws Exception {
    EngineServer server = start("adminToken: " + TOKEN);
    HttpResponse<String> answer = call(server, "GET /api/openapi.json", "Bearer " + TOKEN);
    assertThat(answer.statusCode()).isEqualTo(200);

    Set<String> documented = new TreeSet<>();
    JsonNode doc = JSON.readTree(answer.body());
    doc.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    assertThat(documented).isEqualTo(new TreeSet<>(apiRoutes(server)));
    assertThat(doc.path("openapi").asText()).startsWith("3.");
  }

  @Test
  void withoutAConfiguredTokenTheApiIsOff() throws Exception {
    EngineServer server = start("");
    for (String route : apiRoutes(server)) {
      HttpResponse<String> answer = call(server, route, "Bearer anything");
      assertThat(answer.statusCode()).as(route).isEqualTo(401);
      assertThat(answer.body()).contains("set server.adminToken");
    }
  }

  private List<String> apiRoutes(EngineServer server) {
    return server.routeTable().stream().filter(r -> r.split(" ")[1].startsWith("/api/")).toList();
  }

  private HttpResponse<String> call(EngineServer server, String route, String authorization)
      throws Exception {
    String[] parts = route.split(" ");
    String path = parts[1].replaceAll("\\{[^}]+}", "1");
    var request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .method(parts[0], HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private EngineServer start(String tokenSetting) {
    AdminServer started = AdminServer.start(dir, tokenSetting, clock);
    open.add(started);
    return started.server();
  }
}
