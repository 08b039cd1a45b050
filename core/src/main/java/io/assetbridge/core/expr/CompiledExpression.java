package io.assetbridge.core.expr;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;

/** A compiled CEL program with its source text, for messages. */
public final class CompiledExpression {
  private final String text;
  private final CelRuntime.Program program;

  CompiledExpression(String text, CelRuntime.Program program) {
    this.text = text;
    this.program = program;
  }

  public String text() {
    return text;
  }

  /** The result as a plain Java value (see {@link CelValues#toJava}). */
  public Object evaluate(Map<String, Object> variables) {
    try {
      return CelValues.toJava(program.eval(variables));
    } catch (CelEvaluationException e) {
      throw new ExpressionException("'" + text + "' failed: " + e.getMessage(), e);
    }
  }

  public boolean test(Map<String, Object> variables) {
    Object result = evaluate(variables);
    if (result instanceof Boolean b) {
      return b;
    }
    throw new ExpressionException("'" + text + "' gave " + result + ", not true or false", null);
  }
}
