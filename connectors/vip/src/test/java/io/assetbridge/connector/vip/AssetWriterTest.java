package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** AssetWriter against the emulator: idempotent create, look-up by external key, merge patch. */
class AssetWriterTest extends EmulatorBackedTest {

  @Test
  void aCreatedAssetIsFoundByItsExternalKey() {
    String id = createAsset("ps:I0000abc", fields("title", "Harbour at dawn"));

    assertThat(vip.findByExternalKey("ps:I0000abc")).contains(id);
    assertThat(vip.findByExternalKey("ps:I0000zzz")).isEmpty();
    // The journal shows multipart parts in the order sent: metadata first, the file streamed after.
    assertThat(emulator.awaitJournal("POST", "/api/v1/assets", 1).get(0).path("body").asText())
        .startsWith("metadata={\"externalRef\":\"ps:I0000abc\"")
        .contains("file=<file name=harbour.jpg bytes=4096>");
  }

  @Test
  void aConnectionDroppedAfterCreateThenARetryWithTheSameKeyMakesOneAsset() {
    emulator.faults(
        "{\"rules\":[{\"match\":{\"method\":\"POST\",\"path\":\"/api/v1/assets\"},"
            + "\"fault\":\"drop\",\"phase\":\"after\",\"times\":1}]}");
    NewAsset asset = new NewAsset("ps:I0000abc", fields("title", "Harbour"), "create-ps:I0000abc");

    assertThatThrownBy(() -> vip.create(asset, GeneratedContent.of("harbour.jpg", 200_000)))
        .isInstanceOf(RetryableException.class);
    String id = vip.create(asset, GeneratedContent.of("harbour.jpg", 200_000));

    assertThat(emulator.api("/assets").path("items")).hasSize(1);
    assertThat(emulator.api("/assets").path("items").get(0).path("id").asText()).isEqualTo(id);
    assertThat(emulator.awaitJournal("POST", "/api/v1/assets", 2))
        .extracting(e -> e.path("idempotencyKey").asText(), e -> e.path("replayed").asBoolean())
        .containsExactly(tuple("create-ps:I0000abc", false), tuple("create-ps:I0000abc", true));
  }

  @Test
  void aKeyWhoseFirstRequestStillRunsIsRetryableAfterASecond() throws Exception {
    emulator.faults(
        "{\"rules\":[{\"match\":{\"method\":\"POST\",\"path\":\"/api/v1/assets\"},"
            + "\"fault\":\"latency\",\"latencyMs\":1000,\"times\":2}]}");
    NewAsset asset = new NewAsset("ps:I0000abc", fields("title", "Harbour"), "same-key");
    Callable<String> create = () -> vip.create(asset, GeneratedContent.of("harbour.jpg", 4096));

    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<String>> both = List.of(threads.submit(create), threads.submit(create));
      List<Throwable> failures = new ArrayList<>();
      for (Future<String> attempt : both) {
        try {
          attempt.get();
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      assertThat(failures).hasSize(1);
      assertThat(failures.get(0))
          .hasMessageContaining("idempotency-key-in-progress")
          .isInstanceOfSatisfying(
              RetryableException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }
  }

  @Test
  void anExternalRefVipAlreadyHoldsAnswersWithThatAsset() {
    String first = createAsset("ps:I0000abc", fields("title", "Harbour"));

    String second =
        vip.create(
            new NewAsset("ps:I0000abc", fields("title", "Harbour"), "another-key"),
            GeneratedContent.of("harbour.jpg", 4096));

    assertThat(second).isEqualTo(first);
    assertThat(emulator.awaitJournal("POST", "/api/v1/assets", 2))
        .extracting(e -> e.path("status").asInt())
        .containsExactly(201, 409);
    assertThat(emulator.api("/assets").path("items")).hasSize(1);
  }

  @Test
  void anUpdateSendsAMergePatchWithOnlyTheGivenFields() throws Exception {
    String id =
        createAsset(
            "ps:I0000abc",
            fields(
                "title",
                "Harbour",
                "caption",
                "Old",
                "embargoUntil",
                Instant.parse("2030-01-01T00:00:00Z"),
                "tags",
                Map.of("region", List.of("EMEA"), "campaign", List.of("SPRING25"))));
    Map<String, Object> changed = new HashMap<>();
    changed.put("caption", "New caption");
    changed.put("embargoUntil", null);
    Map<String, Object> tags = new HashMap<>();
    tags.put("campaign", null);
    changed.put("tags", tags);

    vip.update(id, changed);

    var patch = emulator.awaitJournal("PATCH", "/api/v1/assets/" + id, 1).get(0);
    assertThat(new ObjectMapper().readTree(patch.path("body").asText()))
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    "{\"caption\":\"New caption\",\"embargoUntil\":null,"
                        + "\"tags\":{\"campaign\":null}}"));
    var asset = vip.read(id);
    assertThat(asset.caption()).isEqualTo("New caption");
    assertThat(asset.title()).isEqualTo("Harbour");
    assertThat(asset.rights().embargoUntil()).isNull();
    assertThat(asset.tags()).containsOnlyKeys("region");
    assertThat(asset.version()).isEqualTo("2");
  }

  @Test
  void fieldsVipWouldRefuseFailBeforeAnyRequest() {
    String id = createAsset("ps:I0000abc", fields("title", "Harbour"));

    assertThatThrownBy(() -> vip.update(id, fields("tags", Map.of("Not A Key!", List.of("x")))))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("`tags`");
    assertThatThrownBy(() -> vip.update(id, fields("rating", 5)))
        .hasMessageContaining("`rating` is not writable");

    vip.read(id);
    emulator.awaitJournal("GET", "/api/v1/assets/" + id, 1);
    assertThat(emulator.journal("PATCH", "/api/v1/assets/" + id)).isEmpty();
    assertThat(vip.writableFields()).contains("byline", "tags", "territories");
  }
}
