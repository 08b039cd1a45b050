package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.PermanentException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.Test;

class ReadTest extends EmulatorTestBase {
  private static final String AT = "2024-05-02 09:15:40 GMT";

  @Test
  void readMapsIptcCustomMetadataLicenceAndGalleries() {
    String id = driver.seed(1, "Inbox", 11).get(0);
    Map<String, Object> iptc = new LinkedHashMap<>();
    iptc.put("title", "Harbour at dawn");
    iptc.put("caption", "Fishing boats leave Kiel harbour.");
    iptc.put("headline", "Dawn");
    iptc.put("keyword", "harbour, dawn,Harbour,,boats");
    iptc.put("author", "Jane Roe");
    iptc.put("credit", "Acme Brands");
    iptc.put("source", "Acme Photo Desk");
    iptc.put("copyright", "© 2024 Acme");
    iptc.put("rights", "Editorial use only");
    iptc.put("trans_ref", "netx:4711");
    iptc.put("city", "Kiel");
    driver.act(List.of(id), "edit_iptc", Map.of("iptc", iptc), AT);
    driver.act(List.of(id), "set_approval", Map.of("value", "In Review"), AT);
    driver.act(
        List.of(id), "set_license_expiry", Map.of("license_etime", "2025-12-31 23:59:59 GMT"), AT);
    driver.act(List.of(id), "set_rating", Map.of("rating", 3), AT);
    driver.act(List.of(id), "move_to_gallery", Map.of("gallery", "Archive"), AT);

    var asset = connector().read(id);

    assertThat(asset.ref().toString()).isEqualTo("ps:" + id);
    assertThat(asset.title()).isEqualTo("Harbour at dawn");
    assertThat(asset.caption()).isEqualTo("Fishing boats leave Kiel harbour.");
    assertThat(asset.headline()).isEqualTo("Dawn");
    assertThat(asset.keywords()).containsExactly("harbour", "dawn", "boats");
    assertThat(asset.byline()).isEqualTo("Jane Roe");
    assertThat(asset.credit()).isEqualTo("Acme Brands");
    assertThat(asset.source()).isEqualTo("Acme Photo Desk");
    assertThat(asset.copyright()).isEqualTo("© 2024 Acme");
    assertThat(asset.rights().usageTerms()).isEqualTo("Editorial use only");
    assertThat(asset.rights().expiresAt()).isEqualTo(Instant.parse("2025-12-31T23:59:59Z"));
    assertThat(asset.externalKey()).isEqualTo("netx:4711");
    assertThat(asset.status()).isEqualTo(AssetStatus.IN_REVIEW);
    assertThat(asset.rating()).isEqualTo(3);
    assertThat(asset.collections()).extracting(c -> c.name()).contains("Inbox", "Archive");
    assertThat(asset.modifiedAt()).isEqualTo(Instant.parse("2024-05-02T09:15:40Z"));
    assertThat(asset.version()).isEqualTo("2024-05-02T09:15:40Z");
    assertThat(asset.fields()).containsEntry("iptc.city", "Kiel").containsKey("image_id");
    assertThat(asset.tags()).doesNotContainKey("approval_status");
  }

  @Test
  void fileFactsComeFromTheImageRecord() throws Exception {
    String id = driver.seed(1, "Inbox", 12).get(0);
    var asset = connector().read(id);

    assertThat(asset.file().name()).endsWith(".jpg");
    assertThat(asset.file().size()).isPositive();
    assertThat(asset.file().width()).isBetween(800, 4000);
    assertThat(asset.createdAt()).isNotNull();
    assertThat(asset.status())
        .isIn(
            AssetStatus.DRAFT,
            AssetStatus.APPROVED,
            AssetStatus.IN_REVIEW,
            AssetStatus.ARCHIVED,
            AssetStatus.EXPIRED);
  }

  @Test
  void downloadStreamsTheOriginalWithNameAndType() throws Exception {
    String id = driver.seed(1, "Inbox", 13).get(0);
    var connector = connector();
    var asset = connector.read(id);

    byte[] bytes;
    try (var content = connector.openContent(id)) {
      assertThat(content.stream()).isNotInstanceOf(ByteArrayInputStream.class);
      assertThat(content.fileName()).isEqualTo(asset.file().name());
      assertThat(content.mediaType()).isEqualTo("image/jpeg");
      bytes = content.stream().readAllBytes();
      assertThat(content.length()).isIn(-1L, (long) bytes.length);
    }
    assertThat((long) bytes.length).isEqualTo(asset.file().size());
    var size = Imaging.getImageSize(bytes);
    assertThat(size.width).isEqualTo(asset.file().width());
  }

  @Test
  void anUnknownIdIsPermanent() {
    var connector = connector();
    assertThatThrownBy(() -> connector.read("I0000doesNotExis"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("404");
    assertThatThrownBy(() -> connector.openContent("I0000doesNotExis"))
        .isInstanceOf(PermanentException.class);
  }
}
