package org.parley.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares. */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:PARLEY_DATA:-parley-data}",
      description = "data directory (default: $PARLEY_DATA or ./parley-data)")
  Path dir;
}
