package io.assetbridge.emulator.netx.faults;

import io.assetbridge.emulator.netx.journal.RequestFacts;
import io.javalin.http.Context;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * Applies the fault rules around platform requests: before the handler for latency, rate limits and
 * {@code phase: before}; after it for {@code phase: after}, once the change is made.
 */
public final class FaultStage {

  private static final String RULE = "netx.fault";
  private final FaultRules rules;

  public FaultStage(FaultRules rules) {
    this.rules = rules;
  }

  public void before(Context ctx, String rpcMethod) throws InterruptedException {
    Optional<FaultRule> decided = rules.decide(ctx.method().name(), ctx.path(), rpcMethod);
    if (decided.isEmpty()) {
      return;
    }
    FaultRule rule = decided.get();
    note(ctx, rule.fault());
    switch (rule.fault()) {
      case "latency" -> Thread.sleep(rule.latencyMs());
      case "rate-limit" -> throw new InjectedFault(rule);
      default -> {
        if (!rule.after()) {
          throw new InjectedFault(rule);
        }
        ctx.attribute(RULE, rule);
      }
    }
  }

  /** Turns a served response into the after-phase fault; true when the connection was dropped. */
  public boolean after(Context ctx) {
    FaultRule rule = ctx.attribute(RULE);
    if (rule == null) {
      return false;
    }
    return answer(ctx, rule);
  }

  /** Renders an injected fault; true when it dropped the connection. */
  public static boolean answer(Context ctx, FaultRule rule) {
    switch (rule.fault()) {
      case "rate-limit" -> {
        ctx.status(429).header("Retry-After", Integer.toString(rule.retryAfterSeconds()));
        ctx.contentType("text/plain").result("emulated overload: too many requests");
      }
      case "status" ->
          ctx.status(rule.status()).contentType("text/plain").result("emulated server trouble");
      default -> {
        Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint().close();
        return true;
      }
    }
    return false;
  }

  private static void note(Context ctx, String fault) {
    RequestFacts facts = ctx.attribute(RequestFacts.ATTRIBUTE);
    ctx.attribute(
        RequestFacts.ATTRIBUTE, (facts == null ? RequestFacts.none() : facts).withFault(fault));
  }
}
