package io.assetbridge.emulator.vip.recipients;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/** The four channels of §6 and what a recipient's address must look like on each. */
public final class Channels {
  public static final List<String> ALL = List.of("email", "press-portal", "cms", "ftp");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private Channels() {}

  /** Why the address does not suit the channel, or null when it does. */
  public static String addressViolation(String channel, String address) {
    return switch (channel) {
      case "email" -> EMAIL.matcher(address).matches() ? null : "must be an e-mail address";
      case "press-portal" ->
          ACCOUNT.matcher(address).matches() ? null : "must be a portal account name";
      case "cms" -> url(address, List.of("http", "https"), true) ? null : "must be an http(s) URL";
      case "ftp" ->
          url(address, List.of("ftp", "sftp"), false)
              ? null
              : "must be an ftp:// or sftp:// URL without credentials";
      default -> "channel must be one of " + ALL;
    };
  }

  private static boolean url(String address, List<String> schemes, boolean allowUserInfo) {
    try {
      URI uri = new URI(address);
      return uri.getScheme() != null
          && schemes.contains(uri.getScheme().toLowerCase())
          && uri.getHost() != null
          && (allowUserInfo || uri.getUserInfo() == null);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
