package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * VIP → PhotoShelter: three submissions, one with a corrupt file, become two images in the review
 * gallery with their metadata, In Review, each acknowledged once; running again ingests nothing
 * twice.
 */
class InboundSubmissionsTest {
  private static final String INGEST =
      """
        contributions-to-ps:
          from: { connection: vip, on: [submission.received] }
          to: { connection: ps, action: ingest }
          ingest: { gallery: Inbox, maxBytes: 20MB }
          map: { title: asset.title, caption: asset.caption, credit: asset.credit, keywords: asset.keywords, status: asset.status }
      """;
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;

  @Test
  void submissionsAreIngestedOrRejectedAndAcknowledgedOnce() throws Exception {
    JsonNode seeded =
        platforms.vipAdmin.post(
            "/_emulator/seed",
            Map.of(
                "submissions",
                List.of(
                    submission(
                        "Nordlicht Agency",
                        "Fjord ferry",
                        Map.of(
                            "fileName",
                            "IMG_0412.jpg",
                            "image",
                            Map.of("width", 1600, "height", 1067))),
                    submission(
                        "Sudwind Photo",
                        "Harbour cranes",
                        Map.of(
                            "fileName",
                            "crane.jpg",
                            "image",
                            Map.of("width", 1200, "height", 800))),
                    submission(
                        "Broken Pixel Ltd",
                        "Damaged upload",
                        Map.of(
                            "fileName",
                            "broken.jpg",
                            "contentBase64",
                            Base64.getEncoder()
                                .encodeToString("this is not a picture at all".getBytes()))))));
    List<String> submissions = new ArrayList<>();
    List<String> files = new ArrayList<>();
    seeded
        .path("submissions")
        .forEach(
            s -> {
              submissions.add(s.path("id").asText());
              files.add(s.path("fileIds").path(0).asText());
            });
    Path config =
        Files.writeString(
            dir.resolve("c.yaml"), TestConfig.yaml(platforms, dir, "30s", "100ms") + INGEST);
    var run = CommandLineRun.of("sync", "contributions-to-ps", "--config", config.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

    for (int i = 0; i < 2; i++) {
      String fileRef = "vip:" + submissions.get(i) + "/" + files.get(i);
      List<String> images = platforms.psApi().byTransRef(fileRef);
      assertThat(images).as("one PhotoShelter image for %s", fileRef).hasSize(1);
      JsonNode iptc = platforms.psApi().iptc(images.get(0));
      assertThat(iptc.path("title").asText()).isEqualTo(i == 0 ? "Fjord ferry" : "Harbour cranes");
      assertThat(iptc.path("credit").asText())
          .isEqualTo(i == 0 ? "Nordlicht Agency" : "Sudwind Photo");
      assertThat(platforms.psApi().custom(images.get(0)))
          .containsEntry("Approval Status", "In Review");
      JsonNode sub = vipSubmission(submissions.get(i));
      assertThat(sub.path("status").asText()).isEqualTo("ingested");
      assertThat(sub.path("ack").path("fileRefs").path(files.get(i)).asText())
          .isEqualTo("ps:" + images.get(0));
    }
    JsonNode broken = vipSubmission(submissions.get(2));
    assertThat(broken.path("status").asText()).isEqualTo("rejected");
    System.out.println("rejected with: " + broken.path("ack").path("reason").asText());
    assertThat(broken.path("ack").path("reason").asText())
        .startsWith("broken.jpg: ")
        .containsAnyOf("unsupported type", "not a image/jpeg");
    assertThat(platforms.psApi().byTransRef("vip:" + submissions.get(2) + "/" + files.get(2)))
        .isEmpty();
    assertThat(acks()).as("each submission acknowledged once").hasSize(3);

    // the same flow under another name runs every submission again: nothing new is made
    Path again =
        Files.writeString(
            dir.resolve("again.yaml"),
            Files.readString(config).replace("contributions-to-ps:", "contributions-again:"));
    assertThat(
            CommandLineRun.of("sync", "contributions-again", "--config", again.toString())
                .exitCode())
        .isZero();
    for (int i = 0; i < 2; i++) {
      assertThat(platforms.psApi().byTransRef("vip:" + submissions.get(i) + "/" + files.get(i)))
          .hasSize(1);
      assertThat(vipSubmission(submissions.get(i)).path("status").asText()).isEqualTo("ingested");
    }
    assertThat(uploads()).as("no file uploaded twice").hasSize(2);
  }

  private static Map<String, Object> submission(
      String contributor, String title, Map<String, Object> file) {
    return Map.of(
        "contributor",
        Map.of("name", contributor, "email", "desk@example.org"),
        "metadata",
        Map.of(
            "title",
            title,
            "caption",
            title + ", seen from the quay",
            "keywords",
            List.of("harbour")),
        "files",
        List.of(file));
  }

  private JsonNode vipSubmission(String id) {
    return platforms.vipApi().get("/submissions/" + id);
  }

  private List<JsonNode> acks() {
    List<JsonNode> out = new ArrayList<>();
    platforms
        .vipAdmin
        .get("/_emulator/journal?limit=1000")
        .path("entries")
        .forEach(
            e -> {
              if (e.path("method").asText().equals("POST")
                  && e.path("path").asText().endsWith("/ack")
                  && e.path("status").asInt() == 200) {
                out.add(e);
              }
            });
    return out;
  }

  private List<JsonNode> uploads() {
    List<JsonNode> out = new ArrayList<>();
    platforms
        .psAdmin
        .get("/_emulator/journal?since=0&limit=10000")
        .path("entries")
        .forEach(
            e -> {
              if (e.path("path").asText().endsWith("/mem/image/upload")
                  && e.path("status").asInt() == 200) {
                out.add(e);
              }
            });
    return out;
  }
}
