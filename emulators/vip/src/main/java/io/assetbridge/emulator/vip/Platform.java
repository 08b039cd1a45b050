package io.assetbridge.emulator.vip;

import io.assetbridge.emulator.vip.distribution.AutoAdvance;
import io.assetbridge.emulator.vip.distribution.ExpirySweep;
import io.assetbridge.emulator.vip.events.FeedEvent;
import io.assetbridge.emulator.vip.faults.FaultRules;
import io.assetbridge.emulator.vip.files.FileVault;
import io.assetbridge.emulator.vip.journal.Journal;
import io.assetbridge.emulator.vip.webhooks.WebhookSender;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every operation shares: the account behind one lock, the clock, the journal, faults,
 * webhooks and timers. Each locked step first fails deliveries whose window has closed.
 */
public final class Platform implements AutoCloseable {
  private final ReentrantLock lock = new ReentrantLock();
  private final EmulatorSettings settings;
  private final FileVault vault = FileVault.create();
  private final Tokens tokens;
  private final Journal journal = new Journal();
  private final FaultRules faults = new FaultRules();
  private final ScheduledExecutorService timers;
  private final WebhookSender webhooks;
  private final AutoAdvance autoAdvance;
  private Account account = new Account(this::onEvent);
  private volatile long generation;

  public Platform(EmulatorSettings settings) {
    this.settings = settings;
    this.tokens = new Tokens(settings.token());
    this.timers = Executors.newSingleThreadScheduledExecutor(daemon("vip-emulator-timer"));
    this.webhooks = new WebhookSender(this);
    this.autoAdvance = new AutoAdvance(this, timers);
    timers.scheduleWithFixedDelay(() -> update(a -> {}), 200, 200, TimeUnit.MILLISECONDS);
  }

  public static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  public <T> T locked(Function<Account, T> work) {
    lock.lock();
    try {
      ExpirySweep.run(account, now());
      return work.apply(account);
    } finally {
      lock.unlock();
    }
  }

  public void update(Consumer<Account> work) {
    locked(
        a -> {
          work.accept(a);
          return null;
        });
  }

  /** Runs work only while no reset happened since {@code expected}; for timers and retries. */
  public void updateIfCurrent(long expected, Consumer<Account> work) {
    update(
        a -> {
          if (generation == expected) {
            work.accept(a);
          }
        });
  }

  public Instant now() {
    return settings.clock().instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public long generation() {
    return generation;
  }

  /** Clears data, events, keys, journal, faults, webhook and auto-advance; keeps the tokens. */
  public void reset() {
    update(
        old -> {
          generation++;
          account = new Account(this::onEvent);
          old.files().forEach(vault::delete);
          journal.restart();
          faults.clear();
          webhooks.clear();
          autoAdvance.turnOff();
        });
  }

  private void onEvent(FeedEvent event) {
    webhooks.offer(event, generation);
  }

  public EmulatorSettings settings() {
    return settings;
  }

  public FileVault vault() {
    return vault;
  }

  public Tokens tokens() {
    return tokens;
  }

  public Journal journal() {
    return journal;
  }

  public FaultRules faults() {
    return faults;
  }

  public WebhookSender webhooks() {
    return webhooks;
  }

  public AutoAdvance autoAdvance() {
    return autoAdvance;
  }

  @Override
  public void close() {
    timers.shutdownNow();
    webhooks.close();
    vault.close();
  }
}
