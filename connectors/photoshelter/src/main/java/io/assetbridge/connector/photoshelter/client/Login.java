package io.assetbridge.connector.photoshelter.client;

import io.assetbridge.spi.Secret;

/**
 * How the connection signs in: email + password (+ optional org id), or a ready OAuth token + org
 * id. Secrets stay {@link Secret}s so that toString shows none.
 */
public record Login(String email, Secret password, String orgId, Secret oauthToken) {

  public boolean oauth() {
    return oauthToken != null;
  }
}
