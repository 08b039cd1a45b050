package io.assetbridge.app.admin;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the admin API: method, path, what it does and which query parameters it takes;
 * the OpenAPI document is written from these.
 */
public record AdminRoute(
    HandlerType method, String path, String summary, List<Param> query, Handler handler) {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  /** A query parameter and what it means. */
  public record Param(String name, String description) {}

  public AdminRoute {
    query = List.copyOf(query);
  }

  /** The names of the path's {@code {param}} segments, in order. */
  public List<String> pathParams() {
    Matcher m = PATH_PARAM.matcher(path);
    return m.results().map(r -> r.group(1)).toList();
  }
}
