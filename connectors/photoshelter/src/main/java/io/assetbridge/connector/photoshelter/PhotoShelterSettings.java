package io.assetbridge.connector.photoshelter;

import io.assetbridge.connector.http.HttpLimits;
import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.connector.photoshelter.client.Login;
import io.assetbridge.connector.photoshelter.read.TagSources;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A checked {@code photoshelter} connection; bad values fail with the setting's name and a fix. */
public record PhotoShelterSettings(
    String connection,
    URI baseUrl,
    Secret apiKey,
    Login login,
    ApprovalRule approval,
    TagSources tags,
    Instant startAt,
    Duration overlap,
    String uploadGallery,
    HttpLimits limits,
    InstantSource clock) {

  public static PhotoShelterSettings from(ConnectionSettings s) {
    ApprovalRule approval =
        ApprovalRule.from(
            s.has("approval") ? s.map("approval") : SettingDefinitions.DEFAULT_APPROVAL);
    return new PhotoShelterSettings(
        s.name(),
        SettingValues.baseUrl(s.string("baseUrl")),
        SettingValues.required(s, "apiKey"),
        login(s),
        approval,
        TagSources.from(s.map("tags"), approval.customField()),
        SettingValues.instant(s, "startAt", Instant.EPOCH),
        SettingValues.overlap(s),
        s.string("uploadGallery"),
        HttpLimits.from(s),
        s.clock() == null ? InstantSource.system() : s.clock());
  }

  private static Login login(ConnectionSettings s) {
    String email = blankToNull(s.string("email"));
    Secret password = s.secret("password");
    Secret oauth = s.secret("oauthToken");
    String orgId = blankToNull(s.string("orgId"));
    if (oauth != null && (email != null || password != null)) {
      throw new IllegalArgumentException(
          "settings email/password and oauthToken exclude each other; keep one way to sign in");
    }
    if (oauth == null && (email == null || password == null)) {
      throw new IllegalArgumentException(
          "setting "
              + (email == null ? "email" : "password")
              + " is missing; set email and"
              + " password, or oauthToken with orgId");
    }
    if (oauth != null && orgId == null) {
      throw new IllegalArgumentException(
          "setting orgId is required with oauthToken (the O0000… id of the organisation)");
    }
    return new Login(email, password, orgId, oauth);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public String toString() {
    return "PhotoShelterSettings[" + connection + ", " + baseUrl + ", " + approval + "]";
  }
}
