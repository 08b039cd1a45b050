package io.assetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a placeholder that is a whole unquoted value gets quotes; everything else is untouched. */
class BarePlaceholdersTest {

  @Test
  void aWholeValueInFlowOrBlockStyleIsQuoted() {
    assertThat(BarePlaceholders.quote("server: { port: 8080, adminToken: ${TOKEN} }"))
        .isEqualTo("server: { port: 8080, adminToken: \"${TOKEN}\" }");
    assertThat(BarePlaceholders.quote("store: ${STORE:-jdbc:h2:file:./x}  # default\n"))
        .isEqualTo("store: \"${STORE:-jdbc:h2:file:./x}\"  # default\n");
    assertThat(BarePlaceholders.quote("tags: [${A}, ${B}]\n- ${C}"))
        .isEqualTo("tags: [\"${A}\", \"${B}\"]\n- \"${C}\"");
  }

  @Test
  void quotedTextCommentsPartsOfValuesAndBlocksAreLeftAlone() {
    String yaml =
        """
        a: "${X}"
        b: '${X}'
        when: 'x: ${Y}, z'
        url: jdbc:h2:${X}
        # note: ${X}
        script: |
          ${X}
          c: ${X}
        d: ${X}
        """;
    assertThat(BarePlaceholders.quote(yaml))
        .isEqualTo(
            """
            a: "${X}"
            b: '${X}'
            when: 'x: ${Y}, z'
            url: jdbc:h2:${X}
            # note: ${X}
            script: |
              ${X}
              c: ${X}
            d: "${X}"
            """);
  }
}
