package io.assetbridge.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.testkit.SettableClock;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard shows nothing without a session, and the admin token starts one. */
class DashboardLoginTest {
  private static final String TOKEN = "dashboard-token-42";
  private static final Set<String> OPEN =
      Set.of("/login", "/logout", "/health", "/health/live", "/metrics");
  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
  @TempDir Path dir;
  private AdminServer started;
  private EngineServer server;

  @BeforeEach
  void start() {
    started = AdminServer.start(dir, "adminToken: " + TOKEN, clock);
    server = started.server();
  }

  @AfterEach
  void stop() {
    started.close();
  }

  @Test
  void everyDashboardRouteRedirectsToTheLoginWithoutASession() throws Exception {
    List<String> pages =
        server.routeTable().stream()
            .filter(r -> !r.split(" ")[1].startsWith("/api/") && !r.contains("/hooks/"))
            .filter(r -> !OPEN.contains(r.split(" ")[1]))
            .toList();
    assertThat(pages)
        .contains(
            "GET /",
            "GET /jobs",
            "POST /jobs/{id}/retry",
            "GET /thumbnail",
            "GET /search",
            "GET /conflicts",
            "POST /conflicts/{id}/resolve");

    for (String route : pages) {
      for (String cookie :
          new String[] {null, "assetbridge_session=forged", "assetbridge_session=" + TOKEN}) {
        HttpResponse<String> answer = send(route, cookie, null);
        assertThat(answer.statusCode()).as(route + " with " + cookie).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location"))
            .hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
        assertThat(answer.body()).doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void theAdminTokenStartsAnHttpOnlySessionThatOpensThePages() throws Exception {
    HttpResponse<String> wrong = send("POST /login", null, "token=nope&next=%2Fjobs");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("not the admin token").doesNotContain(TOKEN);
    assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();

    HttpResponse<String> right =
        send(
            "POST /login",
            null,
            "token=" + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8) + "&next=%2Fjobs");
    assertThat(right.statusCode()).isEqualTo(303);
    assertThat(right.headers().firstValue("Location")).hasValue("/jobs");
    String setCookie = right.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly", "SameSite=Strict").doesNotContain(TOKEN);
    String cookie = setCookie.split(";")[0];

    for (String page :
        List.of(
            "GET /",
            "GET /jobs",
            "GET /timeline",
            "GET /rights",
            "GET /search",
            "GET /conflicts")) {
      HttpResponse<String> answer = send(page, cookie, null);
      assertThat(answer.statusCode()).as(page).isEqualTo(200);
      assertThat(answer.body())
          .as(page)
          .contains("<h1>")
          .doesNotContain(TOKEN, "http://", "https://");
    }
  }

  @Test
  void signingOutEndsTheSessionEvenForACopyOfTheCookie() throws Exception {
    String cookie = signIn();
    String copy = cookie;
    assertThat(send("GET /jobs", cookie, null).statusCode()).isEqualTo(200);

    HttpResponse<String> out = send("GET /logout", cookie, null);
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(send("GET /jobs", copy, null).statusCode()).isEqualTo(303);
  }

  @Test
  void aSessionEndsTwelveHoursAfterSignIn() throws Exception {
    String cookie = signIn();
    clock.advance(java.time.Duration.ofHours(11).plusMinutes(59));
    assertThat(send("GET /", cookie, null).statusCode()).isEqualTo(200);
    clock.advance(java.time.Duration.ofMinutes(1));
    HttpResponse<String> late = send("GET /", cookie, null);
    assertThat(late.statusCode()).isEqualTo(303);
    assertThat(late.headers().firstValue("Location")).hasValue("/login?next=%2F");
    assertThat(signIn()).as("a new sign-in works").isNotEqualTo(cookie);
  }

  private String signIn() throws Exception {
    HttpResponse<String> right =
        send("POST /login", null, "token=" + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8));
    assertThat(right.statusCode()).isEqualTo(303);
    String setCookie = right.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("Max-Age=43200");
    return setCookie.split(";")[0];
  }

  @Test
  void aLoginLinkCannotSendTheUserToAnotherSite() throws Exception {
    HttpResponse<String> answer =
        send("POST /login", null, "token=" + TOKEN + "&next=%2F%2Fevil.example%2F");
    assertThat(answer.headers().firstValue("Location")).hasValue("/");
  }

  private HttpResponse<String> send(String route, String cookie, String form) throws Exception {
    return new DashboardClient(server.url()).send(route, cookie, form);
  }
}
