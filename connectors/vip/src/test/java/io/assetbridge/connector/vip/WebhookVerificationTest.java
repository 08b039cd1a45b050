package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.connector.vip.internal.events.WebhookSignature;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.WebhookRequest;
import io.assetbridge.testkit.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §10: signature and timestamp checks on the raw bytes, with the contract's test vector. */
class WebhookVerificationTest {
  static final String BODY =
      "{\"id\":\"evt_00000000000000000042\",\"type\":\"submission.received\","
          + "\"occurredAt\":\"2025-03-03T12:05:12.000Z\",\"data\":{\"submissionId\":\"sub_9\","
          + "\"contributor\":{\"id\":\"ctb_4\",\"name\":\"Nordlicht Agency\"},\"fileCount\":1,"
          + "\"receivedAt\":\"2025-03-03T12:05:12.000Z\"}}";
  static final String VECTOR = "fd1a7c13889bf3a71f6df0ece232e000af464481b7534e59d442b197144cec76";
  static final String TIMESTAMP = "1741003512";

  final SettableClock clock = new SettableClock(Instant.ofEpochSecond(1741003512L));

  @Test
  void theContractsTestVectorSignsAndParses() {
    assertThat(WebhookSignature.v1(new Secret("vip-hook-secret"), TIMESTAMP, bytes(BODY)))
        .isEqualTo(VECTOR);

    List<Change> changes = connector("vip-hook-secret").parseWebhook(hook("v1=" + VECTOR, BODY));

    assertThat(changes)
        .containsExactly(
            new Change(
                "vip",
                "sub_9",
                "evt_00000000000000000042",
                "submission.received",
                Instant.parse("2025-03-03T12:05:12Z")));
  }

  @Test
  void aTimestampTooFarFromOurClockIsRefusedEitherWay() {
    clock.advance(Duration.ofHours(1));
    assertThatThrownBy(() -> connector("vip-hook-secret").parseWebhook(hook("v1=" + VECTOR, BODY)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("timestamp 1741003512 is 3600 s from now");

    clock.advance(Duration.ofHours(-2));
    assertThatThrownBy(() -> connector("vip-hook-secret").parseWebhook(hook("v1=" + VECTOR, BODY)))
        .hasMessageContaining("timestamp 1741003512 is 3600 s from now");

    clock.advance(Duration.ofMinutes(65));
    assertThat(connector("vip-hook-secret").parseWebhook(hook("v1=" + VECTOR, BODY))).hasSize(1);
  }

  @Test
  void aForgedSignatureOrATamperedBodyIsRefused() {
    String forged = "v1=" + VECTOR.replace('f', 'e');
    assertThatThrownBy(() -> connector("vip-hook-secret").parseWebhook(hook(forged, BODY)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("signature does not match any configured secret");

    String tampered = BODY.replace("sub_9", "sub_8");
    assertThatThrownBy(
            () -> connector("vip-hook-secret").parseWebhook(hook("v1=" + VECTOR, tampered)))
        .hasMessageContaining("signature does not match any configured secret");

    assertThatThrownBy(() -> connector("another-secret").parseWebhook(hook("v1=" + VECTOR, BODY)))
        .hasMessageContaining("signature does not match any configured secret")
        .hasMessageNotContaining("another-secret");
  }

  @Test
  void duringARotationAnyMatchingV1OfSeveralIsEnough() {
    String header = "v1=" + "0".repeat(64) + ",v0=abc, v1=" + VECTOR;
    assertThat(connector("old-secret, vip-hook-secret").parseWebhook(hook(header, BODY)))
        .hasSize(1);
    assertThat(connector("vip-hook-secret,new-secret").parseWebhook(hook("v1=" + VECTOR, BODY)))
        .hasSize(1);
  }

  @Test
  void missingHeadersAndSecretsSayWhatIsMissing() {
    WebhookRequest unsigned =
        new WebhookRequest(Map.of("vip-timestamp", List.of(TIMESTAMP)), bytes(BODY), Instant.now());
    assertThatThrownBy(() -> connector("vip-hook-secret").parseWebhook(unsigned))
        .hasMessageContaining("missing VIP-Signature");
    assertThatThrownBy(() -> connector("vip-hook-secret").parseWebhook(hook("v0=" + VECTOR, BODY)))
        .hasMessageContaining("no v1 signature");
    assertThatThrownBy(() -> connector(null).parseWebhook(hook("v1=" + VECTOR, BODY)))
        .hasMessageContaining("no `webhookSecret` is configured");
  }

  private VipConnector connector(String secrets) {
    var values = new java.util.HashMap<String, Object>();
    values.put("baseUrl", "http://localhost:9");
    values.put("token", new Secret("emulator-token"));
    if (secrets != null) {
      values.put("webhookSecret", new Secret(secrets));
    }
    return new VipConnector(VipSettings.from(new ConnectionSettings("vip", values, clock)));
  }

  static WebhookRequest hook(String signature, String body) {
    return new WebhookRequest(
        Map.of(
            "vip-signature", List.of(signature),
            "vip-timestamp", List.of(TIMESTAMP),
            "vip-event-id", List.of("evt_00000000000000000042")),
        bytes(body),
        Instant.now());
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
