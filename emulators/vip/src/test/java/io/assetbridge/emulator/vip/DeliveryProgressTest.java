package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryProgressTest extends EmulatorTest {
  private String distributionId;

  @BeforeEach
  void distribute() {
    seedPress();
    String asset = newAsset("{\"externalRef\":\"ps:I1\"}");
    distributionId =
        client
            .postJson(
                "/api/v1/distributions",
                "{\"assetId\":\""
                    + asset
                    + "\",\"listId\":\"lst_1\",\"channel\":\"press-portal\","
                    + "\"expiresAt\":\"2025-03-03T13:00:00Z\"}",
                "Idempotency-Key",
                "k")
            .json()
            .get("id")
            .asText();
  }

  private Reply advance(String deliveryId, String body) {
    return client.postJson("/_emulator/deliveries/" + deliveryId + "/advance", body);
  }

  private String status() {
    return client.get("/api/v1/distributions/" + distributionId).json().get("status").asText();
  }

  private List<String> eventTypes() {
    List<String> types = new ArrayList<>();
    client
        .get("/api/v1/events")
        .json()
        .get("items")
        .forEach(e -> types.add(e.get("type").asText()));
    return types;
  }

  @Test
  void statusFollowsDeliveriesAndEventsComeInOrder() {
    Reply delivered = advance("dlv_1", "{\"status\":\"delivered\"}");
    assertThat(delivered.status()).isEqualTo(200);
    assertThat(delivered.json().get("deliveredAt").asText()).isEqualTo("2025-03-03T12:00:00.000Z");
    assertThat(status()).isEqualTo("sending");

    advance("dlv_2", "{\"status\":\"failed\",\"failureReason\":\"bounced\"}");
    JsonNode d = client.get("/api/v1/distributions/" + distributionId).json();
    assertThat(d.get("status").asText()).isEqualTo("partially_failed");
    assertThat(d.get("completedAt").asText()).isEqualTo("2025-03-03T12:00:00.000Z");

    Reply published = advance("dlv_1", "{\"status\":\"published\"}");
    JsonNode publication = published.json().get("publication");
    assertThat(publication.get("url").asText()).isEqualTo("https://example-daily.example/p/dlv_1");
    assertThat(publication.get("outlet").asText()).isEqualTo("Example Daily");

    assertThat(eventTypes())
        .containsExactly(
            "delivery.updated",
            "delivery.updated",
            "distribution.completed",
            "delivery.updated",
            "publication.reported");
    JsonNode events = client.get("/api/v1/events").json().get("items");
    JsonNode completed = events.get(2).get("data");
    assertThat(completed.get("status").asText()).isEqualTo("partially_failed");
    assertThat(completed.get("counts").toString())
        .isEqualTo("{\"pending\":0,\"delivered\":1,\"downloaded\":0,\"published\":0,\"failed\":1}");
    JsonNode updated = events.get(0).get("data");
    assertThat(updated.get("externalRef").asText()).isEqualTo("ps:I1");
    assertThat(updated.get("channel").asText()).isEqualTo("press-portal");
    assertThat(updated.get("delivery").get("status").asText()).isEqualTo("delivered");
  }

  @Test
  void illegalTransitionsAre409() {
    Reply skip = advance("dlv_1", "{\"status\":\"downloaded\"}");
    assertThat(skip.status()).isEqualTo(409);
    assertThat(skip.problem()).isEqualTo("illegal-transition");

    advance("dlv_1", "{\"status\":\"delivered\"}");
    assertThat(advance("dlv_1", "{\"status\":\"delivered\"}").status()).isEqualTo(409);
    assertThat(advance("dlv_404", "{\"status\":\"delivered\"}").status()).isEqualTo(404);
    assertThat(advance("dlv_1", "{\"status\":\"pending\"}").status()).isEqualTo(400);
  }

  @Test
  void publishedAgainReplacesThePublicationAndAnIdenticalOneChangesNothing() {
    advance("dlv_1", "{\"status\":\"delivered\"}");
    String pub =
        "{\"status\":\"published\",\"publication\":{\"url\":\"https://x.example/1\",\"outlet\":\"X\"}}";
    advance("dlv_1", pub);
    int before = eventTypes().size();

    assertThat(advance("dlv_1", pub).status()).isEqualTo(200);
    assertThat(eventTypes()).hasSize(before);

    Reply replaced =
        advance(
            "dlv_1",
            "{\"status\":\"published\",\"publication\":{\"url\":\"https://x.example/2\",\"outlet\":\"X\"}}");
    assertThat(replaced.json().get("publication").get("url").asText())
        .isEqualTo("https://x.example/2");
    assertThat(eventTypes().subList(before, before + 2))
        .containsExactly("delivery.updated", "publication.reported");
  }

  @Test
  void distributionAdvanceMovesEveryDeliveryThatMayAndCompletesOnce() {
    advance("dlv_1", "{\"status\":\"delivered\"}");
    advance("dlv_1", "{\"status\":\"downloaded\"}");

    JsonNode d =
        client
            .postJson(
                "/_emulator/distributions/" + distributionId + "/advance",
                "{\"status\":\"delivered\"}")
            .json();

    assertThat(d.get("status").asText()).isEqualTo("sent");
    assertThat(d.get("deliveries").get(0).get("status").asText()).isEqualTo("downloaded");
    assertThat(d.get("deliveries").get(1).get("status").asText()).isEqualTo("delivered");
    assertThat(eventTypes().stream().filter("distribution.completed"::equals)).hasSize(1);
  }

  @Test
  void cancelFailsPendingDeliveriesAndIsTerminal() {
    advance("dlv_1", "{\"status\":\"delivered\"}");

    JsonNode d =
        client.postJson("/_emulator/distributions/" + distributionId + "/cancel", "{}").json();

    assertThat(d.get("status").asText()).isEqualTo("cancelled");
    assertThat(d.get("deliveries").get(1).get("failureReason").asText()).isEqualTo("cancelled");
    assertThat(
            client
                .postJson("/_emulator/distributions/" + distributionId + "/cancel", "{}")
                .status())
        .isEqualTo(409);
    assertThat(advance("dlv_1", "{\"status\":\"failed\"}").status()).isEqualTo(409);
    assertThat(advance("dlv_1", "{\"status\":\"published\"}").status()).isEqualTo(200);
    assertThat(status()).isEqualTo("cancelled");
  }

  @Test
  void expiryFailsOnlyPendingDeliveries() {
    advance("dlv_1", "{\"status\":\"delivered\"}");
    clock.advance(Duration.ofHours(2));

    JsonNode d = client.get("/api/v1/distributions/" + distributionId).json();

    assertThat(d.get("status").asText()).isEqualTo("partially_failed");
    assertThat(d.get("deliveries").get(0).get("status").asText()).isEqualTo("delivered");
    JsonNode expired = d.get("deliveries").get(1);
    assertThat(expired.get("failureReason").asText()).isEqualTo("expired");
    assertThat(expired.get("failedAt").asText()).isEqualTo("2025-03-03T13:00:00.000Z");
    assertThat(advance("dlv_1", "{\"status\":\"downloaded\"}").status()).isEqualTo(200);
  }

  @Test
  void autoAdvanceWalksNewDeliveriesThroughEveryStatus() throws Exception {
    client.putJson(
        "/_emulator/auto-advance", "{\"enabled\":true,\"delayMs\":10,\"to\":\"published\"}");
    String asset = newAsset("{}");
    String id =
        client
            .postJson(
                "/api/v1/distributions",
                "{\"assetId\":\""
                    + asset
                    + "\",\"recipientIds\":[\"rcp_3\"],\"channel\":\"email\"}",
                "Idempotency-Key",
                "auto")
            .json()
            .get("id")
            .asText();

    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!client
        .get("/api/v1/distributions/" + id)
        .json()
        .get("status")
        .asText()
        .equals("sent")) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(10);
    }
    JsonNode delivery = client.get("/api/v1/distributions/" + id).json().get("deliveries").get(0);
    assertThat(delivery.get("status").asText()).isEqualTo("published");
    assertThat(delivery.get("downloadedAt").isNull()).isFalse();
    assertThat(eventTypes())
        .containsExactly(
            "delivery.updated",
            "distribution.completed",
            "delivery.updated",
            "delivery.updated",
            "publication.reported");
  }
}
