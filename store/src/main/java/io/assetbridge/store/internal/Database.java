package io.assetbridge.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.assetbridge.store.StoreException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the connection pool and brings the schema up to date; failures name the URL and a fix. An
 * H2 file migrates under {@link H2MigrationGuard}, since H2 cannot roll back DDL a crash cut off.
 */
public final class Database {
  private static final int H2_FILE_IN_USE = 90020;

  private Database() {}

  public static HikariDataSource open(DatabaseUrl url, String user, String password) {
    Supplier<HikariDataSource> connect = () -> connect(url, user, password);
    return H2StoreFiles.of(url.jdbcUrl())
        .map(files -> new H2MigrationGuard(files, inUse(url)).open(connect, p -> migrated(p, url)))
        .orElseGet(() -> migrated(connect.get(), url));
  }

  private static HikariDataSource migrated(HikariDataSource pool, DatabaseUrl url) {
    try {
      SchemaMigrations.on(pool).migrate();
      return pool;
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException(
          "Could not migrate the database at "
              + url.shown()
              + " to this version's schema: "
              + e.getMessage()
              + ". If a newer assetbridge already used this database, run that version.",
          e);
    }
  }

  private static HikariDataSource connect(DatabaseUrl url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("assetbridge-store");
    config.setJdbcUrl(url.jdbcUrl());
    config.setUsername(user);
    config.setPassword(password);
    config.setAutoCommit(false);
    config.setMaximumPoolSize(10);
    config.setConnectionTimeout(30_000);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(cannotConnect(url, rootCause(e)), e);
    }
  }

  private static String cannotConnect(DatabaseUrl url, Throwable cause) {
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    String why = message.strip().replaceAll("\\.+$", "");
    if (cause instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE) {
      return inUse(url);
    }
    String fix =
        url.dialect() instanceof PostgresDialect
            ? "Check that PostgreSQL is running and reachable, and that the database, user and"
                + " password are right."
            : "Check that the directory is writable and the file is an assetbridge H2 database.";
    return "Cannot open the database at " + url.shown() + ": " + why + ". " + fix;
  }

  private static String inUse(DatabaseUrl url) {
    return "The database "
        + url.shown()
        + " is in use by another process. Stop the other assetbridge, or give this one its own"
        + " database file.";
  }

  /** The first SQLException in the chain says what the driver saw; else the deepest cause. */
  private static Throwable rootCause(Throwable e) {
    Throwable deepest = e;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return cause;
      }
      deepest = cause;
    }
    return deepest;
  }
}
