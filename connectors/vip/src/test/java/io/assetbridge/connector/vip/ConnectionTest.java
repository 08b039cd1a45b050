package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.ConnectorProvider;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.SettingDef;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider, the settings and the connection test; secrets stay out of every message. */
class ConnectionTest extends EmulatorBackedTest {

  @Test
  void theProviderIsFoundAndDeclaresItsSettings() {
    ConnectorProvider provider =
        ServiceLoader.load(ConnectorProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.type().equals("vip"))
            .findFirst()
            .orElseThrow();

    assertThat(provider.settings())
        .extracting(SettingDef::name)
        .containsExactly("baseUrl", "token", "webhookSecret", "webhookTolerance", "limits");
    assertThat(provider.settings())
        .filteredOn(SettingDef::secret)
        .extracting(SettingDef::name)
        .containsExactly("token", "webhookSecret");
    var connector =
        provider.create(
            new ConnectionSettings(
                "vip",
                Map.of("baseUrl", EMULATOR.baseUrl(), "token", new Secret(EmulatorControl.TOKEN)),
                InstantSource.system()));
    connector.testConnection();
    assertThat(connector.connectionName()).isEqualTo("vip");
  }

  @Test
  void aRejectedTokenSaysWhichSettingToCheckWithoutShowingIt() {
    VipConnector wrong = connector("vip-eu", "s3cr3t-token-value");

    assertThatThrownBy(wrong::testConnection)
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("VIP rejected the token for connection vip-eu: check `token`")
        .hasMessageNotContaining("s3cr3t-token-value");
    assertThat(emulator.awaitJournal("GET", "/api/v1/lists", 1).get(0).path("status").asInt())
        .isEqualTo(401);
  }

  @Test
  void settingsShowNoSecretsAndReadTheirDefaults() {
    var settings =
        VipSettings.from(
            new ConnectionSettings(
                "vip",
                Map.of(
                    "baseUrl", "https://vip.example.com/",
                    "token", new Secret("tok-123"),
                    "webhookSecret", new Secret("a, b")),
                InstantSource.system()));

    assertThat(settings.apiBase()).hasToString("https://vip.example.com/api/v1");
    assertThat(settings.webhookSecrets()).extracting(Secret::reveal).containsExactly("a", "b");
    assertThat(settings.webhookTolerance()).isEqualTo(Duration.ofSeconds(300));
    assertThat(settings.toString()).doesNotContain("tok-123");
    assertThat(new VipConnector(settings).toString()).doesNotContain("tok-123");
    assertThatThrownBy(
            () ->
                VipSettings.from(
                    new ConnectionSettings(
                        "vip", Map.of("baseUrl", "vip.example.com"), InstantSource.system())))
        .hasMessageContaining("`baseUrl` must be an http(s) URL");
  }
}
