package io.assetbridge.connector.vip.internal.assets;

import io.assetbridge.connector.vip.internal.api.VipApi;
import io.assetbridge.spi.AssetContent;
import java.io.InputStream;
import java.net.http.HttpResponse;

/** Opens a VIP content endpoint as an {@link AssetContent}: the bytes stay on the wire. */
public final class StreamedContent {
  private StreamedContent() {}

  public static AssetContent open(VipApi api, String path, String fileName) {
    HttpResponse<InputStream> response = api.stream(path);
    String mediaType = response.headers().firstValue("Content-Type").orElse(null);
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new AssetContent(response.body(), fileName, mediaType, length);
  }
}
