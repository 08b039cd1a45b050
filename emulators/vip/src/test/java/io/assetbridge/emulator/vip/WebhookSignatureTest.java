package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.emulator.vip.events.EventJson;
import io.assetbridge.emulator.vip.webhooks.RetrySchedule;
import io.assetbridge.emulator.vip.webhooks.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The §10 test vector, byte for byte, through the same code the emulator sends with. */
class WebhookSignatureTest {
  private static final String BODY =
      "{\"id\":\"evt_00000000000000000042\",\"type\":\"submission.received\",\"occurredAt\":\"2025-03-03T12:05:12.000Z\","
          + "\"data\":{\"submissionId\":\"sub_9\",\"contributor\":{\"id\":\"ctb_4\",\"name\":\"Nordlicht Agency\"},"
          + "\"fileCount\":1,\"receivedAt\":\"2025-03-03T12:05:12.000Z\"}}";

  @Test
  void reproducesTheContractsTestVector() {
    String signature =
        WebhookSigner.header(
            List.of("vip-hook-secret"), "1741003512", BODY.getBytes(StandardCharsets.UTF_8));

    assertThat(signature)
        .isEqualTo("v1=fd1a7c13889bf3a71f6df0ece232e000af464481b7534e59d442b197144cec76");
  }

  @Test
  void serialisesTheVectorsEventExactly() {
    Instant at = Instant.parse("2025-03-03T12:05:12Z");
    Map<String, Object> contributor = new java.util.LinkedHashMap<>();
    contributor.put("id", "ctb_4");
    contributor.put("name", "Nordlicht Agency");
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("submissionId", "sub_9");
    data.put("contributor", contributor);
    data.put("fileCount", 1);
    data.put("receivedAt", at);

    assertThat(EventJson.serialize(EventJson.idOf(42), "submission.received", at, data))
        .isEqualTo(BODY);
  }

  @Test
  void signsWithEverySecretDuringARotation() {
    String header = WebhookSigner.header(List.of("a", "b"), "1", new byte[0]);

    assertThat(header.split(",")).hasSize(2).allMatch(v -> v.startsWith("v1="));
  }

  @Test
  void retryDelaysDoubleWithinTwentyPercent() {
    Random random = new Random(1);
    for (int n = 1; n < RetrySchedule.MAX_ATTEMPTS; n++) {
      long nominal = 30_000L << (n - 1);
      assertThat(RetrySchedule.delayMs(30_000, n, random))
          .isBetween(nominal * 8 / 10, nominal * 12 / 10);
    }
  }
}
