package io.assetbridge.connector.netx.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;

/** A JSON-RPC error object, classified by its code only (netx.md §1; the message is for people). */
public record RpcError(int code, String message) {
  public static final int TOKEN_INVALID = 10000;
  public static final int NOT_ACCESSIBLE = 3004;
  public static final int NOT_IN_FOLDER = 1000;
  public static final int INTERNAL = -32603;

  static RpcError from(JsonNode error) {
    return new RpcError(error.path("code").asInt(0), error.path("message").asText(""));
  }

  ConnectorException failure(String what) {
    String said = what + " failed with NetX error " + code + " (" + message + ")";
    return switch (code) {
      case TOKEN_INVALID ->
          new PermanentException(
              what
                  + ": NetX rejected the API token (error 10000); replace the connection's '"
                  + RpcClient.TOKEN_SETTING
                  + "' setting with a valid token");
      case INTERNAL -> new RetryableException(said, null, null);
      case NOT_ACCESSIBLE -> new PermanentException(said + ": the object is gone or not visible");
      default -> new PermanentException(said);
    };
  }
}
