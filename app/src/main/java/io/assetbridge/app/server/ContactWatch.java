package io.assetbridge.app.server;

import io.assetbridge.connector.http.HttpCall;
import io.assetbridge.connector.http.HttpCallListener;
import io.assetbridge.connector.http.HttpObservers;
import io.assetbridge.connector.http.LimitState;
import io.assetbridge.core.health.ConnectionContacts;
import io.assetbridge.core.health.RateLimitState;

/** Feeds an engine's {@link ConnectionContacts} from the shared HTTP layer while it is open. */
final class ContactWatch implements HttpCallListener {
  private final ConnectionContacts contacts;

  private ContactWatch(ConnectionContacts contacts) {
    this.contacts = contacts;
  }

  /** Starts watching; closing the handle stops it. */
  static AutoCloseable attach(ConnectionContacts contacts) {
    contacts.limitsFrom(ContactWatch::limits);
    return HttpObservers.register(new ContactWatch(contacts));
  }

  @Override
  public void called(HttpCall call) {
    if (call.failed()) {
      contacts.failed(call.connection(), call.error());
    } else {
      contacts.succeeded(call.connection());
    }
  }

  private static RateLimitState limits(String connection) {
    LimitState s = HttpObservers.limitStates().get(connection);
    return s == null
        ? null
        : new RateLimitState(
            s.availablePermissions(), s.waitingForPermission(), s.freeSlots(), s.maxSlots());
  }
}
