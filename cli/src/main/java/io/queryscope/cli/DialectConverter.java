package io.queryscope.cli;

import io.queryscope.core.model.DatabaseKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --dialect postgresql|mysql|mariadb}. */
public final class DialectConverter implements ITypeConverter<DatabaseKind> {

  @Override
  public DatabaseKind convert(String value) {
    try {
      return DatabaseKind.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
