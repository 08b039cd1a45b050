package io.assetbridge.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/** {@code --json} output: one JSON object per line (JSON Lines), instants as ISO-8601 text. */
final class JsonLines {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(
              new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance))
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private final PrintWriter out;

  JsonLines(PrintWriter out) {
    this.out = out;
  }

  synchronized void write(Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
