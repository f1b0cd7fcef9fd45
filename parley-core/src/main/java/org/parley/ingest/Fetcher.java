package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fetches {@code http(s)://} inputs politely: a Parley user agent, connect and response timeouts,
 * a size cap, at most a few redirects, robots.txt obeyed and a pause between requests to the same
 * host. A page gives its article; a feed gives its items. Every failure is one skip with its reason.
 */
final class Fetcher {
  static final String USER_AGENT = "Parley/0.1 (+https://github.com/parley; news attribution research)";

  /** How to fetch. */
  record Options(
      Duration connectTimeout,
      Duration responseTimeout,
      long maxBytes,
      int maxRedirects,
      Duration hostDelay,
      boolean robots) {
    static final Options DEFAULT =
        new Options(Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 5, Duration.ofSeconds(1), true);
  }

  /** A failed fetch: the message is the skip reason. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /** A downloaded body with what the server said about it. */
  record Page(String url, String contentType, String charset, byte[] body) {}

  private final Options options;
  private final HttpClient client;
  private final Map<String, Robots> robots = new HashMap<>();
  private final Map<String, Long> lastRequest = new HashMap<>();

  Fetcher(Options options) {
    this.options = options;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static boolean isUrl(String input) {
    String s = input.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /** Fetches {@code url} and passes its article or items to the context; failures are skips. */
  void read(String url, ReadContext ctx) {
    String source = url.strip();
    Page page;
    try {
      page = fetch(source);
    } catch (Failure e) {
      ctx.report.skip(source, e.getMessage());
      return;
    }
    String type = page.contentType();
    try {
      if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
        HtmlReader.readBytes(page.body(), source, page.charset(), page.url(), ctx);
      } else if (type.endsWith("/xml") || type.endsWith("+xml")) {
        Decoding.Plan plan = Decoding.planMarkup(page.body(), page.charset());
        String text = plan.decode(page.body());
        String root = FeedReader.root(text.length() > 8192 ? text.substring(0, 8192) : text);
        if (root != null && root.equalsIgnoreCase("html")) {
          HtmlReader.readBytes(page.body(), source, page.charset(), page.url(), ctx);
        } else if (FeedReader.isFeedRoot(root)) {
          FeedReader.read(new java.io.StringReader(text), source, page.url(), ctx);
        } else {
          ctx.report.skip(source, "XML document <" + root + "> is not a feed");
        }
      } else {
        ctx.report.skip(source, "unsupported content type " + (type.isEmpty() ? "(none)" : type));
      }
    } catch (ReadContext.SinkFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      ctx.report.skip(source, "unreadable response: " + ReadContext.describe(e));
    }
  }

  /** Downloads {@code url}, following redirects, obeying robots.txt and the host delay. */
  Page fetch(String url) throws Failure {
    URI uri;
    try {
      uri = URI.create(url.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      throw new Failure("bad URL: " + e.getMessage());
    }
    Set<String> seen = new HashSet<>();
    for (int redirects = 0; ; redirects++) {
      if (uri.getHost() == null || !isUrl(uri.toString())) {
        throw new Failure("bad URL " + uri);
      }
      if (!seen.add(uri.toString())) {
        throw new Failure("redirect loop at " + uri);
      }
      if (options.robots() && !robots(uri).allows(pathOf(uri))) {
        throw new Failure("disallowed by robots.txt");
      }
      HttpResponse<InputStream> response = send(uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        drain(response);
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new Failure("HTTP " + status + " without a Location");
        }
        if (redirects >= options.maxRedirects()) {
          throw new Failure("too many redirects (more than " + options.maxRedirects() + ")");
        }
        try {
          uri = uri.resolve(location.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
          throw new Failure("bad redirect Location " + location);
        }
        continue;
      }
      if (status != 200) {
        drain(response);
        throw new Failure("HTTP " + status);
      }
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
      String charset = null;
      for (String param : contentType.split(";")) {
        String p = param.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          charset = p.substring(8).replace("\"", "").strip();
        }
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > options.maxBytes()) {
        drain(response);
        throw new Failure("response too large (" + declared + " bytes > " + options.maxBytes() + ")");
      }
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      } catch (IOException e) {
        throw new Failure("download failed: " + ReadContext.describe(e));
      }
      if (body.length > options.maxBytes()) {
        throw new Failure("response too large (over " + options.maxBytes() + " bytes)");
      }
      return new Page(uri.toString(), mediaType, charset, body);
    }
  }

  private HttpResponse<InputStream> send(URI uri) throws Failure {
    pause(uri);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(options.responseTimeout())
            .header("User-Agent", USER_AGENT)
            .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new Failure("timed out after " + options.responseTimeout().toMillis() + " ms");
    } catch (IOException e) {
      throw new Failure("fetch failed: " + ReadContext.describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted");
    } catch (IllegalArgumentException e) {
      throw new Failure("bad URL: " + ReadContext.describe(e));
    } finally {
      lastRequest.put(hostKey(uri), System.nanoTime());
    }
  }

  private static void drain(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      in.skip(64 * 1024);
    } catch (IOException e) {
      // nothing to do
    }
  }

  /** Waits until the host delay (or the robots.txt Crawl-delay, up to 30 s) has passed. */
  private void pause(URI uri) {
    Long last = lastRequest.get(hostKey(uri));
    if (last == null) {
      return;
    }
    long delay = options.hostDelay().toNanos();
    Robots r = robots.get(hostKey(uri));
    if (r != null && r.crawlDelaySeconds > 0) {
      delay = Math.max(delay, Duration.ofSeconds(Math.min(30, r.crawlDelaySeconds)).toNanos());
    }
    long wait = last + delay - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String hostKey(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  private static String pathOf(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private Robots robots(URI uri) {
    String key = hostKey(uri);
    Robots r = robots.get(key);
    if (r != null) {
      return r;
    }
    r = Robots.ALLOW_ALL;
    try {
      URI robotsUri = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/robots.txt", null, null);
      HttpResponse<InputStream> response = send(robotsUri);
      if (response.statusCode() == 200) {
        try (InputStream in = response.body()) {
          byte[] bytes = in.readNBytes(512 * 1024);
          r = Robots.parse(new String(bytes, StandardCharsets.UTF_8), "parley");
        }
      } else {
        drain(response);
      }
    } catch (Failure | IOException | java.net.URISyntaxException e) {
      // no robots.txt to obey
    }
    robots.put(key, r);
    return r;
  }

  /** The rules of one robots.txt group for our agent (or *): longest matching rule wins. */
  static final class Robots {
    static final Robots ALLOW_ALL = new Robots(List.of(), 0);

    private record Rule(String prefix, boolean allow) {}

    private final List<Rule> rules;
    final long crawlDelaySeconds;

    private Robots(List<Rule> rules, long crawlDelaySeconds) {
      this.rules = rules;
      this.crawlDelaySeconds = crawlDelaySeconds;
    }

    static Robots parse(String text, String agent) {
      List<Rule> mine = new ArrayList<>();
      List<Rule> any = new ArrayList<>();
      long myDelay = -1;
      long anyDelay = -1;
      boolean inMine = false;
      boolean inAny = false;
      boolean groupHasRules = false;
      boolean sawMine = false;
      for (String raw : text.split("\r?\n|\r")) {
        String line = raw.replaceFirst("#.*", "").strip();
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        if (field.equals("user-agent")) {
          if (groupHasRules) {
            inMine = false;
            inAny = false;
            groupHasRules = false;
          }
          String ua = value.toLowerCase(Locale.ROOT);
          if (ua.equals("*")) {
            inAny = true;
          } else if (ua.contains(agent)) {
            inMine = true;
            sawMine = true;
          }
          continue;
        }
        if (field.equals("allow") || field.equals("disallow")) {
          groupHasRules = true;
          if (value.isEmpty()) {
            continue;
          }
          Rule rule = new Rule(value, field.equals("allow"));
          if (inMine) {
            mine.add(rule);
          }
          if (inAny) {
            any.add(rule);
          }
        } else if (field.equals("crawl-delay")) {
          groupHasRules = true;
          try {
            long d = (long) Math.ceil(Double.parseDouble(value));
            if (inMine) {
              myDelay = d;
            }
            if (inAny) {
              anyDelay = d;
            }
          } catch (NumberFormatException e) {
            // ignored
          }
        }
      }
      return sawMine ? new Robots(mine, Math.max(0, myDelay)) : new Robots(any, Math.max(0, anyDelay));
    }

    boolean allows(String path) {
      Rule best = null;
      for (Rule rule : rules) {
        if (matches(rule.prefix, path)
            && (best == null
                || rule.prefix.length() > best.prefix.length()
                || rule.prefix.length() == best.prefix.length() && rule.allow)) {
          best = rule;
        }
      }
      return best == null || best.allow;
    }

    /** Prefix match with {@code *} wildcards and a {@code $} end anchor. */
    private static boolean matches(String pattern, String path) {
      StringBuilder regex = new StringBuilder();
      boolean anchored = pattern.endsWith("$");
      String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
      for (String part : p.split("\\*", -1)) {
        if (regex.length() > 0 || p.startsWith("*")) {
          regex.append(".*");
        }
        regex.append(java.util.regex.Pattern.quote(part));
      }
      if (p.startsWith("*") && regex.toString().startsWith(".*.*")) {
        regex.delete(0, 2);
      }
      return java.util.regex.Pattern.compile(regex + (anchored ? "$" : ".*"), java.util.regex.Pattern.DOTALL)
          .matcher(path)
          .matches();
    }
  }

}
