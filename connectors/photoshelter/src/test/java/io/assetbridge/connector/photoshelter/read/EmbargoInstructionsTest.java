package io.assetbridge.connector.photoshelter.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmbargoInstructionsTest {

  @Test
  void readsTheUsualNewsroomForms() {
    Instant at = Instant.parse("2025-04-01T08:00:00Z");
    assertThat(EmbargoInstructions.until("EMBARGOED UNTIL 2025-04-01T08:00:00Z")).isEqualTo(at);
    assertThat(EmbargoInstructions.until("Hold: embargo until 2025-04-01 08:00:00 GMT, then free"))
        .isEqualTo(at);
    assertThat(EmbargoInstructions.until("Embargoed until 2025-04-01T10:00+02:00")).isEqualTo(at);
  }

  @Test
  void noOrUnreadableEmbargoIsNone() {
    assertThat(EmbargoInstructions.until(null)).isNull();
    assertThat(EmbargoInstructions.until("Editorial use only")).isNull();
    assertThat(EmbargoInstructions.until("EMBARGOED UNTIL 2025-13-45T99:00:00Z")).isNull();
  }
}
