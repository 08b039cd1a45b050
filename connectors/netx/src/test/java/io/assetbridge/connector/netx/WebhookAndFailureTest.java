package io.assetbridge.connector.netx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.Change;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import io.assetbridge.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookAndFailureTest extends EmulatorTestBase {
  private static final String BODY =
      "{\"event\":\"asset.update\",\"assetId\":4711,\"timestamp\":1741003512345,\"webhookId\":3}";
  private static final String VECTOR =
      "sha256=5f8ec971066fbb7dec07ea4cc5373e90e511b3fb473114fbeb75cc6dbd14607d";

  @Test
  void verifiesTheContractTestVectorAndRejectsATamperedBody() {
    NetxConnector netx = connector();
    netx.verify(hook(BODY, VECTOR));
    assertThatThrownBy(() -> netx.verify(hook(BODY + " ", VECTOR)))
        .isInstanceOf(PermanentException.class);
    assertThatThrownBy(() -> netx.verify(hook(BODY, null))).isInstanceOf(PermanentException.class);
  }

  @Test
  void aWebhookIsKeyedByTheFreshModDateLikeAPoll() {
    seed("{\"folder\":\"A\",\"fileName\":\"a.jpg\",\"modDate\":1741003512345}");
    String body = BODY.replace("4711", "1001");
    List<Change> changes = connector().parse(hook(body, null));
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.objectId()).isEqualTo("1001");
              assertThat(c.versionKey()).isEqualTo("1741003512345");
              assertThat(c.kind()).isEqualTo("asset.updated");
            });
    assertThat(connector().parse(hook(BODY, null)))
        .extracting(Change::kind)
        .containsExactly("asset.deleted");
  }

  @Test
  void rateLimitIsRetryableWithTheServersDelay() {
    admin(
        "PUT",
        "/_emulator/faults",
        "{\"rules\":[{\"match\":{\"path\":\"/api/rpc\"},\"fault\":\"rate-limit\","
            + "\"retryAfterSeconds\":7,\"times\":1}]}");
    assertThatThrownBy(() -> connector().testConnection())
        .isInstanceOfSatisfying(
            RetryableException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
  }

  @Test
  void serverErrorsAndDroppedConnectionsAreRetryable() {
    admin(
        "PUT",
        "/_emulator/faults",
        "{\"rules\":[{\"match\":{\"rpcMethod\":\"getSelf\"},\"fault\":\"status\",\"status\":503,"
            + "\"times\":1},{\"match\":{\"rpcMethod\":\"getSelf\"},\"fault\":\"drop\",\"times\":1}]}");
    NetxConnector netx = connector();
    assertThatThrownBy(netx::testConnection).isInstanceOf(RetryableException.class);
    assertThatThrownBy(netx::testConnection).isInstanceOf(RetryableException.class);
    netx.testConnection();
  }

  private static WebhookRequest hook(String body, String signature) {
    return new WebhookRequest(
        signature == null ? Map.of() : Map.of("x-netx-signature", List.of(signature)),
        body.getBytes(StandardCharsets.UTF_8),
        Instant.now());
  }
}
