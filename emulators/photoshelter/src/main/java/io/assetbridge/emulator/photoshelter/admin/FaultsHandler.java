package io.assetbridge.emulator.photoshelter.admin;

import io.assetbridge.emulator.photoshelter.faults.FaultInjector;
import io.assetbridge.emulator.photoshelter.faults.FaultSettings;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.time.Duration;

/** {@code PUT|GET|DELETE /_emulator/faults}; the search lag goes to the library's index. */
public final class FaultsHandler {

  private final FaultInjector faults;
  private final Library library;

  public FaultsHandler(FaultInjector faults, Library library) {
    this.faults = faults;
    this.library = library;
  }

  public void replace(Context ctx) {
    apply(FaultSettings.of(Json.read(ctx.body())));
    read(ctx);
  }

  public void read(Context ctx) {
    Json.send(ctx, 200, faults.settings());
  }

  public void clear(Context ctx) {
    apply(FaultSettings.defaults());
    read(ctx);
  }

  private void apply(FaultSettings settings) {
    faults.replace(settings);
    library.searchLag(Duration.ofMillis(settings.searchLagMs()));
  }
}
