package io.assetbridge.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final String VALID =
      """
      store: jdbc:h2:mem:x
      engine: { workers: 2, pollInterval: 5s, lease: 1m }
      connections:
        src: { type: toy, secret: "${TOY_SECRET}" }
        dst: { type: toy }
      flows:
        out:
          from: { connection: src, on: [asset.updated] }
          when: asset.status == "APPROVED"
          gate: { rights: required }
          to: { connection: dst, action: distribute }
          retry: { attempts: 3, initial: 500ms, max: 5s }
          routes:
            - when: '"EMEA" in asset.tags["region"]'
              with: [ { list: emea, channel: press-portal }, { recipients: [r1, r2], channel: email } ]
            - with: { list: global, channel: press-portal, redistribute: true }
          map: { title: asset.title }
      """;

  private static EngineConfig parse(String yaml, Map<String, String> env) {
    return new ConfigLoader(new EnvSubstitution(env)).parse("a.yaml", yaml);
  }

  @Test
  void aGateMayTellTheSourceWhyAnAssetIsHeldOnlyWhenItCanBlock() {
    var flow =
        parse(
                VALID.replace(
                    "gate: { rights: required }",
                    "gate: { rights: required, back: { \"tag:status\": '\"held: \" + blocked' } }"),
                Map.of("TOY_SECRET", "x"))
            .flow("out");
    assertThat(flow.blockedBack()).containsOnlyKeys("tag:status");
    assertThat(flow.blockedBack().get("tag:status").text()).isEqualTo("\"held: \" + blocked");
    assertThatThrownBy(
            () ->
                parse(
                    VALID.replace(
                        "gate: { rights: required }",
                        "gate: { rights: none, back: { \"tag:status\": blocked } }"),
                    Map.of("TOY_SECRET", "x")))
        .hasMessageContaining("a gate's back: mapping needs a gate that can block")
        .hasMessageContaining("add rights: required");
  }

  @Test
  void readsEverySection() {
    EngineConfig config = parse(VALID, Map.of("TOY_SECRET", "s3cret"));
    assertThat(config.store()).isEqualTo("jdbc:h2:mem:x");
    assertThat(config.engine().workers()).isEqualTo(2);
    assertThat(config.engine().lease()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.connections().get("src").settings().get("secret").text()).isEqualTo("s3cret");
    FlowConfig flow = config.flow("out");
    assertThat(flow.on()).containsExactly("asset.updated");
    assertThat(flow.rightsRequired()).isTrue();
    assertThat(flow.attempts()).isEqualTo(3);
    assertThat(flow.backoffInitial()).isEqualTo(Duration.ofMillis(500));
    assertThat(flow.routes()).hasSize(2);
    assertThat(flow.routes().get(0).targets())
        .extracting(RouteConfig.Target::channel)
        .containsExactly("press-portal", "email");
    assertThat(flow.routes().get(1).targets().get(0).redistribute()).isTrue();
    assertThat(flow.map()).containsOnlyKeys("title");
  }

  @Test
  void errorsNameFileLinePathAndFix() {
    assertThatThrownBy(() -> parse(VALID.replace("engine:", "engin:"), Map.of("TOY_SECRET", "x")))
        .hasMessage(
            "a.yaml:2: engin: unknown key 'engin'. Fix: use one of connections, engine, flows, renditions, search, server, store, vocabularies");
    assertThatThrownBy(
            () -> parse(VALID, Map.of()).connections().get("src").settings().get("secret").text())
        .hasMessageStartingWith(
            "a.yaml:4: connections.src.secret: environment variable TOY_SECRET is not set");
    assertThatThrownBy(
            () ->
                parse(VALID.replace("channel: email", "chanel: email"), Map.of("TOY_SECRET", "x")))
        .hasMessageStartingWith(
            "a.yaml:15: flows.out.routes[0].with[1].chanel: unknown key 'chanel'");
    assertThatThrownBy(
            () -> parse(VALID.replace("lease: 1m", "lease: soon"), Map.of("TOY_SECRET", "x")))
        .hasMessageContaining("'soon' is not a duration");
    assertThatThrownBy(
            () ->
                parse(
                    VALID.replace(
                        "{ list: global, channel: press-portal, redistribute: true }",
                        "{ list: global }"),
                    Map.of("TOY_SECRET", "x")))
        .hasMessageContaining("the target has no 'channel'");
  }

  @Test
  void vocabulariesComeFromCsvFilesOrInlineMaps(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("codes.csv"),
            "value,term\nSpring Launch,SPR-26\n\"Summer, Beach\",SUM-26\n");
    EngineConfig config =
        parse(
            "vocabularies:\n  codes: { file: "
                + csv
                + " }\n  categories: { Shoes: FOOT, Bags: ACC-BAG }\n"
                + VALID,
            Map.of("TOY_SECRET", "x"));
    assertThat(config.vocabularies().get("codes").entries())
        .containsEntry("Spring Launch", "SPR-26")
        .containsEntry("Summer, Beach", "SUM-26")
        .hasSize(2);
    assertThat(config.vocabularies().get("codes").translate(" spring launch ")).contains("SPR-26");
    assertThat(config.vocabularies().get("categories").translate("Hats")).isEmpty();
    assertThatThrownBy(
            () ->
                parse(
                    "vocabularies: { codes: { file: nowhere.csv } }\n" + VALID,
                    Map.of("TOY_SECRET", "x")))
        .hasMessageContaining("a.yaml:1: vocabularies.codes.file: vocabulary file")
        .hasMessageContaining("does not exist. Fix: create it or fix the path");
    Files.writeString(csv, "a,b,c\n");
    assertThatThrownBy(
            () ->
                parse(
                    "vocabularies: { codes: { file: " + csv + " } }\n" + VALID,
                    Map.of("TOY_SECRET", "x")))
        .hasMessageContaining("line 1 has 3 columns. Fix: write two columns per line: value,term");
  }

  @Test
  void unknownFlowListsTheChoices() {
    assertThatThrownBy(() -> parse(VALID, Map.of("TOY_SECRET", "x")).flow("nope"))
        .hasMessage("a.yaml: there is no flow 'nope'. Fix: use one of out");
  }
}
