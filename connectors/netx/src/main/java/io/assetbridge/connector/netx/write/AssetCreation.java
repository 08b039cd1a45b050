package io.assetbridge.connector.netx.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.netx.AttributeLabels;
import io.assetbridge.connector.netx.client.Criteria;
import io.assetbridge.connector.netx.client.FileTransfer;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.connector.netx.client.Options;
import io.assetbridge.connector.netx.read.Attributes;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotent create (netx.md §7): by external key, then by checksum in the target folder with an
 * empty key, and only then an import followed by tagging. The content is spooled to a temp file
 * while hashed, so it is never whole in memory.
 */
public final class AssetCreation {
  private final NetxApi api;
  private final FileTransfer files;
  private final AttributeLabels labels;
  private final AssetWriting writing;
  private final String uploadFolder;

  public AssetCreation(
      NetxApi api,
      FileTransfer files,
      AttributeLabels labels,
      AssetWriting writing,
      String uploadFolder) {
    this.api = api;
    this.files = files;
    this.labels = labels;
    this.writing = writing;
    this.uploadFolder = uploadFolder;
  }

  public String create(NewAsset asset, AssetContent content) {
    Map<String, Object> fields = new LinkedHashMap<>(asset.fields());
    fields.put(FieldValues.ATTR_PREFIX + labels.externalKey(), asset.externalKey());
    Object folder = fields.remove(FieldValues.FOLDER);
    String path = folder != null ? folder.toString() : uploadFolder;
    if (path == null) {
      throw new PermanentException(
          "netx create needs a 'folder' field or the connection's 'uploadFolder' setting");
    }
    long id = existing(asset.externalKey()).orElseGet(() -> importOrAdopt(path, content));
    writing.update(id, fields);
    return Long.toString(id);
  }

  private Optional<Long> existing(String key) {
    return key == null ? Optional.empty() : writing.findByExternalKey(key).map(Long::parseLong);
  }

  private long importOrAdopt(String path, AssetContent content) {
    long folderId = writing.folderFor(path);
    Path spool = null;
    try {
      spool = Files.createTempFile("netx-import-", ".bin");
      String md5 = spoolHashing(content.stream(), spool);
      Optional<Long> orphan = orphan(md5, folderId);
      if (orphan.isPresent()) {
        return orphan.get();
      }
      try (InputStream in = Files.newInputStream(spool)) {
        String type =
            content.mediaType() == null ? "application/octet-stream" : content.mediaType();
        // NetX names a new asset after its file, so an unnamed stream still needs a name
        String name = content.fileName() == null ? "asset-" + md5 : content.fileName();
        return files.importAsset(folderId, name, type, in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(spool);
    }
  }

  /** An import whose tagging never happened: same bytes, same folder, no external key. */
  private Optional<Long> orphan(String md5, long folderId) {
    JsonNode hits =
        api.query(
            List.of(Criteria.exactField("fileChecksum", md5), Criteria.inFolder(folderId)),
            Options.page(0, NetxApi.PAGE_SIZE, "assetId", "asc"));
    for (JsonNode a : hits) {
      if (new Attributes(a.path("attributes")).first(labels.externalKey()) == null) {
        return Optional.of(a.path("id").asLong());
      }
    }
    return Optional.empty();
  }

  private static String spoolHashing(InputStream in, Path to) throws IOException {
    try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("MD5"))) {
      Files.copy(digest, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      if (p != null) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a leftover temp file is harmless
    }
  }
}
