package io.assetbridge.core.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.config.FlowConfig.Expression;

/**
 * Compiles CEL against the variables {@code asset} (the canonical asset as a map), {@code now} (a
 * timestamp) and, in write-back flows, {@code distribution} (the latest) and {@code distributions}.
 * Compile errors become config errors that point at the expression's line.
 */
public final class AssetExpressions {
  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS) // has, exists, all, map, filter
          .addVar("asset", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .addVar("now", SimpleType.TIMESTAMP)
          .addVar("distribution", SimpleType.DYN)
          .addVar("distributions", SimpleType.DYN)
          .addVar("target", SimpleType.DYN)
          .addVar("blocked", SimpleType.DYN) // a gate's back: mapping: why the asset is held
          .addLibraries(CelExtensions.strings()) // naming conventions: upperAscii, replace, split…
          .build();
  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.standardCelRuntimeBuilder().addLibraries(CelExtensions.strings()).build();

  private AssetExpressions() {}

  public static CompiledExpression compile(Expression expression, boolean condition) {
    CelAbstractSyntaxTree ast;
    try {
      ast = COMPILER.compile(expression.text()).getAst();
    } catch (CelValidationException e) {
      throw ConfigException.at(
          expression.node(),
          "the CEL expression '"
              + expression.text()
              + "' does not compile: "
              + firstLine(e.getMessage()),
          "write a CEL expression over asset.* and now, e.g. asset.status == \"APPROVED\"");
    }
    if (condition && !isBoolOrDyn(ast)) {
      throw ConfigException.at(
          expression.node(),
          "the condition '"
              + expression.text()
              + "' gives "
              + ast.getResultType()
              + ", not a true/false value",
          "compare something, e.g. asset.rating >= 4");
    }
    try {
      return new CompiledExpression(expression.text(), RUNTIME.createProgram(ast));
    } catch (CelEvaluationException e) {
      throw ConfigException.at(
          expression.node(), "the CEL expression cannot run: " + e.getMessage(), null);
    }
  }

  private static boolean isBoolOrDyn(CelAbstractSyntaxTree ast) {
    var type = ast.getResultType();
    return type.equals(SimpleType.BOOL) || type.equals(SimpleType.DYN);
  }

  private static String firstLine(String message) {
    return message.replaceAll("\\s+", " ").trim();
  }
}
