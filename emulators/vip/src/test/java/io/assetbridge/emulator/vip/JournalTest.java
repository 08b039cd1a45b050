package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import org.junit.jupiter.api.Test;

class JournalTest extends EmulatorTest {

  @Test
  void recordsRequestsWithMaskedTokenAndSummarisedFiles() {
    createAsset("{\"title\":\"T\"}", "a.jpg", new byte[123], "Idempotency-Key", "k1");
    createAsset("{\"title\":\"T\"}", "a.jpg", new byte[123], "Idempotency-Key", "k1");
    client.get("/api/v1/assets", "Authorization", null);

    JsonNode page = client.get("/_emulator/journal").json();
    JsonNode entries = page.get("entries");
    assertThat(entries).hasSize(3);
    JsonNode first = entries.get(0);
    assertThat(first.get("seq").asLong()).isEqualTo(1);
    assertThat(first.get("direction").asText()).isEqualTo("in");
    assertThat(first.get("method").asText()).isEqualTo("POST");
    assertThat(first.get("path").asText()).isEqualTo("/api/v1/assets");
    assertThat(first.get("status").asInt()).isEqualTo(201);
    assertThat(first.get("idempotencyKey").asText()).isEqualTo("k1");
    assertThat(first.get("replayed").asBoolean()).isFalse();
    assertThat(first.get("headers").get("Authorization").asText()).isEqualTo("Bearer ***");
    assertThat(first.get("body").asText())
        .contains("{\"title\":\"T\"}")
        .contains("<file name=a.jpg bytes=123>");
    assertThat(entries.get(1).get("replayed").asBoolean()).isTrue();
    assertThat(entries.get(2).get("problemType").asText())
        .isEqualTo("urn:vip:problem:unauthorized");
    assertThat(page.get("nextAfter").asLong()).isEqualTo(3);
  }

  @Test
  void pagesAndClears() {
    client.get("/api/v1/lists");
    client.get("/api/v1/lists");
    client.get("/api/v1/lists");

    JsonNode page = client.get("/_emulator/journal?after=1&limit=1").json();
    assertThat(page.get("entries").get(0).get("seq").asLong()).isEqualTo(2);
    assertThat(page.get("nextAfter").asLong()).isEqualTo(2);

    assertThat(client.delete("/_emulator/journal").status()).isEqualTo(204);
    JsonNode empty = client.get("/_emulator/journal?after=3").json();
    assertThat(empty.get("entries")).isEmpty();
    assertThat(empty.get("nextAfter").asLong()).isEqualTo(3);
    assertThat(client.get("/_emulator/journal?limit=0").status()).isEqualTo(400);
  }
}
