package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Images;
import io.assetbridge.emulator.vip.support.Multipart;
import io.assetbridge.emulator.vip.support.Reply;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AssetsTest extends EmulatorTest {

  @Test
  void createsAssetFromMultipartWithSniffedTypeAndSize() throws Exception {
    byte[] jpeg = Images.jpeg(64, 48);
    Reply reply =
        createAsset(
            """
            {"externalRef":"ps:I0000abc","title":"Harbour at dawn","keywords":["harbour","dawn"],
             "expiresAt":"2026-12-31T01:00:00+01:00","tags":{"region":["EMEA"]}}""",
            "harbour.jpg",
            jpeg);

    assertThat(reply.status()).isEqualTo(201);
    JsonNode asset = reply.json();
    assertThat(asset.get("id").asText()).isEqualTo("ast_1");
    assertThat(reply.header("Location")).isEqualTo("/api/v1/assets/ast_1");
    assertThat(reply.header("ETag")).isEqualTo("\"1\"");
    assertThat(asset.get("version").asInt()).isEqualTo(1);
    assertThat(asset.get("expiresAt").asText()).isEqualTo("2026-12-31T00:00:00.000Z");
    assertThat(asset.get("caption").isNull()).isTrue();
    assertThat(asset.get("territories").size()).isZero();
    assertThat(asset.get("createdAt").asText()).isEqualTo("2025-03-03T12:00:00.000Z");
    JsonNode file = asset.get("file");
    assertThat(file.get("fileName").asText()).isEqualTo("harbour.jpg");
    assertThat(file.get("mediaType").asText()).isEqualTo("image/jpeg");
    assertThat(file.get("size").asLong()).isEqualTo(jpeg.length);
    assertThat(file.get("sha256").asText()).isEqualTo(sha256(jpeg));
    assertThat(file.get("width").asInt()).isEqualTo(64);
    assertThat(file.get("height").asInt()).isEqualTo(48);
    assertThat(fieldNames(asset))
        .containsExactly(
            "id",
            "externalRef",
            "title",
            "caption",
            "keywords",
            "credit",
            "copyright",
            "usageTerms",
            "embargoUntil",
            "expiresAt",
            "territories",
            "tags",
            "file",
            "version",
            "createdAt",
            "updatedAt");
  }

  @Test
  void sniffsPngFromBytesNotFromDeclaredType() {
    Multipart body =
        new Multipart()
            .file("file", "x.bin", "application/octet-stream", Images.png(20, 10))
            .json("metadata", "{}");
    JsonNode file = client.post("/api/v1/assets", body).json().get("file");

    assertThat(file.get("mediaType").asText()).isEqualTo("image/png");
    assertThat(file.get("width").asInt()).isEqualTo(20);
    assertThat(file.get("height").asInt()).isEqualTo(10);
  }

  @Test
  void nonImagesHaveNoSizeAndKeepTheDeclaredType() {
    Multipart body =
        new Multipart()
            .json("metadata", "{}")
            .file("file", "notes.txt", "text/plain", "hello".getBytes());
    JsonNode file = client.post("/api/v1/assets", body).json().get("file");

    assertThat(file.get("mediaType").asText()).isEqualTo("text/plain");
    assertThat(file.get("width").isNull()).isTrue();
  }

  @Test
  void findsAssetByExternalRefAndRejectsATakenOne() {
    String id = newAsset("{\"externalRef\":\"ps:1\"}");

    Reply found = client.get("/api/v1/assets?externalRef=ps:1");
    assertThat(found.json().get("items").get(0).get("id").asText()).isEqualTo(id);
    assertThat(found.json().get("nextCursor").isNull()).isTrue();
    assertThat(client.get("/api/v1/assets?externalRef=ps:2").json().get("items").size()).isZero();

    Reply taken = createAsset("{\"externalRef\":\"ps:1\"}", "b.jpg", Images.jpeg(8, 8));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.problem()).isEqualTo("external-ref-taken");
    assertThat(taken.json().get("assetId").asText()).isEqualTo(id);
  }

  @Test
  void listsPageByCursorInCreationOrder() {
    for (int i = 0; i < 5; i++) {
      newAsset("{\"title\":\"t" + i + "\"}");
    }
    Reply first = client.get("/api/v1/assets?limit=2");
    assertThat(first.json().get("items"))
        .extracting(n -> n.get("id").asText())
        .containsExactly("ast_1", "ast_2");
    String cursor = first.json().get("nextCursor").asText();
    newAsset("{\"title\":\"late\"}");

    Reply second = client.get("/api/v1/assets?limit=10&cursor=" + cursor);
    assertThat(second.json().get("items"))
        .extracting(n -> n.get("id").asText())
        .containsExactly("ast_3", "ast_4", "ast_5", "ast_6");
    assertThat(second.json().get("nextCursor").isNull()).isTrue();
  }

  @Test
  void listRejectsUnknownRepeatedAndOutOfRangeParameters() {
    assertThat(client.get("/api/v1/assets?colour=red").status()).isEqualTo(400);
    assertThat(client.get("/api/v1/assets?limit=1&limit=2").status()).isEqualTo(400);
    assertThat(client.get("/api/v1/assets?limit=201").status()).isEqualTo(400);
    assertThat(client.get("/api/v1/assets?cursor=garbage").problem()).isEqualTo("invalid-request");
    newAsset("{}");
    newAsset("{}");
    String cursor = client.get("/api/v1/assets?limit=1").json().get("nextCursor").asText();
    assertThat(client.get("/api/v1/assets?externalRef=x&cursor=" + cursor).status()).isEqualTo(400);
  }

  @Test
  void rejectsUnknownFieldsControlCharactersAndLimits() {
    Reply unknown = createAsset("{\"colour\":\"red\"}", "a.jpg", Images.jpeg(8, 8));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText())
        .isEqualTo("metadata.colour");

    Reply control = createAsset("{\"title\":\"bad\\u0007\"}", "a.jpg", Images.jpeg(8, 8));
    assertThat(control.status()).isEqualTo(400);
    Reply captionWithNewline =
        createAsset("{\"caption\":\"two\\nlines\\tok\"}", "a.jpg", Images.jpeg(8, 8));
    assertThat(captionWithNewline.status()).isEqualTo(201);

    Reply tooLong =
        createAsset("{\"title\":\"" + "é".repeat(501) + "\"}", "a.jpg", Images.jpeg(8, 8));
    assertThat(tooLong.json().get("errors").get(0).get("field").asText())
        .isEqualTo("metadata.title");
    Reply badTag = createAsset("{\"tags\":{\"Region\":[\"x\"]}}", "a.jpg", Images.jpeg(8, 8));
    assertThat(badTag.status()).isEqualTo(400);
    Reply badTime = createAsset("{\"embargoUntil\":\"tomorrow\"}", "a.jpg", Images.jpeg(8, 8));
    assertThat(badTime.json().get("errors").get(0).get("message").asText())
        .isEqualTo("not RFC 3339");
  }

  @Test
  void requiresMultipartWithMetadataAndFile() {
    assertThat(client.postJson("/api/v1/assets", "{}").status()).isEqualTo(415);
    Reply noFile = client.post("/api/v1/assets", new Multipart().json("metadata", "{}"));
    assertThat(noFile.status()).isEqualTo(400);
    Reply badJson =
        client.post(
            "/api/v1/assets",
            new Multipart().json("metadata", "{oops").file("file", "a.jpg", null, new byte[] {1}));
    assertThat(badJson.status()).isEqualTo(400);
    Reply extra =
        client.post(
            "/api/v1/assets",
            new Multipart()
                .json("metadata", "{}")
                .file("file", "a.jpg", null, new byte[] {1})
                .text("x", "y"));
    assertThat(extra.status()).isEqualTo(400);
  }

  @Test
  void getsAnAssetWithEtagOr404() {
    String id = newAsset("{}");
    Reply reply = client.get("/api/v1/assets/" + id);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("ETag")).isEqualTo("\"1\"");
    assertThat(client.get("/api/v1/assets/ast_999").problem()).isEqualTo("not-found");
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
