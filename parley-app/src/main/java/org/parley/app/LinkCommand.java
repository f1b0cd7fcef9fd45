package org.parley.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.link.LinkBench;
import org.parley.link.LinkSummary;
import org.parley.link.Linker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the links across stored articles, without any NLP: statement clusters (one statement,"
          + " many outlets), reused passages and claim/denial pairs. Stored in DATA/links, apart from the"
          + " articles; replaces the previous links atomically. Continues from the previous run when"
          + " articles were only added (the same links as a rebuild, for the work of the added ones)."
    })
final class LinkCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--bench", description = "instead: benchmark linking on the PATH inputs (stored without NLP, with stand-in statements) at each of --sizes")
  boolean bench;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "inputs for --bench")
  List<Path> inputs = List.of();

  @Option(names = "--sizes", split = ",", defaultValue = "1000,5000,25000", description = "corpus sizes for --bench (default: 1000,5000,25000)")
  List<Integer> sizes;

  @Option(names = "--rebuild", description = "ignore the previous run's state and link everything again")
  boolean rebuild;

  @Option(names = "--work-dir", description = "where --bench stores its throw-away data (default: a temp dir)")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    if (bench) {
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("--bench needs input paths");
      }
      Path dir = workDir != null ? workDir : Files.createTempDirectory("parley-link-bench");
      LinkBench.run(inputs, sizes, dir, System.out::println);
      System.out.println("work dir: " + dir);
      return 0;
    }
    LinkSummary s = new Linker().relink(data.dir, rebuild);
    PrintStream out = System.out;
    out.printf("run                %s%n", s.addedArticles() < 0 ? "full rebuild" : String.format("continued: %,d added articles", s.addedArticles()));
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

  /** The links of a data directory; a clear usage error when none were built yet. */
  static org.parley.link.Links stored(java.nio.file.Path dataDir) throws java.io.IOException {
    org.parley.link.Links links = org.parley.link.Links.open(dataDir);
    if (!links.present()) {
      throw new IllegalArgumentException("no links in " + dataDir + ": run parley link first");
    }
    return links;
  }
}
