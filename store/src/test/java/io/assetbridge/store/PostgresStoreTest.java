package io.assetbridge.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The store contract on the local PostgreSQL (database test, user postgres), in a schema of its own
 * that is dropped afterwards. An unreachable server fails the tests; they never skip.
 */
class PostgresStoreTest extends StoreContract {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private final List<String> schemas = new ArrayList<>();
  private String url;

  @Override
  String url() {
    if (url == null) {
      url = freshUrl("store");
    }
    return url;
  }

  @Override
  public String freshUrl(String name) {
    String schema = "assetbridge_" + name + "_" + UUID.randomUUID().toString().substring(0, 8);
    admin("CREATE SCHEMA " + schema);
    schemas.add(schema);
    return SERVER + "&currentSchema=" + schema;
  }

  @AfterAll
  void dropSchemas() {
    schemas.forEach(schema -> admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
  }

  private static void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER)) {
      connection.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(
          "PostgreSQL on 127.0.0.1:5432 (database test, user postgres) is not reachable ("
              + e.getMessage()
              + "). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql)"
              + " main start",
          e);
    }
  }
}
