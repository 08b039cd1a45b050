package io.assetbridge.connector.vip.internal.distribution;

/** A distribution list as {@code GET /lists} shows it (§6). */
record VipList(String id, String name, long memberCount) {

  @Override
  public String toString() {
    return "'" + name + "' (" + id + ")";
  }
}
