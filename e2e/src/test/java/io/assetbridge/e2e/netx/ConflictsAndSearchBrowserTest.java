package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.e2e.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's Search and Conflicts pages in headless Chromium, on a running engine between the
 * PhotoShelter and NetX emulators: a federated search shows each asset once with its refs in both
 * systems, a failing NetX is named above the rows, and a held conflict is resolved with its Keep
 * button. Screenshots {@code 11-*} and {@code 12-*} land in {@code target/screenshots}.
 */
@Tag("browser")
class ConflictsAndSearchBrowserTest {
  @TempDir Path dir;

  @Test
  void anOperatorSearchesBothSystemsAndResolvesAHeldConflict() {
    try (NetxWorld w = new NetxWorld().withAdminToken(ConflictsAndSearchApiTest.TOKEN)) {
      w.open(dir, TwoWaySyncTest.FLOWS.formatted("hold"), InstantSource.system());
      String url = w.serve();
      List<String> others = w.seedApproved(3, 9);
      String[] ids = TwoWaySyncTest.paired(w);
      try (Browser browser = new Browser(url)) {
        browser.open("/search");
        browser.signIn(ConflictsAndSearchApiTest.TOKEN);
        browser.await(
            Duration.ofSeconds(15), () -> browser.driver.getCurrentUrl().endsWith("/search"));

        new Select(browser.find("#status")).selectByValue("approved");
        browser.find("#search").click();
        browser.find("#results");
        var rows = browser.driver.findElements(By.cssSelector("#results tr.hit"));
        assertThat(rows).hasSize(1 + others.size());
        String table = browser.find("#results").getText();
        assertThat(table).contains("ps:" + ids[0], "netx:" + ids[1]);
        for (String id : others) {
          assertThat(table).contains("ps:" + id);
        }
        assertThat(browser.driver.findElements(By.id("notes"))).isEmpty();
        assertThat(browser.find("#count").getText()).isEqualTo((1 + others.size()) + " asset(s).");
        browser.screenshot("11-search");

        browser.find("#results a[href='/timeline?q=netx%3A" + ids[1] + "']").click();
        assertThat(browser.find("#timeline").getText()).contains("netx:" + ids[1]);

        browser.open("/search?q=no-such-words-anywhere");
        assertThat(browser.find("#no-results").getText())
            .isEqualTo("No asset in ps, netx matches this search.");
        browser.screenshot("11b-search-no-results");

        w.netxAdmin.put(
            "/_emulator/faults",
            Map.of(
                "rules",
                List.of(
                    Map.of(
                        "match",
                        Map.of("path", "/api/rpc", "rpcMethod", "getAssetsByQuery"),
                        "fault",
                        "status",
                        "status",
                        503))));
        browser.open("/search?status=approved");
        assertThat(browser.find("#notes").getText())
            .contains("Incomplete results", "netx:", "results from ps only");
        assertThat(browser.driver.findElements(By.cssSelector("#results tr.hit")))
            .hasSize(1 + others.size());
        browser.screenshot("11c-search-netx-failing");
        w.netxAdmin.put("/_emulator/faults", Map.of("rules", List.of()));

        browser.open("/conflicts");
        assertThat(browser.find("#no-conflicts").getText()).isEqualTo("No held conflicts.");
        browser.screenshot("12a-conflicts-empty");

        TwoWaySyncTest.editBothSides(w, ids);
        w.sync("rights");
        w.sync("rights");
        browser.open("/conflicts");
        String row = browser.find("#conflicts tr[id^=conflict-]").getText();
        assertThat(row).contains("usageTerms", "PS terms", "NetX terms", "ps:" + ids[0]);
        assertThat(browser.find("button[id$='-ps']").getText()).isEqualTo("Keep ps's value");
        browser.screenshot("12-conflicts");

        browser.find("button[id$='-netx']").click();
        assertThat(browser.find("#flash").getText())
            .contains("resolved", "took netx", "NetX terms");
        assertThat(browser.find("#no-conflicts").isDisplayed()).isTrue();
        assertThat(w.psAsset(ids[0]).rights().usageTerms()).isEqualTo("NetX terms");
        browser.screenshot("12b-conflicts-resolved");
      }
    }
  }
}
