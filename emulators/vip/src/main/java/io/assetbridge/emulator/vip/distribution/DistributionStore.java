package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.http.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Distributions, a delivery → distribution index, and pending expiries by time. */
public final class DistributionStore {
  private final Map<String, Distribution> distributions = new HashMap<>();
  private final Map<String, String> distributionOfDelivery = new HashMap<>();
  private final TreeMap<Instant, List<String>> expiries = new TreeMap<>();

  public void add(Distribution distribution) {
    distributions.put(distribution.id(), distribution);
    distribution.deliveries().forEach(d -> distributionOfDelivery.put(d.id(), distribution.id()));
    if (distribution.expiresAt() != null) {
      expiries
          .computeIfAbsent(distribution.expiresAt(), at -> new ArrayList<>())
          .add(distribution.id());
    }
  }

  public void save(Distribution distribution) {
    distributions.put(distribution.id(), distribution);
  }

  public Distribution require(String id) {
    return Optional.ofNullable(distributions.get(id))
        .orElseThrow(() -> Problem.notFound("distribution " + id));
  }

  public Distribution requireByDelivery(String deliveryId) {
    String id = distributionOfDelivery.get(deliveryId);
    if (id == null) {
      throw Problem.notFound("delivery " + deliveryId);
    }
    return require(id);
  }

  public List<Distribution> all() {
    return List.copyOf(distributions.values());
  }

  /** Removes and returns the ids of distributions whose expiry is at or before {@code now}. */
  public List<String> takeExpired(Instant now) {
    if (expiries.isEmpty() || expiries.firstKey().isAfter(now)) {
      return List.of();
    }
    NavigableMap<Instant, List<String>> due = expiries.headMap(now, true);
    List<String> ids = new ArrayList<>();
    due.values().forEach(ids::addAll);
    due.clear();
    return ids;
  }
}
