package org.parley.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One page of an in-memory list ({@code page} and {@code size} query parameters, checked against
 * the server's limits), and its pager links.
 */
record ListPage(int page, int size, int total) {
  static ListPage of(Context ctx, int defaultSize, int total) {
    int size = SearchParams.number(ctx, "size", defaultSize, 1, SearchParams.MAX_PAGE_SIZE);
    int page = SearchParams.number(ctx, "page", 1, 1, SearchParams.MAX_OFFSET / size + 1);
    return new ListPage(page, size, total);
  }

  int offset() {
    return (page - 1) * size;
  }

  <T> List<T> slice(List<T> all) {
    int from = Math.min(all.size(), offset());
    return all.subList(from, Math.min(all.size(), from + size));
  }

  int first() {
    return offset() < total ? offset() + 1 : 0;
  }

  int last(int shown) {
    return offset() + shown;
  }

  /** Previous, a window of page numbers and next, as the pager template wants them. */
  List<Map<String, Object>> links(IntFunction<String> href) {
    List<Map<String, Object>> out = new ArrayList<>();
    int pages = (int) ((Math.min(total, SearchParams.MAX_OFFSET) + size - 1L) / size);
    if (pages <= 1) {
      return out;
    }
    if (page > 1) {
      out.add(link(href, page - 1, "‹ Previous", false, "prev"));
    }
    for (int i = Math.max(1, page - 3); i <= Math.min(pages, page + 3); i++) {
      out.add(link(href, i, Integer.toString(i), i == page, null));
    }
    if (page < pages) {
      out.add(link(href, page + 1, "Next ›", false, "next"));
    }
    return out;
  }

  private static Map<String, Object> link(IntFunction<String> href, int n, String label, boolean current, String rel) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n);
    m.put("label", label);
    m.put("current", current);
    m.put("rel", rel);
    m.put("href", href.apply(n));
    return m;
  }
}
