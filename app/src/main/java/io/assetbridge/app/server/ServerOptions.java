package io.assetbridge.app.server;

import io.assetbridge.core.config.ServerConfig;

/**
 * Where the server listens and how large a webhook body may be. Port 0 picks a free port; the
 * default host is loopback, so exposing the engine is a deliberate choice.
 */
public record ServerOptions(String host, int port, int maxBodyBytes) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int ONE_MIB = 1 << 20;

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not 0-65535");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, not " + maxBodyBytes);
    }
  }

  /** The configured port on loopback with a 1 MiB body cap. */
  public static ServerOptions from(ServerConfig config) {
    return new ServerOptions(LOOPBACK, config.port(), ONE_MIB);
  }

  public ServerOptions withHost(String host) {
    return new ServerOptions(host, port, maxBodyBytes);
  }
}
