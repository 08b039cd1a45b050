package io.assetbridge.connector.vip;

import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorProvider;
import io.assetbridge.spi.SettingDef;
import java.util.List;

/** Makes {@code type: vip} connections; found through {@link java.util.ServiceLoader}. */
public final class VipConnectorProvider implements ConnectorProvider {

  @Override
  public String type() {
    return "vip";
  }

  @Override
  public List<SettingDef> settings() {
    return VipSettings.DEFINITIONS;
  }

  @Override
  public Connector create(ConnectionSettings settings) {
    return new VipConnector(VipSettings.from(settings));
  }
}
