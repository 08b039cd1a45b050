package io.assetbridge.emulator.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RpcEnvelopeTest extends EmulatorTestBase {

  @Test
  void getSelfAnswersTheTokensUser() throws Exception {
    JsonNode r = client.call("getSelf", "[null]");
    assertThat(r.path("id").asText()).isEqualTo("t-1");
    assertThat(r.path("result").path("login").asText()).isEqualTo("svc-assetbridge");
    assertThat(r.has("error")).isFalse();
  }

  @Test
  void badTokenGets10000WithTheRequestId() throws Exception {
    JsonNode r = client.withToken("wrong").call("getSelf", "[null]");
    assertThat(r.path("error").path("code").asInt()).isEqualTo(10000);
    assertThat(r.path("id").asText()).isEqualTo("t-1");
    assertThat(r.has("result")).isFalse();
  }

  @Test
  void missingHeaderGets10000() throws Exception {
    var r =
        client
            .withToken(null)
            .rpcRaw("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"getSelf\",\"params\":[null]}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = NetxClient.JSON.readTree(r.body());
    assertThat(body.path("error").path("code").asInt()).isEqualTo(10000);
    assertThat(body.path("id").asInt()).isEqualTo(5);
  }

  @Test
  void replacedTokensAreTheOnlyOnesAccepted() throws Exception {
    client.admin("PUT", "/tokens", "{\"tokens\":[\"t2\"]}");
    assertThat(client.call("getSelf", "[null]").path("error").path("code").asInt())
        .isEqualTo(10000);
    assertThat(client.withToken("t2").call("getSelf", "[null]").has("result")).isTrue();
    client.admin("PUT", "/tokens", "{\"tokens\":[\"emulator-token\"]}");
  }

  @Test
  void parseErrorHasNullIdAndComesBeforeAuth() throws Exception {
    JsonNode r = NetxClient.JSON.readTree(client.withToken(null).rpcRaw("{not json").body());
    assertThat(r.path("error").path("code").asInt()).isEqualTo(-32700);
    assertThat(r.get("id").isNull()).isTrue();
  }

  @Test
  void envelopeMethodAndParamsErrors() throws Exception {
    assertThat(
            code(
                client
                    .rpcRaw("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSelf\",\"params\":[]}]")
                    .body()))
        .isEqualTo(-32600);
    assertThat(
            code(
                client
                    .rpcRaw("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSelf\",\"params\":{}}")
                    .body()))
        .isEqualTo(-32600);
    assertThat(client.call("noSuchMethod", "[]").path("error").path("code").asInt())
        .isEqualTo(-32601);
    assertThat(
            client
                .call("getAssetsByFolder", "[\"x\",true,null]")
                .path("error")
                .path("code")
                .asInt())
        .isEqualTo(-32602);
  }

  @Test
  void trailingSlashEndpointIsAccepted() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var req =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUrl() + "/api/rpc/"))
            .header("Authorization", "apiToken emulator-token")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSelf\",\"params\":[null]}"))
            .build();
    assertThat(http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body())
        .contains("\"result\"");
  }

  private static int code(String body) throws Exception {
    return NetxClient.JSON.readTree(body).path("error").path("code").asInt();
  }
}
