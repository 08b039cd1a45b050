package io.assetbridge.connector.photoshelter;

import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorProvider;
import io.assetbridge.spi.SettingDef;
import java.util.List;

/**
 * Creates {@code type: photoshelter} connections; found through {@link java.util.ServiceLoader}.
 */
public final class PhotoShelterConnectorProvider implements ConnectorProvider {

  @Override
  public String type() {
    return "photoshelter";
  }

  @Override
  public List<SettingDef> settings() {
    return SettingDefinitions.ALL;
  }

  @Override
  public Connector create(ConnectionSettings settings) {
    return new PhotoShelterConnector(PhotoShelterSettings.from(settings));
  }
}
