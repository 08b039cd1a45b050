package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Reply;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SubmissionsTest extends EmulatorTest {
  private static final String SEED =
      """
      {"recipients":[{"key":"daily","name":"Example Daily – Photo Desk","organization":"Example Daily","channel":"press-portal","address":"exampledaily","regions":["EMEA"],"markets":["DE"]}],
       "lists":[{"name":"EMEA press","description":"Press partners in EMEA","members":["daily"]}],
       "submissions":[{"contributor":{"name":"Nordlicht Agency","email":"desk@nordlicht.example"},"metadata":{"title":"Fjord ferry","credit":"Nordlicht"},"files":[{"fileName":"IMG_0412.jpg","image":{"width":160,"height":107}}]}]}
      """;

  @Test
  void seedAnswersTheContractShape() {
    Reply reply = client.postJson("/_emulator/seed", SEED);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().toString())
        .isEqualTo(
            "{\"recipients\":[{\"key\":\"daily\",\"id\":\"rcp_1\"}],\"lists\":[{\"name\":\"EMEA press\",\"id\":\"lst_1\"}],"
                + "\"submissions\":[{\"id\":\"sub_1\",\"fileIds\":[\"fil_1\"]}]}");
    JsonNode list = client.get("/api/v1/lists/lst_1").json();
    assertThat(list.get("memberCount").asInt()).isOne();
    assertThat(list.get("members").get(0).get("address").asText()).isEqualTo("exampledaily");
    assertThat(client.get("/api/v1/lists").json().get("items").get(0).has("members")).isFalse();
    assertThat(
            client.get("/api/v1/recipients?region=EMEA&channel=press-portal").json().get("items"))
        .hasSize(1);
    assertThat(client.get("/api/v1/recipients?market=US").json().get("items")).isEmpty();
  }

  @Test
  void seededSubmissionHasARealDeterministicJpeg() throws Exception {
    client.postJson("/_emulator/seed", SEED);

    JsonNode submission = client.get("/api/v1/submissions/sub_1").json();
    assertThat(submission.get("status").asText()).isEqualTo("received");
    assertThat(submission.get("contributor").get("id").asText()).isEqualTo("ctb_1");
    assertThat(submission.get("metadata").get("title").asText()).isEqualTo("Fjord ferry");
    assertThat(submission.get("metadata").get("keywords").size()).isZero();
    assertThat(submission.get("metadata").has("externalRef")).isFalse();
    assertThat(submission.get("ack").isNull()).isTrue();
    JsonNode file = submission.get("files").get(0);
    assertThat(file.get("mediaType").asText()).isEqualTo("image/jpeg");

    Reply content = client.get("/api/v1/submissions/sub_1/files/fil_1/content");
    assertThat(content.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"IMG_0412.jpg\"");
    assertThat(content.header("ETag")).isEqualTo("\"" + file.get("sha256").asText() + "\"");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(content.bytes()));
    assertThat(image.getWidth()).isEqualTo(160);
    assertThat(image.getHeight()).isEqualTo(107);

    client.postJson("/_emulator/reset", "{}");
    client.postJson("/_emulator/seed", SEED);
    byte[] again = client.get("/api/v1/submissions/sub_1/files/fil_1/content").bytes();
    assertThat(again).isEqualTo(content.bytes());
    Reply range = client.get("/api/v1/submissions/sub_1/files/fil_1/content", "Range", "bytes=0-3");
    assertThat(range.status()).isEqualTo(206);
    assertThat(range.bytes()).isEqualTo(Arrays.copyOf(again, 4));
  }

  @Test
  void contentBase64CarriesAnyBytesAndEmitsSubmissionReceived() {
    String base64 = Base64.getEncoder().encodeToString("%PDF-1.4 hello".getBytes());
    client.postJson(
        "/_emulator/seed",
        "{\"submissions\":[{\"contributor\":{\"name\":\"A\"},\"files\":[{\"fileName\":\"a.pdf\",\"contentBase64\":\""
            + base64
            + "\"},{\"fileName\":\"b.jpg\",\"image\":{\"width\":8,\"height\":8}}]}]}");

    JsonNode file = client.get("/api/v1/submissions/sub_1").json().get("files").get(0);
    assertThat(file.get("mediaType").asText()).isEqualTo("application/pdf");
    JsonNode event = client.get("/api/v1/events").json().get("items").get(0);
    assertThat(event.get("type").asText()).isEqualTo("submission.received");
    assertThat(event.get("data").toString())
        .isEqualTo(
            "{\"submissionId\":\"sub_1\",\"contributor\":{\"id\":\"ctb_1\",\"name\":\"A\"},\"fileCount\":2,"
                + "\"receivedAt\":\"2025-03-03T12:00:00.000Z\"}");
  }

  @Test
  void seedErrorsAre400AndLeaveNothingBehind() {
    Reply reply =
        client.postJson(
            "/_emulator/seed",
            "{\"recipients\":[{\"key\":\"a\",\"name\":\"A\",\"channel\":\"email\",\"address\":\"x@y.example\"}],"
                + "\"lists\":[{\"name\":\"L\",\"members\":[\"missing\"]}]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).contains("lists[0].members[0]");
    assertThat(client.get("/api/v1/recipients").json().get("items")).isEmpty();
    assertThat(
            client
                .postJson(
                    "/_emulator/seed",
                    "{\"recipients\":[{\"name\":\"A\",\"channel\":\"ftp\",\"address\":\"ftp://u:p@host/x\"}]}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void listsSubmissionsByStatusAndAppliesAckRules() {
    client.postJson("/_emulator/seed", SEED);
    client.postJson(
        "/_emulator/seed",
        "{\"submissions\":[{\"contributor\":{\"name\":\"B\"},\"files\":[{\"fileName\":\"b.jpg\",\"image\":{\"width\":4,\"height\":4}}]}]}");
    String ingest =
        "{\"status\":\"ingested\",\"externalRef\":\"ps:I9\",\"fileRefs\":{\"fil_1\":\"ps:I9\"}}";

    Reply acked = client.postJson("/api/v1/submissions/sub_1/ack", ingest);
    assertThat(acked.status()).isEqualTo(200);
    assertThat(acked.json().get("status").asText()).isEqualTo("ingested");
    assertThat(acked.json().get("ack").get("fileRefs").get("fil_1").asText()).isEqualTo("ps:I9");
    assertThat(client.postJson("/api/v1/submissions/sub_1/ack", ingest).status()).isEqualTo(200);
    Reply different =
        client.postJson(
            "/api/v1/submissions/sub_1/ack", "{\"status\":\"rejected\",\"reason\":\"No release\"}");
    assertThat(different.status()).isEqualTo(409);
    assertThat(different.problem()).isEqualTo("already-acknowledged");

    assertThat(client.get("/api/v1/submissions?status=ingested").json().get("items")).hasSize(1);
    assertThat(client.get("/api/v1/submissions?status=received").json().get("items"))
        .extracting(s -> s.get("id").asText())
        .containsExactly("sub_2");
    assertThat(client.get("/api/v1/submissions").json().get("items")).hasSize(2);
    assertThat(client.get("/api/v1/submissions?status=bogus").status()).isEqualTo(400);
  }

  @Test
  void rejectedNeedsAReasonAndFileRefsMustNameFiles() {
    client.postJson("/_emulator/seed", SEED);

    assertThat(
            client.postJson("/api/v1/submissions/sub_1/ack", "{\"status\":\"rejected\"}").status())
        .isEqualTo(400);
    assertThat(
            client
                .postJson(
                    "/api/v1/submissions/sub_1/ack",
                    "{\"status\":\"ingested\",\"fileRefs\":{\"fil_9\":\"x\"}}")
                .status())
        .isEqualTo(400);
    assertThat(
            client
                .postJson("/api/v1/submissions/sub_404/ack", "{\"status\":\"ingested\"}")
                .status())
        .isEqualTo(404);
    Reply rejected =
        client.postJson(
            "/api/v1/submissions/sub_1/ack",
            "{\"status\":\"rejected\",\"reason\":\"Model release missing\"}");
    assertThat(rejected.json().get("ack").get("reason").asText())
        .isEqualTo("Model release missing");
    assertThat(rejected.json().get("ack").get("at").asText()).isEqualTo("2025-03-03T12:00:00.000Z");
  }
}
