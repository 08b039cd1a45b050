package io.assetbridge.emulator.vip.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 7807 problem; thrown by operations and turned into a response by the pipeline. */
public final class Problem extends RuntimeException {
  private final ProblemType type;
  private final int status;
  private final Map<String, Object> extensions = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private List<FieldError> errors = List.of();

  public Problem(ProblemType type, String detail) {
    this(type, type.status(), detail);
  }

  public Problem(ProblemType type, int status, String detail) {
    super(detail, null, false, false);
    this.type = type;
    this.status = status;
  }

  public static Problem invalid(String detail) {
    return new Problem(ProblemType.INVALID_REQUEST, detail);
  }

  public static Problem invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1 ? describe(errors.getFirst()) : errors.size() + " invalid fields";
    return new Problem(ProblemType.INVALID_REQUEST, detail).errors(errors);
  }

  public static Problem notFound(String what) {
    return new Problem(ProblemType.NOT_FOUND, what + " does not exist");
  }

  private static String describe(FieldError error) {
    return error.field() + ": " + error.message();
  }

  public Problem errors(List<FieldError> list) {
    this.errors = List.copyOf(list);
    return this;
  }

  public Problem with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public ProblemType type() {
    return type;
  }

  public int status() {
    return status;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldError> errors() {
    return errors;
  }

  public ApiResponse toResponse(String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", type.title());
    body.put("status", status);
    body.put("detail", getMessage());
    body.put("instance", instance);
    body.putAll(extensions);
    body.put("errors", errors);
    ApiResponse response =
        new ApiResponse(
            status, Map.of(), "application/problem+json", Json.bytes(body), null, type.uri());
    for (Map.Entry<String, String> header : headers.entrySet()) {
      response = response.header(header.getKey(), header.getValue());
    }
    return response;
  }
}
