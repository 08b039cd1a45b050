package io.assetbridge.connector.photoshelter.read;

import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.spi.AssetContent;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens the stored original as a stream (§4 download); nothing is buffered here. */
public final class ContentDownload {
  private static final Pattern EXTENDED =
      Pattern.compile("filename\\*=UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN =
      Pattern.compile("filename=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
  private final PsClient client;

  public ContentDownload(PsClient client) {
    this.client = client;
  }

  public AssetContent open(String id) {
    HttpResponse<InputStream> response =
        client.open("/psapi/v3/mem/image/" + Query.encode(id) + "/download");
    var headers = response.headers();
    String type = headers.firstValue("Content-Type").orElse("application/octet-stream");
    long length = headers.firstValueAsLong("Content-Length").orElse(-1);
    String name = fileName(headers.firstValue("Content-Disposition").orElse(""), id);
    return new AssetContent(response.body(), name, type.split(";")[0].strip(), length);
  }

  static String fileName(String disposition, String fallback) {
    Matcher extended = EXTENDED.matcher(disposition);
    if (extended.find()) {
      return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    Matcher plain = PLAIN.matcher(disposition);
    return plain.find() ? plain.group(1).strip() : fallback;
  }
}
