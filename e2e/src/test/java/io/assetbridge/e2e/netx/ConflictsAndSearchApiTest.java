package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.e2e.AdminHttp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API's held conflicts and federated search on a running engine between the PhotoShelter
 * and NetX emulators: a conflict held by a two-way flow is listed with both values and resolved by
 * taking NetX's side; a paired asset is one search row with its ref in each system.
 */
class ConflictsAndSearchApiTest {
  static final String TOKEN = "netx-admin-token-0123456789";
  @TempDir Path dir;

  @Test
  void aHeldConflictIsListedAndResolvedAndAPairedAssetIsOneSearchRow() throws Exception {
    try (NetxWorld w = new NetxWorld().withAdminToken(TOKEN)) {
      w.open(dir, TwoWaySyncTest.FLOWS.formatted("hold"), InstantSource.system());
      AdminHttp api = new AdminHttp(w.serve(), TOKEN);
      String[] ids = TwoWaySyncTest.paired(w);
      assertThat(api.call("GET", "/api/conflicts").path("conflicts")).isEmpty();

      TwoWaySyncTest.editBothSides(w, ids);
      w.sync("rights");
      w.sync("rights");
      JsonNode held = api.call("GET", "/api/conflicts?flow=rights").path("conflicts");
      assertThat(held).hasSize(1);
      JsonNode c = held.get(0);
      assertThat(c.path("field").asText()).isEqualTo("usageTerms");
      assertThat(c.path("leftRef").asText()).isEqualTo("ps:" + ids[0]);
      assertThat(c.path("rightRef").asText()).isEqualTo("netx:" + ids[1]);
      assertThat(c.path("leftValue").asText()).isEqualTo("PS terms");
      assertThat(c.path("rightValue").asText()).isEqualTo("NetX terms");

      long id = c.path("id").asLong();
      HttpResponse<String> wrongSide =
          api.send("POST", "/api/conflicts/" + id + "/resolve?take=vip");
      assertThat(wrongSide.statusCode()).isEqualTo(400);
      assertThat(wrongSide.body()).contains("take must be ps or netx");
      JsonNode resolved = api.call("POST", "/api/conflicts/" + id + "/resolve?take=netx");
      assertThat(resolved.path("message").asText()).contains("resolved", "NetX terms");
      assertThat(w.psAsset(ids[0]).rights().usageTerms()).isEqualTo("NetX terms");
      assertThat(api.call("GET", "/api/conflicts").path("conflicts")).isEmpty();
      HttpResponse<String> again = api.send("POST", "/api/conflicts/" + id + "/resolve?take=ps");
      assertThat(again.statusCode()).isEqualTo(400);
      assertThat(again.body()).contains("no held conflict " + id);

      JsonNode found = api.call("GET", "/api/search?status=approved");
      assertThat(found.path("notes")).isEmpty();
      assertThat(refs(found)).containsExactly(List.of("ps:" + ids[0], "netx:" + ids[1]));
      assertThat(found.path("results").get(0).path("foundIn").toString())
          .isEqualTo("[\"ps\",\"netx\"]");
      assertThat(api.call("GET", "/api/search?q=no-such-words-anywhere").path("results")).isEmpty();
      HttpResponse<String> bad = api.send("GET", "/api/search?expiringBefore=soon");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("expiring before 'soon' is not a date");
    }
  }

  private static List<List<String>> refs(JsonNode answer) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : answer.path("results")) {
      List<String> refs = new ArrayList<>();
      row.path("refs").forEach(r -> refs.add(r.asText()));
      rows.add(refs);
    }
    return rows;
  }
}
