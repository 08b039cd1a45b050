package io.assetbridge.store.internal;

import io.assetbridge.store.StoreException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A JDBC URL the store accepts, with the dialect it implies and a form safe to show (no password).
 * H2 URLs get durable defaults unless they set them: WRITE_DELAY=0 so a commit reaches the file
 * before it returns (the default 500 ms delay loses recent commits on kill -9), and a lock timeout
 * long enough for busy claimers and audit appenders.
 */
public record DatabaseUrl(String jdbcUrl, String shown, Dialect dialect) {
  public static final String H2_EXAMPLE = "jdbc:h2:file:./data/assetbridge";
  public static final String POSTGRES_EXAMPLE = "jdbc:postgresql://localhost:5432/assetbridge";
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new StoreException(
          "No database URL given: use " + H2_EXAMPLE + " (embedded) or " + POSTGRES_EXAMPLE);
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return new DatabaseUrl(withH2Defaults(url, lower), redact(url), new H2Dialect());
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(url, redact(url), new PostgresDialect());
    }
    throw new StoreException(
        "Unsupported database URL '"
            + redact(url)
            + "': assetbridge keeps its state in H2 ("
            + H2_EXAMPLE
            + ") or PostgreSQL ("
            + POSTGRES_EXAMPLE
            + ")");
  }

  public static String redact(String url) {
    String hidden = PASSWORD.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(hidden).replaceAll("//***@");
  }

  private static String withH2Defaults(String url, String lower) {
    String result = url;
    if (!lower.startsWith("jdbc:h2:mem:") && !lower.contains(";write_delay=")) {
      result += ";WRITE_DELAY=0";
    }
    if (!lower.contains(";lock_timeout=")) {
      result += ";LOCK_TIMEOUT=10000";
    }
    return result;
  }
}
