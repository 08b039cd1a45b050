package io.assetbridge.emulator.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest extends EmulatorTestBase {

  @BeforeEach
  void seedFive() throws Exception {
    StringBuilder assets = new StringBuilder();
    long[] mods = {500, 100, 300, 300, 200};
    for (int i = 0; i < mods.length; i++) {
      assets
          .append(i == 0 ? "" : ",")
          .append(
              "{\"fileName\":\"f%d.jpg\",\"image\":{\"width\":8,\"height\":8},\"modDate\":%d}"
                  .formatted(i, mods[i]));
    }
    client.seed("{\"assets\":[" + assets + "]}");
  }

  private JsonNode page(String query, int start, int size, String order) throws Exception {
    return client.result(
        "getAssetsByQuery",
        "[{\"query\":"
            + query
            + "},{\"page\":{\"startIndex\":"
            + start
            + ",\"size\":"
            + size
            + "},\"sort\":{\"field\":\"modDate\",\"order\":\""
            + order
            + "\"},\"data\":[\"asset.base\"]}]");
  }

  private static List<Long> ids(JsonNode r) {
    List<Long> out = new ArrayList<>();
    r.path("results").forEach(a -> out.add(a.path("id").asLong()));
    return out;
  }

  @Test
  void pagesAreFullUntilTheLastAndTiesGoById() throws Exception {
    String all = "[{\"operator\":\"and\",\"range\":{\"field\":\"modDate\",\"min\":0}}]";
    JsonNode p1 = page(all, 0, 2, "asc");
    assertThat(p1.path("size").asInt()).isEqualTo(5);
    assertThat(ids(p1)).containsExactly(1002L, 1005L);
    assertThat(ids(page(all, 2, 2, "asc"))).containsExactly(1003L, 1004L);
    assertThat(ids(page(all, 4, 2, "asc"))).containsExactly(1001L);
    assertThat(ids(page(all, 0, 2, "desc"))).containsExactly(1001L, 1003L);
  }

  @Test
  void modDateWindowFromACursor() throws Exception {
    String since =
        "[{\"operator\":\"and\",\"range\":{\"field\":\"modDate\",\"min\":300,\"includeMin\":true}}]";
    assertThat(ids(page(since, 0, 10, "asc"))).containsExactly(1003L, 1004L, 1001L);
    client.result("updateAsset", "[{\"id\":1002},null]");
    assertThat(ids(page(since, 0, 10, "asc"))).containsExactly(1003L, 1004L, 1001L, 1002L);
  }

  @Test
  void oversizedPagesAndUnknownSortsAreRefused() throws Exception {
    String q = "[{\"operator\":\"and\",\"range\":{\"field\":\"modDate\",\"min\":0}}]";
    assertThat(
            client
                .call(
                    "getAssetsByQuery",
                    "[{\"query\":" + q + "},{\"page\":{\"startIndex\":0,\"size\":1001}}]")
                .path("error")
                .path("code")
                .asInt())
        .isEqualTo(-32602);
    assertThat(
            client
                .call(
                    "getAssetsByQuery", "[{\"query\":" + q + "},{\"sort\":{\"field\":\"colour\"}}]")
                .path("error")
                .path("code")
                .asInt())
        .isEqualTo(-32602);
  }
}
