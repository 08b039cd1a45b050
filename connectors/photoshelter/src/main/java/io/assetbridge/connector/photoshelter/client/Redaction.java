package io.assetbridge.connector.photoshelter.client;

import java.util.List;
import java.util.Objects;

/** Blanks the connection's secrets out of text that came from elsewhere (platform messages). */
public record Redaction(List<String> secrets) {

  public Redaction {
    secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.length() >= 4).toList();
  }

  public String apply(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "***");
    }
    return out;
  }
}
