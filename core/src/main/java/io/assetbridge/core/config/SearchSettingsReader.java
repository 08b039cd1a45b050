package io.assetbridge.core.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Reads the optional {@code search:} section. */
final class SearchSettingsReader {
  private SearchSettingsReader() {}

  static SearchSettings read(ConfigNode node) {
    Map<String, ConfigNode> s = node.entries(Set.of("timeout"));
    if (!s.containsKey("timeout")) {
      return SearchSettings.defaults();
    }
    Duration timeout = Numbers.duration(s.get("timeout"));
    if (timeout.compareTo(Duration.ofMillis(100)) < 0
        || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
      throw ConfigException.at(
          s.get("timeout"), "timeout must be between 100ms and 5m", "write a duration such as 3s");
    }
    return new SearchSettings(timeout);
  }
}
