package io.assetbridge.app.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code GET /api/openapi.json}: an OpenAPI 3.1 description written from the route table, so it
 * lists exactly the routes served; a test holds Javalin's own route table against it.
 */
final class OpenApiDocument implements Handler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Supplier<List<AdminRoute>> routes;

  /** {@code routes} is read at each request: the table this document is itself part of. */
  OpenApiDocument(Supplier<List<AdminRoute>> routes) {
    this.routes = routes;
  }

  @Override
  public void handle(Context ctx) {
    ctx.contentType("application/json").result(write(routes.get()));
  }

  static String write(List<AdminRoute> routes) {
    ObjectNode root = JSON.createObjectNode().put("openapi", "3.1.0");
    root.putObject("info")
        .put("title", "assetbridge admin API")
        .put("version", "1")
        .put("description", "Every route needs 'Authorization: Bearer <server.adminToken>'.");
    root.putArray("security").addObject().putArray("bearer");
    root.putObject("components")
        .putObject("securitySchemes")
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer");
    ObjectNode paths = root.putObject("paths");
    for (AdminRoute route : routes) {
      ObjectNode path = (ObjectNode) paths.get(route.path());
      if (path == null) {
        path = paths.putObject(route.path());
      }
      operation(path.putObject(route.method().name().toLowerCase(Locale.ROOT)), route);
    }
    return root.toPrettyString();
  }

  private static void operation(ObjectNode op, AdminRoute route) {
    op.put("summary", route.summary());
    ArrayNode params = op.putArray("parameters");
    for (String name : route.pathParams()) {
      param(params, name, "path", null).put("required", true);
    }
    for (AdminRoute.Param p : route.query()) {
      param(params, p.name(), "query", p.description());
    }
    ObjectNode responses = op.putObject("responses");
    responses.putObject("200").put("description", "done");
    responses.putObject("400").put("description", "a parameter is wrong; the error says which");
    responses.putObject("401").put("description", "no or wrong bearer token");
  }

  private static ObjectNode param(ArrayNode params, String name, String in, String description) {
    ObjectNode p = params.addObject().put("name", name).put("in", in);
    if (description != null) {
      p.put("description", description);
    }
    p.putObject("schema").put("type", "string");
    return p;
  }
}
