package io.assetbridge.core.config;

import java.util.regex.Pattern;

/**
 * Quotes a {@code ${VAR}} that stands alone as a value outside quotes, before the YAML is parsed:
 * inside {@code { }} its braces are YAML syntax, and DESIGN.md's own example writes {@code
 * adminToken: ${ASSETBRIDGE_ADMIN_TOKEN} }} there. Substitution happens after parsing, on scalars,
 * so the quoted form means the same; a placeholder within a longer value is left alone.
 */
final class BarePlaceholders {
  // "key: |", "key: >-", "- |2" and the like, maybe followed by a comment
  private static final Pattern BLOCK_START =
      Pattern.compile("(^|[:\\-]\\s)[|>][0-9+-]*\\s*(#.*)?$");

  private BarePlaceholders() {}

  static String quote(String yaml) {
    StringBuilder out = new StringBuilder(yaml.length() + 16);
    int blockIndent = -1; // inside a literal or folded block: its text is not YAML syntax
    for (String line : yaml.lines().toList()) {
      int indent = indent(line);
      if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
        out.append(line).append('\n');
        continue;
      }
      blockIndent = BLOCK_START.matcher(line).find() ? indent : -1;
      out.append(quoteLine(line)).append('\n');
    }
    if (!yaml.endsWith("\n") && !out.isEmpty()) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String quoteLine(String line) {
    StringBuilder out = new StringBuilder(line.length());
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
          out.append(line.charAt(++i));
        }
        continue;
      }
      if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return out.append(line, i, line.length()).toString(); // a comment
      }
      if ((c == '"' || c == '\'') && startsScalar(line, i)) {
        quote = c;
      }
      int end = c == '$' ? placeholderEnd(line, i) : -1;
      if (end > 0 && startsScalar(line, i) && endsScalar(line, end)) {
        out.append('"').append(line, i, end).append('"');
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The index after the placeholder's closing brace, or -1. */
  private static int placeholderEnd(String line, int at) {
    if (!line.startsWith("${", at)) {
      return -1;
    }
    int close = line.indexOf('}', at + 2);
    return close < 0 ? -1 : close + 1;
  }

  /** Whether a scalar starts here: after "key: ", "- ", "[", "{" or ",", or at the line's start. */
  private static boolean startsScalar(String line, int at) {
    int i = at - 1;
    while (i >= 0 && line.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char before = line.charAt(i);
    return before == '['
        || before == '{'
        || before == ','
        || ((before == ':' || before == '-') && i < at - 1);
  }

  private static boolean endsScalar(String line, int end) {
    int i = end;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i == line.length()
        || line.charAt(i) == ','
        || line.charAt(i) == '}'
        || line.charAt(i) == ']'
        || (line.charAt(i) == '#' && i > end);
  }
}
