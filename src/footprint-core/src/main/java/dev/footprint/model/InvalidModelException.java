package dev.footprint.model;

/**
 * Thrown when a network, or a piece of one, is invalid. The message names the field, the value and
 * where the value is (for example {@code site 'US-Taylor': capacity[2] = -5.0}); {@link #field()}
 * and {@link #value()} give the same facts to programs.
 */
public final class InvalidModelException extends IllegalArgumentException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** Where the bad value is. */
  private final String field;
  private final transient Object value;

  /**
   * @param field where the bad value is, as a path such as {@code site 'US-Taylor': capacity[2]}
   * @param value the offending value (may be {@code null} when the value is missing)
   * @param problem what is wrong, ending with an optional hint on a new line starting "Maybe"
   */
  public InvalidModelException(String field, Object value, String problem) {
    super(field + " = " + render(value) + ": " + problem);
    this.field = field;
    this.value = value;
  }

  /** @return the path of the offending field */
  public String field() {
    return field;
  }

  /** @return the offending value, or {@code null} when it was missing */
  public Object value() {
    return value;
  }

  private static String render(Object value) {
    if (value instanceof String) {
      return "'" + value + "'";
    }
    return String.valueOf(value);
  }
}
