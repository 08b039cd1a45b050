package io.assetbridge.store.internal;

/** What differs between the databases the store runs on; everything else is shared SQL. */
public interface Dialect {
  /** "h2" or "postgresql". */
  String name();

  /** The insert made to skip rows that collide on {@code conflictColumns} without an error. */
  String insertIgnoringDuplicates(String insert, String conflictColumns);

  /**
   * True when a failed statement leaves the transaction usable (H2), so a duplicate-key error can
   * be caught; PostgreSQL aborts the whole transaction instead.
   */
  boolean survivesFailedStatement();

  /** How due jobs are claimed. */
  JobClaims claims();
}
