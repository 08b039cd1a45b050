package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NetX → PhotoShelter publishing: only assets selected in NetX (the "Publish To" attribute) are
 * published, with their metadata, into per-region galleries; unselecting one removes it from its
 * gallery, or keeps it there when the flow says so.
 */
class PublishTest {
  static final String FLOWS =
      """
      flows:
        publish:
          from: { connection: netx }
          when: '"publish_to" in asset.tags && asset.tags["publish_to"].exists(r, r != "")'
          to: { connection: ps, action: publish }
          unselected: %s
          routes:
            - when: '"EMEA" in asset.tags["publish_to"]'
              with: { gallery: Press EMEA }
            - when: '"APAC" in asset.tags["publish_to"]'
              with: { gallery: Press APAC }
          map:
            title: asset.title
            caption: asset.caption
            keywords: asset.keywords
            credit: asset.credit
            usageTerms: asset.rights.usageTerms
      """;

  @TempDir Path dir;

  @Test
  void selectedAssetsArePublishedPerRegionAndUnselectedOnesLeave() {
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, FLOWS.formatted("remove"), InstantSource.system());
      w.psGallery("Press EMEA");
      w.psGallery("Press APAC");
      List<String> netx = seed(w);
      w.sync("publish");

      String emea = psId(w, netx.get(0)).orElseThrow();
      String apac = psId(w, netx.get(1)).orElseThrow();
      assertThat(psId(w, netx.get(2))).as("not selected: not published").isEmpty();
      List<String> published = List.of(emea, apac);
      assertThat(w.inGallery("Press EMEA", published)).containsExactly(emea);
      assertThat(w.inGallery("Press APAC", published)).containsExactly(apac);
      Asset copy = w.psAsset(emea);
      Asset original = w.netxAsset(netx.get(0));
      assertThat(copy.title()).isEqualTo(original.title());
      assertThat(copy.caption()).isEqualTo("Harbour at dawn, EMEA cut");
      assertThat(copy.keywords()).containsExactly("harbour", "dawn");
      assertThat(copy.rights().usageTerms()).isEqualTo("Editorial use only");
      assertThat(copy.externalKey()).isEqualTo("netx:" + netx.get(0));

      w.netxEdit(netx.get(0), Map.of("Publish To", List.of()));
      w.netxEdit(netx.get(1), Map.of("Publish To", List.of("EMEA")));
      w.sync("publish");
      assertThat(w.inGallery("Press EMEA", published)).containsExactly(apac);
      assertThat(w.inGallery("Press APAC", published)).isEmpty();
      assertThat(RightsClockTest.audit(w, "unpublished")).hasSize(2);
      assertThat(RightsClockTest.audit(w, "created")).as("no upload twice").hasSize(2);
    }
  }

  @Test
  void unselectedKeepLeavesThePublishedAssetInItsGallery() {
    try (NetxWorld w = new NetxWorld()) {
      w.open(dir, FLOWS.formatted("keep"), InstantSource.system());
      w.psGallery("Press EMEA");
      w.psGallery("Press APAC");
      List<String> netx = seed(w);
      w.sync("publish");
      String emea = psId(w, netx.get(0)).orElseThrow();
      w.netxEdit(netx.get(0), Map.of("Publish To", List.of()));
      w.sync("publish");
      assertThat(w.inGallery("Press EMEA", List.of(emea))).containsExactly(emea);
      assertThat(RightsClockTest.audit(w, "kept")).hasSize(1);
    }
  }

  /** Three NetX assets: one for EMEA, one for APAC, one not selected; returns their ids. */
  private static List<String> seed(NetxWorld w) {
    Map<String, Object> body =
        Map.of(
            "attributes",
            List.of(
                Map.of(
                    "label",
                    "Publish To",
                    "type",
                    "multiselect",
                    "options",
                    List.of("EMEA", "APAC"))),
            "folders",
            List.of("Marketing/Spring"),
            "assets",
            List.of(
                asset(
                    "harbour-emea.jpg",
                    "Harbour at dawn",
                    "Harbour at dawn, EMEA cut",
                    List.of("EMEA")),
                asset(
                    "harbour-apac.jpg",
                    "Harbour at noon",
                    "Harbour at noon, APAC cut",
                    List.of("APAC")),
                asset("harbour-draft.jpg", "Harbour draft", "Not for release", List.of())));
    List<String> ids = new ArrayList<>();
    w.netxAdmin
        .post("/_emulator/seed", body)
        .path("assets")
        .forEach(a -> ids.add(a.path("id").asText()));
    return ids;
  }

  private static Map<String, Object> asset(
      String file, String name, String caption, List<String> regions) {
    return Map.of(
        "folder",
        "Marketing/Spring",
        "fileName",
        file,
        "name",
        name,
        "image",
        Map.of("width", 640, "height", 480),
        "keywords",
        List.of("harbour", "dawn"),
        "attributes",
        Map.of(
            "Asset Status", List.of("Approved"),
            "Caption", List.of(caption),
            "Credit", List.of("Acme Studio"),
            "Usage Rights", List.of("Editorial use only"),
            "Publish To", regions));
  }

  private static Optional<String> psId(NetxWorld w, String netxId) {
    return w.engine()
        .store()
        .inTransaction(tx -> tx.links().find("publish", "netx:" + netxId))
        .map(l -> l.targetRef().substring("ps:".length()));
  }
}
