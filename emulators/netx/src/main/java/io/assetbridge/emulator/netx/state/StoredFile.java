package io.assetbridge.emulator.netx.state;

/** An asset's original file: its bytes and the facts NetX reports about it. */
public record StoredFile(String name, byte[] bytes, String checksum, int width, int height) {

  public long size() {
    return bytes.length;
  }

  /** Lower-case extension without the dot, or "" when the name has none. */
  public String type() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  public StoredFile renamed(String newName) {
    return new StoredFile(newName, bytes, checksum, width, height);
  }
}
