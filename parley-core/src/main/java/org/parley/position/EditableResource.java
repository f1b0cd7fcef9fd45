package org.parley.position;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A vocabulary shipped on the classpath that a user file in the data directory extends. */
public final class EditableResource {
  private EditableResource() {}

  /** The shipped text of {@code resource}, next to {@code owner}. */
  public static String shipped(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The user's file, or null when there is none. */
  public static String user(Path fileOrNull) {
    if (fileOrNull == null || !Files.isRegularFile(fileOrNull)) {
      return null;
    }
    try {
      return Files.readString(fileOrNull, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
