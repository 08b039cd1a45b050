package io.assetbridge.app.admin;

import io.assetbridge.core.search.FederatedSearch;
import io.assetbridge.spi.SearchQuery;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /api/search?q=&status=&expiringBefore=&keyword=&campaign=&limit=}: federated search
 * across every connection that can search. A slow or failed system still gives 200, with the
 * others' rows and a note; bad parameters give 400 with what to fix.
 */
public final class SearchHandler implements Handler {
  private final FederatedSearch search;

  public SearchHandler(FederatedSearch search) {
    this.search = search;
  }

  /** The 400 answer's body, in the shape of the server's other errors. */
  record BadRequest(String error) {}

  @Override
  public void handle(Context ctx) {
    SearchQuery query;
    try {
      query =
          SearchRequest.parse(
              ctx.queryParam("q"),
              ctx.queryParam("status"),
              ctx.queryParam("expiringBefore"),
              ctx.queryParam("keyword"),
              ctx.queryParam("campaign"),
              ctx.queryParam("limit"));
    } catch (IllegalArgumentException e) {
      ctx.status(400).json(new BadRequest(e.getMessage()));
      return;
    }
    ctx.json(SearchAnswer.of(search.search(query)));
  }
}
