package io.assetbridge.connector.http;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where {@link PlatformHttp} reports to. Process-wide because connectors build their clients
 * themselves: the application registers listeners once, and no connector needs to pass them on.
 */
public final class HttpObservers {
  private static final List<HttpCallListener> LISTENERS = new CopyOnWriteArrayList<>();
  // weak: a closed engine's clients must not stay alive for their gauges
  private static final Map<String, WeakReference<PlatformHttp>> CLIENTS = new ConcurrentHashMap<>();

  private HttpObservers() {}

  /** Adds a listener until the returned handle is closed. */
  public static AutoCloseable register(HttpCallListener listener) {
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  /** Each connection's limit state, from its newest client still alive. */
  public static Map<String, LimitState> limitStates() {
    Map<String, LimitState> out = new LinkedHashMap<>();
    CLIENTS.forEach(
        (connection, ref) -> {
          PlatformHttp http = ref.get();
          if (http != null) {
            out.put(connection, http.limitState());
          }
        });
    return out;
  }

  static void opened(PlatformHttp http) {
    CLIENTS.put(http.connection(), new WeakReference<>(http));
  }

  static void called(HttpCall call) {
    for (HttpCallListener l : LISTENERS) {
      l.called(call);
    }
  }

  static void transferred(String connection, HttpCallListener.Direction direction, long bytes) {
    if (bytes > 0) {
      for (HttpCallListener l : LISTENERS) {
        l.transferred(connection, direction, bytes);
      }
    }
  }
}
