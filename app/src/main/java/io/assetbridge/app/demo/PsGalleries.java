package io.assetbridge.app.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Creates PhotoShelter galleries in the emulator's library collection through the public API, as an
 * org admin would: the emulator's admin API has no call for it.
 */
public final class PsGalleries {
  private final AdminClient api;

  public PsGalleries(String baseUrl) {
    // the emulator's fixed credentials (shared/api/photoshelter.md, emulator)
    this.api =
        new AdminClient(
            baseUrl,
            Map.of("X-PS-Api-Key", "emu-api-key", "Authorization", "Bearer emu-oauth-token"));
  }

  /** Creates a gallery visible to everyone under the library collection; returns its id. */
  public String create(String name) {
    String library =
        api.get("/psapi/v3/mem/collection/root/children")
            .path("data")
            .path("Children")
            .path("Collection")
            .get(0)
            .path("collection_id")
            .asText();
    return api.get(
            "/psapi/v3/mem/gallery/insert?f_list=t&mode=everyone&parent="
                + library
                + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .path("data")
        .path("Gallery")
        .path("gallery_id")
        .asText();
  }
}
