package io.assetbridge.core.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${NAME}} and {@code ${NAME:-default}} with environment values. */
public record EnvSubstitution(Map<String, String> environment) {
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

  public static EnvSubstitution system() {
    return new EnvSubstitution(System.getenv());
  }

  public String substitute(String text, ConfigNode where) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = environment.get(m.group(1));
      if (value == null) {
        value = m.group(3);
      }
      if (value == null) {
        throw ConfigException.at(
            where,
            "environment variable " + m.group(1) + " is not set",
            "export " + m.group(1) + "=… before starting, or write ${" + m.group(1) + ":-default}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
