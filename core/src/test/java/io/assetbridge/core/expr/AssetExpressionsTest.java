package io.assetbridge.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EnvSubstitution;
import io.assetbridge.core.config.FlowConfig.Expression;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.Rights;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetExpressionsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private final Asset asset =
      Asset.builder(Ref.parse("ps:I0000abc.def"))
          .title("Harbour at dawn")
          .status(AssetStatus.APPROVED)
          .rating(4)
          .keywords(List.of("harbour", "dawn"))
          .tag("region", List.of("EMEA"))
          .rights(
              new Rights(
                  "Editorial use only",
                  Instant.parse("2027-01-01T00:00:00Z"),
                  null,
                  List.of("DE"),
                  true,
                  null))
          .build();

  private Map<String, Object> vars() {
    return CelValues.variables(asset, NOW);
  }

  private static Expression expr(String text) {
    var config =
        new ConfigLoader(new EnvSubstitution(Map.of()))
            .parse(
                "t.yaml",
                "connections: {a: {type: x}}\nflows:\n  f:\n    from: {connection: a}\n    to: {connection: a}\n    when: '"
                    + text.replace("'", "''")
                    + "'\n");
    return config.flow("f").when();
  }

  @Test
  void conditionsSeeStatusTagsRatingAndRights() {
    assertThat(AssetExpressions.compile(expr("asset.status == \"APPROVED\""), true).test(vars()))
        .isTrue();
    assertThat(
            AssetExpressions.compile(expr("\"EMEA\" in asset.tags[\"region\"]"), true).test(vars()))
        .isTrue();
    assertThat(
            AssetExpressions.compile(expr("asset.rating >= 4 && \"dawn\" in asset.keywords"), true)
                .test(vars()))
        .isTrue();
    assertThat(AssetExpressions.compile(expr("asset.rights.expiresAt > now"), true).test(vars()))
        .isTrue();
    assertThat(
            AssetExpressions.compile(expr("asset.rights.embargoUntil == null"), true).test(vars()))
        .isTrue();
    assertThat(AssetExpressions.compile(expr("asset.caption == null"), true).test(vars())).isTrue();
  }

  @Test
  void macrosSizesAndStringExtensionsWork() {
    assertThat(
            AssetExpressions.compile(expr("asset.keywords.exists(k, k.startsWith(\"har\"))"), true)
                .test(vars()))
        .isTrue();
    assertThat(AssetExpressions.compile(expr("size(asset.keywords) == 2"), true).test(vars()))
        .isTrue();
    // a tag's values by select, or through dyn(): dev.cel 0.11 finds no size() overload for an
    // index on a dyn map (size(asset.tags["region"])), though "in" works there
    assertThat(AssetExpressions.compile(expr("size(asset.tags.region) == 1"), true).test(vars()))
        .isTrue();
    assertThat(
            AssetExpressions.compile(expr("size(dyn(asset.tags[\"region\"])) == 1"), true)
                .test(vars()))
        .isTrue();
    assertThat(
            AssetExpressions.compile(expr("asset.title.upperAscii().replace(\" \", \"_\")"), false)
                .evaluate(vars()))
        .isEqualTo("HARBOUR_AT_DAWN");
  }

  @Test
  void valuesComeBackAsJava() {
    assertThat(
            AssetExpressions.compile(expr("asset.title + \" (\" + asset.ref + \")\""), false)
                .evaluate(vars()))
        .isEqualTo("Harbour at dawn (ps:I0000abc.def)");
    assertThat(AssetExpressions.compile(expr("asset.keywords"), false).evaluate(vars()))
        .isEqualTo(List.of("harbour", "dawn"));
    assertThat(AssetExpressions.compile(expr("asset.rights.expiresAt"), false).evaluate(vars()))
        .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(AssetExpressions.compile(expr("asset.caption"), false).evaluate(vars())).isNull();
  }

  @Test
  void aBrokenExpressionIsAConfigErrorWithItsLine() {
    assertThatThrownBy(() -> AssetExpressions.compile(expr("asset.status ==== 1"), true))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "t.yaml:6: flows.f.when: the CEL expression 'asset.status ==== 1' does not compile");
  }

  @Test
  void aMissingTagFailsAtEvaluationWithTheExpression() {
    var missing = AssetExpressions.compile(expr("\"x\" in asset.tags[\"campaign\"]"), true);
    assertThatThrownBy(() -> missing.test(vars()))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("campaign");
  }
}
