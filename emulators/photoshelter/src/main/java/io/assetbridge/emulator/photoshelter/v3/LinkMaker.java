package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.imaging.RenditionSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rendition links in the shape of the real image CDN, pointing at this emulator. {@code auth_link}
 * carries a signed token so it works without PhotoShelter headers.
 */
public final class LinkMaker {

  private final Supplier<String> baseUrl;
  private final byte[] secret = new byte[32];

  public LinkMaker(Supplier<String> baseUrl) {
    this.baseUrl = baseUrl;
    new SecureRandom().nextBytes(secret);
  }

  public Map<String, Object> link(String imageId, RenditionSpec spec) {
    String base = baseUrl.get() + "/img-get2/";
    String link = base + imageId + "/" + spec.pathForm();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("link", link);
    r.put("base", base);
    r.put("auth_link", link + "?token=" + token(imageId, spec));
    return r;
  }

  /** Whether {@code token} was signed for this image and rendition. */
  public boolean verifies(String imageId, RenditionSpec spec, String token) {
    return token(imageId, spec).equals(token);
  }

  private String token(String imageId, RenditionSpec spec) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] sig = mac.doFinal((imageId + "/" + spec.pathForm()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sig, 0, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
