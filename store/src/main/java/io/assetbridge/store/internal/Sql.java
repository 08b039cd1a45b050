package io.assetbridge.store.internal;

import io.assetbridge.store.StoreException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Runs statements on one transaction's connection: binds parameters (Instants as UTC), maps rows,
 * and turns SQLExceptions into StoreExceptions. Refuses work once its transaction has ended.
 */
public final class Sql {
  private static final String DUPLICATE_KEY = "23505";
  private final Connection connection;
  private final Dialect dialect;
  private volatile boolean open = true;

  public Sql(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Called when the transaction commits or rolls back; later use is a programming error. */
  public void end() {
    open = false;
  }

  public int update(String sql, Object... params) {
    try (PreparedStatement statement = prepare(sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = new ArrayList<>();
    stream(sql, 0, mapper, rows::add, params);
    return rows;
  }

  public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = list(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  public long number(String sql, Object... params) {
    return first(sql, row -> row.getLong(1), params).orElse(0L);
  }

  /** Streams rows to the sink with the given fetch size (0 = driver default). */
  public <T> void stream(
      String sql, int fetchSize, RowMapper<T> mapper, Consumer<T> sink, Object... params) {
    try (PreparedStatement statement = prepare(sql, params)) {
      statement.setFetchSize(fetchSize);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.accept(mapper.map(rows));
        }
      }
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  /** Inserts unless the row collides on conflictColumns; true when a row was added. */
  public boolean insertIgnoringDuplicate(String insert, String conflictColumns, Object... params) {
    String sql = dialect.insertIgnoringDuplicates(insert, conflictColumns);
    try (PreparedStatement statement = prepare(sql, params)) {
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      if (isHarmlessDuplicate(e)) {
        return false;
      }
      throw failed(sql, e);
    }
  }

  /**
   * Updates, else inserts; an insert that loses a race with a concurrent insert of the same key
   * updates after all, so the caller's values win either way.
   */
  public void upsert(
      String update,
      Object[] updateParams,
      String insert,
      String conflictColumns,
      Object[] insertParams) {
    if (update(update, updateParams) == 0
        && !insertIgnoringDuplicate(insert, conflictColumns, insertParams)) {
      update(update, updateParams);
    }
  }

  /** Like {@link #insertIgnoringDuplicate} but returns the new row's generated id column. */
  public OptionalLong insertReturningId(String insert, String conflictColumns, Object... params) {
    String sql = dialect.insertIgnoringDuplicates(insert, conflictColumns);
    try (PreparedStatement statement = connection().prepareStatement(sql, new String[] {"id"})) {
      bind(statement, params);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        return keys.next() ? OptionalLong.of(keys.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      if (isHarmlessDuplicate(e)) {
        return OptionalLong.empty();
      }
      throw failed(sql, e);
    }
  }

  public Array array(String elementType, Object[] values) {
    try {
      return connection().createArrayOf(elementType, values);
    } catch (SQLException e) {
      throw new StoreException("Could not build a database array: " + e.getMessage(), e);
    }
  }

  private boolean isHarmlessDuplicate(SQLException e) {
    return dialect.survivesFailedStatement() && DUPLICATE_KEY.equals(e.getSQLState());
  }

  private PreparedStatement prepare(String sql, Object[] params) throws SQLException {
    PreparedStatement statement = connection().prepareStatement(sql);
    try {
      bind(statement, params);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      if (value instanceof Instant instant) {
        // Cut to what both databases keep, so a value reads back equal to what was written.
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        statement.setObject(i + 1, OffsetDateTime.ofInstant(micros, ZoneOffset.UTC));
      } else if (value instanceof Array array) {
        statement.setArray(i + 1, array);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  private Connection connection() {
    if (!open) {
      throw new IllegalStateException(
          "this transaction has ended; use the Tx only inside the lambda given to the store");
    }
    return connection;
  }

  private static StoreException failed(String sql, SQLException e) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    String statement = flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    return new StoreException(
        "Database statement failed (" + e.getMessage() + "): " + statement, e);
  }
}
