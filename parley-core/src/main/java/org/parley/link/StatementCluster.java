package org.parley.link;

import java.time.LocalDate;
import java.util.List;

/**
 * One statement as reported by several articles: its members (earliest report first), the outlets
 * and via chains that carried it.
 *
 * @param id {@code c:} plus the id of the earliest report
 * @param speaker the earliest report's speaker
 * @param speakers distinct speakers of the members, first report first (more than one when the
 *     reports attribute the words to one voice differently: a group such as the Kremlin, Putin and
 *     Peskov, an alias, a news outlet named as the speaker)
 * @param content the earliest report's content
 * @param earliestArticle the article of the earliest report: a member's or a carrier's
 * @param articles distinct articles among members and carriers
 * @param outlets distinct outlets of members and carriers, in order of first report (unknown
 *     outlets left out)
 * @param carriers articles that carry the statement's words in a reused passage but where no
 *     statement was extracted there
 * @param vias distinct via chains (each outermost first), in order of first report
 */
public record StatementCluster(
    String id,
    String speaker,
    List<String> speakers,
    String content,
    String earliest,
    String earliestArticle,
    String earliestOutlet,
    LocalDate earliestPublished,
    int size,
    int articles,
    List<String> outlets,
    List<List<String>> vias,
    List<Member> members,
    List<Carrier> carriers) {

  public StatementCluster {
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    carriers = carriers == null ? List.of() : List.copyOf(carriers);
    vias = vias == null ? List.of() : vias.stream().map(List::copyOf).toList();
    members = members == null ? List.of() : List.copyOf(members);
  }

  /**
   * An article carrying a member's words in a reused passage, with the span there (exact when the
   * passage was copied unchanged, else mapped proportionally).
   *
   * @param statement the member whose words it carries
   */
  public record Carrier(String article, String outlet, LocalDate published, int start, int end, String statement) {}

  /**
   * One report in a cluster.
   *
   * @param kind how it joined the cluster: {@code first} for the earliest, else its link kind
   *     (exact, partial, paraphrase) to the earliest; the weakest of its links to the members when
   *     it joined by a majority of them
   */
  public record Member(
      String statement,
      String article,
      String outlet,
      LocalDate published,
      String speaker,
      String kind,
      String content,
      int start,
      int end,
      List<String> via) {
    public Member {
      via = via == null ? List.of() : List.copyOf(via);
    }
  }
}
