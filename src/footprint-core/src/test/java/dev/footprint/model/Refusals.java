package dev.footprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** The check every validation test makes: bad input is refused naming its field and its value. */
final class Refusals {
  private Refusals() {}

  /**
   * @param build what must be refused
   * @param field the field the refusal must name
   * @param value the value it must name
   * @param problem text its message must contain
   */
  static void assertInvalid(Executable build, String field, Object value, String problem) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(value, e.value(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}
