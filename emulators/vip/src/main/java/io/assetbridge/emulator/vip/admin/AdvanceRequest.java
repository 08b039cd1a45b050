package io.assetbridge.emulator.vip.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.distribution.DeliveryStatus;
import io.assetbridge.emulator.vip.distribution.Publication;
import io.assetbridge.emulator.vip.distribution.Step;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The body of the advance endpoints; {@code at} defaults to now, a failure to "unreachable". */
final class AdvanceRequest {
  private static final Set<String> REASONS =
      Set.of("bounced", "rejected", "unreachable", "expired", "cancelled");

  private AdvanceRequest() {}

  static Step read(ObjectNode body, Instant now) {
    FieldErrors errors = new FieldErrors();
    FieldReader r = new FieldReader(body, "", errors);
    r.allowOnly(List.of("status", "at", "failureReason", "publication"));
    String text = r.text("status", 20, true);
    DeliveryStatus status = text == null ? null : DeliveryStatus.parse(text).orElse(null);
    if (text != null && (status == null || status == DeliveryStatus.PENDING)) {
      r.fail("status", "must be delivered, downloaded, published or failed");
    }
    Instant at = r.has("at") && r.present("at") ? r.instant("at") : now;
    String reason = reason(r, status);
    Publication publication = publication(r, status, at);
    errors.throwIfAny();
    return new Step(status, at, reason, publication);
  }

  private static String reason(FieldReader r, DeliveryStatus status) {
    String reason = r.text("failureReason", 500);
    if (reason != null && status != DeliveryStatus.FAILED) {
      r.fail("failureReason", "only a failed status takes a failureReason");
    } else if (reason != null && !REASONS.contains(reason) && !reason.matches("other: .+")) {
      r.fail("failureReason", "must be one of " + REASONS + " or 'other: <text>'");
    }
    return status == DeliveryStatus.FAILED && reason == null ? "unreachable" : reason;
  }

  private static Publication publication(FieldReader r, DeliveryStatus status, Instant at) {
    FieldReader p = r.object("publication");
    if (p == null) {
      return null;
    }
    if (status != DeliveryStatus.PUBLISHED) {
      r.fail("publication", "only a published status takes a publication");
      return null;
    }
    p.allowOnly(List.of("url", "outlet", "publishedAt"));
    String url = p.text("url", 2000, true);
    String outlet = p.text("outlet", 500, true);
    Instant publishedAt = p.present("publishedAt") ? p.instant("publishedAt") : at;
    return new Publication(url, outlet, publishedAt);
  }
}
