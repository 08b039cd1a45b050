package io.assetbridge.emulator.photoshelter;

import io.assetbridge.emulator.photoshelter.admin.ActHandler;
import io.assetbridge.emulator.photoshelter.admin.CustomFieldsHandler;
import io.assetbridge.emulator.photoshelter.admin.FaultsHandler;
import io.assetbridge.emulator.photoshelter.admin.JournalHandler;
import io.assetbridge.emulator.photoshelter.admin.ResetHandler;
import io.assetbridge.emulator.photoshelter.admin.SeedHandler;
import io.assetbridge.emulator.photoshelter.admin.SessionsExpireHandler;
import io.assetbridge.emulator.photoshelter.auth.Access;
import io.assetbridge.emulator.photoshelter.auth.AccessGate;
import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.LoginHandler;
import io.assetbridge.emulator.photoshelter.auth.LogoutHandler;
import io.assetbridge.emulator.photoshelter.auth.OrgAuthenticateHandler;
import io.assetbridge.emulator.photoshelter.auth.SessionInfoHandler;
import io.assetbridge.emulator.photoshelter.auth.Sessions;
import io.assetbridge.emulator.photoshelter.faults.FaultInjector;
import io.assetbridge.emulator.photoshelter.imaging.RenditionHandler;
import io.assetbridge.emulator.photoshelter.imaging.Renditions;
import io.assetbridge.emulator.photoshelter.journal.Journal;
import io.assetbridge.emulator.photoshelter.state.IptcKeys;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.v3.ChildrenHandler;
import io.assetbridge.emulator.photoshelter.v3.DownloadHandler;
import io.assetbridge.emulator.photoshelter.v3.GalleryImagesHandler;
import io.assetbridge.emulator.photoshelter.v3.GalleryInsertHandler;
import io.assetbridge.emulator.photoshelter.v3.ImageExtender;
import io.assetbridge.emulator.photoshelter.v3.ImagePartHandler;
import io.assetbridge.emulator.photoshelter.v3.ImageRecordHandler;
import io.assetbridge.emulator.photoshelter.v3.LinkHandler;
import io.assetbridge.emulator.photoshelter.v3.LinkMaker;
import io.assetbridge.emulator.photoshelter.v3.UploadHandler;
import io.assetbridge.emulator.photoshelter.v3.V3Records;
import io.assetbridge.emulator.photoshelter.v4.CustomMetadataPatchHandler;
import io.assetbridge.emulator.photoshelter.v4.CustomMetadataReadHandler;
import io.assetbridge.emulator.photoshelter.v4.FieldDefinitionsHandler;
import io.assetbridge.emulator.photoshelter.v4.GalleryChildrenHandler;
import io.assetbridge.emulator.photoshelter.v4.IptcPatchHandler;
import io.assetbridge.emulator.photoshelter.v4.LicensePatchHandler;
import io.assetbridge.emulator.photoshelter.v4.MediaPatchHandler;
import io.assetbridge.emulator.photoshelter.v4.SearchHandler;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.util.List;

/** Every route the emulator serves, in one table. */
final class RouteTable {

  private static final String V3 = "/psapi/v3/mem";
  private static final String V4 = "/psapi/v4.0";
  private final Javalin app;
  private final AccessGate gate;

  private RouteTable(Javalin app, AccessGate gate) {
    this.app = app;
    this.gate = gate;
  }

  static void install(
      Javalin app,
      Library library,
      Sessions sessions,
      Journal journal,
      FaultInjector faults,
      LinkMaker links) {
    RouteTable t = new RouteTable(app, new AccessGate(library, sessions));
    t.auth(library, sessions);
    t.v3Reads(library, links);
    t.v3Writes(library);
    t.v4(library);
    app.get(
        "/img-get2/{image_id}/{spec}",
        new RenditionHandler(library, new Renditions(), links::verifies));
    app.get(
        "/img-get2/{image_id}/{spec}/{name}",
        new RenditionHandler(library, new Renditions(), links::verifies));
    t.admin(library, sessions, journal, faults);
  }

