package io.assetbridge.connector.photoshelter.approval;

import io.assetbridge.spi.AssetStatus;
import java.util.Locale;

/** Option names ⇄ canonical status (§8): Draft, In Review, Approved, Archived, Expired. */
public final class StatusNames {
  private StatusNames() {}

  /** The status an option names, or null for an option that names none. */
  public static AssetStatus fromOption(String option) {
    String key = option.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    try {
      return AssetStatus.valueOf(key);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** The option name for a status; APPROVED uses the connection's configured option. */
  public static String toOption(AssetStatus status, String approvedOption) {
    return switch (status) {
      case DRAFT -> "Draft";
      case IN_REVIEW -> "In Review";
      case APPROVED -> approvedOption;
      case ARCHIVED -> "Archived";
      case EXPIRED -> "Expired";
    };
  }
}
