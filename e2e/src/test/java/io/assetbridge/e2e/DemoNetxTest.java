package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.app.demo.Demo;
import io.assetbridge.app.demo.DemoData;
import io.assetbridge.app.demo.FirstPass;
import io.assetbridge.app.demo.NetxDemoData;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.CollectionRef;
import io.assetbridge.store.Link;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo with NetX, run in this JVM on free ports: after its first pass the approved PhotoShelter
 * images are catalogued in NetX under their campaign and year, NetX's selections sit in their
 * region's PhotoShelter gallery, and a licence changed in NetX afterwards reaches PhotoShelter.
 */
class DemoNetxTest {
  private static final int APPROVED = 3;
  @TempDir Path dir;
  private Demo demo;

  @BeforeEach
  void start() {
    demo = Demo.start(new Demo.Settings(0, 0, 0, 0, dir, 6, APPROVED), Map.of(), step -> {});
  }

  @AfterEach
  void stop() {
    demo.close();
  }

  @Test
  void theFirstPassCataloguesPublishesAndKeepsRightsInStep() throws InterruptedException {
    FirstPass.Outcome pass = demo.firstPass().await(Duration.ofSeconds(90));
    assertThat(pass.over()).as("first pass over").isTrue();
    assertThat(pass.dead()).isZero();
    assertThat(pass.flowsWithoutJobs()).isEmpty();

    List<String> approved = demo.psIds().subList(0, APPROVED);
    approved.forEach(this::assertCatalogued);
    assertThat(links("catalog-in-netx"))
        .as("only the approved images, and no copy NetX published catalogued back")
        .extracting(Link::sourceRef)
        .containsExactlyInAnyOrderElementsOf(approved.stream().map(id -> "ps:" + id).toList());

    NetxDemoData.Selections selections = demo.netxSelections();
    selections.byRegion().forEach(this::assertPublished);
    assertThat(psCopyOf(selections.unselected())).as("not selected, not published").isEmpty();

    String catalogued = netxCopyOf(approved.get(0));
    String published = selections.byRegion().get("EMEA");
    editUsageRights(catalogued, "Licensed for web, 2 years");
    editUsageRights(published, "Web use until further notice");
    String psCopy = psCopyOf(published).orElseThrow();
    assertThat(
            awaited(() -> ps(approved.get(0)).rights().usageTerms(), "Licensed for web, 2 years"))
        .isEqualTo("Licensed for web, 2 years");
    assertThat(awaited(() -> ps(psCopy).rights().usageTerms(), "Web use until further notice"))
        .isEqualTo("Web use until further notice");
  }

  private void assertCatalogued(String psId) {
    Asset source = ps(psId);
    Asset copy = netx(netxCopyOf(psId));
    assertThat(copy.externalKey()).isEqualTo("ps:" + psId);
    assertThat(copy.title()).isEqualTo(source.title());
    assertThat(copy.caption()).isEqualTo(source.caption());
    assertThat(copy.keywords()).isEqualTo(source.keywords());
    assertThat(copy.credit()).isEqualTo(source.credit());
    assertThat(copy.copyright()).isEqualTo(source.copyright());
    assertThat(copy.rights().usageTerms()).isEqualTo(source.rights().usageTerms()).isNotBlank();
    boolean expired =
        source.rights().expiresAt() != null && source.rights().expiresAt().isBefore(Instant.now());
    assertThat(copy.status())
        .as("approved, or expired in both systems once the licence ran out")
        .isEqualTo(expired ? AssetStatus.EXPIRED : AssetStatus.APPROVED)
        .isEqualTo(source.status());
    String campaign = source.tags().get("campaign").get(0);
    assertThat(DemoData.CAMPAIGNS).contains(campaign);
    int year = source.createdAt().atZone(ZoneOffset.UTC).getYear();
    assertThat(copy.collections())
        .extracting(CollectionRef::path)
        .containsExactly("Campaigns/" + campaign + "/" + year);
    assertThat(copy.tags().get("campaign"))
        .containsExactly(campaign.equals("Spring Launch") ? "SPR-26" : "SUM-26");
  }

  private void assertPublished(String region, String netxId) {
    Asset original = netx(netxId);
    Asset copy = ps(psCopyOf(netxId).orElseThrow());
    assertThat(copy.collections())
        .extracting(CollectionRef::name)
        .as("in its region's gallery, and no other region's")
        .contains(NetxDemoData.gallery(region))
        .doesNotContainAnyElementsOf(
            DemoData.REGIONS.stream()
                .filter(r -> !r.equals(region))
                .map(NetxDemoData::gallery)
                .toList());
    assertThat(copy.externalKey()).isEqualTo("netx:" + netxId);
    assertThat(copy.title()).isEqualTo(original.title());
    assertThat(copy.caption()).isEqualTo(original.caption()).contains(region);
    assertThat(copy.status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(copy.rights().usageTerms()).isEqualTo(original.rights().usageTerms());
  }

  private void editUsageRights(String netxId, String terms) {
    demo.netxAdmin()
        .post(
            "/_emulator/assets/" + netxId + "/edit",
            Map.of("attributes", Map.of("Usage Rights", List.of(terms))));
  }

  /** What {@code read} gives once it gives {@code expected}, or after 20 s whatever it gives. */
  private static <T> T awaited(Supplier<T> read, T expected) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    T now = read.get();
    while (!expected.equals(now) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      now = read.get();
    }
    return now;
  }

  private String netxCopyOf(String psId) {
    return link("catalog-in-netx", "ps:" + psId)
        .orElseThrow(() -> new AssertionError("ps:" + psId + " was not catalogued"))
        .targetRef()
        .substring("netx:".length());
  }

  private Optional<String> psCopyOf(String netxId) {
    return link("publish-to-galleries", "netx:" + netxId)
        .map(l -> l.targetRef().substring("ps:".length()));
  }

  private Optional<Link> link(String flow, String sourceRef) {
    return demo.engine().store().inTransaction(tx -> tx.links().find(flow, sourceRef));
  }

  private List<Link> links(String flow) {
    return demo.engine().store().inTransaction(tx -> tx.links().list(flow, 0));
  }

  private Asset ps(String id) {
    return ((AssetReader) demo.engine().connectors().get("ps")).read(id);
  }

  private Asset netx(String id) {
    return ((AssetReader) demo.engine().connectors().get("netx")).read(id);
  }
}
