package io.assetbridge.core.config;

import io.assetbridge.spi.Secret;

/** The HTTP server: port and the admin API's bearer token. */
public record ServerConfig(int port, Secret adminToken) {
  public static final ServerConfig DEFAULT = new ServerConfig(8080, null);
}
