package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodingTest {
  @TempDir Path dir;

  private static byte[] asciiThen(int n, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < n; i++) {
      out.write('a');
    }
    out.writeBytes(tail);
    return out.toByteArray();
  }

  @Test
  void multiByteCharacterAcrossChunkBoundaryIsValid() throws IOException {
    byte[] bytes = asciiThen(64 * 1024 - 1, "\u20ac and more".getBytes(StandardCharsets.UTF_8));
    assertThat(Decoding.firstInvalidUtf8(new ByteArrayInputStream(bytes))).isEqualTo(-1);
  }

  @Test
  void invalidByteOffsetIsExactBeyondFirstChunk() throws IOException {
    byte[] bytes = asciiThen(70_000, new byte[] {(byte) 0xA3, '1', '0'});
    assertThat(Decoding.firstInvalidUtf8(new ByteArrayInputStream(bytes))).isEqualTo(70_000);
  }

  @Test
  void truncatedSequenceAtEndIsInvalid() throws IOException {
    byte[] bytes = asciiThen(10, new byte[] {(byte) 0xE2, (byte) 0x82});
    assertThat(Decoding.firstInvalidUtf8(new ByteArrayInputStream(bytes))).isEqualTo(10);
  }

  @Test
  void fileAndBytePlansAgree() throws IOException {
    byte[] bytes = "Price: \u00a35".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("x.csv");
    Files.write(file, bytes);
    Decoding.Plan fromFile = Decoding.plan(file);
    Decoding.Plan fromBytes = Decoding.plan(bytes);
    assertThat(fromFile).isEqualTo(fromBytes);
    assertThat(fromBytes.invalidAt()).isEqualTo(7);
    assertThat(fromBytes.decode(bytes)).isEqualTo("Price: \u00a35");
  }

  @Test
  void utf8WithBomIsStripped() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    Decoding.Plan plan = Decoding.plan(bytes);
    assertThat(plan.warning()).isNull();
    assertThat(plan.decode(bytes)).isEqualTo("hi");
  }
}
