package io.assetbridge.core.sync;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Rights;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One canonical field a two-way flow keeps equal: its value as read, and a comparable form at the
 * precision both platforms keep (NetX stores a licence expiry as a date and an embargo in whole
 * seconds), so a value that only lost precision on the way is not mistaken for an edit.
 */
enum SyncedField {
  USAGE_TERMS("usageTerms"),
  EXPIRES_AT("expiresAt"),
  EMBARGO_UNTIL("embargoUntil"),
  TERRITORIES("territories"),
  STATUS("status");

  final String canonical;

  SyncedField(String canonical) {
    this.canonical = canonical;
  }

  static SyncedField of(String canonical) {
    for (SyncedField f : values()) {
      if (f.canonical.equals(canonical)) {
        return f;
      }
    }
    throw new IllegalArgumentException("not a two-way field: " + canonical);
  }

  /** The value as the asset holds it, ready to write to the other side. */
  Object value(Asset asset) {
    Rights r = asset.rights();
    return switch (this) {
      case USAGE_TERMS -> r == null || blank(r.usageTerms()) ? null : r.usageTerms().strip();
      case EXPIRES_AT -> r == null ? null : r.expiresAt();
      case EMBARGO_UNTIL -> r == null ? null : r.embargoUntil();
      case TERRITORIES -> r == null || r.territories() == null ? List.of() : r.territories();
      case STATUS -> asset.status() == null ? null : asset.status().name();
    };
  }

  /** The value's comparable text; null for no value. */
  String comparable(Asset asset) {
    return comparableOf(value(asset));
  }

  /** The comparable text of a value of this field. */
  String comparableOf(Object v) {
    return switch (this) {
      case EXPIRES_AT ->
          v == null ? null : LocalDate.ofInstant((Instant) v, ZoneOffset.UTC).toString();
      case EMBARGO_UNTIL -> v == null ? null : roundUp((Instant) v).toString();
      case TERRITORIES -> {
        TreeSet<String> codes = new TreeSet<>();
        ((List<?>) v).forEach(t -> codes.add(String.valueOf(t).strip().toUpperCase(Locale.ROOT)));
        yield codes.isEmpty() ? null : String.join(",", codes);
      }
      default -> v == null ? null : v.toString();
    };
  }

  private static Instant roundUp(Instant t) {
    Instant s = t.truncatedTo(ChronoUnit.SECONDS);
    return s.equals(t) ? s : s.plusSeconds(1);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
