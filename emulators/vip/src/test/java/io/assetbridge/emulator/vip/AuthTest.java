package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Reply;
import org.junit.jupiter.api.Test;

class AuthTest extends EmulatorTest {

  @Test
  void missingTokenIs401WithBearerChallengeAndProblemBody() {
    Reply reply = client.get("/api/v1/assets", "Authorization", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.problem()).isEqualTo("unauthorized");
    assertThat(reply.json().get("instance").asText()).isEqualTo("/api/v1/assets");
    assertThat(reply.json().get("errors").isArray()).isTrue();
  }

  @Test
  void unknownTokenIs401() {
    Reply reply = client.get("/api/v1/assets", "Authorization", "Bearer nope");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void tokensCanBeReplacedAndSurviveReset() {
    assertThat(client.putJson("/_emulator/tokens", "{\"tokens\":[\"t1\"]}").status())
        .isEqualTo(204);
    client.postJson("/_emulator/reset", "{}");

    assertThat(client.get("/api/v1/assets", "Authorization", "Bearer t1").status()).isEqualTo(200);
    assertThat(client.get("/api/v1/assets").status()).isEqualTo(401);

    client.putJson("/_emulator/tokens", "{\"tokens\":[\"emulator-token\"]}");
  }

  @Test
  void unknownApiPathIsNotFoundProblem() {
    Reply reply = client.get("/api/v1/nothing/here");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.problem()).isEqualTo("not-found");
  }

  @Test
  void adminErrorsExplainWhatIsWrong() {
    Reply reply = client.putJson("/_emulator/tokens", "{\"tokenz\":[]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).contains("tokenz");
  }
}
