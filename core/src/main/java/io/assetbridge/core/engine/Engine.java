package io.assetbridge.core.engine;

import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.core.flow.FlowPlan;
import io.assetbridge.core.flow.FlowPlans;
import io.assetbridge.core.flow.StepReport;
import io.assetbridge.core.health.ConnectionContacts;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.store.Store;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine facade: store, connectors and compiled flows; runs continuously or one flow pass. */
public final class Engine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private final EngineConfig config;
  private final InstantSource clock;
  private final Store store;
  private final ConnectorRegistry connectors;
  private final Map<String, FlowPlan> plans;
  private final List<AutoCloseable> running = new ArrayList<>();
  private final ConnectionContacts contacts;

  private Engine(
      EngineConfig config,
      InstantSource clock,
      Store store,
      ConnectorRegistry connectors,
      Map<String, FlowPlan> plans) {
    this.config = config;
    this.clock = clock;
    this.store = store;
    this.connectors = connectors;
    this.plans = plans;
    this.contacts = new ConnectionContacts(config.connections().keySet(), clock);
  }

  /** Connects the store and builds connectors and flows; a config error leaves nothing open. */
  public static Engine open(EngineConfig config, InstantSource clock) {
    ConnectorRegistry connectors = ConnectorRegistry.create(config, clock);
    try {
      Map<String, FlowPlan> plans = FlowPlans.compile(config, connectors);
      return new Engine(config, clock, Store.open(config.store(), clock), connectors, plans);
    } catch (RuntimeException e) {
      connectors.close();
      throw e;
    }
  }

  public EngineConfig config() {
    return config;
  }

  /** The clock the engine decides "now" by. */
  public InstantSource clock() {
    return clock;
  }

  public Store store() {
    return store;
  }

  public Map<String, FlowPlan> plans() {
    return plans;
  }

  public ConnectorRegistry connectors() {
    return connectors;
  }

  /** Each connection's last contact and rate-limit state, for health checks and the admin API. */
  public ConnectionContacts contacts() {
    return contacts;
  }

  /** Webhook intake for the HTTP server: verify, record events and jobs, answer fast. */
  public WebhookIntakeService webhooks() {
    return new WebhookIntakeService(store, connectors::get, plans.values(), config.engine().node());
  }

  public Poller poller() {
    return new Poller(store, plans.values());
  }

  /** Starts workers for the given flows (empty = all) with a listener for each finished step. */
  public WorkerPool startWorkers(Set<String> flows, Consumer<StepReport> listener) {
    String owner = config.engine().node();
    var runner = new JobRunner(store, plans, clock, owner, listener);
    var pool =
        new WorkerPool(store, runner, owner, config.engine().lease(), flows)
            .start(config.engine().workers());
    running.add(pool);
    return pool;
  }

  /** Fires due rights timers (embargo ends, licence expiries) into jobs. */
  public RightsClock rightsClock() {
    return new RightsClock(store, plans.values(), clock);
  }

  /** Polls every source that feeds a flow, every poll interval, until closed. */
  public void startPolling() {
    startPolling(() -> {}, () -> {});
  }

  /**
   * As {@link #startPolling()}, running {@code beforeRound} before each round (rights timers, then
   * one poll of every source) and {@code afterRound} after it: a caller can tell a round that found
   * nothing new (the demo's first pass is over then).
   */
  public void startPolling(Runnable beforeRound, Runnable afterRound) {
    Set<ChangeSource> sources = new LinkedHashSet<>();
    plans.values().forEach(p -> sources.addAll(p.changeSources()));
    Poller poller = poller();
    CountDownLatch stop = new CountDownLatch(1);
    Thread thread =
        Thread.ofVirtual()
            .name("poller")
            .start(() -> pollLoop(poller, sources, stop, beforeRound, afterRound));
    running.add(
        () -> {
          stop.countDown(); // no interrupt: it would close an H2 file database mid-write
          thread.join(Duration.ofSeconds(30));
        });
  }

  private void pollLoop(
      Poller poller,
      Set<ChangeSource> sources,
      CountDownLatch stop,
      Runnable beforeRound,
      Runnable afterRound) {
    while (stop.getCount() > 0) {
      Duration wait = config.engine().pollInterval();
      tell(beforeRound);
      fireRightsTimers();
      for (ChangeSource source : sources) {
        try {
          var result = poller.poll(source, null);
          if (result.jobs() > 0) {
            LOG.info(
                "{}: {} change(s), {} new job(s)",
                source.connectionName(),
                result.changes(),
                result.jobs());
          }
        } catch (io.assetbridge.spi.RetryableException e) {
          LOG.warn("polling {} failed; trying again: {}", source.connectionName(), e.getMessage());
          if (e.retryAfter() != null && e.retryAfter().compareTo(wait) > 0) {
            wait = e.retryAfter();
          }
        } catch (RuntimeException e) {
          LOG.warn(
              "polling {} failed; trying again next interval: {}",
              source.connectionName(),
              e.getMessage());
        }
      }
      tell(afterRound);
      try {
        if (stop.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void tell(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      LOG.warn("a poll round listener failed: {}", e.getMessage());
    }
  }

  private void fireRightsTimers() {
    try {
      int jobs = rightsClock().fireDue();
      if (jobs > 0) {
        LOG.info("rights timers: {} new job(s)", jobs);
      }
    } catch (RuntimeException e) {
      LOG.warn("firing rights timers failed; trying again next interval: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    for (AutoCloseable c : running) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("stopping {} failed: {}", c, e.getMessage());
      }
    }
    connectors.close();
    store.close();
  }
}
