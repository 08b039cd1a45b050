package io.assetbridge.app.admin;

import io.assetbridge.core.audit.AuditExport;
import io.assetbridge.store.JobState;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Query parameters read strictly: a bad value is a 400 naming the parameter and the fix. */
final class Params {
  private Params() {}

  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String required(Context ctx, String name, String example) {
    String value = text(ctx, name);
    if (value == null) {
      throw AdminProblem.badRequest("query parameter '" + name + "' is required, e.g. " + example);
    }
    return value;
  }

  static Instant instant(Context ctx, String name) {
    String value = text(ctx, name);
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw AdminProblem.badRequest(
          name + "=" + value + " is not an ISO-8601 instant; write e.g. 2026-01-31T09:00:00Z");
    }
  }

  static int limit(Context ctx, int fallback) {
    String value = text(ctx, "limit");
    try {
      int n = value == null ? fallback : Integer.parseInt(value);
      if (n < 1 || n > 10_000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw AdminProblem.badRequest("limit=" + value + " must be a whole number from 1 to 10000");
    }
  }

  static JobState state(Context ctx) {
    String value = text(ctx, "state");
    try {
      return value == null ? null : JobState.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw AdminProblem.badRequest(
          "state=" + value + " is not a job state; use pending, running, done or dead");
    }
  }

  static AuditExport.Format format(Context ctx) {
    String value = text(ctx, "format");
    try {
      return value == null
          ? AuditExport.Format.JSONL
          : AuditExport.Format.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw AdminProblem.badRequest(
          "format=" + value + " is not an export format; use csv or jsonl");
    }
  }
}
