package io.assetbridge.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * How log lines look on stderr: {@code text} (logback.xml's one-line pattern) or {@code json}, one
 * JSON object per line with the job's {@code flow}, {@code job} and {@code asset} as fields.
 */
enum LogFormat {
  TEXT,
  JSON;

  /** Replaces the root logger's appenders; logger levels from logback.xml stay. */
  void apply() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    if (this == TEXT) {
      restoreText(context); // a JSON command earlier in this JVM (tests) must not linger
      return;
    }
    LogstashEncoder encoder = new LogstashEncoder();
    encoder.setContext(context);
    encoder.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    root.addAppender(stderr(context, encoder));
  }

  private static void restoreText(LoggerContext context) {
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (!(root.getAppender("ERR") instanceof ConsoleAppender<ILoggingEvent> console)
        || !(console.getEncoder() instanceof LogstashEncoder)) {
      return; // logback.xml's text format is in place
    }
    try {
      context.reset();
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(LogFormat.class.getResource("/logback.xml"));
    } catch (JoranException e) {
      throw new IllegalStateException("logback.xml in the jar does not load: " + e, e);
    }
  }

  private static StderrAppender stderr(LoggerContext context, Encoder<ILoggingEvent> encoder) {
    StderrAppender appender = new StderrAppender();
    appender.setContext(context);
    appender.setName("ERR");
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }
}
