package io.assetbridge.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds NetX for the demo: the "Publish To" attribute marketing selects with, NetX's own campaign
 * assets (one selected for each region, one not), and the PhotoShelter gallery of each region.
 */
public final class NetxDemoData {
  public static final String FOLDER = "Marketing/Harbour Festival";

  /** NetX ids of the seeded assets: the selected one per region, and the one nobody selected. */
  public record Selections(Map<String, String> byRegion, String unselected) {}

  private NetxDemoData() {}

  public static Selections seed(AdminClient netx, PsGalleries ps) {
    List<Object> assets = new ArrayList<>();
    for (String region : DemoData.REGIONS) {
      assets.add(asset("harbour-festival-" + region.toLowerCase() + ".jpg", region, region));
      ps.create(gallery(region));
    }
    assets.add(asset("harbour-festival-teaser.jpg", "teaser", null));
    Map<String, Object> body =
        Map.of(
            "attributes",
            List.of(
                Map.of("label", "Publish To", "type", "multiselect", "options", DemoData.REGIONS)),
            "folders",
            List.of(FOLDER),
            "assets",
            assets);
    List<String> ids = new ArrayList<>();
    netx.post("/_emulator/seed", body).path("assets").forEach(a -> ids.add(a.path("id").asText()));
    Map<String, String> byRegion = new LinkedHashMap<>();
    for (int i = 0; i < DemoData.REGIONS.size(); i++) {
      byRegion.put(DemoData.REGIONS.get(i), ids.get(i));
    }
    return new Selections(byRegion, ids.getLast());
  }

  /** The PhotoShelter gallery a region's selections are published to. */
  public static String gallery(String region) {
    return "Press " + region;
  }

  private static Map<String, Object> asset(String file, String cut, String region) {
    return Map.of(
        "folder",
        FOLDER,
        "fileName",
        file,
        "name",
        "Harbour Festival key visual, " + cut,
        "image",
        Map.of("width", 1600, "height", 1067),
        "keywords",
        List.of("harbour", "festival", "key visual"),
        "attributes",
        Map.of(
            "Asset Status", List.of("Approved"),
            "Caption", List.of("The Harbour Festival's key visual, " + cut + " cut."),
            "Credit", List.of("Acme Brand Studio"),
            "Copyright", List.of("© Acme Brands"),
            "Usage Rights", List.of("Editorial use only"),
            "Publish To", region == null ? List.of() : List.of(region)));
  }
}
