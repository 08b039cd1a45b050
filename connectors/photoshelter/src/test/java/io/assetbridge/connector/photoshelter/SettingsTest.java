package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.ConnectorProvider;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.SettingDef;
import io.assetbridge.spi.SettingType;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void theProviderIsFoundByTypeAndDeclaresEverySetting() {
    ConnectorProvider provider =
        ServiceLoader.load(ConnectorProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.type().equals("photoshelter"))
            .findFirst()
            .orElseThrow();

    assertThat(provider.settings())
        .extracting(SettingDef::name)
        .contains(
            "baseUrl",
            "apiKey",
            "email",
            "password",
            "orgId",
            "oauthToken",
            "approval",
            "tags",
            "startAt",
            "overlap",
            "limits");
    assertThat(provider.settings())
        .filteredOn(SettingDef::secret)
        .extracting(SettingDef::name)
        .containsExactlyInAnyOrder("apiKey", "password", "oauthToken");
    assertThat(provider.settings()).allMatch(d -> d.doc() != null && !d.doc().isBlank());
    assertThat(provider.settings())
        .filteredOn(d -> d.name().equals("overlap"))
        .extracting(SettingDef::type)
        .containsExactly(SettingType.DURATION);
  }

  @Test
  void defaultsFollowTheContract() {
    var s = PhotoShelterSettings.from(settings(Map.of()));

    assertThat(s.approval())
        .isEqualTo(new ApprovalRule.ByCustomField("Approval Status", "Approved", true));
    assertThat(s.overlap()).isEqualTo(Duration.ofSeconds(300));
    assertThat(s.tags().isDefault()).isTrue();
  }

  @Test
  void approvalForms() {
    assertThat(approval(Map.of("by", "gallery", "gallery", "Approved")))
        .isEqualTo(new ApprovalRule.ByGallery("Approved", true));
    assertThat(approval(Map.of("by", "rating", "min", "4", "rescan", false)))
        .isEqualTo(new ApprovalRule.ByRating(4, false));
    assertThat(approval(Map.of("customField", "Review")))
        .isEqualTo(new ApprovalRule.ByCustomField("Review", "Approved", true));
  }

  @Test
  void badSettingsNameTheSettingAndTheFix() {
    assertThatThrownBy(() -> PhotoShelterSettings.from(settings(Map.of("baseUrl", "ftp:/x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> approval(Map.of("by", "stars")))
        .hasMessageContaining("approval")
        .hasMessageContaining("custom-metadata, gallery or rating");
    assertThatThrownBy(() -> approval(Map.of("by", "rating"))).hasMessageContaining("min");
    assertThatThrownBy(
            () ->
                PhotoShelterSettings.from(
                    settings(Map.of("tags", Map.of("region", "attr:Region")))))
        .hasMessageContaining("tags.region")
        .hasMessageContaining("custom:<Field Name>");
    assertThatThrownBy(() -> PhotoShelterSettings.from(settings(Map.of("overlap", "soon"))))
        .hasMessageContaining("overlap");
    Map<String, Object> noPassword = new HashMap<>();
    noPassword.put("password", null);
    assertThatThrownBy(() -> PhotoShelterSettings.from(settings(noPassword)))
        .hasMessageContaining("password")
        .hasMessageNotContaining("emu");
    Map<String, Object> oauthWithoutOrg = new HashMap<>();
    oauthWithoutOrg.put("email", null);
    oauthWithoutOrg.put("password", null);
    oauthWithoutOrg.put("orgId", null);
    oauthWithoutOrg.put("oauthToken", new Secret("t0ken-value"));
    assertThatThrownBy(() -> PhotoShelterSettings.from(settings(oauthWithoutOrg)))
        .hasMessageContaining("orgId")
        .hasMessageNotContaining("t0ken-value");
  }

  private static ApprovalRule approval(Map<String, Object> setting) {
    return PhotoShelterSettings.from(settings(Map.of("approval", setting))).approval();
  }

  private static ConnectionSettings settings(Map<String, Object> overrides) {
    Map<String, Object> values = new HashMap<>();
    values.put("baseUrl", "http://localhost:1");
    values.put("apiKey", new Secret("emu-api-key"));
    values.put("email", "editor@example.com");
    values.put("password", new Secret("emu-password"));
    values.putAll(overrides);
    values.values().removeIf(java.util.Objects::isNull);
    return new ConnectionSettings("ps", values, InstantSource.system());
  }
}
