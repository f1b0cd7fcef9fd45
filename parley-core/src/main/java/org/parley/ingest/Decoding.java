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
      try (InputStream in = Files.newInputStream(file)) {
        return sevenBit(in.readNBytes(HEAD));
      }
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
        return sevenBit(bytes);
      }
      return new Plan(detect(new ByteArrayInputStream(bytes)), 0, invalidAt);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // cannot happen on a byte array
    }
  }

  static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private static Plan bom(byte[] head) {
    int n = head.length;
    if (n >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0) {
      return new Plan(UTF_32LE, 4, -1);
    }
    if (n >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
      return new Plan(UTF_32BE, 4, -1);
    }
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return new Plan(StandardCharsets.UTF_8, 3, -1);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Plan(StandardCharsets.UTF_16LE, 2, -1);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Plan(StandardCharsets.UTF_16BE, 2, -1);
    }
    return wide(head);
  }

  /**
   * UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes of mostly-ASCII text
   * fall; null when the head does not look like it.
   */
  static Plan wide(byte[] head) {
    int n = Math.min(head.length, 4096) & ~3;
    if (n < 8) {
      return null;
    }
    int[] zeros = new int[4];
    int total = 0;
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        zeros[i & 3]++;
        total++;
      }
    }
    int quarter = n / 4;
    if (total < n / 4) {
      return null;
    }
    if (zeros[0] > quarter * 0.9 && zeros[1] > quarter * 0.9 && zeros[2] > quarter * 0.9 && zeros[3] < quarter * 0.5) {
      return new Plan(UTF_32BE, 0, -1);
    }
    if (zeros[1] > quarter * 0.9 && zeros[2] > quarter * 0.9 && zeros[3] > quarter * 0.9 && zeros[0] < quarter * 0.5) {
      return new Plan(UTF_32LE, 0, -1);
    }
    int even = zeros[0] + zeros[2];
    int odd = zeros[1] + zeros[3];
    if (even > n / 2 * 0.4 && odd < even / 8) {
      return new Plan(StandardCharsets.UTF_16BE, 0, -1);
    }
    if (odd > n / 2 * 0.4 && even < odd / 8) {
      return new Plan(StandardCharsets.UTF_16LE, 0, -1);
    }
    return null;
  }

  private static final java.util.regex.Pattern XML_DECL =
      java.util.regex.Pattern.compile(
          "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final java.util.regex.Pattern META_CHARSET =
      java.util.regex.Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * How to decode HTML or XML: a byte-order mark; then UTF-16/32 by zero bytes; then the charset
   * the transport ({@code transport}, e.g. HTTP Content-Type; may be null) or the document declares
   * (XML declaration, HTML meta) when Java knows it and, for UTF-8, the bytes are valid; then
   * strict UTF-8; then detection.
   */
  static Plan planMarkup(byte[] bytes, String transport) {
    try {
      return planMarkup(
          java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD)),
          () -> new ByteArrayInputStream(bytes),
          transport);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // cannot happen on a byte array
    }
  }

  /** {@link #planMarkup(byte[], String)} for a file, streaming it (never held in memory). */
  static Plan planMarkup(Path file, String transport) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    }
    return planMarkup(head, () -> Files.newInputStream(file), transport);
  }

  interface Opener {
    InputStream open() throws IOException;
  }

  private static final int HEAD = 16 * 1024;

  private static Plan planMarkup(byte[] headBytes, Opener all, String transport)
      throws IOException {
    Plan bom = bom(headBytes);
    if (bom != null) {
      return bom;
    }
    String declared = transport == null ? declared(headBytes) : transport;
    Charset charset = declared == null ? null : usable(declared);
    long invalidAt;
    try (InputStream in = all.open()) {
      invalidAt = firstInvalidUtf8(in);
    }
    if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      // Non-ASCII text that is valid UTF-8 is UTF-8 whatever the page says: a page saved again
      // as UTF-8 keeps its old declaration; other charsets almost never form valid UTF-8.
      if (invalidAt < 0 && !isWide(charset)) {
        try (InputStream in = all.open()) {
          if (hasHighByte(in)) {
            return new Plan(StandardCharsets.UTF_8, 0, -1);
          }
        }
      }
      return new Plan(charset, 0, -1);
    }
    if (invalidAt < 0) {
      return sevenBit(headBytes);
    }
    try (InputStream in = all.open()) {
      return new Plan(detect(in), 0, invalidAt);
    }
  }

  private static boolean isWide(Charset c) {
    String n = c.name().toUpperCase(java.util.Locale.ROOT);
    return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("ISO-2022");
  }

  private static boolean hasHighByte(InputStream in) throws IOException {
    byte[] buffer = new byte[CHUNK];
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The charset an XML declaration or HTML meta tag in the head names, or null. */
  static String declared(byte[] headBytes) {
    String head = new String(headBytes, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = XML_DECL.matcher(head);
    if (m.find()) {
      return m.group(1);
    }
    m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Valid UTF-8 is UTF-8, unless it is 7-bit ISO-2022 (escape sequences switch to JIS, KS C
   * or GB): then the charset those escapes name.
   */
  private static Plan sevenBit(byte[] head) {
    for (int i = 0; i + 3 < head.length; i++) {
      if (head[i] != 0x1B) {
        continue;
      }
      byte a = head[i + 1];
      byte b = head[i + 2];
      byte c = head[i + 3];
      if (a == '$' && (b == 'B' || b == '@') || a == '(' && (b == 'J' || b == 'I')) {
        return new Plan(Charset.forName("ISO-2022-JP"), 0, -1);
      }
      if (a == '$' && b == ')' && c == 'C') {
        return new Plan(Charset.forName("ISO-2022-KR"), 0, -1);
      }
      if (a == '$' && b == ')' && (c == 'A' || c == 'G')) {
        return new Plan(Charset.forName("ISO-2022-CN"), 0, -1);
      }
    }
    return new Plan(StandardCharsets.UTF_8, 0, -1);
  }

  /** The Java charset a declared name means (as browsers read it), or null when unusable. */
  static Charset usable(String name) {
    String n = name.strip().toLowerCase(java.util.Locale.ROOT);
    switch (n) {
      case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "cp1252" -> {
        return WINDOWS_1252;
      }
      case "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be", "utf16" -> {
        return null; // no BOM and no zero bytes: the declaration is wrong
      }
      case "x-sjis", "shift-jis", "shift_jis", "sjis", "ms_kanji", "csshiftjis" -> n = "windows-31j";
      case "gb2312", "gbk", "x-gbk", "euc-cn" -> n = "GBK";
      case "ks_c_5601-1987", "euc-kr", "korean" -> n = "EUC-KR";
      case "x-mac-cyrillic", "maccyrillic", "mac-cyrillic" -> n = "x-MacCyrillic";
      case "x-euc-tw", "euc-tw" -> n = "x-EUC-TW";
      case "tis-620", "tis620" -> n = "TIS-620";
      case "iso-8859-9" -> n = "windows-1254";
      default -> {}
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
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
