package io.assetbridge.store.internal;

/** The embedded default: the portable paths (duplicate errors caught, compare-and-swap claims). */
public final class H2Dialect implements Dialect {
  private final JobClaims claims = new VersionSwapClaims();

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public String insertIgnoringDuplicates(String insert, String conflictColumns) {
    return insert;
  }

  @Override
  public boolean survivesFailedStatement() {
    return true;
  }

  @Override
  public JobClaims claims() {
    return claims;
  }
}
