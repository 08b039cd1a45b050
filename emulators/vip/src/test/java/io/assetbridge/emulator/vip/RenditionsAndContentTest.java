package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Images;
import io.assetbridge.emulator.vip.support.Multipart;
import io.assetbridge.emulator.vip.support.Reply;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RenditionsAndContentTest extends EmulatorTest {

  private Reply putRendition(String assetId, String name, byte[] bytes) {
    Multipart body =
        new Multipart().text("name", name).file("file", name + ".jpg", "image/jpeg", bytes);
    return client.post("/api/v1/assets/" + assetId + "/renditions", body);
  }

  @Test
  void newNameIs201ExistingNameIsReplacedWith200() {
    String id = newAsset("{}");

    Reply created = putRendition(id, "web-2048", Images.jpeg(20, 10));
    assertThat(created.status()).isEqualTo(201);
    JsonNode rendition = created.json();
    assertThat(rendition.get("id").asText()).isEqualTo("ren_1");
    assertThat(rendition.get("width").asInt()).isEqualTo(20);
    assertThat(AssetsTest.fieldNames(rendition))
        .containsExactly(
            "id",
            "name",
            "fileName",
            "mediaType",
            "size",
            "sha256",
            "width",
            "height",
            "createdAt",
            "updatedAt");

    Reply replaced = putRendition(id, "web-2048", Images.jpeg(30, 10));
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.json().get("id").asText()).isEqualTo("ren_1");
    assertThat(replaced.json().get("width").asInt()).isEqualTo(30);
  }

  @Test
  void listsRenditionsByName() {
    String id = newAsset("{}");
    putRendition(id, "social", Images.jpeg(8, 8));
    putRendition(id, "a-thumb", Images.jpeg(8, 8));

    JsonNode list = client.get("/api/v1/assets/" + id + "/renditions").json();
    assertThat(list.get("items"))
        .extracting(n -> n.get("name").asText())
        .containsExactly("a-thumb", "social");
    assertThat(list.get("nextCursor").isNull()).isTrue();
  }

  @Test
  void rejectsBadNamesAndUnknownAssets() {
    String id = newAsset("{}");
    assertThat(putRendition(id, "Web_2048", Images.jpeg(8, 8)).status()).isEqualTo(400);
    assertThat(putRendition("ast_404", "web", Images.jpeg(8, 8)).status()).isEqualTo(404);
  }

  @Test
  void servesContentWithEtagAndRanges() throws Exception {
    byte[] jpeg = Images.jpeg(50, 50);
    String id = createAsset("{}", "a.jpg", jpeg).json().get("id").asText();

    Reply full = client.get("/api/v1/assets/" + id + "/content");
    assertThat(full.status()).isEqualTo(200);
    assertThat(full.bytes()).isEqualTo(jpeg);
    assertThat(full.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(full.header("Content-Length")).isEqualTo(Integer.toString(jpeg.length));
    assertThat(full.header("ETag")).isEqualTo("\"" + AssetsTest.sha256(jpeg) + "\"");

    Reply part = client.get("/api/v1/assets/" + id + "/content", "Range", "bytes=10-19");
    assertThat(part.status()).isEqualTo(206);
    assertThat(part.bytes()).isEqualTo(Arrays.copyOfRange(jpeg, 10, 20));
    assertThat(part.header("Content-Range")).isEqualTo("bytes 10-19/" + jpeg.length);

    Reply tail = client.get("/api/v1/assets/" + id + "/content", "Range", "bytes=-5");
    assertThat(tail.bytes()).isEqualTo(Arrays.copyOfRange(jpeg, jpeg.length - 5, jpeg.length));

    Reply beyond = client.get("/api/v1/assets/" + id + "/content", "Range", "bytes=999999-");
    assertThat(beyond.status()).isEqualTo(416);
    assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + jpeg.length);
  }

  @Test
  void servesRenditionContent() {
    String id = newAsset("{}");
    byte[] png = Images.png(12, 12);
    client.post(
        "/api/v1/assets/" + id + "/renditions",
        new Multipart().text("name", "thumb").file("file", "t.png", "image/png", png));

    Reply reply = client.get("/api/v1/assets/" + id + "/renditions/thumb/content");
    assertThat(reply.bytes()).isEqualTo(png);
    assertThat(reply.header("Content-Type")).isEqualTo("image/png");
    assertThat(client.get("/api/v1/assets/" + id + "/renditions/none/content").status())
        .isEqualTo(404);
  }
}
