package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import java.util.List;

/**
 * {@code POST /_emulator/seed}: recipients, lists and submissions in one go. Files are written
 * before the lock is taken; a seed that fails leaves no data behind.
 */
final class Seed implements ApiOperation {
  private final Platform platform;

  Seed(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    FieldErrors errors = new FieldErrors();
    FieldReader r = new FieldReader(AdminBodies.json(call), "", errors);
    r.allowOnly(List.of("recipients", "lists", "submissions"));
    List<RecipientSeed> recipients =
        r.objects("recipients").stream().map(RecipientSeed::read).toList();
    List<ListSeed> lists = r.objects("lists").stream().map(ListSeed::read).toList();
    List<SubmissionSeed> submissions =
        r.objects("submissions").stream().map(SubmissionSeed::read).toList();
    errors.throwIfAny();
    List<List<StoredFile>> files =
        submissions.stream()
            .map(s -> s.files().stream().map(f -> f.write(platform.vault())).toList())
            .toList();
    SeedWriter writer = new SeedWriter(platform.now());
    try {
      return ApiResponse.json(
          200,
          platform.locked(account -> writer.write(account, recipients, lists, submissions, files)));
    } catch (RuntimeException e) {
      files.forEach(list -> list.forEach(file -> platform.vault().delete(file.path())));
      throw e;
    }
  }
}
