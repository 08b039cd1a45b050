package io.assetbridge.emulator.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.PsClient.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchTest {

  static final String MEDIA = "/psapi/v4.0/media?org_id=O0000c1x4UMGPvkY&media_type=image&";
  static PhotoShelterEmulator emulator;
  static PsClient client;
  static List<String> ids = new ArrayList<>();

  @BeforeAll
  static void start() {
    emulator = PhotoShelterEmulator.start(0);
    client = new PsClient(emulator);
    client.reset();
    client.seed(120, 7).path("image_ids").forEach(id -> ids.add(id.asText()));
    client.login();
    act(
        "{\"image_ids\":[\""
            + ids.get(0)
            + "\"],\"action\":\"edit_iptc\",\"iptc\":{\"title\":\"Harbour at DAWN\",\"keyword\":\"boats,Kiel\",\"trans_ref\":\"netx:4711\"},\"at\":\"2024-05-02 09:15:40 GMT\"}");
    act(
        "{\"image_ids\":[\""
            + ids.get(1)
            + "\",\""
            + ids.get(2)
            + "\"],\"action\":\"set_approval\",\"value\":\"Approved\",\"at\":\"2024-05-02 09:15:40 GMT\"}");
    act(
        "{\"image_ids\":[\""
            + ids.get(3)
            + "\"],\"action\":\"set_rating\",\"rating\":-1,\"at\":\"2024-05-02 09:15:41 GMT\"}");
    act(
        "{\"image_ids\":[\""
            + ids.get(4)
            + "\"],\"action\":\"move_to_gallery\",\"gallery\":\"Approved\",\"from\":\"Inbox\",\"at\":\"2024-05-02 09:15:39 GMT\"}");
  }

  static JsonNode act(String body) {
    return client.admin("POST", "/_emulator/act", body);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static List<String> hits(String query) {
    Reply reply = client.get(MEDIA + query + "&per_page=1000");
    assertThat(reply.status()).as(query + " " + reply.json()).isEqualTo(200);
    return reply.json().path("data").findValuesAsText("id");
  }

  @Test
  void fieldFiltersContainCaseInsensitively() {
    assertThat(hits("title=harbour+at+dawn")).containsExactly(ids.get(0));
    assertThat(hits("trans_ref=netx:4711")).containsExactly(ids.get(0));
    assertThat(hits("trans_ref=4711")).containsExactly(ids.get(0));
    assertThat(hits("keywords=BOATS")).contains(ids.get(0));
    assertThat(hits("terms=dawn+boats")).containsExactly(ids.get(0));
    assertThat(hits("terms=dawn+boats&match_all_terms=false"))
        .contains(ids.get(0))
        .hasSizeGreaterThan(1);
  }

  @Test
  void setCustomDefinesAMissingFieldAndOptionLikeAnAdmin() {
    act(
        "{\"image_ids\":[\""
            + ids.get(5)
            + "\"],\"action\":\"set_custom\",\"field\":\"Region\",\"value\":\"EMEA\"}");
    assertThat(hits("custom_metadata=" + PsClient.q("{\"cmf_region\":\"cmo_region_emea\"}")))
        .containsExactly(ids.get(5));
    JsonNode defs = client.get("/psapi/v4.0/organization/O0000c1x4UMGPvkY/custom-metadata").json();
    assertThat(defs.path("data").findValuesAsText("name")).contains("Region", "EMEA");
  }

  @Test
  void anAdminCanDefineAFieldWithOptions() {
    JsonNode field =
        client.admin(
            "POST",
            "/_emulator/custom-fields",
            "{\"name\":\"Distribution Status\",\"options\":[\"queued\",\"sent\"]}");
    assertThat(field.path("id").asText()).isEqualTo("cmf_distribution_status");
    assertThat(field.path("options").path("sent").asText())
        .isEqualTo("cmo_distribution_status_sent");
    JsonNode defs = client.get("/psapi/v4.0/organization/O0000c1x4UMGPvkY/custom-metadata").json();
    assertThat(defs.path("data").findValuesAsText("name"))
        .contains("Distribution Status", "queued", "sent");
  }

  @Test
  void customMetadataGalleriesCollectionsRatingAndReleases() {
    assertThat(hits("custom_metadata=" + PsClient.q("{\"cmf_approval\":\"cmo_approved\"}")))
        .contains(ids.get(1), ids.get(2));
    assertThat(hits("galleries=G0000approved.01")).containsExactly(ids.get(4));
    assertThat(hits("collections=C0000brandLib.01")).hasSize(120);
    assertThat(hits("rating=-1")).containsExactly(ids.get(3));
    assertThat(hits("rating_min=3&rating_max=3"))
        .allSatisfy(
            id ->
                assertThat(
                        client
                            .get("/psapi/v3/mem/image/" + id + "?fields=rating")
                            .json()
                            .at("/data/Image/rating")
                            .asText())
                    .isEqualTo("3"));
    List<String> released = hits("model_release=true");
    assertThat(released).isNotEmpty().hasSizeLessThan(120);
  }

  @Test
  void modifyWindowIsInclusiveAtSecondPrecisionWithTies() {
    List<String> tie =
        hits(
            "modify_start="
                + PsClient.q("2024-05-02 09:15:40 GMT")
                + "&modify_end="
                + PsClient.q("2024-05-02 09:15:40 GMT"));
    assertThat(tie).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2));
    List<String> window =
        hits(
            "modify_start="
                + PsClient.q("2024-05-02T09:15:39Z")
                + "&modify_end="
                + PsClient.q("2024-05-02 09:15:41 GMT"));
    assertThat(window)
        .containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4));
    JsonNode first = client.get(MEDIA + "trans_ref=netx:4711").json().at("/data/0/attributes");
    assertThat(first.path("modified_at").asText()).isEqualTo("2024-05-02 09:15:40 GMT");
    assertThat(first.path("file_size").isNumber()).isTrue();
    assertThat(first.path("model_released").isBoolean()).isTrue();
  }

  @Test
  void pagesAreExactlyFiftyByDefaultAndOnlyTheLastIsShort() {
    Set<String> seen = new HashSet<>();
    List<Integer> sizes = new ArrayList<>();
    String next = MEDIA + "collections=C0000brandLib.01";
    while (next != null) {
      JsonNode page = client.get(next.startsWith("/psapi") ? next : MEDIA + next).json();
      sizes.add(page.path("data").size());
      page.path("data").forEach(r -> seen.add(r.path("id").asText()));
      assertThat(page.at("/meta/paging/total").asInt()).isEqualTo(120);
      JsonNode link = page.at("/meta/paging/next");
      next = link.isNull() || link.isMissingNode() ? null : link.asText();
      assertThat(page.at("/meta/paging/first").asText()).doesNotContain("api_key");
    }
    assertThat(sizes).containsExactly(50, 50, 20);
    assertThat(seen).hasSize(120);
    assertThat(client.get(MEDIA + "collections=C0000brandLib.01&page=9").json().path("data"))
        .isEmpty();
  }

  @Test
  void sortsByFileNameAndDate() {
    List<String> byDate = hits("collections=C0000brandLib.01&sort_by=date&sort_dir=asc");
    assertThat(byDate.subList(0, 5))
        .containsExactly(ids.get(4), ids.get(0), ids.get(1), ids.get(2), ids.get(3));
    JsonNode names =
        client
            .get(
                MEDIA
                    + "collections=C0000brandLib.01&sort_by=file_name&sort_direction=desc&per_page=5")
            .json()
            .path("data");
    List<String> fileNames = names.findValuesAsText("file_name");
    assertThat(fileNames).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void badSearchesAre400() {
    assertThat(client.get(MEDIA.substring(0, MEDIA.length() - 1)).status()).isEqualTo(400);
    Reply empty = client.get(MEDIA + "trans_ref=");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().at("/errors/0/id").asText()).isEqualTo("BadRequestException");
    assertThat(client.get(MEDIA + "nope=1").status()).isEqualTo(400);
    assertThat(client.get(MEDIA + "keyword=boats").status()).isEqualTo(400);
    assertThat(client.get(MEDIA + "title=x&sort_by=size").status()).isEqualTo(400);
    assertThat(client.get(MEDIA + "custom_metadata=notjson").status()).isEqualTo(400);
    assertThat(client.get("/psapi/v4.0/media?org_id=O0000otherOrg.x1&title=x").status())
        .isEqualTo(401);
  }
}
