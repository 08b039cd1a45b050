package io.assetbridge.emulator.netx.journal;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/** Journals each platform request once it has been answered (or dropped). */
public final class JournalRecorder {

  private static final String START = "netx.start";
  private static final int BODY_LIMIT = 4096;
  private final Journal journal;
  private final Supplier<Set<String>> tokens;

  public JournalRecorder(Journal journal, Supplier<Set<String>> tokens) {
    this.journal = journal;
    this.tokens = tokens;
  }

  public static void start(Context ctx, String rpcMethod) {
    ctx.attribute(START, Instant.now());
    ctx.attribute(RequestFacts.ATTRIBUTE, RequestFacts.none().withRpcMethod(rpcMethod));
  }

  public void record(Context ctx, boolean dropped) {
    Instant start = ctx.attribute(START);
    start = start == null ? Instant.now() : start;
    RequestFacts facts = ctx.attribute(RequestFacts.ATTRIBUTE);
    long ms = Duration.between(start, Instant.now()).toMillis();
    journal.add(
        JournalEntry.in(
            start,
            ctx.method().name(),
            ctx.path(),
            facts == null ? RequestFacts.none() : facts,
            dropped ? null : ctx.statusCode(),
            ms,
            body(ctx)));
  }

  private String body(Context ctx) {
    String text =
        isMultipart(ctx) ? parts(ctx) : new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    for (String token : tokens.get()) {
      text = text.replace(token, "***"); // a token pasted into a body is masked like the header
    }
    return text.length() > BODY_LIMIT ? text.substring(0, BODY_LIMIT) : text;
  }

  private static boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.startsWith("multipart/");
  }

  private static String parts(Context ctx) {
    StringBuilder out = new StringBuilder();
    ctx.formParamMap()
        .forEach((k, v) -> out.append(k).append('=').append(String.join(",", v)).append('\n'));
    for (UploadedFile f : ctx.uploadedFiles()) {
      out.append("<file name=")
          .append(f.filename())
          .append(" bytes=")
          .append(f.size())
          .append(">\n");
    }
    return out.toString();
  }
}
