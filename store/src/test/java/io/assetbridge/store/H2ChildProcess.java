package io.assetbridge.store;

import io.assetbridge.testkit.SettableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * A second process for {@link H2ProcessTest}: commits events, says "holding", waits for a line,
 * commits more, says "committed", then waits to be killed.
 */
public final class H2ChildProcess {
  public static void main(String[] args) throws Exception {
    Store store = Store.open(args[0], SettableClock.at("2025-03-01T10:00:00Z"));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    commit(store, "before");
    System.out.println("holding");
    in.readLine();
    commit(store, "after");
    System.out.println("committed");
    in.readLine();
  }

  private static void commit(Store store, String batch) {
    for (int i = 0; i < 20; i++) {
      String version = batch + i;
      store.run(tx -> tx.events().insertIfNew(StoreFixture.change("I1", version)));
    }
  }
}
