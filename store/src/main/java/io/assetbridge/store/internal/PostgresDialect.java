package io.assetbridge.store.internal;

/**
 * PostgreSQL: ON CONFLICT DO NOTHING (a failed statement aborts the transaction there), SKIP LOCKED
 * claims.
 */
public final class PostgresDialect implements Dialect {
  private final JobClaims claims = new SkipLockedClaims();

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public String insertIgnoringDuplicates(String insert, String conflictColumns) {
    return insert + " ON CONFLICT (" + conflictColumns + ") DO NOTHING";
  }

  @Override
  public boolean survivesFailedStatement() {
    return false;
  }

  @Override
  public JobClaims claims() {
    return claims;
  }
}
