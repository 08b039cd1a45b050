package io.assetbridge.emulator.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.emulator.photoshelter.PsClient.Reply;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {

  static PhotoShelterEmulator emulator;
  PsClient client;

  @BeforeAll
  static void start() {
    emulator = PhotoShelterEmulator.start(0);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    client = new PsClient(emulator);
    client.reset();
  }

  @Test
  void baseUrlIsLoopbackWithPort() {
    assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
    assertThat(emulator.port()).isPositive();
  }

  @Test
  void loginListsTheOrgAndOrgSwitchOpensDataCalls() {
    Reply login =
        client.form(
            "/psapi/v3/mem/authenticate",
            Map.of("email", "editor@example.com", "password", "emu-password", "mode", "token"));
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().path("status").asText()).isEqualTo("ok");
    assertThat(login.json().at("/data/org/0/id").asText()).isEqualTo("O0000c1x4UMGPvkY");
    assertThat(login.json().at("/data/org/0/member").asText()).isEqualTo("t");
    client.token = login.json().at("/data/token").asText();

    Reply before = client.get("/psapi/v3/mem/collection/root/children");
    assertThat(before.status()).isEqualTo(403);
    assertThat(before.json().at("/error/class").asText()).isEqualTo("PermissionDeniedErr");

    Reply org =
        client.post(
            "/psapi/v3/mem/organization/O0000c1x4UMGPvkY/authenticate",
            "",
            "application/x-www-form-urlencoded");
    assertThat(org.json().toString()).isEqualTo("{\"status\":\"ok\",\"data\":{}}");
    Reply session = client.get("/psapi/v3/mem/user/session");
    assertThat(session.json().at("/data/Session/user_id").asText()).isEqualTo("U0000EmulatedUsr");
    assertThat(session.json().at("/data/Session/tz").asText()).isEqualTo("America/New_York");
    assertThat(client.get("/psapi/v3/mem/collection/root/children").status()).isEqualTo(200);
  }

  @Test
  void wrongCredentialsAndKeysGiveTheirErrors() {
    Reply wrongPassword =
        client.form(
            "/psapi/v3/mem/authenticate",
            Map.of("email", "editor@example.com", "password", "nope", "mode", "token"));
    assertThat(wrongPassword.status()).isEqualTo(400);
    assertThat(wrongPassword.json().at("/error/class").asText())
        .isEqualTo("AuthInvalidPasswordErr");
    assertThat(wrongPassword.json().at("/error/code").asInt()).isEqualTo(400);
    Reply wrongLogin =
        client.form(
            "/psapi/v3/mem/authenticate",
            Map.of("email", "x@example.com", "password", "emu-password", "mode", "token"));
    assertThat(wrongLogin.json().at("/error/class").asText()).isEqualTo("AuthInvalidLoginErr");
    Reply noKey = client.send(client.request("/psapi/v4.0/media?terms=x").GET());
    assertThat(noKey.status()).isEqualTo(403);
    assertThat(noKey.json().at("/errors/0/id").asText()).isEqualTo("ApiKeyInvalidException");
  }

  @Test
  void expiredSessionsAnswer401AndReloginWorks() {
    client.login();
    client.admin("POST", "/_emulator/sessions/expire", "{}");
    Reply v3 = client.get("/psapi/v3/mem/user/session");
    assertThat(v3.status()).isEqualTo(401);
    assertThat(v3.json().at("/error/class").asText()).contains("Session");
    Reply v4 = client.get("/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&terms=harbour");
    assertThat(v4.status()).isEqualTo(401);
    assertThat(v4.json().at("/errors/0/id").asText()).isEqualTo("AcsPermissionException");
    assertThat(v4.header("WWW-Authenticate")).isEqualTo("Bearer");

    client.login();
    assertThat(client.get("/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&terms=harbour").status())
        .isEqualTo(200);
  }

  @Test
  void sessionsIdleOut() {
    client.admin("POST", "/_emulator/reset", "{\"session_idle_s\":0}");
    Reply login =
        client.form(
            "/psapi/v3/mem/authenticate",
            Map.of("email", "editor@example.com", "password", "emu-password", "mode", "token"));
    client.token = login.json().at("/data/token").asText();
    Reply idle = client.get("/psapi/v3/mem/user/session");
    assertThat(idle.status()).isEqualTo(401);
    assertThat(idle.json().at("/error/class").asText()).isEqualTo("SessionExpiredErr");
  }

  @Test
  void oauthTokenIsAcceptedAsBearerInsideTheOrg() {
    Reply reply =
        client.send(
            client
                .request("/psapi/v3/mem/collection/root/children")
                .header("X-PS-Api-Key", PsClient.KEY)
                .header("Authorization", "Bearer emu-oauth-token")
                .GET());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().at("/data/Children/Collection/0/name").asText())
        .isEqualTo("Brand Library");
  }

  @Test
  void authTokenHeaderWinsOverBearerAndLogoutEndsTheSession() {
    String token = client.login();
    Reply both =
        client.send(
            client.api("/psapi/v3/mem/user/session").header("Authorization", "Bearer wrong").GET());
    assertThat(both.status()).isEqualTo(200);
    assertThat(client.get("/psapi/v3/mem/authenticate/logout").status()).isEqualTo(200);
    client.token = token;
    assertThat(client.get("/psapi/v3/mem/user/session").status()).isEqualTo(401);
    Reply post =
        client.send(
            client
                .api("/psapi/v3/mem/authenticate/logout")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(post.status()).isEqualTo(200);
  }
}
