package io.assetbridge.store;

import io.assetbridge.testkit.SettableClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The one store contract, run against every database: each backend subclass supplies a URL and a
 * fresh-database factory; the tests themselves live in the contract interfaces this class joins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract
    implements MigrationContract,
        CursorAndEventContract,
        JobQueueContract,
        JobClaimConcurrencyContract,
        LinkContract,
        SentDistributionContract,
        TwoWayContract,
        DashboardSessionContract,
        BlockedNoticeContract,
        AuditContract {
  private static final String[] TABLES = {
    "dashboard_sessions",
    "blocked_notices",
    "conflicts",
    "rights_timers",
    "disabled_flows",
    "link_fields",
    "links",
    "sent_distributions",
    "audit",
    "jobs",
    "job_groups",
    "events",
    "cursors"
  };
  private final SettableClock clock = new SettableClock(START);
  private Store store;
  private Connection raw;

  /** The URL of the database this class's tests share. */
  abstract String url();

  @BeforeAll
  void openStore() {
    store = Store.open(url(), clock);
  }

  @AfterAll
  void closeStore() throws SQLException {
    if (raw != null) {
      raw.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    clock.set(START);
    for (String table : TABLES) {
      execute("DELETE FROM " + table);
    }
    execute("UPDATE audit_head SET last_seq = 0, last_hash = ?", AuditChain.GENESIS);
  }

  @Override
  public Store store() {
    return store;
  }

  @Override
  public SettableClock clock() {
    return clock;
  }

  @Override
  public int execute(String sql, Object... params) {
    try (PreparedStatement statement = raw().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        Object value = params[i];
        statement.setObject(
            i + 1,
            value instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : value);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new AssertionError("test SQL failed: " + sql, e);
    }
  }

  @Override
  public long number(String sql, Object... params) {
    try (PreparedStatement statement = raw().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError("test SQL failed: " + sql, e);
    }
  }

  private Connection raw() throws SQLException {
    if (raw == null) {
      raw = DriverManager.getConnection(url());
    }
    return raw;
  }
}
