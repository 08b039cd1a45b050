package io.assetbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.core.flow.FlowPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's example config is real: it parses and its flows compile against the connectors. */
class ReadmeConfigTest {
  private static final Map<String, String> ENV =
      Map.of(
          "PS_API_KEY",
          "k",
          "PS_EMAIL",
          "e@example.com",
          "PS_PASSWORD",
          "p",
          "PS_ORG_ID",
          "O0000c1x4UMGPvkY",
          "VIP_TOKEN",
          "t",
          "VIP_HOOK_SECRET",
          "s",
          "ASSETBRIDGE_ADMIN_TOKEN",
          "admin");

  private static String readmeExample() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```yaml\nstore:") + "```yaml\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theReadmeExampleParsesAndCompiles() throws Exception {
    EngineConfig config =
        new ConfigLoader(new EnvSubstitution(ENV)).parse("README.md", readmeExample());
    assertThat(config.flows())
        .containsOnlyKeys("approved-to-vip", "deliveries-to-ps", "contributions-to-ps");
    assertThat(config.renditions()).containsOnlyKeys("web-2048", "social-square");
    try (ConnectorRegistry connectors = ConnectorRegistry.create(config, InstantSource.system())) {
      assertThat(FlowPlans.compile(config, connectors)).hasSize(3);
    }
  }

  @Test
  void unquotedVariablesInsideBracesGetAHint() {
    assertThatThrownBy(
            () ->
                new ConfigLoader(new EnvSubstitution(ENV))
                    .parse(
                        "x.yaml",
                        "connections:\n  vip: { type: vip, token: ${VIP_TOKEN} }\nflows: {}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("quote ${...} inside { }");
  }
}
