package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.Change;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalTest extends EmulatorTestBase {
  private static final String AT = "2024-05-02 09:15:40 GMT";

  @Test
  void customMetadataOptionsMapToStatusByName() {
    List<String> ids = driver.seed(4, "Inbox", 21);
    driver.act(List.of(ids.get(0)), "set_approval", Map.of("value", "Approved"), AT);
    driver.act(List.of(ids.get(1)), "set_approval", nullValue(), AT);
    driver.act(List.of(ids.get(2)), "set_approval", Map.of("value", "Archived"), AT);
    var connector = connector();

    assertThat(connector.read(ids.get(0)).status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(connector.read(ids.get(1)).status()).isEqualTo(AssetStatus.DRAFT);
    assertThat(connector.read(ids.get(2)).status()).isEqualTo(AssetStatus.ARCHIVED);

    connector.update(ids.get(3), Map.of("status", "APPROVED"));
    assertThat(connector.read(ids.get(3)).status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(approvedIds(connector.changesSince(null).changes()))
        .contains(ids.get(0), ids.get(3));
  }

  @Test
  void galleryMembershipMeansApproved() {
    List<String> ids = driver.seed(3, "Inbox", 22);
    driver.act(List.of(ids.get(0)), "move_to_gallery", Map.of("gallery", "Approved"), AT);
    var connector = connector(Map.of("approval", Map.of("by", "gallery", "gallery", "Approved")));

    assertThat(connector.read(ids.get(0)).status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(connector.read(ids.get(1)).status()).isEqualTo(AssetStatus.DRAFT);

    connector.update(ids.get(2), Map.of("status", AssetStatus.APPROVED));
    assertThat(connector.read(ids.get(2)).status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(approvedIds(connector.changesSince(null).changes()))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
  }

  @Test
  void ratingAtLeastMinMeansApproved() {
    List<String> ids = driver.seed(3, "Inbox", 23);
    driver.act(List.of(ids.get(0)), "set_rating", Map.of("rating", 5), AT);
    driver.act(List.of(ids.get(1), ids.get(2)), "set_rating", Map.of("rating", 2), AT);
    var connector = connector(Map.of("approval", Map.of("by", "rating", "min", 4)));

    assertThat(connector.read(ids.get(0)).status()).isEqualTo(AssetStatus.APPROVED);
    assertThat(connector.read(ids.get(1)).status()).isEqualTo(AssetStatus.DRAFT);

    connector.update(ids.get(1), Map.of("status", "APPROVED"));
    connector.update(ids.get(0), Map.of("status", "DRAFT"));
    assertThat(connector.read(ids.get(1)).rating()).isEqualTo(4);
    assertThat(connector.read(ids.get(0)).rating()).isEqualTo(3);
    assertThat(approvedIds(connector.changesSince(null).changes())).containsExactly(ids.get(1));
  }

  @Test
  void rescanCanBeTurnedOff() {
    List<String> ids = driver.seed(1, "Inbox", 24);
    driver.act(ids, "set_approval", Map.of("value", "Approved"), AT);
    var connector =
        connector(
            Map.of(
                "approval",
                Map.of(
                    "by",
                    "custom-metadata",
                    "field",
                    "Approval Status",
                    "approved",
                    "Approved",
                    "rescan",
                    false)));

    assertThat(connector.changesSince(null).changes())
        .extracting(Change::kind)
        .containsOnly("asset.updated");
  }

  @Test
  void approvedChangesAreKeyedByTheirModificationTime() {
    List<String> ids = driver.seed(1, "Inbox", 25);
    driver.act(ids, "set_approval", Map.of("value", "Approved"), AT);

    var approved =
        connector().changesSince(null).changes().stream()
            .filter(c -> c.kind().equals("asset.approved") && c.objectId().equals(ids.get(0)))
            .toList();

    assertThat(approved)
        .extracting(Change::versionKey)
        .containsExactly("approved@2024-05-02T09:15:40Z");
  }

  private static List<String> approvedIds(List<Change> changes) {
    return changes.stream()
        .filter(c -> c.kind().equals("asset.approved"))
        .map(Change::objectId)
        .toList();
  }

  private static Map<String, Object> nullValue() {
    Map<String, Object> m = new HashMap<>();
    m.put("value", null);
    return m;
  }
}
