package io.assetbridge.emulator.vip.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The active rules: tried in order, the first match applies; {@code times} counts down. */
public final class FaultRules {
  private final List<ActiveRule> rules = new ArrayList<>();
  private Long seed;
  private Random random = new Random();

  private static final class ActiveRule {
    private final FaultRule rule;
    private Integer remaining;

    ActiveRule(FaultRule rule) {
      this.rule = rule;
      this.remaining = rule.times();
    }
  }

  public synchronized void replace(Long newSeed, List<FaultRule> newRules) {
    seed = newSeed;
    random = newSeed == null ? new Random() : new Random(newSeed);
    rules.clear();
    newRules.forEach(rule -> rules.add(new ActiveRule(rule)));
  }

  /** The fault for this request, or null; a rule that loses its probability draw is passed by. */
  public synchronized FaultRule pick(String method, String path) {
    for (ActiveRule active : rules) {
      if ((active.remaining != null && active.remaining <= 0)
          || !active.rule.matches(method, path)
          || !draw(active.rule.probability())) {
        continue;
      }
      if (active.remaining != null) {
        active.remaining--;
      }
      return active.rule;
    }
    return null;
  }

  private boolean draw(Double probability) {
    return probability == null || probability >= 1 || random.nextDouble() < probability;
  }

  public synchronized Map<String, Object> describe() {
    List<Map<String, Object>> shown = new ArrayList<>();
    for (ActiveRule active : rules) {
      FaultRule rule = active.rule;
      Map<String, Object> item = new LinkedHashMap<>();
      Map<String, Object> match = new LinkedHashMap<>();
      match.put("method", rule.method());
      match.put("path", rule.path());
      item.put("match", match);
      item.put("fault", rule.fault());
      item.put("latencyMs", rule.latencyMs());
      item.put("status", rule.status());
      item.put("retryAfterSeconds", rule.retryAfterSeconds());
      item.put("phase", rule.phase());
      item.put("times", rule.times());
      item.put("probability", rule.probability());
      item.put("remaining", active.remaining);
      shown.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("seed", seed);
    body.put("rules", shown);
    return body;
  }

  public synchronized void clear() {
    replace(null, List.of());
  }
}
