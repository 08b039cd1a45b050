package io.assetbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** {@code --log-format}: one line per event, the job's context as fields, switchable both ways. */
class LogFormatTest {
  private static final Logger LOG = LoggerFactory.getLogger("io.assetbridge.test.Job");

  @Test
  void jsonCarriesTheJobContextAsFieldsAndTextComesBack() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Main.commandLine().parseArgs("--log-format", "json", "help");
      MDC.put("flow", "approved-to-vip");
      MDC.put("job", "42");
      MDC.put("asset", "ps:I0001");
      LOG.warn("upload failed\nsecond line", new IllegalStateException("boom"));
      MDC.clear();
      Main.commandLine().parseArgs("--log-format", "text", "help");
      LOG.info("back to text");
    } finally {
      System.setErr(original);
    }

    String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    JsonNode json = new ObjectMapper().readTree(lines[0]);
    assertThat(json.path("message").asText()).isEqualTo("upload failed\nsecond line");
    assertThat(json.path("flow").asText()).isEqualTo("approved-to-vip");
    assertThat(json.path("job").asText()).isEqualTo("42");
    assertThat(json.path("asset").asText()).isEqualTo("ps:I0001");
    assertThat(json.path("stack_trace").asText()).contains("IllegalStateException: boom");
    assertThat(lines[1]).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Job: back to text");
  }
}
