package io.assetbridge.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Log lines on standard error that step around a progress bar drawn there: the bar is cleared, the
 * line written, the bar drawn again below it. Without a bar on screen it is a plain console
 * appender. Used by logback.xml and by the JSON log format alike.
 */
public final class StderrAppender extends ConsoleAppender<ILoggingEvent> {
  public StderrAppender() {
    setTarget("System.err");
  }

  @Override
  protected void subAppend(ILoggingEvent event) {
    SyncProgress.printLogLine(() -> super.subAppend(event));
  }
}
