package io.assetbridge.emulator.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryTest extends EmulatorTestBase {

  @BeforeEach
  void seed() throws Exception {
    client.seed(
        "{\"assets\":["
            + asset(
                "a.jpg",
                "Alpha",
                "Marketing/Spring",
                1000,
                "\"Source Ref\":[\"ps:1\"],\"License Expiry\":[\"2026-01-31\"]")
            + ","
            + asset(
                "b.jpg",
                "Beta",
                "Marketing/Spring/Sub",
                2000,
                "\"License Expiry\":[\"2026-06-30\"]")
            + ","
            + asset("c.png", "Gamma ray", "Sales", 3000, "\"Source Ref\":[\"ps:3\"]")
            + "]}");
  }

  private static String asset(String file, String name, String folder, long mod, String attrs) {
    return "{\"fileName\":\"%s\",\"name\":\"%s\",\"folder\":\"%s\",\"image\":{\"width\":16,\"height\":16},\"keywords\":[\"k-%s\"],\"modDate\":%d,\"attributes\":{%s}}"
        .formatted(file, name, folder, name.toLowerCase(), mod, attrs);
  }

  private List<String> names(String query) throws Exception {
    JsonNode r =
        client.result(
            "getAssetsByQuery",
            "[{\"query\":" + query + "},{\"sort\":{\"field\":\"name\",\"order\":\"asc\"}}]");
    List<String> out = new ArrayList<>();
    r.path("results").forEach(a -> out.add(a.path("name").asText()));
    return out;
  }

  @Test
  void exactOnFieldsAndAttributes() throws Exception {
    assertThat(
            names(
                "[{\"operator\":\"and\",\"exact\":{\"attribute\":\"Source Ref\",\"value\":\"ps:3\"}}]"))
        .containsExactly("Gamma ray");
    assertThat(
            names(
                "[{\"operator\":\"and\",\"exact\":{\"field\":\"fileName\",\"value\":\"A.jpg\"}}]"))
        .isEmpty();
    assertThat(
            names("[{\"operator\":\"and\",\"exact\":{\"field\":\"fileType\",\"value\":\"png\"}}]"))
        .containsExactly("Gamma ray");
    assertThat(
            names(
                "[{\"operator\":\"and\",\"exact\":{\"field\":\"keywords\",\"value\":\"k-beta\"}}]"))
        .containsExactly("Beta");
    assertThat(
            names("[{\"operator\":\"and\",\"exact\":{\"field\":\"modDate\",\"value\":\"2000\"}}]"))
        .containsExactly("Beta");
  }

  @Test
  void containsIsCaseInsensitive() throws Exception {
    assertThat(
            names("[{\"operator\":\"and\",\"contains\":{\"field\":\"name\",\"value\":\"RAY\"}}]"))
        .containsExactly("Gamma ray");
  }

  @Test
  void rangesNumericAndOnStrings() throws Exception {
    assertThat(names("[{\"operator\":\"and\",\"range\":{\"field\":\"modDate\",\"min\":2000}}]"))
        .containsExactly("Beta", "Gamma ray");
    assertThat(
            names(
                "[{\"operator\":\"and\",\"range\":{\"field\":\"modDate\",\"min\":\"2000\",\"includeMin\":false}}]"))
        .containsExactly("Gamma ray");
    assertThat(
            names(
                "[{\"operator\":\"and\",\"range\":{\"field\":\"modDate\",\"max\":2000,\"includeMax\":false}}]"))
        .containsExactly("Alpha");
    assertThat(
            names(
                "[{\"operator\":\"and\",\"range\":{\"attribute\":\"License Expiry\",\"min\":\"2026-02-01\",\"max\":\"2026-12-31\"}}]"))
        .containsExactly("Beta");
  }

  @Test
  void folderCriterionRecursiveOrNot() throws Exception {
    long spring =
        client.result("getFolderByPath", "[\"Marketing/Spring\",null]").path("id").asLong();
    assertThat(
            names(
                "[{\"operator\":\"and\",\"folder\":{\"folderId\":"
                    + spring
                    + ",\"recursive\":true}}]"))
        .containsExactly("Alpha", "Beta");
    assertThat(
            names(
                "[{\"operator\":\"and\",\"folder\":{\"folderId\":"
                    + spring
                    + ",\"recursive\":false}}]"))
        .containsExactly("Alpha");
  }

  @Test
  void operatorsCombineLeftToRightWithSubqueries() throws Exception {
    String or =
        "[{\"operator\":\"and\",\"subquery\":{\"query\":[{\"operator\":\"or\",\"exact\":{\"field\":\"fileName\",\"value\":\"a.jpg\"}},"
            + "{\"operator\":\"or\",\"exact\":{\"field\":\"fileName\",\"value\":\"b.jpg\"}}]}}]";
    assertThat(names(or)).containsExactly("Alpha", "Beta");
    assertThat(names("[{\"operator\":\"not\",\"exact\":{\"field\":\"name\",\"value\":\"Alpha\"}}]"))
        .containsExactly("Beta", "Gamma ray");
    // no precedence: (Alpha or Beta) and not Beta
    assertThat(
            names(
                "[{\"operator\":\"or\",\"exact\":{\"field\":\"name\",\"value\":\"Alpha\"}},"
                    + "{\"operator\":\"or\",\"exact\":{\"field\":\"name\",\"value\":\"Beta\"}},"
                    + "{\"operator\":\"not\",\"exact\":{\"field\":\"name\",\"value\":\"Beta\"}}]"))
        .containsExactly("Alpha");
  }

  @Test
  void badQueriesAreInvalidParams() throws Exception {
    for (String q :
        List.of(
            "[{\"operator\":\"and\",\"exact\":{\"attribute\":\"Nope\",\"value\":\"x\"}}]",
            "[{\"operator\":\"and\",\"exact\":{\"field\":\"name\",\"value\":\"x\"},\"contains\":{\"field\":\"name\",\"value\":\"x\"}}]",
            "[{\"operator\":\"xor\",\"exact\":{\"field\":\"name\",\"value\":\"x\"}}]")) {
      JsonNode r = client.call("getAssetsByQuery", "[{\"query\":" + q + "},null]");
      assertThat(r.path("error").path("code").asInt()).as(q).isEqualTo(-32602);
    }
  }

  @Test
  void threeElementFormIsAccepted() throws Exception {
    JsonNode r =
        client.result(
            "getAssetsByQuery",
            "[{\"query\":[{\"operator\":\"and\",\"exact\":{\"field\":\"name\",\"value\":\"Beta\"}}]},null,{\"page\":{\"startIndex\":0,\"size\":10}}]");
    assertThat(r.path("size").asInt()).isEqualTo(1);
  }
}
