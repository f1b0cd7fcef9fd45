package org.parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "parley 0.1.0",
    description = "Who said what, who demands what, when, and according to whom.",
    subcommands = {
      IngestCommand.class,
      ExtractCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatementsCommand.class,
      PositionsCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      EntitiesCommand.class,
      BenchCommand.class,
      LinkCommand.class,
      ReuseCommand.class,
      DisputesCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code: 0 ok, 1 command failed, 2 bad usage. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            cmd.getErr().println("parley: " + e.getMessage());
            return 2;
          }
          cmd.getErr().println("parley: " + describe(e));
          return 1;
        });
    return cli.execute(args);
  }

  /** One line: the message, then the causes' messages ("index write failed: No space left on device"). */
  static String describe(Throwable e) {
    StringBuilder line = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause.getMessage() != null && !line.toString().contains(cause.getMessage())) {
        line.append(": ").append(cause.getMessage());
      }
    }
    return line.toString();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try parley --help)");
  }
}
