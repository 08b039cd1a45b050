package io.assetbridge.connector.http;

/**
 * Told about every API call and every body byte of every connection, so the application can count
 * them (metrics, last contact) without this layer knowing about the engine. Called on the calling
 * thread: implementations must be quick and must not throw.
 */
public interface HttpCallListener {

  void called(HttpCall call);

  /** Bytes of request or response bodies as they stream, in chunks. */
  default void transferred(String connection, Direction direction, long bytes) {}

  enum Direction {
    /** Request bodies: uploads and JSON sent. */
    OUT,
    /** Response bodies: downloads and JSON received. */
    IN
  }
}
