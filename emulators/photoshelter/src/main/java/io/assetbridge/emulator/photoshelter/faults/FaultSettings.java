package io.assetbridge.emulator.photoshelter.faults;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The fault settings of {@code PUT /_emulator/faults}; keys left out take their defaults. */
public record FaultSettings(
    @JsonProperty("latency_ms") int latencyMs,
    @JsonProperty("latency_jitter_ms") int latencyJitterMs,
    @JsonProperty("p_5xx") double p5xx,
    @JsonProperty("status_5xx") int status5xx,
    @JsonProperty("p_429") double p429,
    @JsonProperty("retry_after_s") int retryAfterS,
    @JsonProperty("p_drop") double pDrop,
    @JsonProperty("drop_mode") String dropMode,
    @JsonProperty("rate_per_s") int ratePerS,
    @JsonProperty("search_lag_ms") long searchLagMs,
    @JsonProperty("path_regex") String pathRegex,
    long seed) {

  public static FaultSettings defaults() {
    return new FaultSettings(0, 0, 0.0, 503, 0.0, 2, 0.0, "before", 0, 0, "^/psapi/", 1);
  }

  /** Defaults overlaid with {@code body}; unknown keys and out-of-range values are 400. */
  public static FaultSettings of(JsonNode body) {
    var merged = Json.MAPPER.valueToTree(defaults());
    if (!body.isObject()) {
      throw ApiException.badParam("faults must be a JSON object");
    }
    for (var entry : body.properties()) {
      if (!merged.has(entry.getKey())) {
        throw ApiException.badParam("unknown fault setting: " + entry.getKey());
      }
      ((com.fasterxml.jackson.databind.node.ObjectNode) merged)
          .set(entry.getKey(), entry.getValue());
    }
    try {
      return Json.MAPPER.treeToValue(merged, FaultSettings.class).validated();
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw ApiException.badParam("bad fault settings: " + e.getMessage());
    }
  }

  private FaultSettings validated() {
    boolean probabilities = ok(p5xx) && ok(p429) && ok(pDrop);
    boolean numbers =
        latencyMs >= 0
            && latencyJitterMs >= 0
            && retryAfterS >= 0
            && ratePerS >= 0
            && searchLagMs >= 0;
    if (!probabilities || !numbers || status5xx < 500 || status5xx > 599) {
      throw ApiException.badParam("probabilities 0..1, numbers >= 0, status_5xx 500..599");
    }
    if (!dropMode.equals("before") && !dropMode.equals("after")) {
      throw ApiException.badParam("drop_mode must be before or after");
    }
    try {
      Pattern.compile(pathRegex);
    } catch (PatternSyntaxException e) {
      throw ApiException.badParam("path_regex: " + e.getDescription());
    }
    return this;
  }

  private static boolean ok(double p) {
    return p >= 0 && p <= 1;
  }
}
