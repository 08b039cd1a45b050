package io.assetbridge.app.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The dashboard as a browser without scripts sees it: routes, forms, cookies, no redirects. */
record DashboardClient(String url, HttpClient http) {
  DashboardClient(String url) {
    this(url, HttpClient.newHttpClient()); // follows no redirects
  }

  /** {@code route} is "METHOD /path"; path parameters such as {id} become 1. */
  HttpResponse<String> send(String route, String cookie, String form) throws Exception {
    String[] parts = route.split(" ");
    var request =
        HttpRequest.newBuilder(URI.create(url + parts[1].replaceAll("\\{[^}]+}", "1")))
            .method(
                parts[0],
                form == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(form));
    if (form != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in with the token; returns the session cookie as a Cookie header value. */
  String signIn(String token) throws Exception {
    HttpResponse<String> answer =
        send("POST /login", null, "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    return answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }
}
