package org.parley.app;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.parley.link.LinkSummary;
import org.parley.link.Linker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the links across stored articles, without any NLP: statement clusters (one statement,"
          + " many outlets), reused passages and claim/denial pairs. Stored in DATA/links, apart from the"
          + " articles; replaces the previous links atomically."
    })
final class LinkCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    LinkSummary s = new Linker().relink(data.dir);
    PrintStream out = System.out;
    out.printf("articles           %,d%n", s.articles());
    out.printf("statements         %,d%n", s.statements());
    out.printf("clusters           %,d  (%,d statements; %,d pair links, %,d of them paraphrases; %,d candidate pairs)%n",
        s.clusters(), s.clusteredStatements(), s.statementLinks(), s.paraphraseLinks(), s.statementCandidates());
    out.printf("reused passages    %,d  (%,d article pairs; %,d candidate pairs)%n", s.passages(), s.reusePairs(), s.reuseCandidates());
    out.printf("disputes           %,d%n", s.disputes());
    out.printf("time               %,d ms  (read %,d, cluster %,d, reuse %,d, disputes %,d, write %,d)%n",
        s.totalMillis(), s.readMillis(), s.clusterMillis(), s.reuseMillis(), s.disputeMillis(), s.writeMillis());
    return 0;
  }
}
