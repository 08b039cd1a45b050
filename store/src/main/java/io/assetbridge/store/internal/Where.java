package io.assetbridge.store.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A WHERE clause built from optional filters, with its parameters in order. */
public final class Where {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  public Where and(String clause, Object... values) {
    clauses.add(clause);
    params.addAll(Arrays.asList(values));
    return this;
  }

  /** Adds the clause only when its one parameter is given (a null filter means "any"). */
  public Where andIfGiven(String clause, Object value) {
    return value == null ? this : and(clause, value);
  }

  public String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** The filter parameters, then any that follow the clause (such as a limit). */
  public Object[] params(Object... following) {
    List<Object> all = new ArrayList<>(params);
    all.addAll(Arrays.asList(following));
    return all.toArray();
  }

  /** Parameters that come before the clause (such as SET values), then the filter parameters. */
  public Object[] paramsAfter(Object... leading) {
    List<Object> all = new ArrayList<>(Arrays.asList(leading));
    all.addAll(params);
    return all.toArray();
  }
}
