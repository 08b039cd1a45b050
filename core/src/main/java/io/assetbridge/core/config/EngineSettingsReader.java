package io.assetbridge.core.config;

import java.util.Map;
import java.util.Set;

/** Reads the optional {@code engine:} section. */
final class EngineSettingsReader {
  private EngineSettingsReader() {}

  static EngineSettings read(ConfigNode node) {
    Map<String, ConfigNode> e = node.entries(Set.of("workers", "pollInterval", "lease", "node"));
    EngineSettings d = EngineSettings.defaults();
    int workers = e.containsKey("workers") ? Numbers.integer(e.get("workers")) : d.workers();
    if (workers < 1 || workers > 256) {
      throw ConfigException.at(e.get("workers"), "workers must be between 1 and 256", null);
    }
    return new EngineSettings(
        workers,
        e.containsKey("pollInterval") ? Numbers.duration(e.get("pollInterval")) : d.pollInterval(),
        e.containsKey("lease") ? Numbers.duration(e.get("lease")) : d.lease(),
        e.containsKey("node") ? e.get("node").requiredText() : d.node());
  }
}
