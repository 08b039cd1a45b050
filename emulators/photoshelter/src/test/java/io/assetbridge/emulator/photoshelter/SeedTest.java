package io.assetbridge.emulator.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.PsClient.Reply;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedTest {

  static PhotoShelterEmulator emulator;
  static PsClient client;

  @BeforeAll
  static void start() {
    emulator = PhotoShelterEmulator.start(0);
    client = new PsClient(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static List<String> seed(int count, long seed) {
    List<String> ids = new ArrayList<>();
    client.seed(count, seed).path("image_ids").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  @Test
  void twoHundredImagesSeedQuicklyWithWellFormedIds() {
    client.reset();
    long start = System.nanoTime();
    List<String> ids = seed(200, 1);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("I0000[A-Za-z0-9._]{11}"));
    assertThat(ids.stream().filter(id -> id.indexOf('.') > 0 || id.indexOf('_') > 0).count())
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void sameSeedGivesSameData() {
    client.reset();
    List<String> first = seed(5, 99);
    client.login();
    String iptc = client.get("/psapi/v3/mem/image/" + first.get(3) + "/iptc").json().toString();
    String size =
        client
            .get("/psapi/v3/mem/image/" + first.get(3) + "?fields=file_size,width,height")
            .json()
            .toString();
    client.reset();
    List<String> second = seed(5, 99);
    client.login();
    assertThat(second).isEqualTo(first);
    assertThat(client.get("/psapi/v3/mem/image/" + first.get(3) + "/iptc").json().toString())
        .isEqualTo(iptc);
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + first.get(3) + "?fields=file_size,width,height")
                .json()
                .toString())
        .isEqualTo(size);
  }

  @Test
  void downloadsAreStreamedRealJpegsWithIptcMatchingTheRecord() throws Exception {
    client.reset();
    List<String> ids = seed(6, 3);
    client.login();
    for (String id : ids.subList(0, 3)) {
      Reply download = client.get("/psapi/v3/mem/image/" + id + "/download");
      JsonNode image = client.get("/psapi/v3/mem/image/" + id).json().at("/data/Image");
      JsonNode iptc = client.get("/psapi/v3/mem/image/" + id + "/iptc").json().at("/data/Iptc");
      byte[] bytes = download.raw().body();
      assertThat(download.header("Content-Type")).isEqualTo("image/jpeg");
      assertThat(download.header("Content-Length")).isEqualTo(image.path("file_size").asText());
      assertThat(download.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"" + image.path("file_name").asText() + "\"");
      BufferedImage picture = TestJpegs.decode(bytes);
      assertThat(picture.getWidth()).isEqualTo(image.path("width").asInt()).isBetween(800, 4000);
      assertThat(picture.getHeight()).isEqualTo(image.path("height").asInt());
      Map<String, String> embedded = TestJpegs.iptc(bytes);
      assertThat(embedded)
          .containsEntry("Object Name", iptc.path("title").asText())
          .containsEntry("Caption/Abstract", iptc.path("caption").asText())
          .containsEntry("Keywords", iptc.path("keyword").asText())
          .containsEntry("By-line", iptc.path("author").asText())
          .containsEntry("Credit", iptc.path("credit").asText())
          .containsEntry("Source", iptc.path("source").asText())
          .containsEntry("Copyright Notice", iptc.path("copyright").asText())
          .containsEntry("City", iptc.path("city").asText())
          .containsEntry("Country/Primary Location Name", iptc.path("country").asText());
      assertThat(Imaging.getXmpXml(bytes)).contains(iptc.path("rights").asText());
    }
  }
}
