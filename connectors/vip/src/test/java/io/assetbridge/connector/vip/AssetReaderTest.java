package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Ref;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AssetReader against the emulator: the canonical asset and streamed content. */
class AssetReaderTest extends EmulatorBackedTest {
  static final long SIZE = 3 * 1024 * 1024 + 17;

  @Test
  void anAssetReadsAsTheCanonicalRecord() {
    String id =
        vip.create(
            new NewAsset(
                "ps:I0000abc",
                fields(
                    "title", "Harbour at dawn",
                    "caption", "Fishing boats leave at first light.",
                    "keywords", List.of("harbour", "dawn"),
                    "credit", "Jane Doe / Example",
                    "copyright", "© 2025 Example Corp",
                    "byline", "Jane Doe",
                    "usageTerms", "Editorial use only",
                    "expiresAt", Instant.parse("2026-12-31T00:00:00Z"),
                    "territories", List.of("DE", "AT"),
                    "tags", Map.of("region", List.of("EMEA"))),
                "k-1"),
            GeneratedContent.of("harbour.bin", SIZE));

    Asset asset = vip.read(id);

    assertThat(asset.ref()).isEqualTo(new Ref("vip", id));
    assertThat(asset.externalKey()).isEqualTo("ps:I0000abc");
    assertThat(asset.title()).isEqualTo("Harbour at dawn");
    assertThat(asset.keywords()).containsExactly("harbour", "dawn");
    assertThat(asset.byline()).isEqualTo("Jane Doe");
    assertThat(asset.tags()).isEqualTo(Map.of("region", List.of("EMEA")));
    assertThat(asset.rights().expiresAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
    assertThat(asset.rights().territories()).containsExactly("DE", "AT");
    assertThat(asset.rights().usageTerms()).isEqualTo("Editorial use only");
    assertThat(asset.file().name()).isEqualTo("harbour.bin");
    assertThat(asset.file().size()).isEqualTo(SIZE);
    assertThat(asset.version()).isEqualTo("1");
    assertThat(asset.fields()).containsKey("updatedAt");
  }

  @Test
  void contentIsStreamedWithItsFacts() throws Exception {
    String id =
        vip.create(
            new NewAsset("ps:I0000abc", Map.of(), "k-2"), GeneratedContent.of("big.bin", SIZE));

    try (AssetContent content = vip.openContent(id)) {
      assertThat(content.length()).isEqualTo(SIZE);
      assertThat(content.fileName()).isEqualTo("big.bin");
      assertThat(GeneratedContent.sha256(content.stream()))
          .isEqualTo(GeneratedContent.sha256(SIZE));
    }
    assertThat(vip.read(id).file().sha256()).isEqualTo(GeneratedContent.sha256(SIZE));
  }

  @Test
  void anUnknownAssetIsPermanent() {
    assertThatThrownBy(() -> vip.read("ast_404404"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("GET /api/v1/assets/ast_404404 answered HTTP 404: not-found");
    assertThatThrownBy(() -> vip.openContent("ast_404404"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("404");
  }

  @Test
  void aSubmittedFileReadsAsAnAssetInReviewAndIsAcknowledged() throws Exception {
    var seeded =
        emulator.seed(
            "{\"submissions\":[{\"contributor\":{\"name\":\"Nordlicht Agency\","
                + "\"email\":\"desk@nordlicht.example\"},\"metadata\":{\"title\":\"Fjord ferry\"},"
                + "\"files\":[{\"fileName\":\"IMG_0412.jpg\",\"image\":{\"width\":160,\"height\":107}}]}]}");
    String submissionId = seeded.path("submissions").get(0).path("id").asText();

    List<String> files = vip.submissionFiles(submissionId);
    Asset asset = vip.read(files.get(0));

    assertThat(asset.ref().id()).isEqualTo(files.get(0)).startsWith(submissionId + "/");
    assertThat(asset.title()).isEqualTo("Fjord ferry");
    assertThat(asset.credit()).isEqualTo("Nordlicht Agency");
    assertThat(asset.status()).isEqualTo(AssetStatus.IN_REVIEW);
    assertThat(asset.file().name()).isEqualTo("IMG_0412.jpg");
    try (AssetContent content = vip.openContent(files.get(0))) {
      assertThat(content.stream().readAllBytes()).hasSize(asset.file().size().intValue());
      assertThat(content.mediaType()).startsWith("image/jpeg");
    }

    String fileId = files.get(0).substring(submissionId.length() + 1);
    var ack = SubmissionAck.ingested(submissionId, "ps:I0000xyz", Map.of(fileId, "ps:I0000xyz"));
    vip.acknowledgeSubmission(ack);
    vip.acknowledgeSubmission(ack);
    assertThat(emulator.api("/submissions/" + submissionId).path("status").asText())
        .isEqualTo("ingested");
    assertThatThrownBy(() -> vip.acknowledgeSubmission(SubmissionAck.rejected(submissionId, "no")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("already-acknowledged");
  }
}
