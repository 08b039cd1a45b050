package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** v3 paging: {@code page} from 1, {@code per_page} default 100 capped at 1500. */
public record V3Paging(int page, int perPage) {

  public static V3Paging of(Context ctx) {
    return new V3Paging(
        number(ctx.queryParam("page"), 1, "page"),
        Math.min(1500, number(ctx.queryParam("per_page"), 100, "per_page")));
  }

  private static int number(String text, int fallback, String name) {
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw ApiException.badParam(name + " must be a positive integer");
  }

  public <T> List<T> slice(List<T> all) {
    long from = Math.min((long) (page - 1) * perPage, all.size());
    return all.subList((int) from, (int) Math.min(from + perPage, all.size()));
  }

  /** {@code data.Paging}; {@code next} only when another page exists. */
  public Map<String, Object> describe(int total) {
    int pages = (total + perPage - 1) / perPage;
    Map<String, Object> paging = new LinkedHashMap<>();
    paging.put("page", Integer.toString(page));
    paging.put("per_page", Integer.toString(perPage));
    paging.put("pages", Integer.toString(pages));
    paging.put("total", Integer.toString(total));
    if (page < pages) {
      paging.put("next", Integer.toString(page + 1));
    }
    return paging;
  }
}
