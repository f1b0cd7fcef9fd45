package org.parley.app;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "The web application and JSON API (default http://127.0.0.1:8080); Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH", description = "ingest these files or folders first, as parley ingest does")
  List<String> ingest;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (ingest != null && !ingest.isEmpty()) {
      IngestCommand command = new IngestCommand();
      command.data = data;
      command.paths = ingest;
      int code = command.call();
      if (code != 0) {
        return code;
      }
    }
    WebServer opened = WebServer.open(data.dir);
    WebServer server;
    try {
      server = opened.start(host, port);
    } catch (RuntimeException e) {
      opened.close();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    System.out.printf("parley: serving %s on http://%s:%d/ (Ctrl-C stops)%n", data.dir, shownHost, server.port());
    if (!isLoopback(host)) {
      System.err.println("parley: warning: listening on " + host + ", not only this machine; anyone who can reach it can read the index");
    }
    stopped.await();
    return 0;
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
