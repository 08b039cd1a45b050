package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.junit.jupiter.api.Test;

class WriteTest extends EmulatorTestBase {
  private static final Map<String, Object> CITY_TAG =
      Map.of(
          "tags",
          Map.of("city", "iptc:city", "stage", "custom:Approval Status"),
          "approval",
          Map.of("by", "gallery", "gallery", "Approved"));

  @Test
  void lookupConfirmsExactMatchesAndTheOldestWins() {
    List<String> ids = driver.seed(3, "Inbox", 41);
    driver.act(
        ids.subList(0, 1), "edit_iptc", Map.of("iptc", Map.of("trans_ref", "netx:770")), null);
    driver.act(
        ids.subList(1, 3), "edit_iptc", Map.of("iptc", Map.of("trans_ref", "netx:77")), null);
    var connector = connector();
    String oldest =
        ids.subList(1, 3).stream()
            .min(
                Comparator.comparing((String id) -> connector.read(id).createdAt())
                    .thenComparing(id -> id))
            .orElseThrow();

    assertThat(connector.findByExternalKey("netx:77")).contains(oldest);
    assertThat(connector.findByExternalKey("netx:7")).isEmpty();
    assertThat(connector.findByExternalKey("")).isEmpty();
  }

  @Test
  void createUploadsOnceStampsTransRefAndPatchesIptcRightAfter() throws Exception {
    byte[] jpeg = originalOf(driver.seed(1, "Inbox", 42).get(0));
    var connector = connector(CITY_TAG);
    Map<String, Object> fields = new HashMap<>();
    fields.put("title", "From NetX");
    fields.put("caption", "A caption");
    fields.put("keywords", List.of("harbour", "dawn"));
    fields.put("usageTerms", "Editorial use only");
    fields.put("expiresAt", Instant.parse("2026-01-31T12:00:00Z"));
    fields.put("status", "APPROVED");
    fields.put("rating", 4);
    fields.put("tag:city", List.of("Kiel"));
    var request = new NewAsset("netx:4711", fields, "k1");

    String id = connector.create(request, content(jpeg));
    String again = connector.create(request, content(jpeg));

    assertThat(again).isEqualTo(id);
    assertThat(driver.count("POST", "/psapi/v3/mem/image/upload")).isEqualTo(1);
    var asset = connector.read(id);
    assertThat(asset.externalKey()).isEqualTo("netx:4711");
    assertThat(asset.title()).isEqualTo("From NetX");
    assertThat(asset.caption()).isEqualTo("A caption");
    assertThat(asset.keywords()).containsExactly("harbour", "dawn");
    assertThat(asset.rights().usageTerms()).isEqualTo("Editorial use only");
    assertThat(asset.rights().expiresAt()).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
    assertThat(asset.status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(asset.rating()).isEqualTo(4);
    assertThat(asset.tags()).containsEntry("city", List.of("Kiel"));
    assertThat(asset.collections()).extracting(c -> c.name()).contains("Inbox", "Approved");
    assertThat(transRefIn(originalOf(id))).isEqualTo("netx:4711");
    List<String> calls =
        driver.journal().stream()
            .map(e -> e.path("method").asText() + " " + e.path("path").asText())
            .toList();
    int upload = calls.indexOf("POST /psapi/v3/mem/image/upload");
    assertThat(calls.get(upload + 1)).isEqualTo("PATCH /psapi/v4.0/media/" + id + "/iptc");
  }

  @Test
  void updateChangesOnlyTheGivenFields() {
    String id = driver.seed(1, "Inbox", 43).get(0);
    var connector = connector(CITY_TAG);
    var before = connector.read(id);
    Map<String, Object> changes = new HashMap<>();
    changes.put("title", "New title");
    changes.put("caption", null);
    changes.put("headline", "Head");
    changes.put("byline", "Jane Roe");
    changes.put("credit", "Acme");
    changes.put("copyright", "© Acme");
    changes.put("source", "Desk");
    changes.put("keywords", List.of("x", "y", "X"));
    changes.put("externalKey", "netx:1");
    changes.put("expiresAt", null);
    changes.put("rating", 2);
    changes.put("tag:stage", "In Review");
    changes.put("gallery", "Archive");

    connector.update(id, changes);

    var after = connector.read(id);
    assertThat(after.title()).isEqualTo("New title");
    assertThat(after.caption()).isNull();
    assertThat(after.headline()).isEqualTo("Head");
    assertThat(after.byline()).isEqualTo("Jane Roe");
    assertThat(after.credit()).isEqualTo("Acme");
    assertThat(after.copyright()).isEqualTo("© Acme");
    assertThat(after.source()).isEqualTo("Desk");
    assertThat(after.keywords()).containsExactly("x", "y");
    assertThat(after.externalKey()).isEqualTo("netx:1");
    assertThat(after.rights().expiresAt()).isNull();
    assertThat(after.rating()).isEqualTo(2);
    assertThat(after.tags()).containsEntry("stage", List.of("In Review"));
    assertThat(after.collections()).extracting(c -> c.name()).contains("Archive");
    assertThat(after.rights().usageTerms()).isEqualTo(before.rights().usageTerms());
    assertThat(after.modifiedAt()).isAfterOrEqualTo(before.modifiedAt());
  }

  @Test
  void unknownFieldsAndOptionsArePermanentAndWriteNothing() {
    String id = driver.seed(1, "Inbox", 44).get(0);
    var connector = connector(CITY_TAG);
    driver.clearJournal();

    assertThatThrownBy(() -> connector.update(id, Map.of("title", "x", "colour", "red")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("'colour'");
    assertThatThrownBy(() -> connector.update(id, Map.of("tag:stage", "Shiny")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("Shiny")
        .hasMessageContaining("In Review");
    assertThat(driver.journal()).noneMatch(e -> e.path("method").asText().equals("PATCH"));
  }

  @Test
  void writableFieldsNameTheCanonicalFields() {
    assertThat(connector(CITY_TAG).writableFields())
        .contains(
            "title",
            "caption",
            "headline",
            "byline",
            "credit",
            "copyright",
            "source",
            "keywords",
            "usageTerms",
            "expiresAt",
            "status",
            "rating",
            "externalKey",
            "gallery",
            "tag:city",
            "tag:stage");
  }

  private byte[] originalOf(String id) throws Exception {
    try (var content = connector().openContent(id)) {
      return content.stream().readAllBytes();
    }
  }

  private static AssetContent content(byte[] jpeg) {
    return new AssetContent(
        new ByteArrayInputStream(jpeg), "netx-4711.jpg", "image/jpeg", jpeg.length);
  }

  private static String transRefIn(byte[] jpeg) throws Exception {
    var metadata =
        new JpegImageParser()
            .getPhotoshopMetadata(ByteSource.array(jpeg), new JpegImagingParameters());
    return metadata.photoshopApp13Data.getRecords().stream()
        .filter(r -> r.iptcType.getType() == IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE.getType())
        .map(r -> r.getValue())
        .findFirst()
        .orElse(null);
  }
}