  private void auth(Library library, Sessions sessions) {
    app.post(V3 + "/authenticate", guarded(Access.KEY, new LoginHandler(library, sessions)));
    app.post(
        V3 + "/organization/{org_id}/authenticate",
        guarded(Access.SESSION, new OrgAuthenticateHandler(library, sessions)));
    app.get(V3 + "/user/session", guarded(Access.SESSION, new SessionInfoHandler(library)));
    Handler logout = guarded(Access.KEY, new LogoutHandler(sessions));
    app.get(V3 + "/authenticate/logout", logout);
    app.post(V3 + "/authenticate/logout", logout);
  }

  private void v3Reads(Library library, LinkMaker links) {
    V3Records records = new V3Records(library);
    ImageExtender extender = new ImageExtender(records, links);
    String image = V3 + "/image/{image_id}";
    org(image, "get", new ImageRecordHandler(library, records, extender));
    org(image + "/iptc", "get", new ImagePartHandler(library, "Iptc", IptcKeys.ALL, records::iptc));
    List<String> customKeys = List.of("field_id", "field_name", "option_id", "value");
    org(
        image + "/custom",
        "get",
        new ImagePartHandler(library, "CustomMetadata", customKeys, records::custom));
    org(
        image + "/license",
        "get",
        new ImagePartHandler(library, "License", List.of("license_etime"), records::license));
    org(
        image + "/galleries",
        "get",
        new ImagePartHandler(
            library, "ImageGallery", List.of("gallery_id", "name"), records::imageGalleries));
    org(image + "/link", "get", new LinkHandler(library, links));
    org(image + "/download", "get", new DownloadHandler(library));
    org(V3 + "/collection/{collection_id}/children", "get", new ChildrenHandler(library, records));
    org(V3 + "/gallery/{gallery_id}/images", "get", new GalleryImagesHandler(library, extender));
  }

  private void v3Writes(Library library) {
    org(V3 + "/image/upload", "post", new UploadHandler(library));
    GalleryInsertHandler insert = new GalleryInsertHandler(library);
    org(V3 + "/gallery/insert", "post", insert);
    org(V3 + "/gallery/insert", "get", insert);
  }

  private void v4(Library library) {
    org(V4 + "/media", "get", new SearchHandler(library));
    org(V4 + "/media/{image_id}", "patch", new MediaPatchHandler(library));
    org(V4 + "/media/{image_id}/iptc", "patch", new IptcPatchHandler(library));
    org(V4 + "/media/{image_id}/custom-metadata", "get", new CustomMetadataReadHandler(library));
    org(V4 + "/media/{image_id}/custom-metadata", "patch", new CustomMetadataPatchHandler(library));
    org(V4 + "/media/{image_id}/license", "patch", new LicensePatchHandler(library));
    org(V4 + "/organization/{org_id}/custom-metadata", "get", new FieldDefinitionsHandler(library));
    org(V4 + "/galleries/{gallery_id}/children", "post", new GalleryChildrenHandler(library));
    org(
        V4 + "/galleries/{gallery_id}/children",
        "delete",
        GalleryChildrenHandler.removing(library));
  }

  private void admin(Library library, Sessions sessions, Journal journal, FaultInjector faults) {
    app.post("/_emulator/reset", new ResetHandler(library, sessions, journal, faults));
    app.post("/_emulator/seed", new SeedHandler(library));
    app.post("/_emulator/act", new ActHandler(library));
    app.post("/_emulator/custom-fields", new CustomFieldsHandler(library));
    app.post("/_emulator/sessions/expire", new SessionsExpireHandler(sessions));
    JournalHandler journalHandler = new JournalHandler(journal);
    app.get("/_emulator/journal", journalHandler::read);
    app.delete("/_emulator/journal", journalHandler::clear);
    FaultsHandler faultsHandler = new FaultsHandler(faults, library);
    app.put("/_emulator/faults", faultsHandler::replace);
    app.get("/_emulator/faults", faultsHandler::read);
    app.delete("/_emulator/faults", faultsHandler::clear);
  }

  private void org(String path, String method, ApiHandler handler) {
    Handler h = guarded(Access.ORG, handler);
    switch (method) {
      case "get" -> app.get(path, h);
      case "post" -> app.post(path, h);
      case "patch" -> app.patch(path, h);
      case "delete" -> app.delete(path, h);
      default -> throw new IllegalArgumentException(method);
    }
  }

  private Handler guarded(Access access, ApiHandler handler) {
    return ctx -> handler.handle(ctx, gate.check(ctx, access));
  }
}
