package io.assetbridge.emulator.vip.http;

import java.util.ArrayList;
import java.util.List;

/** Collects validation failures so one response can name all of them. */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(errors);
  }

  /** Throws {@code 400 invalid-request} listing every collected error. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
  }
}
