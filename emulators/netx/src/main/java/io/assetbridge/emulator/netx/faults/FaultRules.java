package io.assetbridge.emulator.netx.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The active fault rules; the first matching rule with times left applies, one per request. */
public final class FaultRules {

  private List<FaultRule> rules = List.of();
  private List<Integer> remaining = new ArrayList<>();
  private Random random = new Random(0);
  private JsonNode source = NullNode.getInstance();

  /** Replaces the rules; throws IllegalArgumentException on a malformed rule. */
  public synchronized void replace(JsonNode body) {
    List<FaultRule> parsed = new ArrayList<>();
    body.path("rules").forEach(r -> parsed.add(FaultRule.parse(r)));
    rules = List.copyOf(parsed);
    remaining = new ArrayList<>(parsed.stream().map(FaultRule::times).toList());
    random = new Random(body.path("seed").asLong(0));
    source = body;
  }

  public synchronized void clear() {
    rules = List.of();
    remaining = new ArrayList<>();
    source = NullNode.getInstance();
  }

  public synchronized JsonNode source() {
    return source;
  }

  synchronized Optional<FaultRule> decide(String method, String path, String rpcMethod) {
    for (int i = 0; i < rules.size(); i++) {
      FaultRule rule = rules.get(i);
      Integer left = remaining.get(i);
      if ((left != null && left <= 0) || !rule.matches(method, path, rpcMethod)) {
        continue;
      }
      if (left != null) {
        remaining.set(i, left - 1);
      }
      return random.nextDouble() < rule.probability() ? Optional.of(rule) : Optional.empty();
    }
    return Optional.empty();
  }
}
