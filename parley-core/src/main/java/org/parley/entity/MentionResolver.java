package org.parley.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.model.EntityType;
import org.parley.model.Mention;

/**
 * Groups an article's mentions into entities the way a reader does within one article: "Putin"
 * after "Vladimir Putin" is the same person, "Mr Macron" is Macron, "Russia's" is Russia.
 * Cross-article merging (aliases, transliterations) happens later, over the whole corpus.
 */
public final class MentionResolver {
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:(?:Mr|Mrs|Ms|Dr|Sir|Madam|President|Prime Minister|Minister|Chancellor|General|Gen|Col|Sen|Senator|Rep)\\.?\\s+)+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Returns the mentions with entity id and name filled, in text order. */
  public List<Mention> resolve(List<Mention> mentions) {
    Map<EntityType, List<String>> fullNames = new HashMap<>();
    for (Mention m : mentions) {
      String name = canonicalForm(m.text());
      if (m.type() == EntityType.PERSON && name.contains(" ")) {
        fullNames.computeIfAbsent(m.type(), t -> new ArrayList<>()).add(name);
      }
    }
    List<Mention> resolved = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String name = canonicalForm(m.text());
      if (name.isEmpty()) {
        continue;
      }
      if (m.type() == EntityType.PERSON && !name.contains(" ")) {
        name = longestNameEndingWith(fullNames.getOrDefault(m.type(), List.of()), name);
      }
      resolved.add(new Mention(m.start(), m.end(), m.text(), m.type(), EntityIds.of(name), name));
    }
    return resolved;
  }

  /** The surface form without possessive, leading "the" and honorifics, spaces collapsed. */
  public static String canonicalForm(String surface) {
    String s = SPACES.matcher(surface.strip()).replaceAll(" ");
    s = POSSESSIVE.matcher(s).replaceAll("");
    if (s.startsWith("the ") || s.startsWith("The ")) {
      s = s.substring(4);
    }
    return TITLE.matcher(s).replaceAll("").strip();
  }

  private static String longestNameEndingWith(List<String> fullNames, String surname) {
    String best = surname;
    for (String full : fullNames) {
      if (full.endsWith(" " + surname) && full.length() > best.length()) {
        best = full;
      }
    }
    return best;
  }
}
