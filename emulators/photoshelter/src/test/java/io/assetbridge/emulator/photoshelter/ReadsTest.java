package io.assetbridge.emulator.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.PsClient.Reply;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadsTest {

  static final Pattern V3_STAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
  static PhotoShelterEmulator emulator;
  static PsClient client;
  static List<String> ids = new ArrayList<>();
  static String inbox;

  @BeforeAll
  static void start() {
    emulator = PhotoShelterEmulator.start(0);
    client = new PsClient(emulator);
    JsonNode reset = client.reset();
    inbox = reset.at("/galleries/Inbox").asText();
    client.seed(23, 42).path("image_ids").forEach(id -> ids.add(id.asText()));
    client.login();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void resetReportsTheInitialTree() {
    JsonNode reset = client.admin("GET", "/_emulator/faults", null);
    assertThat(reset.path("path_regex").asText()).isEqualTo("^/psapi/");
    Reply children =
        client.get(
            "/psapi/v3/mem/collection/root/children?extend="
                + PsClient.q(
                    "{\"Collection\":{\"fields\":\"*\",\"params\":{}},\"Gallery\":{\"fields\":\"*\",\"params\":{}}}"));
    JsonNode library = children.json().at("/data/Children/Collection/0");
    assertThat(library.path("name").asText()).isEqualTo("Brand Library");
    assertThat(library.path("modified_at").asText()).matches(V3_STAMP);
    Reply galleries =
        client.get(
            "/psapi/v3/mem/collection/" + library.path("collection_id").asText() + "/children");
    assertThat(galleries.json().at("/data/Children/Gallery").findValuesAsText("name"))
        .containsExactly("Inbox", "Approved", "Archive");
  }

  @Test
  void imageRecordHasStringScalarsAndAccountZoneStamps() {
    JsonNode image = client.get("/psapi/v3/mem/image/" + ids.get(0)).json().at("/data/Image");
    assertThat(image.path("image_id").asText()).isEqualTo(ids.get(0));
    assertThat(image.path("width").isTextual()).isTrue();
    assertThat(Integer.parseInt(image.path("width").asText())).isBetween(800, 4000);
    assertThat(image.path("model_released").asText()).isIn("t", "f");
    assertThat(image.path("updated_at").asText()).matches(V3_STAMP);
    assertThat(image.size()).isEqualTo(25);
  }

  @Test
  void fieldsSelectAndUnknownFieldsAre400() {
    JsonNode image =
        client
            .get("/psapi/v3/mem/image/" + ids.get(1) + "?fields=image_id,file_name")
            .json()
            .at("/data/Image");
    assertThat(image.size()).isEqualTo(2);
    assertThat(client.get("/psapi/v3/mem/image/" + ids.get(1) + "?fields=image_id,nope").status())
        .isEqualTo(400);
    JsonNode iptc =
        client
            .get("/psapi/v3/mem/image/" + ids.get(1) + "/iptc?fields=trans_ref")
            .json()
            .at("/data/Iptc");
    assertThat(iptc.toString()).isEqualTo("{\"trans_ref\":\"\"}");
  }

  @Test
  void extendEmbedsNestedRecords() {
    String extend =
        "{\"Iptc\":{\"fields\":\"title,keyword\",\"params\":{}},\"CustomMetadata\":{\"fields\":\"*\",\"params\":{}},"
            + "\"License\":{\"fields\":\"license_etime\",\"params\":{}},\"ImageLink\":{\"fields\":\"link,auth_link\",\"params\":{\"image_mode\":\"fit\",\"image_size\":\"300x300\"}},"
            + "\"Gallery\":{\"fields\":\"gallery_id,name\",\"params\":{}}}";
    JsonNode image =
        client
            .get(
                "/psapi/v3/mem/image/"
                    + ids.get(2)
                    + "?fields=image_id&extend="
                    + PsClient.q(extend))
            .json()
            .at("/data/Image");
    assertThat(image.path("Iptc").size()).isEqualTo(2);
    assertThat(image.at("/Iptc/title").asText()).isNotBlank();
    assertThat(image.path("CustomMetadata").isArray()).isTrue();
    assertThat(image.at("/License").has("license_etime")).isTrue();
    assertThat(image.at("/ImageLink/link").asText())
        .endsWith("/img-get2/" + ids.get(2) + "/fit=300x300");
    assertThat(image.at("/Gallery/0/name").asText()).isEqualTo("Inbox");
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + ids.get(2) + "?extend=" + PsClient.q("{\"Nope\":{}}"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void galleryImagesPageWithPagingAndNestedExtend() {
    String extend =
        "{\"Image\":{\"fields\":\"image_id,file_name\",\"params\":{},\"Iptc\":{\"fields\":\"title\",\"params\":{}}},"
            + "\"ImageLink\":{\"fields\":\"link,auth_link\",\"params\":{\"image_mode\":\"fill\",\"image_size\":\"100x100\"}}}";
    List<String> seen = new ArrayList<>();
    JsonNode data =
        client
            .get(
                "/psapi/v3/mem/gallery/"
                    + inbox
                    + "/images?per_page=10&extend="
                    + PsClient.q(extend))
            .json()
            .path("data");
    assertThat(data.at("/Paging").toString())
        .isEqualTo(
            "{\"page\":\"1\",\"per_page\":\"10\",\"pages\":\"3\",\"total\":\"23\",\"next\":\"2\"}");
    assertThat(data.at("/GalleryImage/0/Image/Iptc/title").asText()).isNotBlank();
    assertThat(data.at("/GalleryImage/0/ImageLink/auth_link").asText()).contains("?token=");
    for (int page = 1; ; page++) {
      JsonNode p =
          client
              .get("/psapi/v3/mem/gallery/" + inbox + "/images?per_page=10&page=" + page)
              .json()
              .path("data");
      p.path("GalleryImage").forEach(g -> seen.add(g.path("image_id").asText()));
      if (!p.at("/Paging").has("next")) {
        break;
      }
    }
    assertThat(seen).containsExactlyElementsOf(ids);
    JsonNode defaults =
        client.get("/psapi/v3/mem/gallery/" + inbox + "/images").json().at("/data/Paging/per_page");
    assertThat(defaults.asText()).isEqualTo("100");
  }

  @Test
  void partsOfAnImage() {
    String id = ids.get(3);
    assertThat(client.get("/psapi/v3/mem/image/" + id + "/iptc").json().at("/data/Iptc").size())
        .isEqualTo(36);
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + id + "/galleries")
                .json()
                .at("/data/ImageGallery/0/name")
                .asText())
        .isEqualTo("Inbox");
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + id + "/license")
                .json()
                .at("/data/License")
                .has("license_etime"))
        .isTrue();
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + id + "/custom")
                .json()
                .at("/data/CustomMetadata")
                .isArray())
        .isTrue();
    Reply missing = client.get("/psapi/v3/mem/image/I0000doesNotExis");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().at("/error/class").asText()).isEqualTo("NotFoundErr");
  }

  @Test
  void aboutAThirdHaveApprovalAndLicence() {
    long withApproval =
        ids.stream()
            .filter(
                id ->
                    client
                            .get("/psapi/v3/mem/image/" + id + "/custom")
                            .json()
                            .at("/data/CustomMetadata")
                            .size()
                        > 0)
            .count();
    assertThat(withApproval).isBetween(3L, 15L);
  }

  @Test
  void renditionLinksServeRealDownscaledJpegs() throws Exception {
    String id = ids.get(4);
    JsonNode link =
        client
            .get(
                "/psapi/v3/mem/image/"
                    + id
                    + "/link?image_mode=fit&image_size=400x400&f_https_link=t")
            .json()
            .at("/data/ImageLink");
    BufferedImage fit = fetch(link.path("auth_link").asText());
    assertThat(Math.max(fit.getWidth(), fit.getHeight())).isEqualTo(400);
    String fillLink =
        client
            .get("/psapi/v3/mem/image/" + id + "/link?image_mode=fill&image_size=200x120")
            .json()
            .at("/data/ImageLink/link")
            .asText();
    BufferedImage fill = fetch(fillLink);
    assertThat(fill.getWidth()).isEqualTo(200);
    assertThat(fill.getHeight()).isEqualTo(120);
    Reply forged =
        client.send(client.request("/img-get2/" + id + "/fit=400x400?token=forged").GET());
    assertThat(forged.status()).isEqualTo(403);
  }

  private static BufferedImage fetch(String url) throws Exception {
    var response =
        client.http.send(
            HttpRequest.newBuilder(java.net.URI.create(url)).GET().build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    return ImageIO.read(new ByteArrayInputStream(response.body()));
  }
}
