package io.queryscope.cli;

import io.queryscope.core.dialect.WhatIfMode;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --what-if off|hypothetical|transactional}. */
public final class WhatIfConverter implements ITypeConverter<WhatIfMode> {

  @Override
  public WhatIfMode convert(String value) {
    try {
      return WhatIfMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "unknown what-if mode '" + value + "': use off, hypothetical or transactional");
    }
  }
}
