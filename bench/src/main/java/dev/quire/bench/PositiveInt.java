package dev.quire.bench;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A whole number of at least 1, for counts such as --runs and --papers. */
final class PositiveInt implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TypeConversionException("'" + value + "' is not a whole number >= 1");
  }
}
