package io.assetbridge.connector.photoshelter;

import io.assetbridge.connector.http.HttpLimits;
import io.assetbridge.spi.SettingDef;
import io.assetbridge.spi.SettingType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every setting a {@code photoshelter} connection understands, with its documentation. */
public final class SettingDefinitions {
  private SettingDefinitions() {}

  public static final Map<String, Object> DEFAULT_APPROVAL =
      Map.of("by", "custom-metadata", "field", "Approval Status", "approved", "Approved");

  public static final List<SettingDef> ALL =
      List.of(
          SettingDef.required(
              "baseUrl",
              SettingType.STRING,
              "PhotoShelter base URL, https://www.photoshelter.com in production"),
          SettingDef.required("apiKey", SettingType.SECRET, "PhotoShelter API key"),
          SettingDef.optional(
              "email", SettingType.STRING, null, "login email (with password; or use oauthToken)"),
          SettingDef.optional("password", SettingType.SECRET, null, "login password"),
          SettingDef.optional(
              "orgId",
              SettingType.STRING,
              null,
              "organisation id (O0000…); optional with email+password when the user is a full"
                  + " member of exactly one organisation, required with oauthToken"),
          SettingDef.optional(
              "oauthToken",
              SettingType.SECRET,
              null,
              "a ready OAuth access token, instead of email+password; cannot be renewed"),
          SettingDef.optional(
              "approval",
              SettingType.MAP,
              DEFAULT_APPROVAL,
              "how approval is marked: {by: custom-metadata, field: \"Approval Status\", approved:"
                  + " \"Approved\"}, {by: gallery, gallery: \"Approved\"} or {by: rating, min: 4};"
                  + " add rescan: false to skip listing the approved set on each poll"),
          SettingDef.optional(
              "tags",
              SettingType.MAP,
              null,
              "tag name → \"custom:<Field Name>\" or \"iptc:<key>\"; by default every custom"
                  + " metadata field not used for approval is a tag named in lower case with"
                  + " underscores for spaces"),
          SettingDef.optional(
              "startAt",
              SettingType.INSTANT,
              Instant.EPOCH,
              "where the first change listing starts (ISO-8601 instant)"),
          SettingDef.optional(
              "overlap",
              SettingType.DURATION,
              Duration.ofSeconds(300),
              "how far each change listing reaches back before the saved cursor"),
          SettingDef.optional(
              "uploadGallery",
              SettingType.STRING,
              null,
              "gallery (name or id) new uploads go to when the mapping names no gallery field;"
                  + " an upload with neither fails"),
          HttpLimits.SETTING);
}
