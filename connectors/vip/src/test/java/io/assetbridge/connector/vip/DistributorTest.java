package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.spi.DistributionReceipt;
import io.assetbridge.spi.DistributionRequest;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Distributor against the emulator: lists by name or id, refusals, rate limits, read-back. */
class DistributorTest extends EmulatorBackedTest {
  static final String SEED =
      "{\"recipients\":["
          + "{\"key\":\"daily\",\"name\":\"Example Daily – Photo Desk\",\"organization\":\"Example"
          + " Daily\",\"channel\":\"press-portal\",\"address\":\"exampledaily\","
          + "\"regions\":[\"EMEA\"],\"markets\":[\"DE\"]},"
          + "{\"key\":\"wire\",\"name\":\"Wire desk\",\"organization\":\"Wire\","
          + "\"channel\":\"email\",\"address\":\"desk@wire.example\",\"regions\":[],\"markets\":[]}],"
          + "\"lists\":[{\"name\":\"EMEA press\",\"description\":\"Press partners in EMEA\","
          + "\"members\":[\"daily\"]},"
          + "{\"name\":\"Mail only\",\"description\":\"e-mail\",\"members\":[\"wire\"]}]}";

  JsonNode seeded;
  String assetId;

  @BeforeEach
  void seed() {
    seeded = emulator.seed(SEED);
    assetId = createAsset("ps:I0000abc", fields("title", "Harbour"));
  }

  @Test
  void aListNamedInAnyCaseIsSentToByItsId() {
    DistributionReceipt receipt = vip.distribute(toList("emea PRESS", "dist-1"));

    assertThat(receipt.deliveryCount()).isEqualTo(1);
    assertThat(receipt.status()).isEqualTo("queued");
    JsonNode sent = body(emulator.awaitJournal("POST", "/api/v1/distributions", 1).get(0));
    assertThat(sent.path("listId").asText()).isEqualTo(listId("EMEA press"));
    assertThat(sent.path("rendition").isNull()).isTrue();
    assertThat(
            emulator
                .awaitJournal("POST", "/api/v1/distributions", 1)
                .get(0)
                .path("idempotencyKey")
                .asText())
        .isEqualTo("dist-1");
  }

  @Test
  void aListIdIsSentAsItIsAndTheSameKeyNeverSendsTwice() {
    DistributionReceipt first = vip.distribute(toList(listId("EMEA press"), "dist-2"));
    DistributionReceipt again = vip.distribute(toList(listId("EMEA press"), "dist-2"));

    assertThat(again.distributionId()).isEqualTo(first.distributionId());
    assertThat(emulator.api("/distributions").path("items")).hasSize(1);
  }

