package org.parley.ingest;

import java.util.function.Consumer;
import org.parley.model.Article;

/** What every format reader needs: the field mapper, the sink and the report. */
final class ReadContext {
  /** Wraps an exception thrown by the sink, so readers never mistake it for bad input. */
  static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  final RecordMapper mapper;
  final IngestReport report;
  private final Consumer<Article> sink;

  ReadContext(RecordMapper mapper, Consumer<Article> sink, IngestReport report) {
    this.mapper = mapper;
    this.sink = sink;
    this.report = report;
  }

  void emit(Article article) {
    if (article == null) {
      return;
    }
    try {
      sink.accept(article);
    } catch (RuntimeException e) {
      throw new SinkFailure(e);
    }
  }

  /** Text for a warning or skip reason: the exception's message, never null. */
  static String describe(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() > 200 ? message.substring(0, 200) + "..." : message;
  }
}
