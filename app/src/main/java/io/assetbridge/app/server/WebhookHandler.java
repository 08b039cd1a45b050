package io.assetbridge.app.server;

import io.assetbridge.core.engine.WebhookIntakeService;
import io.assetbridge.spi.WebhookRequest;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /hooks/{connection}}: hands the raw bytes to webhook intake and answers at once; the
 * work happens later in jobs. Failures are answered by {@link ErrorAnswers}.
 */
final class WebhookHandler implements Handler {
  private final WebhookIntakeService intake;
  private final InstantSource clock;
  private final int maxBodyBytes;

  WebhookHandler(WebhookIntakeService intake, InstantSource clock, int maxBodyBytes) {
    this.intake = intake;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The 200 answer's body. */
  record Answer(boolean accepted, int changes, int newEvents, int jobs) {}

  @Override
  public void handle(Context ctx) {
    byte[] body = CappedBody.read(ctx, maxBodyBytes);
    var request = new WebhookRequest(headers(ctx), body, clock.instant());
    var accepted = intake.accept(ctx.pathParam("connection"), request);
    ctx.json(new Answer(true, accepted.changes(), accepted.newEvents(), accepted.jobs()));
  }

  /** Header names in lower case; repeated headers (any spelling) keep all their values in order. */
  private static Map<String, List<String>> headers(Context ctx) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(ctx.req().getHeaderNames())) {
      headers
          .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
          .addAll(Collections.list(ctx.req().getHeaders(name)));
    }
    headers.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(headers);
  }
}
