package io.assetbridge.emulator.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilesTest extends EmulatorTestBase {

  private long folderId;
  private byte[] jpeg;

  @BeforeEach
  void folderAndImage() throws Exception {
    folderId = client.result("createFolderFromPath", "[\"Imports\",null]").path("id").asLong();
    JsonNode seeded =
        client.seed(
            "{\"assets\":[{\"fileName\":\"src.jpg\",\"image\":{\"width\":640,\"height\":400}}]}");
    jpeg =
        client
            .get(
                "/file/asset/"
                    + seeded.path("assets").get(0).path("id").asLong()
                    + "/original/src.jpg",
                null)
            .body();
  }

  private long importOne() throws Exception {
    var r =
        client.multipart(
            "POST",
            "/api/import/asset",
            jpeg,
            "harbour.jpg",
            "folderId",
            "" + folderId,
            "fileName",
            "harbour.jpg");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = NetxClient.JSON.readTree(r.body());
    assertThat(body.path("name").asText()).isEqualTo("harbour.jpg");
    return body.path("id").asLong();
  }

  @Test
  void importThenDownloadWholeAndByRange() throws Exception {
    long id = importOne();
    JsonNode a =
        client
            .result(
                "getAssets",
                "[[" + id + "],{\"data\":[\"asset.file\",\"asset.folders\",\"asset.attributes\"]}]")
            .get(0);
    assertThat(a.path("file").path("width").asInt()).isEqualTo(640);
    assertThat(a.path("file").path("size").asLong()).isEqualTo(jpeg.length);
    assertThat(a.path("folders").get(0).path("id").asLong()).isEqualTo(folderId);
    assertThat(a.path("attributes").path("Source Ref").size()).isZero();

    var whole = client.get("/file/asset/" + id + "/original/harbour.jpg", null);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(jpeg);
    var part = client.get("/file/asset/" + id + "/original/ignored.jpg", "bytes=10-19");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + jpeg.length);
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(jpeg, 10, 20));
    assertThat(
            client
                .get("/file/asset/" + id + "/original/x.jpg", "bytes=" + jpeg.length + "-")
                .statusCode())
        .isEqualTo(416);
  }

  @Test
  void proxiesAreScaledJpegs() throws Exception {
    long id = importOne();
    var thumb = client.get("/file/asset/" + id + "/thumb/harbour.jpg", null);
    var img = ImageIO.read(new ByteArrayInputStream(thumb.body()));
    assertThat(Math.max(img.getWidth(), img.getHeight())).isEqualTo(150);
  }

  @Test
  void fileEndpointErrors() throws Exception {
    assertThat(client.get("/file/asset/4242/original/x.jpg", null).statusCode()).isEqualTo(404);
    assertThat(
            client
                .multipart("POST", "/api/import/asset", jpeg, "a.jpg", "fileName", "a.jpg")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            client
                .multipart(
                    "POST",
                    "/api/import/asset",
                    jpeg,
                    "a.jpg",
                    "folderId",
                    "999",
                    "fileName",
                    "a.jpg")
                .statusCode())
        .isEqualTo(404);
    var unauth = new NetxClient(emulator.baseUrl()).withToken("bad");
    assertThat(unauth.get("/file/asset/1001/original/x.jpg", null).statusCode()).isEqualTo(401);
    assertThat(
            unauth
                .multipart(
                    "POST",
                    "/api/import/asset",
                    jpeg,
                    "a.jpg",
                    "folderId",
                    "" + folderId,
                    "fileName",
                    "a.jpg")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void reimportReplacesTheFileAndKeepsTheRest() throws Exception {
    long id = importOne();
    JsonNode before =
        client
            .result("getAssets", "[[" + id + "],{\"data\":[\"asset.base\",\"asset.file\"]}]")
            .get(0);
    var r =
        client.multipart(
            "PUT",
            "/api/import/asset/" + id,
            "other bytes".getBytes(),
            "notes.txt",
            "fileName",
            "notes.txt");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode after =
        client
            .result("getAssets", "[[" + id + "],{\"data\":[\"asset.base\",\"asset.file\"]}]")
            .get(0);
    assertThat(after.path("file").path("name").asText()).isEqualTo("notes.txt");
    assertThat(after.path("importDate").asLong()).isEqualTo(before.path("importDate").asLong());
    assertThat(after.path("modDate").asLong()).isGreaterThan(before.path("modDate").asLong());
    assertThat(
            client
                .multipart(
                    "POST",
                    "/api/import/asset/" + id + "/view",
                    jpeg,
                    "form.pdf",
                    "fileName",
                    "form.pdf",
                    "viewName",
                    "Release",
                    "description",
                    "signed")
                .statusCode())
        .isEqualTo(200);
  }
}
