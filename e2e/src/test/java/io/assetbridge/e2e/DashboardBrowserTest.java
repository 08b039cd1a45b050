package io.assetbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.core.engine.SyncPass;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The dashboard in real headless Chromium against a running engine and the emulators: log in, see
 * dead jobs, press Retry and watch the job succeed, open an asset's timeline with its thumbnail,
 * and read the rights watch. Screenshots of every page land in {@code target/screenshots}.
 */
@Tag("browser")
class DashboardBrowserTest {
  @RegisterExtension final Platforms platforms = new Platforms();
  @TempDir Path dir;
  private ServedEngine served;
  private Browser browser;
  private List<String> ids;

  @BeforeEach
  void start() {
    ids = platforms.seed(3, 11);
    platforms.approve(ids);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    platforms.act(
        List.of(ids.get(2)),
        Map.of(
            "action",
            "edit_iptc",
            "iptc",
            Map.of(
                "rights",
                "Editorial use only",
                "instructions",
                "EMBARGOED UNTIL " + now.plus(Duration.ofDays(5)))));
    platforms.act(
        List.of(ids.get(1)),
        Map.of(
            "action",
            "set_license_expiry",
            "license_etime",
            now.plus(Duration.ofDays(12)).toString()));
    served = new ServedEngine(platforms, dir);
    // the route names a list VIP lacks: two jobs die, the embargoed one is blocked
    new SyncPass(served.engine).run(TestConfig.FLOW, null, p -> {}, s -> {});
    served.engine.startWorkers(Set.of(), s -> {});
    browser = new Browser(served.url());
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    served.close();
  }

  @Test
  void anOperatorRetriesADeadJobAndFollowsAnAssetsTimeline() {
    browser.open("/jobs?state=dead");
    assertThat(browser.driver.getCurrentUrl()).contains("/login");
    browser.screenshot("01-login");
    browser.signIn("not-the-token");
    assertThat(browser.find(".problem").getText()).contains("not the admin token");
    browser.screenshot("02-login-wrong-token");
    browser.signIn(ServedEngine.TOKEN);
    browser.await(Duration.ofSeconds(15), () -> !browser.driver.getCurrentUrl().contains("/login"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/jobs?state=dead");

    var dead = browser.driver.findElements(By.cssSelector("#jobs tr[id^=job-]"));
    assertThat(dead).hasSize(2);
    assertThat(dead.getFirst().getText()).contains("dead", "Partners");
    browser.screenshot("03-jobs-dead");

    browser.open("/");
    assertThat(browser.find("#flows").getText()).contains(TestConfig.FLOW);
    // the sync pass read PhotoShelter and wrote to VIP: both contacted, limits from the config
    assertThat(browser.find("#connection-ps").getText()).contains("ok", "none", "of 8");
    assertThat(browser.find("#connection-vip").getText()).contains("ok", "of 8");
    browser.screenshot("04-overview");
    browser.find("#disable-" + TestConfig.FLOW).click();
    assertThat(browser.find("#enable-" + TestConfig.FLOW).isDisplayed()).isTrue();
    assertThat(browser.find("#flows .b-off").getText()).isEqualTo("off");
    browser.screenshot("04b-overview-flow-disabled");
    browser.find("#enable-" + TestConfig.FLOW).click();
    assertThat(browser.find("#disable-" + TestConfig.FLOW).isDisplayed()).isTrue();

    platforms.seedPartnersList();
    browser.open("/jobs?state=dead");
    String rowId = browser.find("#jobs tr[id^=job-]").getAttribute("id");
    String retriedRef = browser.find("#" + rowId + " a.ref").getText();
    browser.find("#" + rowId + " button").click();
    assertThat(browser.find("#flash").getText()).contains("1 dead job(s) queued again");
    browser.await(
        Duration.ofSeconds(60),
        () -> {
          browser.open("/jobs");
          return browser.find("#" + rowId + " .state").getText().equals("done");
        });
    assertThat(browser.find("#" + rowId).getText()).contains("distributed");
    browser.screenshot("05-jobs-after-retry");
    browser.open("/jobs?state=dead");
    browser.find("#retry-all").click();
    browser.await(
        Duration.ofSeconds(60),
        () -> {
          browser.open("/jobs?state=dead");
          return !browser.driver.findElements(By.cssSelector(".empty")).isEmpty();
        });
    assertThat(browser.find(".empty").getText()).isEqualTo("No dead jobs.");

    browser.open("/timeline");
    browser.screenshot("06-timeline-empty-form");
    browser.find("#q").sendKeys(retriedRef);
    browser.find("#find").click();
    String timeline = browser.find("#timeline").getText();
    assertThat(timeline).contains("read", "distributed", "vip:");
    browser.await(Duration.ofSeconds(20), this::thumbnailLoaded);
    browser.screenshot("07-timeline");

    String retriedId = retriedRef.substring(retriedRef.indexOf(':') + 1);
    String fileName = platforms.psApi().fileName(retriedId);
    browser.find("#q").clear();
    browser.find("#q").sendKeys(fileName.toLowerCase(java.util.Locale.ROOT));
    browser.find("#find").click();
    assertThat(browser.find("#found-by-name").getText()).contains(retriedRef, "vip:");
    assertThat(browser.find("#timeline").getText()).contains("read", "distributed");
    browser.await(Duration.ofSeconds(20), this::thumbnailLoaded);
    browser.screenshot("07b-timeline-by-file-name");

    // the same pictures again (same seed): now two assets share every file name
    platforms.seed(3, 11);
    browser.find("#q").clear();
    browser.find("#q").sendKeys(fileName);
    browser.find("#find").click();
    assertThat(browser.find("#candidates").getText()).contains("approved", "in_review");
    var candidates = browser.driver.findElements(By.cssSelector("#candidates a.ref"));
    assertThat(candidates).extracting(e -> e.getText()).contains(retriedRef).hasSizeGreaterThan(2);
    browser.screenshot("07c-timeline-file-name-shared");
    candidates.stream()
        .filter(e -> e.getText().equals(retriedRef))
        .findFirst()
        .orElseThrow()
        .click();
    assertThat(browser.find("#timeline").getText()).contains("distributed");

    browser.find("#q").clear();
    browser.find("#q").sendKeys("ps:nothing-here");
    browser.find("#find").click();
    assertThat(browser.find("#no-records").getText()).contains("No audit records");
    browser.screenshot("08-timeline-not-found");

    browser.open("/rights?days=30");
    assertThat(browser.find("#blocked").getText()).contains("ps:" + ids.get(2), "embargoed until");
    assertThat(browser.find("#upcoming").getText())
        .contains("embargo lifts", "ps:" + ids.get(2), "licence expires", "ps:" + ids.get(1));
    browser.screenshot("09-rights-watch");

    browser.open("/logout");
    browser.open("/");
    assertThat(browser.find("#token").isDisplayed()).isTrue();
    assertThat(browser.driver.getCurrentUrl()).contains("/login");
  }

  private boolean thumbnailLoaded() {
    Object width =
        browser.driver.executeScript(
            "const i = document.getElementById('thumbnail'); return i && i.complete ? i.naturalWidth : 0;");
    return width instanceof Number n && n.intValue() > 0;
  }
}
