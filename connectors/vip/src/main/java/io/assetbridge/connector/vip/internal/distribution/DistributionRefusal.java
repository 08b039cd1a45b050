package io.assetbridge.connector.vip.internal.distribution;

import io.assetbridge.connector.vip.internal.api.Problem;
import io.assetbridge.connector.vip.internal.api.VipAnswer;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.PermanentException;

/**
 * A {@code 422} from {@code POST /distributions} (§7 checks 2-4) as a permanent failure that says
 * which check failed and why, in words a person can act on.
 */
final class DistributionRefusal {
  private DistributionRefusal() {}

  /** The failure for this answer; not only 422s, every non-2xx comes through here. */
  static ConnectorException of(VipAnswer answer, String assetId, String target, String channel) {
    Problem problem = answer.problem();
    if (answer.status() != 422 || problem == null) {
      return answer.failure();
    }
    String refused = "VIP refused to distribute " + assetId + " to " + target + ": ";
    String why =
        switch (problem.slug()) {
          case "embargoed" ->
              "embargoed: the asset is under embargo until " + problem.member("embargoUntil");
          case "expired" -> "expired: the asset's rights expired at " + problem.member("expiresAt");
          case "no-recipients" ->
              "no-recipients: the list has no active member on channel " + channel;
          case "channel-mismatch" ->
              "channel-mismatch: a recipient is inactive or not on channel " + channel;
          case "invalid-reference" ->
              "invalid-reference: the request names something VIP does not have "
                  + problem.errors();
          default -> problem.slug();
        };
    String detail = problem.detail() == null ? "" : " (" + problem.detail() + ")";
    return new PermanentException(refused + why + detail + " [" + answer.call() + "]");
  }
}
