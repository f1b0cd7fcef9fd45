package org.parley.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.entity.EntityIds;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Statement;

/**
 * Turns the words naming a source into a canonical speaker: named mentions to their entity,
 * metonyms ("Moscow") to the government, pronouns ("he", "it") and definite descriptions ("the
 * French leader", "the statement") to the most recent compatible earlier speaker or mention.
 * Unnamed sources stay descriptions, without determiners ("senior French official").
 */
final class SpeakerResolver {
  /** A resolved speaker: canonical name and entity id (null for descriptions). */
  record Resolved(String name, String entityId, EntityType type) {}

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "them");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "some", "this", "that", "these", "those", "its", "his", "her", "their");
  private static final int NEAR = 700;
  /** Descriptions of documents, whose author is named where the document was first mentioned. */
  private static final Set<String> DOCUMENTS =
      Set.of("statement", "letter", "report", "message", "communique", "declaration", "release", "memo", "note",
          "post", "tweet", "readout", "document", "transcript");

  private final Lexicon lexicon;
  private final AnnotatedArticle article;
  private final Map<String, EntityType> entityTypes = new HashMap<>();

  SpeakerResolver(Lexicon lexicon, AnnotatedArticle article) {
    this.lexicon = lexicon;
    this.article = article;
    for (Mention m : article.mentions()) {
      if (m.entityId() != null) {
        entityTypes.putIfAbsent(m.entityId(), m.type());
      }
    }
  }

  Resolved resolve(int start, int end, List<Statement> previous) {
    String text = article.article().text().substring(start, end).strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      Resolved r = lastSpeaker(previous, start, true);
      return r != null ? r : nearestMention(start, EntityType.PERSON, null, text);
    }
    if (THING_PRONOUNS.contains(lower)) {
      Resolved r = lastSpeaker(previous, start, false);
      return r != null ? r : nearestMention(start, EntityType.ORG, null, text);
    }
    Mention named = namedIn(start, end);
    if (named != null) {
      String name = named.entityName() == null ? named.text() : named.entityName();
      String metonym = lexicon.metonym(name);
      if (metonym == null) {
        metonym = lexicon.metonym(named.text());
      }
      if (metonym != null) {
        return new Resolved(metonym, EntityIds.of(metonym), named.type());
      }
      return new Resolved(name, named.entityId(), named.type());
    }
    String metonym = lexicon.metonym(text);
    if (metonym != null) {
      return new Resolved(metonym, EntityIds.of(metonym), EntityType.ORG);
    }
    String[] words = text.split("\\s+");
    String determiner = words[0].toLowerCase(Locale.ROOT);
    String description = DETERMINERS.contains(determiner) && words.length > 1
        ? text.substring(words[0].length()).strip() : text;
    String headNoun = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    String type = lexicon.description(headNoun);
    if (type != null && (determiner.equals("the") || determiner.equals("this"))) {
      if (type.equals("PERSON")) {
        String qualifier = words.length > 2 ? words[1] : null;
        Resolved r = nearestMention(start, EntityType.PERSON, qualifier, null);
        if (r == null) {
          r = lastSpeaker(previous, start, true);
        }
        if (r != null) {
          return r;
        }
      } else {
        Resolved r = DOCUMENTS.contains(headNoun) ? documentAuthor(headNoun, start, previous) : null;
        if (r == null) {
          r = lastSpeaker(previous, start, false);
        }
        if (r == null) {
          r = nearestMention(start, EntityType.ORG, null, null);
        }
        if (r != null) {
          return r;
        }
      }
    }
    return new Resolved(description, null, null);
  }

  /**
   * "a statement issued by the Kremlin ... The statement read": the author named with the last
   * earlier mention of the same document ("by X", "from X", "X's statement"), or null.
   */
  private Resolved documentAuthor(String noun, int before, List<Statement> previous) {
    String text = article.article().text();
    int from = Math.max(0, before - 2 * NEAR);
    String window = text.substring(from, before);
    String name = "(\\p{Lu}[\\p{L}\\p{N}.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.\\-]*)*)";
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "\\b" + noun + "s?\\b[^.;:\\n]{0,40}?\\b(?:by|from)\\s+(?:the\\s+)?" + name + "|" + name + "['\u2019]s?\\s+(?:\\p{L}+\\s+)?"
            + noun + "\\b").matcher(window);
    int s0 = -1;
    int e0 = -1;
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      s0 = from + m.start(g);
      e0 = from + m.end(g);
    }
    if (s0 < 0) {
      return null;
    }
    for (Mention named : article.mentions()) {
      if (named.start() <= s0 && s0 < named.end()) {
        e0 = Math.max(e0, named.end()); // "Ministry of Fisheries": the name runs past the lower-case "of"
      }
    }
    Resolved r = resolve(s0, e0, previous);
    return r.entityId() != null ? r : null;
  }

  private Mention namedIn(int start, int end) {
    Mention best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Mention m : article.mentions()) {
      if (m.start() >= start && m.end() <= end) {
        int rank = switch (m.type()) {
          case PERSON -> 0;
          case ORG -> 1;
          case PLACE -> 2;
          default -> 3;
        };
        // Later mentions win within a rank: the head of "Russian President Vladimir Putin".
        if (rank <= bestRank) {
          best = m;
          bestRank = rank;
        }
      }
    }
    if (best != null && best.type() == EntityType.MISC && end - start > best.end() - best.start() + 3) {
      return null; // "Ukrainian officials": the nationality is not the speaker
    }
    if (best != null && best.type() == EntityType.PLACE && end - start > best.end() - best.start() + 3) {
      return null; // "Kharkiv officials"
    }
    return best;
  }

  private Resolved lastSpeaker(List<Statement> previous, int before, boolean person) {
    for (int i = previous.size() - 1; i >= 0; i--) {
      Statement s = previous.get(i);
      int at = Math.max(s.start(), s.speakerStart());
      if (at >= before + 1 && s.end() > before) {
        continue;
      }
      if (before - s.end() > (person ? NEAR : 2 * NEAR)) {
        break;
      }
      if (s.speaker() == null) {
        continue;
      }
      if (!person && !s.via().isEmpty()) {
        String reporter = s.via().get(s.via().size() - 1);
        return new Resolved(reporter, entityNamed(reporter), EntityType.ORG); // "..., the Kremlin said. It said ..."
      }
      EntityType t = s.speakerEntity() == null ? null : entityTypes.get(s.speakerEntity());
      boolean isPerson = t == EntityType.PERSON;
      if (person == isPerson && (person || s.speakerEntity() != null)) {
        return new Resolved(s.speaker(), s.speakerEntity(), t);
      }
    }
    return null;
  }

  /** The entity id of a mention resolved to {@code name}, so later pronouns can take it; or null. */
  private String entityNamed(String name) {
    for (Mention m : article.mentions()) {
      if (m.entityId() != null && name.equals(m.entityName() == null ? m.text() : m.entityName())) {
        return m.entityId();
      }
    }
    return null;
  }

  private Resolved nearestMention(int before, EntityType type, String qualifier, String fallback) {
    Mention best = null;
    Mention qualified = null;
    String text = article.article().text();
    for (Mention m : article.mentions()) {
      if (m.end() > before) {
        break;
      }
      if (m.type() == type || (type == EntityType.ORG && m.type() == EntityType.PLACE && lexicon.metonym(m.text()) != null)) {
        best = m;
        if (qualifier != null) {
          String context = text.substring(Math.max(0, m.start() - 40), m.end());
          if (context.contains(qualifier)) {
            qualified = m;
          }
        }
      }
    }
    Mention m = qualified != null ? qualified : best;
    if (m == null) {
      return fallback == null ? null : new Resolved(fallback, null, null);
    }
    String name = m.entityName() == null ? m.text() : m.entityName();
    String metonym = lexicon.metonym(name);
    if (metonym != null) {
      return new Resolved(metonym, EntityIds.of(metonym), m.type());
    }
    return new Resolved(name, m.entityId(), m.type());
  }
}
