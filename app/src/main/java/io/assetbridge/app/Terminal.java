package io.assetbridge.app;

import java.io.Console;

/** Whether standard output is an interactive terminal, where progress can be redrawn in place. */
final class Terminal {
  private Terminal() {}

  static boolean attached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // since JDK 22 System.console() is non-null even when redirected; isTerminal() tells
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}
