package io.assetbridge.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeds the emulators for the demo: PhotoShelter images with regions and campaigns, some approved;
 * VIP recipients and one distribution list per region plus a global one.
 */
public final class DemoData {
  public static final List<String> REGIONS = List.of("EMEA", "AMER", "APAC");

  /** Every other image belongs to each; the demo config's vocabulary knows both. */
  public static final List<String> CAMPAIGNS = List.of("Spring Launch", "Summer Heat");

  private DemoData() {}

  /**
   * Seeds {@code count} images; every third is left unapproved so the user can approve it. Returns
   * ids.
   */
  public static List<String> seedPhotoShelter(AdminClient ps, int count, int approved) {
    List<String> ids = new ArrayList<>();
    ps.post("/_emulator/seed", Map.of("count", count, "gallery", "Inbox", "seed", 42))
        .path("image_ids")
        .forEach(n -> ids.add(n.asText()));
    for (int i = 0; i < ids.size(); i++) {
      // the last few images get no region, so the global route has work too
      if (i % 4 != 3) {
        ps.post(
            "/_emulator/act",
            Map.of(
                "image_ids",
                List.of(ids.get(i)),
                "action",
                "set_custom",
                "field",
                "Region",
                "value",
                REGIONS.get(i % 3)));
      }
    }
    for (int c = 0; c < CAMPAIGNS.size() && c < ids.size(); c++) {
      List<String> members = new ArrayList<>();
      for (int i = c; i < ids.size(); i += CAMPAIGNS.size()) {
        members.add(ids.get(i));
      }
      ps.post(
          "/_emulator/act",
          Map.of(
              "image_ids",
              members,
              "action",
              "set_custom",
              "field",
              "Campaign",
              "value",
              CAMPAIGNS.get(c)));
    }
    ps.post(
        "/_emulator/act", Map.of("image_ids", ids, "action", "set_approval", "value", "In Review"));
    defineDistributionStatus(ps);
    ps.post(
        "/_emulator/act",
        Map.of(
            "image_ids", ids.subList(0, approved), "action", "set_approval", "value", "Approved"));
    return ids;
  }

  public static void seedVip(AdminClient vip) {
    vip.post(
        "/_emulator/seed",
        Map.of(
            "recipients",
                List.of(
                    recipient(
                        "daily",
                        "Example Daily – Photo Desk",
                        "Example Daily",
                        "exampledaily",
                        "EMEA"),
                    recipient(
                        "herald",
                        "Northern Herald – Pictures",
                        "Northern Herald",
                        "northernherald",
                        "EMEA"),
                    recipient(
                        "gazette",
                        "Pacific Gazette – Desk",
                        "Pacific Gazette",
                        "pacificgazette",
                        "APAC"),
                    recipient(
                        "tribune",
                        "Lakeside Tribune – Photo",
                        "Lakeside Tribune",
                        "lakesidetribune",
                        "AMER")),
            "lists",
                List.of(
                    list("EMEA press", List.of("daily", "herald")),
                    list("APAC press", List.of("gazette")),
                    list("AMER press", List.of("tribune")),
                    list("Global press", List.of("daily", "gazette", "tribune")))));
  }

  /** Defines PhotoShelter's "Distribution Status" field, as an org admin would, for write-backs. */
  public static void defineDistributionStatus(AdminClient ps) {
    ps.post(
        "/_emulator/custom-fields",
        Map.of(
            "name",
            "Distribution Status",
            "options",
            List.of("queued", "sending", "sent", "partially_failed", "failed", "cancelled")));
  }

  /**
   * Two agency submissions (one a damaged file the engine must refuse), and recipients that
   * receive, download and publish a few seconds after each distribution.
   */
  public static void seedVipActivity(AdminClient vip) {
    vip.post(
        "/_emulator/seed",
        Map.of(
            "submissions",
            List.of(
                Map.of(
                    "contributor",
                    Map.of("name", "Nordlicht Agency", "email", "desk@nordlicht.example"),
                    "metadata",
                    Map.of(
                        "title",
                        "Fjord ferry at first light",
                        "caption",
                        "The morning ferry leaves Geiranger.",
                        "keywords",
                        List.of("ferry", "fjord"),
                        "credit",
                        "Nordlicht",
                        "usageTerms",
                        "Editorial use only"),
                    "files",
                    List.of(
                        Map.of(
                            "fileName",
                            "IMG_0412.jpg",
                            "image",
                            Map.of("width", 1600, "height", 1067)))),
                Map.of(
                    "contributor",
                    Map.of("name", "Broken Pixel Ltd", "email", "ops@brokenpixel.example"),
                    "metadata",
                    Map.of("title", "Damaged upload"),
                    "files",
                    List.of(
                        Map.of(
                            "fileName",
                            "broken.jpg",
                            "contentBase64",
                            java.util.Base64.getEncoder()
                                .encodeToString("not an image".getBytes())))))));
    vip.put("/_emulator/auto-advance", Map.of("enabled", true, "delayMs", 4000, "to", "published"));
  }

  private static Map<String, Object> recipient(
      String key, String name, String org, String address, String region) {
    return Map.of(
        "key",
        key,
        "name",
        name,
        "organization",
        org,
        "channel",
        "press-portal",
        "address",
        address,
        "regions",
        List.of(region),
        "markets",
        List.of());
  }

  private static Map<String, Object> list(String name, List<String> members) {
    return Map.of("name", name, "description", name + " partners", "members", members);
  }
}
