package io.assetbridge.emulator.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JournalTest {

  static PhotoShelterEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = PhotoShelterEmulator.start(0);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void journalShowsRequestsWithoutSecrets() {
    PsClient client = new PsClient(emulator);
    client.reset();
    String id = client.seed(1, 1).path("image_ids").get(0).asText();
    client.login();
    client.get("/psapi/v3/mem/image/" + id + "/iptc?fields=trans_ref&api_key=emu-api-key");
    client.patch(
        "/psapi/v4.0/media/" + id + "/iptc",
        "{\"data\":{\"attributes\":{\"trans_ref\":\"netx:1\"}}}");
    client.send(
        client
            .request("/psapi/v3/mem/user/session")
            .header("X-PS-Api-Key", PsClient.KEY)
            .header("Authorization", "Bearer emu-oauth-token")
            .GET());

    JsonNode journal = client.admin("GET", "/_emulator/journal?since=0&limit=1000", null);
    JsonNode entries = journal.path("entries");
    assertThat(entries).hasSize(5);
    assertThat(journal.toString())
        .doesNotContain("emu-password", "emu-api-key", client.token, "emu-oauth-token");
    JsonNode login = entries.get(0);
    assertThat(login.path("seq").asLong()).isEqualTo(1);
    assertThat(login.path("method").asText()).isEqualTo("POST");
    assertThat(login.path("auth").asText()).isEqualTo("none");
    assertThat(login.at("/body/email").asText()).isEqualTo("editor@example.com");
    assertThat(login.path("body").has("password")).isFalse();
    JsonNode read = entries.get(2);
    assertThat(read.path("path").asText()).isEqualTo("/psapi/v3/mem/image/" + id + "/iptc");
    assertThat(read.path("query").asText()).isEqualTo("fields=trans_ref");
    assertThat(read.path("auth").asText()).isEqualTo("token");
    assertThat(read.path("status").asInt()).isEqualTo(200);
    assertThat(read.path("fault").isNull()).isTrue();
    assertThat(read.has("body")).isFalse();
    assertThat(read.path("at").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    JsonNode patch = entries.get(3);
    assertThat(patch.at("/body/data/attributes/trans_ref").asText()).isEqualTo("netx:1");
    assertThat(patch.path("request_bytes").asLong()).isPositive();
    assertThat(entries.get(4).path("auth").asText()).isEqualTo("bearer");

    JsonNode since = client.admin("GET", "/_emulator/journal?since=3", null);
    assertThat(since.path("entries")).hasSize(2);
    assertThat(since.path("next_since").asLong()).isEqualTo(5);
    client.admin("DELETE", "/_emulator/journal", null);
    assertThat(client.admin("GET", "/_emulator/journal", null).path("entries")).isEmpty();
    client.form("/psapi/v3/mem/gallery/insert", Map.of("name", "X"));
    assertThat(client.admin("GET", "/_emulator/journal", null).at("/entries/0/seq").asLong())
        .isEqualTo(6);
  }
}
