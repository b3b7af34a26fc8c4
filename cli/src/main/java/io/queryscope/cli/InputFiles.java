package io.queryscope.cli;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files the user names, failing with one line that names the option and the file. */
public final class InputFiles {

  private InputFiles() {}

  /** Fails unless the file exists and is readable. */
  public static Path require(String option, Path file) {
    if (!Files.exists(file)) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE, option + " " + file + ": no such file; check the path");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          option + " " + file + ": not a readable file; check the path and its permissions");
    }
    return file;
  }

  public static String read(String option, Path file) {
    require(option, file);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          option + " " + file + ": cannot read it (" + e.getMessage() + ")",
          e);
    }
  }
}
