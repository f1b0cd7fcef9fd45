package org.parley.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.parley.model.ArticleId;

/** Invented news texts from a seeded generator: many distinct articles, no corpus text. */
final class SyntheticArticles {
  private static final List<String> PEOPLE =
      List.of("Foreign Minister Ilse Marr", "President Tomas Rell", "Envoy Dara Quent", "General Oskar Fenn", "Spokeswoman Lina Voss");
  private static final List<String> CUES = List.of("said", "told reporters", "insisted", "warned", "added");
  private static final List<String> CLAIMS =
      List.of(
          "the ceasefire along the river must hold",
          "talks in Ostmark would resume next week",
          "Karsk would never accept the twelve-point plan",
          "humanitarian corridors should open at dawn",
          "troops would withdraw only if the border was guaranteed",
          "the province of Helm remained part of Valdoria");

  private SyntheticArticles() {}

  /** Writes {@code n} distinct articles as .txt files; returns the set of their ids. */
  static Set<String> write(Path dir, int n, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder("Report number " + i + " from the Valdoria talks.\n");
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        text.append(PEOPLE.get(random.nextInt(PEOPLE.size())))
            .append(' ')
            .append(CUES.get(random.nextInt(CUES.size())))
            .append(" that ")
            .append(CLAIMS.get(random.nextInt(CLAIMS.size())))
            .append(".\n");
      }
      String body = text.toString();
      Files.writeString(dir.resolve(String.format("a%05d.txt", i)), body, StandardCharsets.UTF_8);
      ids.add(ArticleId.of(body));
    }
    return ids;
  }
}