  @Test
  void anUnknownListIsPermanentAndNamesTheListsThatExist() {
    assertThatThrownBy(() -> vip.distribute(toList("APAC press", "dist-3")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("no list 'APAC press'")
        .hasMessageContaining("'EMEA press' (" + listId("EMEA press") + ")")
        .hasMessageContaining("'Mail only'");
    assertThat(emulator.journal("POST", "/api/v1/distributions")).isEmpty();
  }

  @Test
  void eachRefusalIsPermanentAndSaysWhichAndWhy() {
    Instant later =
        Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Instant earlier =
        Instant.now().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    assertRefused(
        request(assetId, "EMEA press", List.of(), later, null, "k1"),
        "embargoed",
        later.toString().replace("Z", ""));
    assertRefused(
        request(assetId, "EMEA press", List.of(), null, earlier, "k2"),
        "expired",
        earlier.toString().replace("Z", ""));
    assertRefused(
        request(assetId, "Mail only", List.of(), null, null, "k3"),
        "no-recipients",
        "press-portal");
    assertRefused(
        request(assetId, null, List.of(recipientId("wire")), null, null, "k4"),
        "channel-mismatch",
        "press-portal");
    assertRefused(
        request("ast_999999", "EMEA press", List.of(), null, null, "k5"),
        "invalid-reference",
        "assetId");
  }

  @Test
  void aRateLimitIsRetryableWithTheWaitVipAskedFor() {
    emulator.faults(
        "{\"rules\":[{\"match\":{\"method\":\"POST\",\"path\":\"/api/v1/distributions\"},"
            + "\"fault\":\"rate-limit\",\"retryAfterSeconds\":7,\"times\":1}]}");

    assertThatThrownBy(() -> vip.distribute(toList("EMEA press", "dist-4")))
        .isInstanceOfSatisfying(
            RetryableException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    assertThat(vip.distribute(toList("EMEA press", "dist-4")).deliveryCount()).isEqualTo(1);
  }

  @Test
  void aDistributionIsReadBackWithItsDeliveries() {
    DistributionReceipt receipt = vip.distribute(toList("EMEA press", "dist-5"));
    emulator.advanceDistribution(receipt.distributionId(), "{\"status\":\"delivered\"}");

    assertThat(vip.readDistribution(receipt.distributionId()).status()).isEqualTo("sent");
    List<VipDistribution> all = vip.distributionsWithDetails(assetId);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).listId()).isEqualTo(listId("EMEA press"));
    assertThat(all.get(0).deliveries())
        .singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo("delivered"))
        .satisfies(d -> assertThat(d.recipientId()).isEqualTo(recipientId("daily")));
    assertThat(vip.distributionsOf(assetId))
        .singleElement()
        .satisfies(story -> assertThat(story.status()).isEqualTo("sent"))
        .satisfies(
            story ->
                assertThat(story.deliveries())
                    .extracting(d -> d.status())
                    .containsExactly("delivered"));
  }

  @Test
  void aRenditionIsUploadedListedAndSentByName() {
    String renditionId =
        vip.uploadRendition(
            assetId, "web-2048", GeneratedContent.of("harbour-2048.jpg", 2048), "r-1");

    assertThat(vip.listRenditions(assetId))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo(renditionId))
        .satisfies(r -> assertThat(r.size()).isEqualTo(2048L));
    var request =
        new DistributionRequest(
            assetId, "web-2048", "EMEA press", null, "press-portal", null, null, null, "dist-6");
    vip.distribute(request);
    assertThat(
            body(emulator.awaitJournal("POST", "/api/v1/distributions", 1).get(0))
                .path("rendition")
                .asText())
        .isEqualTo("web-2048");
    assertThatThrownBy(
            () -> vip.uploadRendition(assetId, "Web 2048", GeneratedContent.of("x.jpg", 1), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("[a-z0-9][a-z0-9-]{0,63}");
  }

  private void assertRefused(DistributionRequest request, String slug, String why) {
    assertThatThrownBy(() -> vip.distribute(request))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(slug + ":")
        .hasMessageContaining(why);
  }

  private DistributionRequest toList(String list, String key) {
    return request(assetId, list, List.of(), null, null, key);
  }

  private static DistributionRequest request(
      String asset,
      String list,
      List<String> recipients,
      Instant embargo,
      Instant expiry,
      String key) {
    return new DistributionRequest(
        asset,
        null,
        list,
        recipients,
        "press-portal",
        "For use from 1 April.",
        embargo,
        expiry,
        key);
  }

  private String listId(String name) {
    for (JsonNode list : seeded.path("lists")) {
      if (list.path("name").asText().equals(name)) {
        return list.path("id").asText();
      }
    }
    throw new AssertionError("no seeded list " + name);
  }

  private String recipientId(String key) {
    for (JsonNode recipient : seeded.path("recipients")) {
      if (recipient.path("key").asText().equals(key)) {
        return recipient.path("id").asText();
      }
    }
    throw new AssertionError("no seeded recipient " + key);
  }

  private static JsonNode body(JsonNode journalEntry) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(journalEntry.path("body").asText());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
