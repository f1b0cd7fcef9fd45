package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.VectorizedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.clean.Cleaner;
import org.parley.entity.MentionResolver;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The NLP stage: CoreNLP tagging and NER over the whole article, dependency parsing over the
 * sentences {@link ParseFilter} selects. Models load once per instance; one instance is safe to
 * use from several threads (CoreNLP's annotators are shared the same way by its server).
 */
public final class NlpAnnotator {
  /** Parser models by their properties: loaded once per JVM, as CoreNLP's annotator pool does. */
  private static final Map<String, DependencyParser> PARSERS = new ConcurrentHashMap<>();

  private final StanfordCoreNLP tagger;
  /** CoreNLP's depparse annotator: only when measuring against it ({@code allGraphs}). */
  private final StanfordCoreNLP parser;
  private final DependencyParser basicParser;
  private final ParseFilter parseFilter;
  private final MentionResolver resolver = new MentionResolver();

  public NlpAnnotator(NlpConfig config) {
    this(config, ParseFilter.fromResource());
  }

  /** With another parse filter (for measuring one against another). */
  NlpAnnotator(NlpConfig config, ParseFilter parseFilter) {
    this(config, parseFilter, new Properties());
  }

  /** With CoreNLP tagging properties laid over the config's (for measuring alternatives). */
  NlpAnnotator(NlpConfig config, ParseFilter parseFilter, Properties taggingOverrides) {
    this(config, parseFilter, taggingOverrides, false);
  }

  /**
   * @param allGraphs parse through CoreNLP's depparse annotator, which also builds the collapsed,
   *     CC-processed, enhanced and enhanced++ graphs that nothing here reads (for measuring what
   *     building only the basic graph saves)
   */
  NlpAnnotator(NlpConfig config, ParseFilter parseFilter, Properties taggingOverrides, boolean allGraphs) {
    Properties tagging = config.taggingProperties();
    tagging.putAll(taggingOverrides);
    this.tagger = new StanfordCoreNLP(tagging);
    Properties props = config.parseProperties();
    if (config.parse() && allGraphs) {
      props.setProperty("annotators", "depparse");
      // Tokens and POS tags come from the tagger run; the parser pipeline only adds arcs.
      props.setProperty("enforceRequirements", "false");
      this.parser = new StanfordCoreNLP(props);
      this.basicParser = null;
    } else {
      this.parser = null;
      this.basicParser = config.parse() ? basicParser(props) : null;
    }
    this.parseFilter = parseFilter;
  }

  /** The parser CoreNLP's depparse annotator would load for these properties ({@code depparse.*}). */
  static DependencyParser basicParser(Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
    String model = own.getProperty("model", DependencyParser.DEFAULT_MODEL);
    return PARSERS.computeIfAbsent(model + own, k -> {
      DependencyParser parser = DependencyParser.loadFromModelFile(model, own);
      // Same scores as CoreNLP's scorer, in about 2/3 of the time (docs/performance.md, session 3).
      VectorizedClassifier.install(parser);
      return parser;
    });
  }

  /**
   * The basic dependency graph only, as CoreNLP's depparse annotator builds it; that annotator
   * also derives four other graphs from each parse, which statement extraction never reads.
   */
  static void parseBasic(DependencyParser parser, List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      GrammaticalStructure parse = parser.predict(sentence);
      sentence.set(
          SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
    }
  }

  public AnnotatedArticle annotate(Article article) {
    // Same length as the text, junk blanked: offsets from CoreNLP index the article text directly.
    String input = Cleaner.forNlp(article);
    Annotation doc = new Annotation(input);
    tagger.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> toParse = new ArrayList<>();
    List<List<Token>> tokensPerSentence = new ArrayList<>(coreSentences.size());
    for (CoreMap sentence : coreSentences) {
      List<Token> tokens = tokens(sentence);
      tokensPerSentence.add(tokens);
      if ((parser != null || basicParser != null) && parseFilter.worthParsing(tokens)) {
        toParse.add(sentence);
      }
    }
    if (!toParse.isEmpty() && parser != null) {
      Annotation parseDoc = new Annotation(input);
      parseDoc.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parser.annotate(parseDoc);
    } else if (!toParse.isEmpty()) {
      parseBasic(basicParser, toParse);
    }
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap sentence = coreSentences.get(i);
      List<Token> tokens = tokensPerSentence.get(i);
      if (tokens.isEmpty()) {
        continue;
      }
      sentences.add(
          new Sentence(
              sentences.size(),
              tokens.get(0).start(),
              tokens.get(tokens.size() - 1).end(),
              tokens,
              dependencies(sentence)));
    }
    return new AnnotatedArticle(article, sentences, resolver.resolve(mentions(doc, article)));
  }

  private static List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      tokens.add(
          new Token(
              label.beginPosition(), label.endPosition(), label.word(), label.tag(), label.lemma(), label.ner()));
    }
    return tokens;
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> arcs = new ArrayList<>(graph.size());
    for (IndexedWord root : graph.getRoots()) {
      arcs.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      arcs.add(
          new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1, edge.getRelation().toString()));
    }
    return arcs;
  }

  /**
   * CoreNLP's entity mentions also include pronouns ("he", "his") for its linker, and the 4-class
   * model tags nationality adjectives ("Ukrainian") as MISC; neither names an entity.
   */
  private static boolean isNamed(List<CoreLabel> tokens) {
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    boolean allAdjectives = true;
    for (CoreLabel token : tokens) {
      String tag = token.tag() == null ? "" : token.tag();
      if (tag.startsWith("PRP") || "O".equals(token.ner())) {
        return false;
      }
      allAdjectives &= tag.startsWith("JJ");
    }
    return !allAdjectives;
  }

  private static List<Mention> mentions(Annotation doc, Article article) {
    List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
    List<Mention> mentions = new ArrayList<>();
    if (found == null) {
      return mentions;
    }
    for (CoreMap m : found) {
      EntityType type = EntityType.fromNer(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      if (type == null || !isNamed(m.get(CoreAnnotations.TokensAnnotation.class))) {
        continue;
      }
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      mentions.add(new Mention(start, end, article.text().substring(start, end), type, null, null));
    }
    return mentions;
  }
}
