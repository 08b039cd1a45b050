package io.assetbridge.emulator.vip;

import java.util.Collection;
import java.util.Set;

/** The bearer tokens the emulator accepts; kept across resets (§11). */
public final class Tokens {
  private volatile Set<String> accepted;

  public Tokens(String first) {
    this.accepted = Set.of(first);
  }

  public boolean accepts(String token) {
    return accepted.contains(token);
  }

  public void replace(Collection<String> tokens) {
    this.accepted = Set.copyOf(tokens);
  }
}
