package io.assetbridge.emulator.netx.faults;

import com.fasterxml.jackson.databind.JsonNode;

/** One rule of {@code PUT /_emulator/faults}; {@code times} null means every match. */
public record FaultRule(
    String method,
    String path,
    String rpcMethod,
    String fault,
    int status,
    boolean after,
    Integer times,
    double probability,
    long latencyMs,
    int retryAfterSeconds) {

  static FaultRule parse(JsonNode r) {
    JsonNode m = r.path("match");
    String fault = r.path("fault").asText("");
    if (!java.util.List.of("latency", "status", "rate-limit", "drop").contains(fault)) {
      throw new IllegalArgumentException("fault must be latency, status, rate-limit or drop");
    }
    int status = r.path("status").asInt(503);
    if (fault.equals("status") && (status < 500 || status > 599)) {
      throw new IllegalArgumentException("a status fault takes a status 500..599");
    }
    return new FaultRule(
        m.hasNonNull("method") ? m.get("method").asText() : null,
        m.hasNonNull("path") ? m.get("path").asText() : null,
        m.hasNonNull("rpcMethod") ? m.get("rpcMethod").asText() : null,
        fault,
        status,
        r.path("phase").asText("before").equals("after"),
        r.hasNonNull("times") ? r.get("times").asInt() : null,
        r.path("probability").asDouble(1.0),
        r.path("latencyMs").asLong(0),
        r.path("retryAfterSeconds").asInt(1));
  }

  boolean matches(String reqMethod, String reqPath, String reqRpcMethod) {
    return (method == null || method.equalsIgnoreCase(reqMethod))
        && (path == null || pathMatches(reqPath))
        && (rpcMethod == null || rpcMethod.equals(reqRpcMethod));
  }

  private boolean pathMatches(String reqPath) {
    return path.endsWith("*")
        ? reqPath.startsWith(path.substring(0, path.length() - 1))
        : path.equals(reqPath);
  }
}
