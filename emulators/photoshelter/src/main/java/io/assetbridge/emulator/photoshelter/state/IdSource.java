package io.assetbridge.emulator.photoshelter.state;

import java.util.Random;
import java.util.function.Predicate;

/**
 * Makes 16-character ids: a 5-character type prefix plus 11 of {@code [A-Za-z0-9._]}. Every tenth
 * id is forced to hold a '.' or '_' so clients that split ids on them fail early.
 */
public final class IdSource {

  public static final String IMAGE = "I0000";
  public static final String GALLERY = "G0000";
  public static final String COLLECTION = "C0000";
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

  private final Random random;
  private long counter;

  public IdSource(long seed) {
    this.random = new Random(seed);
  }

  /** The next id with {@code prefix} that {@code taken} does not yet hold. */
  public synchronized String next(String prefix, Predicate<String> taken) {
    String id;
    do {
      id = draw(prefix);
    } while (taken.test(id));
    return id;
  }

  private String draw(String prefix) {
    char[] tail = new char[11];
    for (int i = 0; i < tail.length; i++) {
      tail[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    if (counter++ % 10 == 0) {
      tail[1 + random.nextInt(9)] = random.nextBoolean() ? '.' : '_';
    }
    return prefix + new String(tail);
  }
}
