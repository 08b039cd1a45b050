package io.assetbridge.connector.netx.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Failures;
import io.assetbridge.connector.http.Multipart;
import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.connector.http.Query;
import io.assetbridge.spi.PermanentException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** File imports and downloads (netx.md §6): streamed both ways, never whole in memory. */
public final class FileTransfer {
  private final RpcClient rpc;

  public FileTransfer(RpcClient rpc) {
    this.rpc = rpc;
  }

  /** Imports a new asset into a folder and returns its id ({@code id}, else {@code assetId}). */
  public long importAsset(long folderId, String fileName, String mediaType, InputStream content) {
    Multipart body =
        new Multipart()
            .file("file", fileName, mediaType, content)
            .text("folderId", Long.toString(folderId))
            .text("fileName", fileName);
    HttpRequest request =
        rpc.http()
            .request("/api/import/asset")
            .header("Authorization", rpc.authorization())
            .header("Content-Type", body.contentType())
            .POST(body.publisher())
            .build();
    HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    return importedId(response.body(), rpc.http().describe(request));
  }

  private long importedId(byte[] body, String what) {
    try {
      JsonNode root = rpc.json().readTree(body);
      JsonNode id = root.hasNonNull("id") ? root.get("id") : root.path("assetId");
      if (!id.canConvertToLong()) {
        throw new PermanentException(what + " answered without an asset id");
      }
      return id.asLong();
    } catch (IOException e) {
      throw new PermanentException(what + " answered malformed JSON: " + e.getMessage(), e);
    }
  }

  /** Opens the original's bytes; the caller closes the stream. */
  public HttpResponse<InputStream> download(long assetId, String fileName) {
    String path =
        "/file/asset/"
            + assetId
            + "/original/"
            + Query.encode(fileName == null ? "file" : fileName);
    HttpRequest request =
        rpc.http().request(path).header("Authorization", rpc.authorization()).GET().build();
    return send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    PlatformHttp http = rpc.http();
    HttpResponse<T> response = http.send(request, handler);
    int status = response.statusCode();
    if (status / 100 == 2) {
      return response;
    }
    closeQuietly(response.body());
    String what = http.describe(request);
    if (status == 401) {
      throw new PermanentException(
          what + " answered HTTP 401: replace the connection's 'token' setting with a valid token");
    }
    throw Failures.forStatus(what, status, RpcClient.header(response, "Retry-After"), null);
  }

  private static void closeQuietly(Object body) {
    if (body instanceof InputStream in) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the failure being reported matters more than this one
      }
    }
  }
}
