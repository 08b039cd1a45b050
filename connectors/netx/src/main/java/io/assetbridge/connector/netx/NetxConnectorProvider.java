package io.assetbridge.connector.netx;

import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorProvider;
import io.assetbridge.spi.SettingDef;
import java.util.List;

/** Creates {@code type: netx} connections; found through {@link java.util.ServiceLoader}. */
public final class NetxConnectorProvider implements ConnectorProvider {

  @Override
  public String type() {
    return "netx";
  }

  @Override
  public List<SettingDef> settings() {
    return SettingDefinitions.ALL;
  }

  @Override
  public Connector create(ConnectionSettings settings) {
    return new NetxConnector(NetxSettings.from(settings));
  }
}
