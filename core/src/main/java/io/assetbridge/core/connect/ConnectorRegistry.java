package io.assetbridge.core.connect;

import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.config.ConnectionConfig;
import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorProvider;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The configured connectors by connection name; closes them all on close. */
public final class ConnectorRegistry implements AutoCloseable {
  private final Map<String, Connector> connectors;

  private ConnectorRegistry(Map<String, Connector> connectors) {
    this.connectors = connectors;
  }

  public static Map<String, ConnectorProvider> providers() {
    Map<String, ConnectorProvider> byType = new LinkedHashMap<>();
    ServiceLoader.load(ConnectorProvider.class).forEach(p -> byType.put(p.type(), p));
    return byType;
  }

  public static ConnectorRegistry create(EngineConfig config, InstantSource clock) {
    Map<String, ConnectorProvider> providers = providers();
    Map<String, Connector> connectors = new LinkedHashMap<>();
    try {
      for (ConnectionConfig connection : config.connections().values()) {
        connectors.put(connection.name(), create(connection, providers, clock));
      }
    } catch (RuntimeException e) {
      connectors.values().forEach(Connector::close);
      throw e;
    }
    return new ConnectorRegistry(connectors);
  }

  private static Connector create(
      ConnectionConfig connection, Map<String, ConnectorProvider> providers, InstantSource clock) {
    ConnectorProvider provider = providers.get(connection.type());
    if (provider == null) {
      throw ConfigException.at(
          connection.node(),
          "unknown connection type '" + connection.type() + "'",
          "use one of " + String.join(", ", providers.keySet()));
    }
    var values = SettingsBinder.bind(connection, provider.settings());
    try {
      return provider.create(new ConnectionSettings(connection.name(), values, clock));
    } catch (IllegalArgumentException e) {
      throw ConfigException.at(connection.node(), e.getMessage(), null);
    }
  }

  public Connector get(String name) {
    return connectors.get(name);
  }

  public Map<String, Connector> all() {
    return connectors;
  }

  @Override
  public void close() {
    connectors.values().forEach(Connector::close);
  }
}
