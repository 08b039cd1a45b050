package io.assetbridge.spi;

/**
 * One configured connection to one platform. A connector implements the capability interfaces its
 * platform supports ({@link AssetReader}, {@link ChangeSource}, {@link AssetWriter}, {@link
 * Distributor}, {@link WebhookIntake}, {@link AssetSearch}); the engine asks with {@code
 * instanceof} before it uses one.
 */
public interface Connector extends AutoCloseable {

  /** The connection's name from config, e.g. {@code ps}; the first half of this system's refs. */
  String connectionName();

  /**
   * Calls the platform once with the configured credentials; throws a ConnectorException if not
   * reachable.
   */
  void testConnection();

  /** Releases sessions and pools; the default does nothing. */
  @Override
  default void close() {}
}
