package io.assetbridge.emulator.photoshelter.faults;

import java.util.Random;
import java.util.regex.Pattern;

/**
 * Decides each {@code /psapi/} request's fault from the current settings: the rate limit first,
 * then one seeded draw split into drop, 5xx and 429 bands. Thread-safe.
 */
public final class FaultInjector {

  private record Active(FaultSettings settings, Pattern paths, Random random, RateWindow window) {}

  private volatile Active active = activate(FaultSettings.defaults());

  private static Active activate(FaultSettings settings) {
    RateWindow window = settings.ratePerS() > 0 ? new RateWindow(settings.ratePerS()) : null;
    return new Active(
        settings, Pattern.compile(settings.pathRegex()), new Random(settings.seed()), window);
  }

  public void replace(FaultSettings settings) {
    active = activate(settings);
  }

  public FaultSettings settings() {
    return active.settings();
  }

  public Fault decide(String path) {
    Active a = active;
    FaultSettings s = a.settings();
    if (!path.startsWith("/psapi/") || !a.paths().matcher(path).find()) {
      return Fault.NONE;
    }
    if (a.window() != null) {
      int wait = a.window().tryAdmit(System.nanoTime());
      if (wait > 0) {
        return new Fault(Fault.Kind.RATE_LIMITED, 0, wait, 429);
      }
    }
    double draw;
    long delay;
    synchronized (a.random()) {
      draw = a.random().nextDouble();
      delay =
          s.latencyMs()
              + (s.latencyJitterMs() > 0 ? a.random().nextInt(s.latencyJitterMs() + 1) : 0);
    }
    return new Fault(kind(s, draw), delay, s.retryAfterS(), s.status5xx());
  }

  private static Fault.Kind kind(FaultSettings s, double draw) {
    if (draw < s.pDrop()) {
      return s.dropMode().equals("after") ? Fault.Kind.DROP_AFTER : Fault.Kind.DROP_BEFORE;
    }
    if (draw < s.pDrop() + s.p5xx()) {
      return Fault.Kind.SERVER_ERROR;
    }
    return draw < s.pDrop() + s.p5xx() + s.p429() ? Fault.Kind.TOO_MANY : Fault.Kind.NONE;
  }
}
