package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SessionTest extends EmulatorTestBase {
  private static final String LOGIN = "/psapi/v3/mem/authenticate";

  @Test
  void testConnectionLogsInEntersTheOrgAndReadsTheSession() {
    connector().testConnection();

    List<String> calls =
        driver.journal().stream()
            .map(e -> e.path("method").asText() + " " + e.path("path").asText())
            .toList();
    assertThat(calls)
        .containsExactly(
            "POST " + LOGIN,
            "POST /psapi/v3/mem/organization/O0000c1x4UMGPvkY/authenticate",
            "GET /psapi/v3/mem/user/session",
            "GET /psapi/v3/mem/user/session");
  }

  @Test
  void withoutOrgIdTheSingleFullMembershipIsUsed() {
    connector(mapWithNull("orgId")).testConnection();

    assertThat(driver.count("POST", "/psapi/v3/mem/organization/O0000c1x4UMGPvkY/authenticate"))
        .isEqualTo(1);
  }

  @Test
  void anExpiredSessionIsRenewedOnceAndTheCallRetried() {
    String id = driver.seed(1, "Inbox", 7).get(0);
    var connector = connector();
    connector.read(id);

    driver.expireSessions();
    var asset = connector.read(id);

    assertThat(asset.ref().id()).isEqualTo(id);
    assertThat(driver.count("POST", LOGIN)).isEqualTo(2);
  }

  @Test
  void parallelWorkersThatAllSeeTheExpiryLogInOnlyOnce() throws Exception {
    List<String> ids = driver.seed(8, "Inbox", 8);
    var connector = connector();
    connector.read(ids.get(0));
    driver.expireSessions();

    try (var pool = Executors.newFixedThreadPool(8)) {
      List<Future<?>> reads = new ArrayList<>();
      for (String id : ids) {
        reads.add(pool.submit((Callable<?>) () -> connector.read(id)));
      }
      for (Future<?> read : reads) {
        read.get();
      }
    }

    assertThat(driver.count("POST", LOGIN)).isEqualTo(2);
  }

  @Test
  void aRefusedOAuthTokenIsPermanentSinceNoReloginIsPossible() {
    String id = driver.seed(1, "Inbox", 9).get(0);
    var wrong = connector(oauth("not-the-token"));

    assertThatThrownBy(() -> wrong.read(id))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("oauthToken")
        .hasMessageNotContaining("not-the-token");
  }

  @Test
  void wrongCredentialsArePermanentAndNeverEchoThePassword() {
    var connector = connector(Map.of("password", new Secret("wrong-password-123")));

    assertThatThrownBy(connector::testConnection)
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("refused the login")
        .hasMessageNotContaining("wrong-password-123");
  }

  @Test
  void oauthTokenIsSentAsBearerAndNeedsNoLogin() {
    String id = driver.seed(1, "Inbox", 10).get(0);
    var connector = connector(oauth("emu-oauth-token"));
    connector.testConnection();
    connector.read(id);

    List<JsonNode> journal = driver.journal();
    assertThat(journal).noneMatch(e -> e.path("path").asText().equals(LOGIN));
    assertThat(journal).allMatch(e -> e.path("status").asInt() == 200);
  }

  @Test
  void closeLogsOut() {
    var connector = connector();
    connector.testConnection();
    connector.close();

    assertThat(driver.count("GET", "/psapi/v3/mem/authenticate/logout")).isEqualTo(1);
  }

  @Test
  void secretsStayOutOfToString() {
    var connector = connector();
    var settings =
        PhotoShelterSettings.from(
            new io.assetbridge.spi.ConnectionSettings("ps", settings(Map.of()), clock));

    assertThat(connector.toString() + settings + settings.login())
        .doesNotContain("emu-password")
        .doesNotContain("emu-api-key");
  }

  private static Map<String, Object> mapWithNull(String key) {
    var m = new java.util.HashMap<String, Object>();
    m.put(key, null);
    return m;
  }

  private static Map<String, Object> oauth(String token) {
    var m = mapWithNull("email");
    m.put("password", null);
    m.put("oauthToken", new Secret(token));
    return m;
  }
}
