package io.assetbridge.emulator.vip;

import io.assetbridge.emulator.vip.assets.AssetStore;
import io.assetbridge.emulator.vip.distribution.DistributionStore;
import io.assetbridge.emulator.vip.events.EventFeed;
import io.assetbridge.emulator.vip.events.FeedEvent;
import io.assetbridge.emulator.vip.idempotency.IdempotencyKeys;
import io.assetbridge.emulator.vip.recipients.RecipientStore;
import io.assetbridge.emulator.vip.submissions.SubmissionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** All data of the one emulated account; replaced whole on reset. Guarded by the platform lock. */
public final class Account {
  private final Ids ids = new Ids();
  private final EventFeed events;
  private final IdempotencyKeys idempotency = new IdempotencyKeys();
  private final AssetStore assets = new AssetStore();
  private final RecipientStore recipients = new RecipientStore();
  private final DistributionStore distributions = new DistributionStore();
  private final SubmissionStore submissions = new SubmissionStore();

  public Account(Consumer<FeedEvent> onEvent) {
    this.events = new EventFeed(onEvent);
  }

  public Ids ids() {
    return ids;
  }

  public EventFeed events() {
    return events;
  }

  public IdempotencyKeys idempotency() {
    return idempotency;
  }

  public AssetStore assets() {
    return assets;
  }

  public RecipientStore recipients() {
    return recipients;
  }

  public DistributionStore distributions() {
    return distributions;
  }

  public SubmissionStore submissions() {
    return submissions;
  }

  /** Every file the data owns, for deletion on reset. */
  public List<Path> files() {
    List<Path> files = new ArrayList<>(assets.files());
    files.addAll(submissions.files());
    return files;
  }
}
