package io.assetbridge.app.admin;

/** A request the admin API cannot do, with the HTTP status that says why. */
public final class AdminProblem extends RuntimeException {
  private final int status;

  private AdminProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  public static AdminProblem notFound(String message) {
    return new AdminProblem(404, message);
  }

  public static AdminProblem badRequest(String message) {
    return new AdminProblem(400, message);
  }

  public int status() {
    return status;
  }
}
