package io.assetbridge.spi;

import java.util.List;

/**
 * Creates connectors of one platform type. Found with {@link java.util.ServiceLoader}: a connector
 * module lists its provider in {@code META-INF/services/io.assetbridge.spi.ConnectorProvider}.
 */
public interface ConnectorProvider {

  /** The {@code type:} value in config, e.g. {@code photoshelter}. */
  String type();

  /** Every setting this connector understands; anything else in config is an error. */
  List<SettingDef> settings();

  Connector create(ConnectionSettings settings);
}
