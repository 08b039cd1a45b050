package io.assetbridge.core.config;

/** A config mistake, worded as {@code file:line: path: what is wrong. Fix: what to do}. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  public static ConfigException at(ConfigNode node, String problem, String fix) {
    return new ConfigException(
        node.where() + ": " + problem + (fix == null ? "" : ". Fix: " + fix));
  }
}
