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
          "NETX_TOKEN",
          "n",
          "ASSETBRIDGE_ADMIN_TOKEN",
          "admin");

  private static String readmeExample() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```yaml\nstore:") + "```yaml\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theDesignExampleParsesAndCompiles() throws Exception {
    String design = Files.readString(Path.of("..", "..", "shared", "DESIGN.md"));
    int start = design.indexOf("```yaml\nstore:") + "```yaml\n".length();
    Path dir = Files.createTempDirectory("design");
    Files.createDirectories(dir.resolve("vocab"));
    Files.writeString(dir.resolve("vocab/campaigns.csv"), "value,term\nSpring Launch,SPR-26\n");
    Path file =
        Files.writeString(
            dir.resolve("assetbridge.yaml"), design.substring(start, design.indexOf("```", start)));
    EngineConfig config = new ConfigLoader(new EnvSubstitution(ENV)).read(file);
    assertThat(config.flows()).containsOnlyKeys("approved-to-vip", "ps-rights-to-netx");
  }

  @Test
  void theReadmeExampleParsesAndCompiles() throws Exception {
    Path dir = Files.createTempDirectory("readme");
    Files.createDirectories(dir.resolve("vocab"));
    Files.writeString(
        dir.resolve("vocab/campaign-codes.csv"), "value,term\nSpring Launch,SPR-26\n");
    Path file = Files.writeString(dir.resolve("assetbridge.yaml"), readmeExample());
    EngineConfig config = new ConfigLoader(new EnvSubstitution(ENV)).read(file);
    assertThat(config.flows())
        .containsOnlyKeys(
            "approved-to-vip",
            "deliveries-to-ps",
            "contributions-to-ps",
            "catalog-in-netx",
            "rights-ps-netx",
            "publish-to-galleries");
    assertThat(config.vocabularies().get("campaign-codes").translate("Spring Launch"))
        .contains("SPR-26");
    assertThat(config.renditions()).containsOnlyKeys("web-2048", "social-square");
    try (ConnectorRegistry connectors = ConnectorRegistry.create(config, InstantSource.system())) {
      assertThat(FlowPlans.compile(config, connectors)).hasSize(6);
    }
  }

  @Test
  void aVariableStandingAloneInsideBracesIsTakenAsDesignMdWritesIt() {
    EngineConfig config =
        new ConfigLoader(new EnvSubstitution(ENV))
            .parse(
                "x.yaml",
                "connections:\n  vip: { type: vip, token: ${VIP_TOKEN}, baseUrl: \"http://v/${VIP_TOKEN}\" }\nflows: {}\n");
    var vip = config.connections().get("vip").settings();
    assertThat(vip.get("token").text()).isEqualTo("t");
    assertThat(vip.get("baseUrl").text()).isEqualTo("http://v/t");
  }

  @Test
  void aVariableInsideBracesThatIsNotAWholeValueStillGetsAHint() {
    assertThatThrownBy(
            () ->
                new ConfigLoader(new EnvSubstitution(ENV))
                    .parse(
                        "x.yaml",
                        "connections:\n  vip: { type: vip, token: a${VIP_TOKEN} }\nflows: {}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("quote ${...} inside { }");
  }
}
