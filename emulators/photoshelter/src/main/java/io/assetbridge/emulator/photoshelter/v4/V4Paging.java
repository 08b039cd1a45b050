package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** v4 paging: {@code per_page} default 50 (exact), capped at 1000; {@code meta.paging} links. */
record V4Paging(int page, int perPage) {

  private static final Set<String> LEFT_OUT = Set.of("page", "api_key", "auth_token");

  static V4Paging of(SearchParams params) {
    int page = params.number("page", 1);
    int perPage = params.number("per_page", 50);
    if (page < 1 || perPage < 1) {
      throw ApiException.badParam("page and per_page must be positive");
    }
    return new V4Paging(page, Math.min(perPage, 1000));
  }

  <T> List<T> slice(List<T> all) {
    long from = Math.min((long) (page - 1) * perPage, all.size());
    return all.subList((int) from, (int) Math.min(from + perPage, all.size()));
  }

  /**
   * {@code total}, {@code page}, and links without secrets; {@code next}/{@code prev} null at the
   * ends.
   */
  Map<String, Object> describe(int total, String queryString) {
    int last = Math.max(1, (total + perPage - 1) / perPage);
    String base = "/psapi/v4.0/media?" + kept(queryString);
    Map<String, Object> paging = new LinkedHashMap<>();
    paging.put("total", total);
    paging.put("page", page);
    paging.put("first", base + "page=1");
    paging.put("last", base + "page=" + last);
    paging.put("next", page < last ? base + "page=" + (page + 1) : null);
    paging.put("prev", page > 1 ? base + "page=" + Math.min(page - 1, last) : null);
    return paging;
  }

  private static String kept(String queryString) {
    List<String> parts = new ArrayList<>();
    for (String part : (queryString == null ? "" : queryString).split("&")) {
      String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
      if (!part.isEmpty() && !LEFT_OUT.contains(name)) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? "" : String.join("&", parts) + "&";
  }
}
