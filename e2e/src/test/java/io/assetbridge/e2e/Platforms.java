package io.assetbridge.e2e;

import io.assetbridge.app.demo.AdminClient;
import io.assetbridge.app.demo.DemoData;
import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.emulator.vip.VipEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Both emulators on free ports, with the calls tests make as people and as auditors. Register it
 * with {@code @RegisterExtension} and it closes itself after each test, after the test's own
 * {@code @AfterEach} (which may still stop an engine that talks to it).
 */
final class Platforms implements AutoCloseable, AfterEachCallback {
  final PhotoShelterEmulator ps = PhotoShelterEmulator.start(0);
  final VipEmulator vip = VipEmulator.start(0);
  final AdminClient psAdmin = new AdminClient(ps.baseUrl());
  final AdminClient vipAdmin = new AdminClient(vip.baseUrl());
  private final VipReader vipReader = new VipReader(vip.baseUrl());
  private final PsReader psReader = new PsReader(ps.baseUrl());

  Platforms() {
    DemoData.seedVip(vipAdmin);
  }

  /** Seeds n images, all "In Review", no licence expiry, usage terms set; returns their ids. */
  List<String> seed(int n, int seed) {
    List<String> ids = new ArrayList<>();
    psAdmin
        .post("/_emulator/seed", Map.of("count", n, "gallery", "Inbox", "seed", seed))
        .path("image_ids")
        .forEach(id -> ids.add(id.asText()));
    act(ids, Map.of("action", "set_approval", "value", "In Review"));
    var noExpiry = new java.util.HashMap<String, Object>();
    noExpiry.put("action", "set_license_expiry");
    noExpiry.put("license_etime", null);
    act(ids, noExpiry);
    act(
        ids,
        Map.of(
            "action",
            "edit_iptc",
            "iptc",
            Map.of("rights", "Editorial use only", "instructions", "")));
    return ids;
  }

  void act(List<String> ids, Map<String, Object> action) {
    var body = new java.util.HashMap<String, Object>(action);
    body.put("image_ids", ids);
    psAdmin.post("/_emulator/act", body);
  }

  void region(List<String> ids, String region) {
    act(ids, Map.of("action", "set_custom", "field", "Region", "value", region));
  }

  void approve(List<String> ids) {
    act(ids, Map.of("action", "set_approval", "value", "Approved"));
  }

  /** Adds the "Partners" list (one agency) to VIP: the fix for routes that name it. */
  void seedPartnersList() {
    vipAdmin.post(
        "/_emulator/seed",
        Map.of(
            "recipients",
                List.of(
                    Map.of(
                        "key",
                        "agency",
                        "name",
                        "Partner Agency",
                        "organization",
                        "Partner Agency",
                        "channel",
                        "press-portal",
                        "address",
                        "partneragency",
                        "regions",
                        List.of(),
                        "markets",
                        List.of())),
            "lists",
                List.of(
                    Map.of(
                        "name",
                        "Partners",
                        "description",
                        "agency partners",
                        "members",
                        List.of("agency")))));
  }

  PsReader psApi() {
    return psReader;
  }

  VipReader vipApi() {
    return vipReader;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    ps.close();
    vip.close();
  }
}
