package io.assetbridge.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An open stream of an asset's bytes with what is known about them. {@code length} is -1 when
 * unknown.
 */
public record AssetContent(InputStream stream, String fileName, String mediaType, long length)
    implements AutoCloseable {

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
