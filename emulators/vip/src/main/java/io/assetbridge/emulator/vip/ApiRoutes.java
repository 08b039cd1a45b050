package io.assetbridge.emulator.vip;

import io.assetbridge.emulator.vip.assets.AssetContent;
import io.assetbridge.emulator.vip.assets.CreateAsset;
import io.assetbridge.emulator.vip.assets.GetAsset;
import io.assetbridge.emulator.vip.assets.ListAssets;
import io.assetbridge.emulator.vip.assets.ListRenditions;
import io.assetbridge.emulator.vip.assets.PatchAsset;
import io.assetbridge.emulator.vip.assets.PutRendition;
import io.assetbridge.emulator.vip.distribution.CreateDistribution;
import io.assetbridge.emulator.vip.distribution.GetDistribution;
import io.assetbridge.emulator.vip.distribution.ListDistributions;
import io.assetbridge.emulator.vip.events.ListEvents;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiPipeline;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.recipients.GetList;
import io.assetbridge.emulator.vip.recipients.ListLists;
import io.assetbridge.emulator.vip.recipients.ListRecipients;
import io.assetbridge.emulator.vip.submissions.AckSubmission;
import io.assetbridge.emulator.vip.submissions.GetSubmission;
import io.assetbridge.emulator.vip.submissions.ListSubmissions;
import io.assetbridge.emulator.vip.submissions.SubmissionFileContent;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.List;

/** The {@code /api/v1} route table of the contract; unknown paths answer a 404 problem. */
final class ApiRoutes {
  private static final String BASE = "/api/v1";
  private final Platform platform;
  private final ApiPipeline pipeline;

  ApiRoutes(Platform platform) {
    this.platform = platform;
    this.pipeline = new ApiPipeline(platform);
  }

  void register(Javalin app) {
    route(app, HandlerType.POST, "/assets", new CreateAsset(platform), true);
    route(app, HandlerType.GET, "/assets", new ListAssets(platform), false);
    route(app, HandlerType.GET, "/assets/{id}", new GetAsset(platform), false);
    route(app, HandlerType.PATCH, "/assets/{id}", new PatchAsset(platform), false);
    route(app, HandlerType.POST, "/assets/{id}/renditions", new PutRendition(platform), true);
    route(app, HandlerType.GET, "/assets/{id}/renditions", new ListRenditions(platform), false);
    route(app, HandlerType.GET, "/assets/{id}/content", AssetContent.original(platform), false);
    route(
        app,
        HandlerType.GET,
        "/assets/{id}/renditions/{name}/content",
        AssetContent.rendition(platform),
        false);
    route(app, HandlerType.GET, "/recipients", new ListRecipients(platform), false);
    route(app, HandlerType.GET, "/lists", new ListLists(platform), false);
    route(app, HandlerType.GET, "/lists/{id}", new GetList(platform), false);
    route(app, HandlerType.POST, "/distributions", new CreateDistribution(platform), true);
    route(app, HandlerType.GET, "/distributions", new ListDistributions(platform), false);
    route(app, HandlerType.GET, "/distributions/{id}", new GetDistribution(platform), false);
    route(app, HandlerType.GET, "/submissions", new ListSubmissions(platform), false);
    route(app, HandlerType.GET, "/submissions/{id}", new GetSubmission(platform), false);
    route(
        app,
        HandlerType.GET,
        "/submissions/{id}/files/{fileId}/content",
        new SubmissionFileContent(platform),
        false);
    route(app, HandlerType.POST, "/submissions/{id}/ack", new AckSubmission(platform), false);
    route(app, HandlerType.GET, "/events", new ListEvents(platform), false);
    unknownPaths(app);
  }

  /** Registered last so real routes win; keeps 404s in the contract's problem format. */
  private void unknownPaths(Javalin app) {
    ApiOperation notFound =
        call -> {
          throw Problem.notFound(call.method() + " " + call.path());
        };
    for (HandlerType method :
        List.of(
            HandlerType.GET,
            HandlerType.POST,
            HandlerType.PUT,
            HandlerType.PATCH,
            HandlerType.DELETE)) {
      app.addHttpHandler(method, BASE + "/<rest>", pipeline.handler(notFound, false));
    }
  }

  private void route(
      Javalin app, HandlerType method, String path, ApiOperation operation, boolean idempotent) {
    app.addHttpHandler(method, BASE + path, pipeline.handler(operation, idempotent));
  }
}
