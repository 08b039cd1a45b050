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

  @Test
  void territoriesAreReadAndClausesRewrittenKeepingOtherText() {
    String text = "No sales. EMBARGOED UNTIL 2025-04-01T08:00:00Z. TERRITORIES: DE, AT";
    assertThat(EmbargoInstructions.territories(text)).containsExactly("DE", "AT");
    String lifted = EmbargoInstructions.rewrite(text, true, null, false, null);
    assertThat(lifted).isEqualTo("No sales. TERRITORIES: DE, AT");
    assertThat(EmbargoInstructions.until(lifted)).isNull();
    String moved =
        EmbargoInstructions.rewrite(
            lifted, true, Instant.parse("2026-01-02T03:04:05Z"), true, java.util.List.of("FR"));
    assertThat(EmbargoInstructions.until(moved)).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(EmbargoInstructions.territories(moved)).containsExactly("FR");
    assertThat(moved).startsWith("No sales. ");
    assertThat(EmbargoInstructions.rewrite(null, false, null, true, java.util.List.of())).isEmpty();
  }
}
