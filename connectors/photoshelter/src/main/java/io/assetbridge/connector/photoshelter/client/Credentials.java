package io.assetbridge.connector.photoshelter.client;

import java.net.http.HttpRequest;
import java.time.ZoneId;

/**
 * A usable session: its token, the org it acts in and the account zone of v3 time stamps. {@code
 * oauth} tokens are sent as Bearer too and cannot be renewed by logging in.
 */
public record Credentials(String token, String orgId, ZoneId zone, boolean oauth) {

  public Credentials withZone(ZoneId accountZone) {
    return new Credentials(token, orgId, accountZone, oauth);
  }

  public HttpRequest.Builder sign(HttpRequest.Builder request) {
    request.header("X-PS-Auth-Token", token);
    return oauth ? request.header("Authorization", "Bearer " + token) : request;
  }

  @Override
  public String toString() {
    return "Credentials[org=" + orgId + ", zone=" + zone + ", oauth=" + oauth + "]";
  }
}
