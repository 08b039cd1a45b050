package io.assetbridge.store;

import io.assetbridge.store.internal.Dialect;
import io.assetbridge.store.internal.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * One open transaction; the sub-stores all work on its connection. Not thread-safe; never escape
 * the lambda.
 */
public final class Tx {
  private final Sql sql;
  private final InstantSource clock;

  Tx(Connection connection, Dialect dialect, InstantSource clock) {
    this.sql = new Sql(connection, dialect);
    this.clock = clock;
  }

  public CursorStore cursors() {
    return new CursorStore(sql, this);
  }

  public EventStore events() {
    return new EventStore(sql, this);
  }

  public JobQueue jobs() {
    return new JobQueue(sql, this);
  }

  public LinkStore links() {
    return new LinkStore(sql, this);
  }

  public SentDistributions distributions() {
    return new SentDistributions(sql, this);
  }

  public ConflictStore conflicts() {
    return new ConflictStore(sql, this);
  }

  public RightsTimers rightsTimers() {
    return new RightsTimers(sql, this);
  }

  public FlowSwitches flowSwitches() {
    return new FlowSwitches(sql, this);
  }

  public BlockedNotices blockedNotices() {
    return new BlockedNotices(sql, this);
  }

  public DashboardSessions dashboardSessions() {
    return new DashboardSessions(sql, this);
  }

  public AuditLog audit() {
    return new AuditLog(sql, this);
  }

  /**
   * The store clock's time, cut to microseconds: what both databases keep, so it reads back equal.
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  void end() {
    sql.end();
  }
}
