package io.assetbridge.emulator.netx.rpc;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/** The API tokens the tenant accepts; reset keeps them. */
public final class Tokens {

  public static final String DEFAULT = "emulator-token";
  private static final String SCHEME = "apiToken ";
  private final Set<String> accepted = new CopyOnWriteArraySet<>(Set.of(DEFAULT));

  public void replace(Collection<String> tokens) {
    accepted.clear();
    accepted.addAll(tokens);
  }

  public Set<String> accepted() {
    return Set.copyOf(accepted);
  }

  /** Whether an {@code Authorization} header value carries an accepted token. */
  public boolean admits(String header) {
    return header != null
        && header.startsWith(SCHEME)
        && accepted.contains(header.substring(SCHEME.length()).trim());
  }
}
