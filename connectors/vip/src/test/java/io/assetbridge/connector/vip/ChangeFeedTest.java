package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.DistributionRequest;
import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ChangeSource over {@code GET /events}: paging while hasMore, the cursor, and 410. */
class ChangeFeedTest extends EmulatorBackedTest {

  @Test
  void anEmptyFeedKeepsTheCursor() {
    assertThat(vip.changesSince(null)).isEqualTo(new ChangeBatch(List.of(), null));
    assertThat(vip.cursorAt(Instant.now())).isNull();
  }

  @Test
  void pagesAreReadWhileThereIsMoreAndTheCursorIsTheLastEvent() {
    emulator.seed(submissions(501));

    ChangeBatch batch = vip.changesSince(null);

    assertThat(batch.changes()).hasSize(501);
    assertThat(batch.changes())
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo("submission.received"));
    assertThat(batch.changes().get(0).objectId()).startsWith("sub_");
    assertThat(batch.nextCursor()).isEqualTo(batch.changes().get(500).versionKey());
    assertThat(emulator.awaitJournal("GET", "/api/v1/events", 2)).hasSize(2);
    assertThat(vip.changesSince(batch.nextCursor()))
        .isEqualTo(new ChangeBatch(List.of(), batch.nextCursor()));
  }

  @Test
  void deliveryEventsAreChangesOfTheirAsset() {
    emulator.seed(DistributorTest.SEED);
    String assetId = createAsset("ps:I0000abc", fields("title", "Harbour"));
    var receipt =
        vip.distribute(
            new DistributionRequest(
                assetId, null, "EMEA press", null, "press-portal", null, null, null, "d-1"));
    emulator.advanceDistribution(receipt.distributionId(), "{\"status\":\"delivered\"}");
    emulator.advanceDistribution(receipt.distributionId(), "{\"status\":\"published\"}");

    List<Change> changes = vip.changesSince(null).changes();

    assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.objectId()).isEqualTo(assetId));
    assertThat(changes)
        .extracting(Change::kind)
        .contains("delivery.updated", "publication.reported", "distribution.completed");
    assertThat(changes).allSatisfy(c -> assertThat(c.connection()).isEqualTo("vip"));
  }

  @Test
  void anExpiredCursorSaysARe_syncIsNeeded() {
    emulator.seed(submissions(1));
    assertThatThrownBy(() -> vip.changesSince("evt_00000000000000099999"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("re-sync by listing is needed");
  }

  static String submissions(int count) {
    StringBuilder json = new StringBuilder("{\"submissions\":[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"contributor\":{\"name\":\"Agency ")
          .append(i)
          .append("\",\"email\":\"desk@agency.example\"},\"metadata\":{\"title\":\"Shot ")
          .append(i)
          .append("\"},\"files\":[{\"fileName\":\"f")
          .append(i)
          .append(".bin\",\"contentBase64\":\"AAEC\"}]}");
    }
    return json.append("]}").toString();
  }
}
