package io.assetbridge.emulator.photoshelter;

import static io.assetbridge.emulator.photoshelter.TestJpegs.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.PsClient.Reply;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WritesTest {

  static PhotoShelterEmulator emulator;
  PsClient client;
  String inbox;

  @BeforeAll
  static void start() {
    emulator = PhotoShelterEmulator.start(0);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    client = new PsClient(emulator);
    inbox = client.reset().at("/galleries/Inbox").asText();
    client.login();
  }

  private Reply upload(Map<String, String> fields, byte[] file) {
    String boundary = "----emulatorTest42";
    byte[] body = TestJpegs.multipart(boundary, fields, "netx-4711.jpg", file);
    return client.send(
        client
            .api("/psapi/v3/mem/image/upload")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private String uploadSample() throws Exception {
    byte[] jpeg =
        TestJpegs.withIptc(
            640,
            480,
            List.of(
                record(IptcTypes.OBJECT_NAME, "Harbour at dawn"),
                record(IptcTypes.KEYWORDS, "harbour"),
                record(IptcTypes.KEYWORDS, "dawn"),
                record(IptcTypes.BYLINE, "Jane Roe"),
                record(IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE, "netx:4711"),
                record(IptcTypes.CAPTION_ABSTRACT, "Fishing boats leave Kiel harbour."),
                record(IptcTypes.COPYRIGHT_NOTICE, "© 2024 Acme"),
                record(IptcTypes.CITY, "Kiel")));
    Reply reply = upload(Map.of("gallery_id", inbox, "f_searchable", "t"), jpeg);
    assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(200);
    assertThat(reply.json().at("/data/Image/file_name").asText()).isEqualTo("netx-4711.jpg");
    assertThat(reply.json().at("/data/Image/file_size").asText())
        .isEqualTo(Integer.toString(jpeg.length));
    return reply.json().at("/data/Image/image_id").asText();
  }

  @Test
  void uploadReadsEmbeddedIptc() throws Exception {
    String id = uploadSample();
    JsonNode iptc = client.get("/psapi/v3/mem/image/" + id + "/iptc").json().at("/data/Iptc");
    assertThat(iptc.path("title").asText()).isEqualTo("Harbour at dawn");
    assertThat(iptc.path("keyword").asText()).isEqualTo("harbour,dawn");
    assertThat(iptc.path("author").asText()).isEqualTo("Jane Roe");
    assertThat(iptc.path("trans_ref").asText()).isEqualTo("netx:4711");
    assertThat(iptc.path("copyright").asText()).isEqualTo("© 2024 Acme");
    assertThat(iptc.path("rights").asText()).isEmpty();
    JsonNode image = client.get("/psapi/v3/mem/image/" + id).json().at("/data/Image");
    assertThat(image.path("width").asText()).isEqualTo("640");
    assertThat(
            client
                .get("/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&trans_ref=netx:4711")
                .json()
                .at("/data/0/id")
                .asText())
        .isEqualTo(id);
  }

  @Test
  void uploadErrors() throws Exception {
    assertThat(
            upload(Map.of("gallery_id", "G0000doesNotExis"), TestJpegs.withIptc(10, 10, List.of()))
                .status())
        .isEqualTo(404);
    Reply missing = upload(Map.of("gallery_id", inbox), null);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/error/class").asText()).isEqualTo("InvalidParamErr");
  }

  @Test
  void patchIptcChangesNamedKeysAndAlwaysMovesModifiedAt() throws Exception {
    String id = uploadSample();
    client.admin(
        "POST",
        "/_emulator/act",
        "{\"image_ids\":[\""
            + id
            + "\"],\"action\":\"set_rating\",\"rating\":1,\"at\":\"2020-01-01 00:00:00 GMT\"}");
    Reply patch =
        client.patch(
            "/psapi/v4.0/media/" + id + "/iptc",
            "{\"data\":{\"type\":\"iptc\",\"id\":\""
                + id
                + "\",\"attributes\":{\"caption\":\"New caption\",\"keywords\":\"harbour,boats\",\"city\":\"\"}}}");
    assertThat(patch.status()).isEqualTo(200);
    JsonNode attributes = patch.json().at("/data/attributes");
    assertThat(attributes.path("caption").asText()).isEqualTo("New caption");
    assertThat(attributes.path("keyword").asText()).isEqualTo("harbour,boats");
    assertThat(attributes.path("city").asText()).isEmpty();
    assertThat(attributes.path("title").asText()).isEqualTo("Harbour at dawn");
    assertThat(modifiedAt(id)).isNotEqualTo("2020-01-01 00:00:00 GMT");

    client.admin(
        "POST",
        "/_emulator/act",
        "{\"image_ids\":[\""
            + id
            + "\"],\"action\":\"set_rating\",\"rating\":1,\"at\":\"2020-01-01 00:00:00 GMT\"}");
    client.patch(
        "/psapi/v4.0/media/" + id + "/iptc",
        "{\"data\":{\"attributes\":{\"caption\":\"New caption\"}}}");
    assertThat(modifiedAt(id))
        .as("unchanged value still counts as an edit")
        .isNotEqualTo("2020-01-01 00:00:00 GMT");

    assertThat(
            client
                .patch(
                    "/psapi/v4.0/media/" + id + "/iptc",
                    "{\"data\":{\"attributes\":{\"nope\":\"x\"}}}")
                .status())
        .isEqualTo(400);
    assertThat(
            client
                .patch(
                    "/psapi/v4.0/media/" + id + "/iptc",
                    "{\"data\":{\"attributes\":{\"title\":null}}}")
                .status())
        .isEqualTo(400);
    assertThat(
            client
                .patch(
                    "/psapi/v4.0/media/I0000doesNotExis/iptc",
                    "{\"data\":{\"attributes\":{\"title\":\"x\"}}}")
                .status())
        .isEqualTo(404);
  }

  private String modifiedAt(String id) {
    return client
        .get("/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&galleries=" + inbox)
        .json()
        .path("data")
        .findParents("id")
        .stream()
        .filter(r -> r.path("id").asText().equals(id))
        .findFirst()
        .orElseThrow()
        .at("/attributes/modified_at")
        .asText();
  }

  @Test
  void customMetadataRoundTripsAndValidates() throws Exception {
    String id = uploadSample();
    JsonNode defs = client.get("/psapi/v4.0/organization/O0000c1x4UMGPvkY/custom-metadata").json();
    assertThat(defs.at("/data/0/attributes/name").asText()).isEqualTo("Approval Status");
    assertThat(defs.at("/data/0/attributes/options").findValuesAsText("name"))
        .containsExactly("Draft", "In Review", "Approved", "Archived", "Expired");
    String set =
        "{\"data\":{\"type\":\"custom_metadata\",\"id\":\""
            + id
            + "\",\"attributes\":{\"custom_metadata\":[{\"field_id\":\"cmf_approval\",\"option_id\":\"cmo_approved\"}]}}}";
    Reply patched = client.patch("/psapi/v4.0/media/" + id + "/custom-metadata", set);
    assertThat(patched.json().at("/data/0/attributes/custom_metadata/0/value").asText())
        .isEqualTo("Approved");
    assertThat(
            client
                .get("/psapi/v4.0/media/" + id + "/custom-metadata")
                .json()
                .at("/data/0/attributes/custom_metadata/0/option_id")
                .asText())
        .isEqualTo("cmo_approved");
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + id + "/custom")
                .json()
                .at("/data/CustomMetadata/0/field_name")
                .asText())
        .isEqualTo("Approval Status");
    String twice =
        "{\"data\":{\"attributes\":{\"custom_metadata\":[{\"field_id\":\"cmf_approval\",\"option_id\":\"cmo_draft\"},{\"field_id\":\"cmf_approval\",\"option_id\":null}]}}}";
    assertThat(client.patch("/psapi/v4.0/media/" + id + "/custom-metadata", twice).status())
        .isEqualTo(400);
    String foreign =
        "{\"data\":{\"attributes\":{\"custom_metadata\":[{\"field_id\":\"cmf_approval\",\"option_id\":\"cmo_nope\"}]}}}";
    assertThat(client.patch("/psapi/v4.0/media/" + id + "/custom-metadata", foreign).status())
        .isEqualTo(400);
    String clear =
        "{\"data\":{\"attributes\":{\"custom_metadata\":[{\"field_id\":\"cmf_approval\",\"option_id\":null}]}}}";
    assertThat(
            client
                .patch("/psapi/v4.0/media/" + id + "/custom-metadata", clear)
                .json()
                .at("/data/0/attributes/custom_metadata"))
        .isEmpty();
  }

  @Test
  void ratingReleasesLicenceAndGalleries() throws Exception {
    String id = uploadSample();
    Reply media =
        client.patch(
            "/psapi/v4.0/media/" + id,
            "{\"data\":{\"type\":\"image\",\"id\":\""
                + id
                + "\",\"attributes\":{\"rating\":4,\"model_released\":true}}}");
    assertThat(media.json().at("/data/attributes/rating").asInt()).isEqualTo(4);
    assertThat(media.json().at("/data/attributes/model_released").asBoolean()).isTrue();
    assertThat(
            client
                .patch("/psapi/v4.0/media/" + id, "{\"data\":{\"attributes\":{\"rating\":9}}}")
                .status())
        .isEqualTo(400);

    client.patch(
        "/psapi/v4.0/media/" + id + "/license",
        "{\"data\":{\"attributes\":{\"license_etime\":\"2025-12-31 23:59:59 GMT\"}}}");
    String v3 =
        client
            .get("/psapi/v3/mem/image/" + id + "/license")
            .json()
            .at("/data/License/license_etime")
            .asText();
    assertThat(v3).isEqualTo("2025-12-31 18:59:59");
    client.patch(
        "/psapi/v4.0/media/" + id + "/license",
        "{\"data\":{\"attributes\":{\"license_etime\":null}}}");
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + id + "/license")
                .json()
                .at("/data/License/license_etime")
                .asText())
        .isEmpty();

    Reply gallery =
        client.form(
            "/psapi/v3/mem/gallery/insert",
            Map.of(
                "name",
                "Approved by bridge",
                "parent",
                "C0000brandLib.01",
                "f_list",
                "f",
                "mode",
                "private"));
    String galleryId = gallery.json().at("/data/Gallery/gallery_id").asText();
    assertThat(galleryId).hasSize(16).startsWith("G0000");
    String add = "{\"data\":[{\"type\":\"image\",\"id\":\"" + id + "\"}]}";
    Reply added =
        client.post(
            "/psapi/v4.0/galleries/" + galleryId + "/children", add, "application/vnd.api+json");
    assertThat(added.status()).isEqualTo(200);
    assertThat(
            client
                .post("/psapi/v4.0/galleries/" + galleryId + "/children", add, "application/json")
                .status())
        .isEqualTo(200);
    assertThat(
            client
                .get("/psapi/v3/mem/image/" + id + "/galleries")
                .json()
                .at("/data/ImageGallery")
                .findValuesAsText("name"))
        .contains("Inbox", "Approved by bridge");
    assertThat(
            client
                .get("/psapi/v3/mem/collection/C0000brandLib.01/children")
                .json()
                .at("/data/Children/Gallery")
                .findValuesAsText("name"))
        .contains("Approved by bridge");
  }

  @Test
  void downloadWithEmbedCarriesTheCurrentIptc() throws Exception {
    String id = uploadSample();
    client.patch(
        "/psapi/v4.0/media/" + id + "/iptc",
        "{\"data\":{\"attributes\":{\"title\":\"Renamed\",\"rights\":\"Editorial use only\"}}}");
    Reply plain = client.get("/psapi/v3/mem/image/" + id + "/download");
    assertThat(TestJpegs.iptc(plain.raw().body())).containsEntry("Object Name", "Harbour at dawn");
    Reply embedded = client.get("/psapi/v3/mem/image/" + id + "/download?f_embed=t");
    assertThat(TestJpegs.iptc(embedded.raw().body()))
        .containsEntry("Object Name", "Renamed")
        .containsEntry("Keywords", "harbour,dawn");
    assertThat(TestJpegs.decode(embedded.raw().body()).getWidth()).isEqualTo(640);
  }
}
