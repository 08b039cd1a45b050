package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Reply;
import org.junit.jupiter.api.Test;

class EventsFeedTest extends EmulatorTest {

  private void seedSubmissions(int count) {
    StringBuilder body = new StringBuilder("{\"submissions\":[");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"contributor\":{\"name\":\"C\"},\"files\":[{\"fileName\":\"f")
          .append(i)
          .append(".jpg\",\"image\":{\"width\":4,\"height\":4}}]}");
    }
    client.postJson("/_emulator/seed", body.append("]}").toString());
  }

  @Test
  void emptyFeedWithoutAfterHasNullCursor() {
    JsonNode page = client.get("/api/v1/events").json();

    assertThat(page.get("items")).isEmpty();
    assertThat(page.get("nextCursor").isNull()).isTrue();
    assertThat(page.get("hasMore").asBoolean()).isFalse();
  }

  @Test
  void pagesInStrictOrderWithAfterAndLimit() {
    seedSubmissions(5);

    JsonNode first = client.get("/api/v1/events?limit=2").json();
    assertThat(first.get("items"))
        .extracting(e -> e.get("id").asText())
        .containsExactly("evt_00000000000000000001", "evt_00000000000000000002");
    assertThat(first.get("nextCursor").asText()).isEqualTo("evt_00000000000000000002");
    assertThat(first.get("hasMore").asBoolean()).isTrue();
    assertThat(AssetsTest.fieldNames(first.get("items").get(0)))
        .containsExactly("id", "type", "occurredAt", "data");

    JsonNode rest = client.get("/api/v1/events?after=evt_00000000000000000002&limit=500").json();
    assertThat(rest.get("items")).hasSize(3);
    assertThat(rest.get("hasMore").asBoolean()).isFalse();

    JsonNode none = client.get("/api/v1/events?after=evt_00000000000000000005").json();
    assertThat(none.get("items")).isEmpty();
    assertThat(none.get("nextCursor").asText()).isEqualTo("evt_00000000000000000005");
  }

  @Test
  void unknownAfterIs410() {
    seedSubmissions(1);

    Reply unknown = client.get("/api/v1/events?after=evt_00000000000000000042");
    assertThat(unknown.status()).isEqualTo(410);
    assertThat(unknown.problem()).isEqualTo("cursor-expired");
    assertThat(client.get("/api/v1/events?after=garbage").status()).isEqualTo(410);
    assertThat(client.get("/api/v1/events?after=evt_99999999999999999999").status()).isEqualTo(410);
    assertThat(client.get("/api/v1/events?limit=501").status()).isEqualTo(400);
    assertThat(client.get("/api/v1/events?since=1").status()).isEqualTo(400);
  }
}
