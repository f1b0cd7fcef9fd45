package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path data;

  @Test
  void withoutAnIndexItSaysToIngestFirst() {
    Cli cli = Cli.run("serve", "--data", data.toString(), "--port", "0");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("run parley ingest first");
  }

  @Test
  void badPortIsBadUsage() {
    Cli cli = Cli.run("serve", "--data", data.toString(), "--port", "70000");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--port");
  }

  @Test
  void helpListsTheOptions() {
    Cli cli = Cli.run("serve", "--help");
    assertThat(cli.out()).contains("--host").contains("--port").contains("--ingest").contains("127.0.0.1");
  }
}
