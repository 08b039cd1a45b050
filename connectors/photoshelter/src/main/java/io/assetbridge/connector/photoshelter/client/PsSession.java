package io.assetbridge.connector.photoshelter.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.spi.PermanentException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection's session (§2): logs in, enters the org, reads the account zone, and renews once
 * per expiry however many threads saw it expire, because logins are capped per user.
 */
public final class PsSession {
  private static final Logger log = LoggerFactory.getLogger(PsSession.class);
  private final PsTransport transport;
  private final Login login;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Credentials current;

  public PsSession(PsTransport transport, Login login) {
    this.transport = transport;
    this.login = login;
  }

  /** The session in use, logging in first when there is none. */
  public Credentials current() {
    Credentials c = current;
    return c != null ? c : renew(null);
  }

  /**
   * A fresh session to replace {@code stale}; threads that all saw {@code stale} fail log in once.
   */
  public Credentials renew(Credentials stale) {
    lock.lock();
    try {
      if (current != null && current != stale) {
        return current;
      }
      if (stale != null && login.oauth()) {
        throw new PermanentException(
            transport.connection()
                + ": the platform refused the OAuth token; set a new oauthToken");
      }
      current = login.oauth() ? enterWithToken() : logIn();
      return current;
    } finally {
      lock.unlock();
    }
  }

  /** Ends a password session; a failure here is only logged, the session idles out anyway. */
  public void logout() {
    Credentials c = current;
    current = null;
    if (c == null || c.oauth()) {
      return;
    }
    try {
      transport.exchange(Call.get("/psapi/v3/mem/authenticate/logout"), c);
    } catch (RuntimeException e) {
      log.info("{}: logout failed: {}", transport.connection(), e.getMessage());
    }
  }

  private Credentials enterWithToken() {
    Credentials token = new Credentials(login.oauthToken().reveal(), login.orgId(), null, true);
    return token.withZone(zoneOf(token));
  }

  private Credentials logIn() {
    String form =
        Query.of()
            .add("email", login.email())
            .add("password", login.password().reveal())
            .add("mode", "token")
            .toString()
            .substring(1);
    Reply reply = transport.exchange(Call.form("/psapi/v3/mem/authenticate", form), null);
    if (reply.error() != null) {
      throw refused(reply);
    }
    JsonNode data = reply.data();
    String orgId = OrgChoice.choose(transport.connection(), login.orgId(), data.path("org"));
    Credentials c = new Credentials(data.path("token").asText(), orgId, null, false);
    check(
        transport.exchange(
            Call.form("/psapi/v3/mem/organization/" + orgId + "/authenticate", ""), c));
    log.debug("{}: logged in to org {}", transport.connection(), orgId);
    return c.withZone(zoneOf(c));
  }

  private ZoneId zoneOf(Credentials c) {
    Reply reply = check(transport.exchange(Call.get("/psapi/v3/mem/user/session"), c));
    String tz = reply.data().path("Session").path("tz").asText("");
    try {
      return tz.isBlank() ? ZoneId.of("America/New_York") : ZoneId.of(tz);
    } catch (DateTimeException e) {
      throw new PermanentException(transport.connection() + ": unknown session time zone " + tz);
    }
  }

  private RuntimeException refused(Reply reply) {
    PlatformError e = reply.error();
    if (e.status() == 400 && e.id() != null && e.id().startsWith("Auth")) {
      return new PermanentException(
          transport.connection()
              + ": PhotoShelter refused the login ("
              + e.id()
              + "); check the email and password settings");
    }
    return transport.reader().failure(reply);
  }

  private Reply check(Reply reply) {
    if (reply.error() == null) {
      return reply;
    }
    if (reply.error().isSessionError() && login.oauth()) {
      throw new PermanentException(
          transport.connection() + ": the platform refused the OAuth token; set a new oauthToken");
    }
    throw transport.reader().failure(reply);
  }
}
