package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.assets.Asset;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import io.assetbridge.emulator.vip.http.Times;
import io.assetbridge.emulator.vip.recipients.DistributionList;
import io.assetbridge.emulator.vip.recipients.Recipient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** §7 checks 2–4 in order: references, the effective window, the channel. */
final class DistributionChecks {
  private DistributionChecks() {}

  /** What passed the checks: the asset, who gets a delivery, the effective window. */
  record Plan(Asset asset, List<Recipient> recipients, Instant embargoUntil, Instant expiresAt) {}

  private record References(Asset asset, DistributionList list, List<Recipient> named) {}

  static Plan check(Account account, DistributionRequest request, Instant now) {
    References refs = references(account, request);
    Asset asset = refs.asset();
    Instant embargo = Times.later(asset.metadata().embargoUntil(), request.embargoUntil());
    Instant expiry = Times.earlier(asset.metadata().expiresAt(), request.expiresAt());
    checkWindow(asset, embargo, expiry, now);
    List<Recipient> recipients =
        refs.list() == null
            ? checkNamed(refs.named(), request.channel())
            : onChannel(account.recipients().members(refs.list()), request.channel(), refs.list());
    return new Plan(asset, recipients, embargo, expiry);
  }

  private static References references(Account account, DistributionRequest request) {
    FieldErrors missing = new FieldErrors();
    Asset asset = asset(account, request, missing);
    DistributionList list = null;
    if (request.listId() != null) {
      list = account.recipients().findList(request.listId()).orElse(null);
      if (list == null) {
        missing.add("listId", "no list " + request.listId());
      }
    }
    List<Recipient> named = named(account, request, missing);
    if (!missing.isEmpty()) {
      throw new Problem(ProblemType.INVALID_REFERENCE, "the body names what does not exist")
          .errors(missing.list());
    }
    return new References(asset, list, named);
  }

  private static Asset asset(Account account, DistributionRequest request, FieldErrors missing) {
    Asset asset = account.assets().find(request.assetId()).orElse(null);
    if (asset == null) {
      missing.add("assetId", "no asset " + request.assetId());
    } else if (request.rendition() != null
        && account.assets().rendition(asset.id(), request.rendition()).isEmpty()) {
      missing.add("rendition", asset.id() + " has no rendition '" + request.rendition() + "'");
    }
    return asset;
  }

  private static List<Recipient> named(
      Account account, DistributionRequest request, FieldErrors missing) {
    List<Recipient> named = new ArrayList<>();
    List<String> ids = request.recipientIds() == null ? List.of() : request.recipientIds();
    for (int i = 0; i < ids.size(); i++) {
      Recipient recipient = account.recipients().find(ids.get(i)).orElse(null);
      if (recipient == null) {
        missing.add("recipientIds[" + i + "]", "no recipient " + ids.get(i));
      } else {
        named.add(recipient);
      }
    }
    return named;
  }

  private static void checkWindow(Asset asset, Instant embargo, Instant expiry, Instant now) {
    if (embargo != null && now.isBefore(embargo)) {
      throw new Problem(
              ProblemType.EMBARGOED, asset.id() + " is embargoed until " + Times.format(embargo))
          .with("embargoUntil", embargo);
    }
    if (expiry != null && !now.isBefore(expiry)) {
      throw new Problem(ProblemType.EXPIRED, asset.id() + " expired at " + Times.format(expiry))
          .with("expiresAt", expiry);
    }
  }

  private static List<Recipient> checkNamed(List<Recipient> named, String channel) {
    FieldErrors mismatched = new FieldErrors();
    for (int i = 0; i < named.size(); i++) {
      Recipient recipient = named.get(i);
      if (!recipient.active()) {
        mismatched.add("recipientIds[" + i + "]", recipient.id() + " is inactive");
      } else if (!recipient.channel().equals(channel)) {
        mismatched.add("recipientIds[" + i + "]", recipient.id() + " is on " + recipient.channel());
      }
    }
    if (!mismatched.isEmpty()) {
      throw new Problem(ProblemType.CHANNEL_MISMATCH, "recipients must be active and on " + channel)
          .errors(mismatched.list());
    }
    return named;
  }

  private static List<Recipient> onChannel(
      List<Recipient> members, String channel, DistributionList list) {
    List<Recipient> reachable =
        members.stream().filter(r -> r.active() && r.channel().equals(channel)).toList();
    if (reachable.isEmpty()) {
      throw new Problem(
          ProblemType.NO_RECIPIENTS, list.id() + " has no active member on " + channel);
    }
    return reachable;
  }
}
