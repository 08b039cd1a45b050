package io.assetbridge.app;

import io.assetbridge.app.demo.Demo;
import java.io.PrintWriter;
import java.util.Map;

/** What the demo tells a newcomer before the step lines start: where things are, what to try. */
final class DemoBanner {
  /** The bundled config's flows, in the words of the people who use them. */
  private static final Map<String, String> FLOWS =
      Map.of(
          "approved-to-vip",
              "PhotoShelter → VIP: approved, rights-clean images to their region's press list",
          "deliveries-to-ps",
              "VIP → PhotoShelter: recipients publish a few seconds later; outcomes come back",
          "contributions-to-ps",
              "VIP → PhotoShelter: agency submissions, one ingested into Inbox, one refused",
          "catalog-in-netx",
              "PhotoShelter → NetX: approved images filed under Campaigns/<campaign>/<year>",
          "rights-ps-netx",
              "PhotoShelter ↔ NetX: licence terms, expiry and status kept equal both ways",
          "publish-to-galleries",
              "NetX → PhotoShelter: assets selected in NetX to their region's Press gallery");

  private final PrintWriter out;
  private final Demo demo;
  private final Demo.Settings settings;
  private final boolean once;

  DemoBanner(PrintWriter out, Demo demo, boolean once) {
    this.out = out;
    this.demo = demo;
    this.settings = demo.settings();
    this.once = once;
  }

  void print() {
    out.println();
    places();
    out.println();
    flows();
    out.println();
    tries();
    out.println(once ? "demo --once exits after the first pass." : "Ctrl-C stops the demo.");
    out.println();
    out.flush();
  }

  private void places() {
    var selections = demo.netxSelections();
    line(
        "PhotoShelter emulator",
        demo.psUrl(),
        settings.images() + " images, " + settings.approved() + " approved");
    line("VIP emulator", demo.vipUrl(), "token: emulator-token");
    line(
        "NetX emulator",
        demo.netxUrl(),
        "token: emulator-token; "
            + selections.byRegion().size()
            + " of its "
            + (selections.byRegion().size() + 1)
            + " assets selected for publishing");
    line("assetbridge", demo.engineUrl(), "GET /health; webhooks to /hooks/vip and /hooks/netx");
  }

  private void flows() {
    out.println("Flows in " + demo.config() + ":");
    for (String flow : demo.engine().plans().keySet()) {
      out.printf("  %-21s %s%n", flow, FLOWS.getOrDefault(flow, ""));
    }
  }

  private void tries() {
    out.println("Try:");
    out.println("  what VIP received");
    out.println(
        "    curl -s -H 'Authorization: Bearer emulator-token' "
            + demo.vipUrl()
            + "/api/v1/assets");
    if (demo.psIds().size() > settings.approved()) {
      String next = demo.psIds().get(settings.approved());
      out.println(
          "  approve another image in PhotoShelter" + (once ? "" : " (or press Enter here)"));
      out.println(
          "    curl -s -X POST "
              + demo.psUrl()
              + "/_emulator/act -H 'Content-Type: application/json' \\");
      out.println(
          "      -d '{\"image_ids\":[\""
              + next
              + "\"],\"action\":\"set_approval\",\"value\":\"Approved\"}'");
    }
    String emea = demo.netxSelections().byRegion().get("EMEA");
    out.println(
        "  change a licence in NetX and watch it reach the copy in PhotoShelter's Press EMEA");
    out.println(
        "    curl -s -X POST "
            + demo.netxUrl()
            + "/_emulator/assets/"
            + emea
            + "/edit -H 'Content-Type: application/json' \\");
    out.println(
        "      -d '{\"attributes\":{\"Usage Rights\":[\"Web use until further notice\"]}}'");
    out.println(
        "  every step of one asset in each system (below: only the steps that changed something)");
    out.println(
        "    java -jar app/target/assetbridge.jar audit list --asset REF --config "
            + demo.config());
  }

  private void line(String what, String url, String note) {
    out.printf("%-22s %s   (%s)%n", what, url, note);
  }
}
