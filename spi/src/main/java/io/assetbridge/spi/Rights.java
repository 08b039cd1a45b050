package io.assetbridge.spi;

import java.time.Instant;
import java.util.List;

/** Usage rights of an asset. Instants are UTC; territories are upper-case codes such as DE. */
public record Rights(
    String usageTerms,
    Instant expiresAt,
    Instant embargoUntil,
    List<String> territories,
    Boolean modelRelease,
    Boolean propertyRelease) {

  public static final Rights NONE = new Rights(null, null, null, List.of(), null, null);

  public Rights {
    territories = territories == null ? List.of() : List.copyOf(territories);
  }
}
