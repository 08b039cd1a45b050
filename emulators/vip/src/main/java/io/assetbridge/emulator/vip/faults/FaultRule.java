package io.assetbridge.emulator.vip.faults;

/** One fault rule of §11, as configured. */
public record FaultRule(
    String method,
    String path,
    String fault,
    Long latencyMs,
    Integer status,
    Integer retryAfterSeconds,
    String phase,
    Integer times,
    Double probability) {

  public boolean matches(String requestMethod, String requestPath) {
    return (method == null || method.equalsIgnoreCase(requestMethod)) && pathMatches(requestPath);
  }

  private boolean pathMatches(String requestPath) {
    if (path == null) {
      return true;
    }
    return path.endsWith("*")
        ? requestPath.startsWith(path.substring(0, path.length() - 1))
        : requestPath.equals(path);
  }

  public boolean isLatency() {
    return fault.equals("latency");
  }

  public boolean isDrop() {
    return fault.equals("drop");
  }

  public boolean isAfter() {
    return "after".equals(phase) && (fault.equals("status") || isDrop());
  }

  /** True when the fault answers instead of the request being processed at all. */
  public boolean preempts() {
    return fault.equals("rate-limit") || ((fault.equals("status") || isDrop()) && !isAfter());
  }
}
