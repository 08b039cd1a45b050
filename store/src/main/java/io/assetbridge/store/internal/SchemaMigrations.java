package io.assetbridge.store.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The store's schema history: the Flyway migrations under classpath:db/migration. */
final class SchemaMigrations {
  private SchemaMigrations() {}

  static Flyway on(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }
}
