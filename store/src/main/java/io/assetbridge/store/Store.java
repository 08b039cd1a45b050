package io.assetbridge.store;

import com.zaxxer.hikari.HikariDataSource;
import io.assetbridge.store.internal.Database;
import io.assetbridge.store.internal.DatabaseUrl;
import io.assetbridge.store.internal.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The engine's database: an H2 file (the embedded default) or PostgreSQL, migrated on open. All
 * work happens in transactions; every "now" the store decides comes from the clock given here.
 */
public final class Store implements AutoCloseable {
  /** The embedded default: a file database under the working directory. */
  public static final String DEFAULT_URL = DatabaseUrl.H2_EXAMPLE;

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final InstantSource clock;
  private final String shownUrl;

  private Store(HikariDataSource pool, DatabaseUrl url, InstantSource clock) {
    this.pool = pool;
    this.dialect = url.dialect();
    this.clock = clock;
    this.shownUrl = url.shown();
  }

  /** Opens with the user and password (if any) given in the URL. */
  public static Store open(String jdbcUrl, InstantSource clock) {
    return open(jdbcUrl, null, null, clock);
  }

  /** Opens with a separate user and password, so the password need not sit in the URL. */
  public static Store open(String jdbcUrl, String user, String password, InstantSource clock) {
    Objects.requireNonNull(clock, "clock");
    DatabaseUrl url = DatabaseUrl.parse(jdbcUrl);
    return new Store(Database.open(url, user, password), url, clock);
  }

  /** Runs work in one transaction: commit on return, rollback on exception (rethrown as is). */
  public <T> T inTransaction(Function<Tx, T> work) {
    try (Connection connection = connection()) {
      Tx tx = new Tx(connection, dialect, clock);
      try {
        T result = work.apply(tx);
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        tx.end();
      }
    } catch (SQLException e) {
      throw new StoreException("A transaction on " + shownUrl + " failed: " + e.getMessage(), e);
    }
  }

  /** {@link #inTransaction} for work without a result. */
  public void run(Consumer<Tx> work) {
    inTransaction(
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /** "h2" or "postgresql". */
  public String dialectName() {
    return dialect.name();
  }

  @Override
  public void close() {
    pool.close();
  }

  private Connection connection() throws SQLException {
    if (pool.isClosed()) {
      throw new StoreException("The store for " + shownUrl + " is closed");
    }
    return pool.getConnection();
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
