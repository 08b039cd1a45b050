package io.assetbridge.app.server;

/** A request body over the server's cap: answered 413 before anything reads or records it. */
final class BodyTooLarge extends RuntimeException {
  BodyTooLarge(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}
