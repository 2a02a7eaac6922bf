package io.pmoflow.evaluation.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import io.pmoflow.security.OneTimeTokens;

/** A secret that PMO Flow makes itself the first time and keeps in a file only its user may read. */
final class LocalSecrets {

  private LocalSecrets() {}

  static String readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, OneTimeTokens.newToken(), StandardCharsets.US_ASCII);
        } catch (UnsupportedOperationException notPosix) {
          Files.writeString(file, OneTimeTokens.newToken(), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException madeMeanwhile) {
          // another start made it a moment ago: read theirs
        }
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or make the secret file " + file, e);
    }
  }
}
