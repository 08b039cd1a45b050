package io.assetbridge.connector.netx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.ConnectorProvider;
import io.assetbridge.spi.SettingDef;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void theProviderIsFoundByTypeAndDeclaresSecrets() {
    ConnectorProvider netx =
        ServiceLoader.load(ConnectorProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.type().equals("netx"))
            .findFirst()
            .orElseThrow();
    assertThat(netx.settings())
        .filteredOn(SettingDef::secret)
        .extracting(SettingDef::name)
        .containsExactlyInAnyOrder("token", "webhookSecret");
  }

  @Test
  void attributeLabelsDefaultPerContractAndCanBeRenamed() {
    AttributeLabels labels = AttributeLabels.from(Map.of("status", "Lifecycle"));
    assertThat(labels.status()).isEqualTo("Lifecycle");
    assertThat(labels.externalKey()).isEqualTo("Source Ref");
    assertThat(labels.category()).isEqualTo("Product Category");
    assertThatThrownBy(() -> AttributeLabels.from(Map.of("colour", "X")))
        .hasMessageContaining("not a role");
  }
}
