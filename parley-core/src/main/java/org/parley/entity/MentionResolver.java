package org.parley.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.model.EntityType;
import org.parley.model.Mention;

/**
 * Groups an article's mentions into entities the way a reader does within one article: "Putin"
 * after "Vladimir Putin" is the same person, "Mr Macron" is Macron, "Russia's" is Russia; then
 * maps each name through the alias table ("Kiev" is Kyiv, "Zelenskyy" is Volodymyr Zelensky).
 * With the article text, context rules apply too ("Kherson" followed by "region" is Kherson
 * Oblast). Merging over the whole corpus (surnames, transliterations) is {@link EntityLinker}'s.
 */
public final class MentionResolver {
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final String TITLES =
      "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Madam|Lord|Lady|President|Vice President|Prime Minister|Deputy Prime Minister"
          + "|Foreign Minister|Defence Minister|Defense Minister|Minister|Secretary of State|Secretary|Chancellor"
          + "|Premier|General|Gen|Lt|Col|Colonel|Major|Maj|Capt|Captain|Admiral|Sen|Senator|Rep|Representative"
          + "|Gov|Governor|Mayor|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Pope|King|Queen|Prince"
          + "|Princess|Prof|Professor|Judge|Justice|Patriarch|Metropolitan|Commander|Marshal|Speaker";
  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:(?:(?:Russian|Ukrainian|French|German|American|US|U\\.S\\.|British|UK|Turkish|Chinese|Polish"
              + "|Belarusian|Italian|EU|NATO|Kremlin|Former|former|Acting|acting)\\s+)?(?:"
              + TITLES
              + ")\\.?\\s+)+");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2007\u202f]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]");
  private static final Pattern RUN_ON = Pattern.compile("(?<=\\p{Ll}{2})\\.\\p{Lu}\\p{Ll}*$");
  private static final Pattern BRACKETS = Pattern.compile("[\\[\\](){}]");
  /** Quotes, ellipses and dashes at either end ("Donbas\u201d", "\u2026 Azov"). */
  private static final Pattern EDGE_PUNCT =
      Pattern.compile("^[\\s\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2026\u2013\u2014*.,:;-]+|[\\s\"\u201c\u201d\u00ab\u00bb\u2026\u2013\u2014*,:;-]+$");

  private final AliasTable table;

  /** Resolves with the shipped default alias table. */
  public MentionResolver() {
    this(AliasTable.defaults());
  }

  public MentionResolver(AliasTable table) {
    this.table = table;
  }

  /** Returns the mentions with entity id and name filled, in text order. */
  public List<Mention> resolve(List<Mention> mentions) {
    return resolve(mentions, null);
  }

  /**
   * As {@link #resolve(List)}; with the article {@code text} (which mention offsets index), context
   * rules apply. Mentions of deleted names stay, with no entity.
   */
  public List<Mention> resolve(List<Mention> mentions, String text) {
    List<String> fullNames = new ArrayList<>();
    for (Mention m : mentions) {
      String name = canonicalForm(m.text());
      if (m.type() == EntityType.PERSON && name.contains(" ")) {
        fullNames.add(name);
      }
    }
    List<Mention> resolved = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String name = canonicalForm(m.text());
      if (name.isEmpty()) {
        continue;
      }
      EntityType type = m.type();
      String contextTarget = text == null ? null : contextTarget(m, name, text);
      if (contextTarget != null) {
        name = contextTarget;
      } else if (m.type() == EntityType.PERSON && !name.contains(" ") && table.lookup(name).isEmpty()) {
        name = longestNameEndingWith(fullNames, name);
      }
      if (table.isDeleted(name) || table.isDeleted(m.text()) || isDemonym(name, type)) {
        resolved.add(new Mention(m.start(), m.end(), m.text(), type, null, null));
        continue;
      }
      var canon = table.lookupLoosely(name);
      if (canon.isPresent()) {
        name = canon.get().name();
        if (canon.get().type() != null) {
          type = canon.get().type();
        }
        if (table.isDeleted(name)) {
          resolved.add(new Mention(m.start(), m.end(), m.text(), type, null, null));
          continue;
        }
      }
      resolved.add(new Mention(m.start(), m.end(), m.text(), type, EntityIds.of(name), name));
    }
    return resolved;
  }

  private String contextTarget(Mention m, String name, String text) {
    if (m.end() > text.length()) {
      return null;
    }
    for (AliasTable.ContextRule rule : table.contextRules(NameKeys.key(name))) {
      if (followedBy(text, m.end(), rule.words())) {
        return rule.target();
      }
    }
    return null;
  }

  /**
   * True when the text after {@code at} starts with one of {@code words} (folded), directly or
   * after a list of other names ("Donetsk and Luhansk regions": then the plural is required).
   */
  static boolean followedBy(String text, int at, List<String> words) {
    String window = text.substring(at, Math.min(text.length(), at + 160));
    String folded = NameKeys.fold(window);
    if (startsWithWord(folded, words, "") || startsWithWord(folded, words, "s")) {
      return true;
    }
    // "Donetsk and Luhansk regions", "Kherson, Zaporizhzhia and Donetsk oblasts": skip other names
    java.util.regex.Matcher tok = TOKEN.matcher(window);
    int skipped = 0;
    while (tok.find() && skipped < 8) {
      String t = tok.group();
      if (skipped > 0 && startsWithWord(NameKeys.fold(window.substring(tok.start())), words, "s")) {
        return true;
      }
      boolean name = Character.isUpperCase(t.charAt(0));
      if (!(name || t.equals(",") || t.equals("&") || t.equals("and"))) {
        return false;
      }
      skipped++;
    }
    return false;
  }

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'\u2019-]+|[,&]");

  private static boolean startsWithWord(String s, List<String> words, String plural) {
    String t = s.stripLeading();
    for (String w : words) {
      String form = w + plural;
      if (t.startsWith(form) && (t.length() == form.length() || !Character.isLetterOrDigit(t.charAt(form.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nationality and group words NER calls MISC ("Ukrainians", "Russian", "Polish", "Europeans"):
   * common nouns and adjectives, not entities. One word, MISC, a demonym ending.
   */
  static boolean isDemonym(String name, EntityType type) {
    if (!name.isEmpty() && Character.isLowerCase(name.charAt(0)) && name.indexOf(' ') < 0) {
      return true; // "mini-Churchills", "pro-Kremlin": one lower-case word is a common word
    }
    if (type != EntityType.MISC || name.length() < 3) {
      return false;
    }
    // headline capitals too: "RUSSIAN" is "Russian"
    String cased = name.substring(0, 1) + name.substring(1).toLowerCase(Locale.ROOT);
    return DEMONYM.matcher(cased).matches();
  }

  private static final Pattern DEMONYM =
      Pattern.compile("\\p{Lu}\\p{L}+(?:ans?|ese|ish|ch|ic|is|ists?|ites?|ers|ics)|\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+(?:ans?|ese|ish)");

  /** The surface form without possessive, leading "the" and honorifics, spaces collapsed. */
  public static String canonicalForm(String surface) {
    String s = INVISIBLE.matcher(surface).replaceAll("");
    s = BRACKETS.matcher(s).replaceAll(" ");
    s = EDGE_PUNCT.matcher(s).replaceAll("");
    s = RUN_ON.matcher(s).replaceAll(""); // "Vladimir Putin.He": a missing space after a sentence
    s = SPACES.matcher(s.strip()).replaceAll(" ");
    s = POSSESSIVE.matcher(s).replaceAll("");
    if (s.startsWith("the ") || s.startsWith("The ")) {
      s = s.substring(4);
    }
    String stripped = TITLE.matcher(s).replaceAll("").strip();
    return stripped.isEmpty() ? s.strip() : stripped;
  }

  private static String longestNameEndingWith(List<String> fullNames, String surname) {
    String best = surname;
    String key = NameKeys.translitKey(surname);
    for (String full : fullNames) {
      boolean ends = full.endsWith(" " + surname) || NameKeys.lastWord(NameKeys.translitKey(full)).equals(key);
      if (ends && full.length() > best.length() && !full.toLowerCase(Locale.ROOT).equals(surname.toLowerCase(Locale.ROOT))) {
        best = full;
      }
    }
    return best;
  }
}
