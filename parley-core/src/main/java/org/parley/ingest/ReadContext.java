package org.parley.ingest;

import java.util.function.Consumer;
import org.parley.model.Article;

/**
 * What every format reader needs: the field mapper, the sink and the report. Every article leaves
 * through {@link #emit}, which gives its outlet the one name {@link OutletNames} knows it by.
 */
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
  private final OutletNames outlets;

  ReadContext(RecordMapper mapper, Consumer<Article> sink, IngestReport report) {
    this(mapper, OutletNames.shipped(), sink, report);
  }

  ReadContext(RecordMapper mapper, OutletNames outlets, Consumer<Article> sink, IngestReport report) {
    this.mapper = mapper;
    this.outlets = outlets;
    this.sink = sink;
    this.report = report;
  }

  void emit(Article article) {
    if (article == null) {
      return;
    }
    String outlet = outlets.canonical(article.outlet(), article.url());
    Article named = java.util.Objects.equals(outlet, article.outlet()) ? article : article.withOutlet(outlet);
    try {
      sink.accept(named);
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
