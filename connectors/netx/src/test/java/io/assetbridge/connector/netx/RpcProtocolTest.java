package io.assetbridge.connector.netx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import io.assetbridge.spi.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Envelope faults the emulator does not produce on purpose, from a hand-written JDK server: each
 * test gives the reply as a function of the request's {@code id}.
 */
class RpcProtocolTest {
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void malformedJsonIsPermanentAndNamesTheCall() {
    assertThatThrownBy(() -> connectorAnswering(id -> "{not json").testConnection())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("getSelf")
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void aMismatchedIdOrBothResultAndErrorIsAProtocolError() {
    assertThatThrownBy(
            () ->
                connectorAnswering(id -> "{\"jsonrpc\":\"2.0\",\"id\":\"other\",\"result\":{}}")
                    .testConnection())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("protocol error");
    assertThatThrownBy(
            () ->
                connectorAnswering(
                        id ->
                            "{\"jsonrpc\":\"2.0\",\"id\":"
                                + id
                                + ",\"result\":{},\"error\":{\"code\":1}}")
                    .testConnection())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("protocol error");
  }

  @Test
  void internalErrorIsRetryableAndInvalidParamsPermanent() {
    assertThatThrownBy(() -> connectorAnswering(error(-32603)).testConnection())
        .isInstanceOf(RetryableException.class);
    assertThatThrownBy(() -> connectorAnswering(error(-32602)).testConnection())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("-32602");
  }

  private static UnaryOperator<String> error(int code) {
    return id ->
        "{\"jsonrpc\":\"2.0\",\"id\":"
            + id
            + ",\"error\":{\"code\":"
            + code
            + ",\"message\":\"m\",\"data\":null}}";
  }

  private NetxConnector connectorAnswering(UnaryOperator<String> reply) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/rpc",
        exchange -> {
          String request =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String id = request.replaceAll("(?s).*\"id\":(\"[^\"]*\").*", "$1");
          byte[] body = reply.apply(id).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    return (NetxConnector)
        new NetxConnectorProvider()
            .create(
                new ConnectionSettings(
                    "netx",
                    Map.of("baseUrl", url, "token", new Secret("t")),
                    InstantSource.system()));
  }
}
