package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds how to decode an input: a byte-order mark wins; otherwise strict UTF-8; otherwise the
 * charset juniversalchardet detects, falling back to windows-1252. Works on streams so large
 * datasets are never held in memory (two passes over the bytes at most).
 */
final class Decoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int CHUNK = 64 * 1024;

  /**
   * How to decode one input.
   *
   * @param bomLength bytes to skip at the start (the byte-order mark)
   * @param invalidAt byte offset of the first invalid UTF-8 sequence, or -1 when the input is UTF-8
   *     (or has a BOM)
   */
  record Plan(Charset charset, int bomLength, long invalidAt) {
    /** The warning to report, or null when the input decoded cleanly. */
    String warning() {
      return invalidAt < 0
          ? null
          : "not valid UTF-8 at byte " + invalidAt + "; read as " + charset.name();
    }

    Reader open(Path file) throws IOException {
      InputStream in = Files.newInputStream(file);
      try {
        in.skipNBytes(bomLength);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
      return new InputStreamReader(in, charset);
    }

    String decode(byte[] bytes) {
      return new String(bytes, bomLength, bytes.length - bomLength, charset);
    }
  }

  private Decoding() {}

  static Plan plan(Path file) throws IOException {
    Plan bom;
    try (InputStream in = Files.newInputStream(file)) {
      bom = bom(in.readNBytes(4));
    }
    if (bom != null) {
      return bom;
    }
    long invalidAt;
    try (InputStream in = Files.newInputStream(file)) {
      invalidAt = firstInvalidUtf8(in);
    }
    if (invalidAt < 0) {
      return new Plan(StandardCharsets.UTF_8, 0, -1);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Plan(detect(in), 0, invalidAt);
    }
  }

  static Plan plan(byte[] bytes) {
    Plan bom = bom(bytes);
    if (bom != null) {
      return bom;
    }
    try {
      long invalidAt = firstInvalidUtf8(new ByteArrayInputStream(bytes));
      if (invalidAt < 0) {
        return new Plan(StandardCharsets.UTF_8, 0, -1);
      }
      return new Plan(detect(new ByteArrayInputStream(bytes)), 0, invalidAt);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // cannot happen on a byte array
    }
  }

  private static Plan bom(byte[] head) {
    int n = head.length;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return new Plan(StandardCharsets.UTF_8, 3, -1);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Plan(StandardCharsets.UTF_16LE, 2, -1);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Plan(StandardCharsets.UTF_16BE, 2, -1);
    }
    return null;
  }

  /** Byte offset of the first malformed or unmappable UTF-8 sequence, or -1. */
  static long firstInvalidUtf8(InputStream in) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    CharBuffer chars = CharBuffer.allocate(CHUNK);
    long consumed = 0; // bytes before bytes.position(0)
    boolean eof = false;
    while (true) {
      int n = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      while (true) {
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          return consumed + bytes.position();
        }
        if (result.isUnderflow()) {
          break;
        }
      }
      if (eof) {
        chars.clear();
        CoderResult result = decoder.flush(chars);
        return result.isError() ? consumed + bytes.position() : -1;
      }
      consumed += bytes.position();
      bytes.compact();
    }
  }

  /** The detected charset, or windows-1252 when detection fails or names something unusable. */
  static Charset detect(InputStream in) throws IOException {
    UniversalDetector detector = new UniversalDetector();
    byte[] buffer = new byte[CHUNK];
    int n;
    while ((n = in.read(buffer)) > 0 && !detector.isDone()) {
      detector.handleData(buffer, 0, n);
    }
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return WINDOWS_1252;
    }
    try {
      Charset charset = Charset.forName(name);
      // We only get here because strict UTF-8 failed: a UTF-8 (or ASCII) verdict is wrong.
      if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
        return WINDOWS_1252;
      }
      // Latin-1 is a subset of windows-1252 for printable text; prefer the richer one.
      if (charset.equals(StandardCharsets.ISO_8859_1)) {
        return WINDOWS_1252;
      }
      return charset;
    } catch (IllegalArgumentException e) {
      return WINDOWS_1252;
    }
  }
}
