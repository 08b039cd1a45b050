package io.assetbridge.connector.netx;

import io.assetbridge.connector.http.HttpLimits;
import io.assetbridge.spi.SettingDef;
import io.assetbridge.spi.SettingType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Every setting a {@code netx} connection understands, with its documentation. */
public final class SettingDefinitions {
  private SettingDefinitions() {}

  public static final List<SettingDef> ALL =
      List.of(
          SettingDef.required(
              "baseUrl", SettingType.STRING, "NetX tenant URL, e.g. https://dam.example.com"),
          SettingDef.required(
              "token",
              SettingType.SECRET,
              "API token (User menu › Settings › Integrations); acts with that user's permissions"),
          SettingDef.optional(
              "webhookSecret",
              SettingType.SECRET,
              null,
              "secret shown when the NetX webhook was created; needed to accept webhooks"),
          SettingDef.optional(
              "attributes",
              SettingType.MAP,
              AttributeLabels.DEFAULTS.asMap(),
              "role → attribute label, e.g. {status: \"Lifecycle\"}; roles: "
                  + String.join(", ", AttributeLabels.ROLES)),
          SettingDef.optional(
              "folder",
              SettingType.STRING,
              null,
              "folder path (e.g. Marketing/Spring) that change polling is limited to, recursively"),
          SettingDef.optional(
              "uploadFolder",
              SettingType.STRING,
              null,
              "folder path new assets are imported to when the mapping gives no 'folder' field;"
                  + " created when missing"),
          SettingDef.optional(
              "startAt",
              SettingType.INSTANT,
              Instant.EPOCH,
              "where the first change listing starts (ISO-8601 instant)"),
          SettingDef.optional(
              "overlap",
              SettingType.DURATION,
              Duration.ofSeconds(120),
              "how far each change listing reaches back before the newest modDate seen"),
          HttpLimits.SETTING);
}
