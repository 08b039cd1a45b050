package io.assetbridge.core.config;

import java.util.List;

/**
 * A route: a CEL condition (null = always) and where matching assets go (one or several targets).
 */
public record RouteConfig(FlowConfig.Expression when, List<Target> targets, ConfigNode node) {

  /**
   * One distribution: a list (id or name) or recipients, a channel, an optional rendition and
   * message; {@code redistribute} sends again whenever the source version changes.
   */
  public record Target(
      String list,
      List<String> recipients,
      String channel,
      String rendition,
      String message,
      boolean redistribute,
      String gallery) {

    /** What identifies this target for "distributed once" bookkeeping. */
    public String key() {
      return "list="
          + (list == null ? "" : list)
          + "|recipients="
          + String.join(",", recipients)
          + "|channel="
          + channel
          + "|rendition="
          + (rendition == null ? "original" : rendition);
    }
  }
}
