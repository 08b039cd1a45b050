package io.assetbridge.emulator.vip.http;

/**
 * Text limits of §5 and §13.7: lengths count code points; Cc characters other than tab, LF, CR
 * fail.
 */
public final class TextRules {
  private TextRules() {}

  /** Why the text breaks the rules, or null when it does not. */
  public static String violation(String text, int maxCodePoints) {
    int length = text.codePointCount(0, text.length());
    if (length > maxCodePoints) {
      return "must be at most " + maxCodePoints + " characters, is " + length;
    }
    int index = controlCharacterAt(text);
    return index < 0 ? null : "contains a control character at index " + index;
  }

  public static int controlCharacterAt(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }
}
