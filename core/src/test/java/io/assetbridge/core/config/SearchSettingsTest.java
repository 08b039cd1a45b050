package io.assetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {
  private static final String BASE =
      """
      connections:
        src: { type: toy }
      flows: {}
      """;

  private static EngineConfig parse(String yaml) {
    return new ConfigLoader(new EnvSubstitution(Map.of())).parse("a.yaml", yaml);
  }

  @Test
  void theTimeoutDefaultsToThreeSeconds() {
    assertThat(parse(BASE).search().timeout()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void readsTheTimeout() {
    assertThat(parse("search: { timeout: 1500ms }\n" + BASE).search().timeout())
        .isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void badValuesNameTheLineAndTheFix() {
    assertThatThrownBy(() -> parse("search: { timeout: soon }\n" + BASE))
        .hasMessage(
            "a.yaml:1: search.timeout: 'soon' is not a duration. Fix: write 500ms, 30s, 5m, 2h or PT5M");
    assertThatThrownBy(() -> parse("search: { timeout: 10ms }\n" + BASE))
        .hasMessageContaining("timeout must be between 100ms and 5m");
    assertThatThrownBy(() -> parse("search: { limit: 3 }\n" + BASE))
        .hasMessageContaining("unknown key 'limit'");
  }
}
