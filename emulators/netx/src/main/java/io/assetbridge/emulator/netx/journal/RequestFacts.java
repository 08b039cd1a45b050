package io.assetbridge.emulator.netx.journal;

/** What handlers learn about a request that the journal and fault rules need. */
public record RequestFacts(String rpcMethod, Integer rpcErrorCode, String fault) {

  public static final String ATTRIBUTE = "netx.facts";

  public static RequestFacts none() {
    return new RequestFacts(null, null, null);
  }

  public RequestFacts withRpcMethod(String m) {
    return new RequestFacts(m, rpcErrorCode, fault);
  }

  public RequestFacts withRpcErrorCode(Integer code) {
    return new RequestFacts(rpcMethod, code, fault);
  }

  public RequestFacts withFault(String f) {
    return new RequestFacts(rpcMethod, rpcErrorCode, f);
  }
}
