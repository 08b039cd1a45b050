package io.assetbridge.emulator.photoshelter.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.auth.Sessions;
import io.assetbridge.emulator.photoshelter.faults.FaultInjector;
import io.assetbridge.emulator.photoshelter.faults.FaultSettings;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.journal.Journal;
import io.assetbridge.emulator.photoshelter.state.Container;
import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Settings;
import io.assetbridge.emulator.photoshelter.state.Tree;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code POST /_emulator/reset}: wipes data, sessions, journal and faults; applies settings. */
public final class ResetHandler implements Handler {

  private static final Set<String> KEYS =
      Set.of(
          "api_key",
          "email",
          "password",
          "org_id",
          "org_name",
          "user_id",
          "tz",
          "oauth_token",
          "session_idle_s");
  private final Library library;
  private final Sessions sessions;
  private final Journal journal;
  private final FaultInjector faults;

  public ResetHandler(Library library, Sessions sessions, Journal journal, FaultInjector faults) {
    this.library = library;
    this.sessions = sessions;
    this.journal = journal;
    this.faults = faults;
  }

  @Override
  public void handle(Context ctx) {
    Settings settings = settings(AdminBody.read(ctx, KEYS));
    library.reset(settings);
    sessions.expireAll();
    journal.reset();
    faults.replace(FaultSettings.defaults());
    Json.send(ctx, 200, summary(settings));
  }

  private static Settings settings(JsonNode body) {
    Settings d = Settings.defaults();
    try {
      return new Settings(
          AdminBody.text(body, "api_key", d.apiKey()),
          AdminBody.text(body, "email", d.email()),
          AdminBody.text(body, "password", d.password()),
          AdminBody.text(body, "org_id", d.orgId()),
          AdminBody.text(body, "org_name", d.orgName()),
          AdminBody.text(body, "user_id", d.userId()),
          ZoneId.of(AdminBody.text(body, "tz", d.tz().getId())),
          AdminBody.text(body, "oauth_token", d.oauthToken()),
          body.path("session_idle_s").asLong(d.sessionIdleSeconds()));
    } catch (DateTimeException e) {
      throw ApiException.badParam("tz: " + e.getMessage());
    }
  }

  private Map<String, Object> summary(Settings s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("api_key", s.apiKey());
    r.put("email", s.email());
    r.put("password", s.password());
    r.put("org_id", s.orgId());
    r.put("org_name", s.orgName());
    r.put("user_id", s.userId());
    r.put("tz", s.tz().getId());
    r.put("oauth_token", s.oauthToken());
    r.put("session_idle_s", s.sessionIdleSeconds());
    Container library = this.library.tree().children(Tree.ROOT).get(0);
    r.put("collection_id", library.id());
    Map<String, Object> galleries = new LinkedHashMap<>();
    this.library.tree().children(library.id()).forEach(g -> galleries.put(g.name(), g.id()));
    r.put("galleries", galleries);
    Map<String, Object> fields = new LinkedHashMap<>();
    this.library.fields().forEach(f -> fields.put(f.name(), field(f)));
    r.put("custom_fields", fields);
    return r;
  }

  private static Map<String, Object> field(CustomField field) {
    Map<String, Object> options = new LinkedHashMap<>();
    field.options().forEach(o -> options.put(o.name(), o.id()));
    return Map.of("id", field.id(), "options", options);
  }
}
