package io.assetbridge.emulator.netx.rpc;

/** A JSON-RPC error object to answer with (HTTP 200). */
public final class RpcException extends RuntimeException {

  public static final int PARSE = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int UNKNOWN_METHOD = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL = -32603;
  public static final int BAD_TOKEN = 10000;
  public static final int NOT_ACCESSIBLE = 3004;
  public static final int NOT_IN_FOLDER = 1000;

  private final int code;

  public RpcException(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public static RpcException params(String message) {
    return new RpcException(INVALID_PARAMS, message);
  }

  public int code() {
    return code;
  }
}
