package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masters stay in PhotoShelter; VIP gets channel renditions: a route fans out to web-2048 (JPEG,
 * inside, IPTC kept) and social-square (PNG, cover). Pixels and formats are checked on what VIP
 * received; re-running makes nothing again; an edit of embedded metadata makes only the rendition
 * that embeds it again, without redistributing.
 */
class RenditionsTest {
  private static final String RENDITIONS =
      """
      renditions:
        web-2048: { width: 2048, height: 2048, fit: inside, format: jpeg, quality: 85, metadata: keep }
        social-square: { width: 1080, height: 1080, fit: cover, format: png }
      """;
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void vipReceivesTheRouteRenditionsOnce() throws Exception {
    List<String> ids = platforms.seed(3, 77);
    platforms.approve(ids);
    String yaml =
        RENDITIONS
            + TestConfig.yaml(platforms, dir, "30s", "100ms")
                .replace(
                    "- with: { list: Global press, channel: press-portal }",
                    "- with: [ { list: Global press, channel: press-portal, rendition: web-2048 },"
                        + " { list: Global press, channel: press-portal, rendition: social-square } ]");
    Path config = Files.writeString(dir.resolve("c.yaml"), yaml);
    assertThat(CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString()).exitCode())
        .isZero();

    for (JsonNode asset : platforms.vipApi().assets()) {
      String id = asset.path("id").asText();
      int masterW = asset.path("file").path("width").asInt();
      int masterH = asset.path("file").path("height").asInt();
      JsonNode renditions = platforms.vipApi().get("/assets/" + id + "/renditions");
      assertThat(renditions.path("items").findValuesAsText("name"))
          .containsExactly("social-square", "web-2048");

      byte[] web = platforms.vipApi().bytes("/assets/" + id + "/renditions/web-2048/content");
      BufferedImage webImage = ImageIO.read(new ByteArrayInputStream(web));
      double scale = Math.min(1.0, 2048.0 / Math.max(masterW, masterH));
      assertThat(webImage.getWidth())
          .isCloseTo((int) Math.round(masterW * scale), org.assertj.core.data.Offset.offset(1));
      assertThat(webImage.getHeight())
          .isCloseTo((int) Math.round(masterH * scale), org.assertj.core.data.Offset.offset(1));
      assertThat(web).startsWith((byte) 0xFF, (byte) 0xD8);
      assertThat(new String(web, StandardCharsets.ISO_8859_1))
          .as("IPTC caption embedded")
          .contains(
              new String(
                  asset.path("caption").asText().getBytes(StandardCharsets.UTF_8),
                  StandardCharsets.ISO_8859_1));

      byte[] square =
          platforms.vipApi().bytes("/assets/" + id + "/renditions/social-square/content");
      BufferedImage squareImage = ImageIO.read(new ByteArrayInputStream(square));
      assertThat(squareImage.getWidth()).isEqualTo(1080);
      assertThat(squareImage.getHeight()).isEqualTo(1080);
      assertThat(square).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

      assertThat(platforms.vipApi().distributions(id))
          .extracting(d -> d.path("rendition").asText())
          .containsExactlyInAnyOrder("web-2048", "social-square");
    }
    assertThat(renditionUploads()).hasSize(6);

    platforms.vipAdmin.send("DELETE", "/_emulator/journal", null);
    assertThat(CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString()).exitCode())
        .isZero();
    assertThat(renditionUploads()).as("nothing changed, nothing made again").isEmpty();

    platforms.act(
        ids.subList(0, 1),
        Map.of("action", "edit_iptc", "iptc", Map.of("caption", "Re-captioned for the web")));
    assertThat(CommandLineRun.of("sync", TestConfig.FLOW, "--config", config.toString()).exitCode())
        .isZero();
    assertThat(renditionUploads())
        .as(
            "a caption edit makes the rendition that embeds it again, not the one that strips metadata")
        .singleElement()
        .satisfies(e -> assertThat(e.path("body").asText()).contains("name=web-2048"));
    assertThat(platforms.vipApi().allDistributions())
        .as("but distributes nothing again")
        .hasSize(6);
  }

  private List<JsonNode> renditionUploads() {
    List<JsonNode> out = new ArrayList<>();
    platforms
        .vipAdmin
        .get("/_emulator/journal?limit=1000")
        .path("entries")
        .forEach(
            e -> {
              if (e.path("method").asText().equals("POST")
                  && e.path("path").asText().endsWith("/renditions")) {
                out.add(e);
              }
            });
    return out;
  }
}
