package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Reply;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DistributionChecksTest extends EmulatorTest {
  private final AtomicInteger keys = new AtomicInteger();

  @BeforeEach
  void seed() {
    seedPress();
  }

  private Reply distribute(String body) {
    return client.postJson(
        "/api/v1/distributions", body, "Idempotency-Key", "key-" + keys.incrementAndGet());
  }

  @Test
  void createsQueuedDistributionForActiveListMembersOnTheChannel() {
    String id = newAsset("{\"externalRef\":\"ps:I1\",\"expiresAt\":\"2026-01-01T00:00:00Z\"}");

    Reply reply =
        distribute(
            "{\"assetId\":\""
                + id
                + "\",\"listId\":\"lst_1\",\"channel\":\"press-portal\","
                + "\"message\":\"For use\",\"expiresAt\":\"2025-06-30T00:00:00Z\"}");

    assertThat(reply.status()).isEqualTo(201);
    JsonNode d = reply.json();
    assertThat(reply.header("Location")).isEqualTo("/api/v1/distributions/" + d.get("id").asText());
    assertThat(d.get("status").asText()).isEqualTo("queued");
    assertThat(d.get("externalRef").asText()).isEqualTo("ps:I1");
    assertThat(d.get("recipientIds").isNull()).isTrue();
    assertThat(d.get("rendition").isNull()).isTrue();
    assertThat(d.get("expiresAt").asText()).isEqualTo("2025-06-30T00:00:00.000Z");
    assertThat(d.get("deliveries"))
        .extracting(n -> n.get("recipientId").asText())
        .containsExactly("rcp_1", "rcp_2");
    JsonNode delivery = d.get("deliveries").get(0);
    assertThat(delivery.get("status").asText()).isEqualTo("pending");
    assertThat(delivery.get("recipientName").asText()).isEqualTo("Example Daily – Photo Desk");
    assertThat(AssetsTest.fieldNames(delivery))
        .containsExactly(
            "id",
            "recipientId",
            "recipientName",
            "status",
            "updatedAt",
            "deliveredAt",
            "downloadedAt",
            "publishedAt",
            "failedAt",
            "failureReason",
            "publication");
    assertThat(client.get("/api/v1/events").json().get("items").size()).isZero();
  }

  @Test
  void effectiveWindowIsTheLaterEmbargoAndTheEarlierExpiry() {
    String id =
        newAsset(
            "{\"embargoUntil\":\"2025-03-01T00:00:00Z\",\"expiresAt\":\"2025-05-01T00:00:00Z\"}");

    JsonNode d =
        distribute(
                "{\"assetId\":\""
                    + id
                    + "\",\"recipientIds\":[\"rcp_3\"],\"channel\":\"email\","
                    + "\"embargoUntil\":\"2025-01-01T00:00:00Z\",\"expiresAt\":\"2025-09-01T00:00:00Z\"}")
            .json();

    assertThat(d.get("embargoUntil").asText()).isEqualTo("2025-03-01T00:00:00.000Z");
    assertThat(d.get("expiresAt").asText()).isEqualTo("2025-05-01T00:00:00.000Z");
    assertThat(d.get("recipientIds")).extracting(JsonNode::asText).containsExactly("rcp_3");
    assertThat(d.get("listId").isNull()).isTrue();
  }

  @Test
  void schemaErrorsComeFirst() {
    Reply both =
        distribute(
            "{\"assetId\":\"ast_404\",\"listId\":\"lst_1\",\"recipientIds\":[\"rcp_1\"],\"channel\":\"press-portal\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(distribute("{\"assetId\":\"ast_404\",\"channel\":\"press-portal\"}").status())
        .isEqualTo(400);
    assertThat(
            distribute("{\"assetId\":\"ast_404\",\"listId\":\"lst_1\",\"channel\":\"fax\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            distribute("{\"assetId\":\"a\",\"listId\":\"lst_1\",\"channel\":\"email\",\"x\":1}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void referencesComeBeforeTheWindowAndNameEveryMissingThing() {
    String id = newAsset("{\"embargoUntil\":\"2099-01-01T00:00:00Z\"}");

    Reply missingRendition =
        distribute(
            "{\"assetId\":\""
                + id
                + "\",\"rendition\":\"web\",\"listId\":\"lst_1\",\"channel\":\"press-portal\"}");
    assertThat(missingRendition.problem()).isEqualTo("invalid-reference");
    assertThat(missingRendition.json().get("errors").get(0).get("field").asText())
        .isEqualTo("rendition");

    Reply missing =
        distribute(
            "{\"assetId\":\""
                + id
                + "\",\"recipientIds\":[\"rcp_1\",\"rcp_99\"],\"channel\":\"press-portal\"}");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().get("errors").get(0).get("field").asText())
        .isEqualTo("recipientIds[1]");
  }

  @Test
  void embargoedComesBeforeExpiredAndChannelChecks() {
    String id = newAsset("{\"embargoUntil\":\"2025-04-01T08:00:00Z\"}");

    Reply reply =
        distribute(
            "{\"assetId\":\""
                + id
                + "\",\"recipientIds\":[\"rcp_3\"],\"channel\":\"press-portal\","
                + "\"expiresAt\":\"2020-01-01T00:00:00Z\"}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.problem()).isEqualTo("embargoed");
    assertThat(reply.json().get("embargoUntil").asText()).isEqualTo("2025-04-01T08:00:00.000Z");
  }

  @Test
  void expiredWhenNowIsAtOrAfterTheEffectiveExpiry() {
    String id = newAsset("{}");

    Reply reply =
        distribute(
            "{\"assetId\":\""
                + id
                + "\",\"listId\":\"lst_1\",\"channel\":\"press-portal\","
                + "\"expiresAt\":\"2025-03-03T12:00:00Z\"}");

    assertThat(reply.problem()).isEqualTo("expired");
    assertThat(reply.json().get("expiresAt").asText()).isEqualTo("2025-03-03T12:00:00.000Z");
  }

  @Test
  void namedRecipientsMustBeActiveAndOnTheChannel() {
    String id = newAsset("{}");

    Reply wrongChannel =
        distribute(
            "{\"assetId\":\""
                + id
                + "\",\"recipientIds\":[\"rcp_1\",\"rcp_3\"],\"channel\":\"press-portal\"}");
    assertThat(wrongChannel.problem()).isEqualTo("channel-mismatch");
    assertThat(wrongChannel.json().get("errors").get(0).get("field").asText())
        .isEqualTo("recipientIds[1]");

    Reply inactive =
        distribute(
            "{\"assetId\":\""
                + id
                + "\",\"recipientIds\":[\"rcp_4\"],\"channel\":\"press-portal\"}");
    assertThat(inactive.problem()).isEqualTo("channel-mismatch");
  }

  @Test
  void aListWithNoActiveMemberOnTheChannelHasNoRecipients() {
    String id = newAsset("{}");

    Reply reply =
        distribute(
            "{\"assetId\":\"" + id + "\",\"listId\":\"lst_2\",\"channel\":\"press-portal\"}");

    assertThat(reply.problem()).isEqualTo("no-recipients");
  }

  @Test
  void distributionsAreListedAndFilteredAndKeepTheirSnapshot() {
    String a = newAsset("{\"title\":\"first\"}");
    String b = newAsset("{}");
    distribute("{\"assetId\":\"" + a + "\",\"listId\":\"lst_1\",\"channel\":\"press-portal\"}");
    distribute("{\"assetId\":\"" + b + "\",\"listId\":\"lst_1\",\"channel\":\"press-portal\"}");
    client.patch("/api/v1/assets/" + a, "{\"externalRef\":\"later\"}");

    JsonNode page = client.get("/api/v1/distributions?assetId=" + a).json();
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("externalRef").isNull()).isTrue();
    assertThat(
            client
                .get("/api/v1/distributions?status=queued&limit=1")
                .json()
                .get("nextCursor")
                .isNull())
        .isFalse();
    assertThat(client.get("/api/v1/distributions?status=bogus").status()).isEqualTo(400);
    assertThat(client.get("/api/v1/distributions/dst_404").status()).isEqualTo(404);
  }
}
