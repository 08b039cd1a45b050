package io.assetbridge.core.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.AuditRecord;
import io.assetbridge.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Streams audit records as CSV or JSON Lines, record by record, never all in memory. */
public final class AuditExport {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final String[] COLUMNS = {
    "seq",
    "at",
    "actor",
    "flow",
    "jobId",
    "action",
    "sourceRef",
    "targetRef",
    "outcome",
    "detail",
    "prevHash",
    "hash"
  };

  public enum Format {
    CSV,
    JSONL
  }

  private AuditExport() {}

  /** Writes the records the query selects and returns how many. */
  public static long write(Store store, AuditQuery query, Format format, Writer out) {
    AtomicLong count = new AtomicLong();
    Consumer<AuditRecord> sink = format == Format.CSV ? r -> csvRow(out, r) : r -> jsonLine(out, r);
    if (format == Format.CSV) {
      line(out, String.join(",", COLUMNS));
    }
    store.run(
        tx ->
            tx.audit().stream(
                query,
                r -> {
                  sink.accept(r);
                  count.incrementAndGet();
                }));
    return count.get();
  }

  private static void csvRow(Writer out, AuditRecord r) {
    Object[] values = {
      r.seq(),
      r.at(),
      r.actor(),
      r.flow(),
      r.jobId(),
      r.action(),
      r.sourceRef(),
      r.targetRef(),
      r.outcome(),
      r.detail(),
      r.prevHash(),
      r.hash()
    };
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      row.append(i == 0 ? "" : ",").append(csv(values[i]));
    }
    line(out, row.toString());
  }

  /**
   * RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not run hostile metadata as
   * formulas.
   */
  static String csv(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    boolean quote =
        text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static void jsonLine(Writer out, AuditRecord r) {
    try {
      var node = JSON.createObjectNode();
      node.put("seq", r.seq())
          .put("at", r.at().toString())
          .put("actor", r.actor())
          .put("flow", r.flow());
      node.put("jobId", r.jobId())
          .put("action", r.action())
          .put("sourceRef", r.sourceRef())
          .put("targetRef", r.targetRef());
      node.put("outcome", r.outcome())
          .put("detail", r.detail())
          .put("prevHash", r.prevHash())
          .put("hash", r.hash());
      line(out, JSON.writeValueAsString(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
