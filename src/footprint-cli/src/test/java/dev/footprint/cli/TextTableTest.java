package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void columnsAreAsWideAsTheirWidestCellNumbersRightAligned() {
    String t = new TextTable("name", ">value", "notes").row("a", "1", "x").row("long-name", "1,234", "").render();
    assertEquals("""
        name       value  notes
        a              1  x
        long-name  1,234
        """, t);
  }

  @Test
  void aRowMustFillTheColumns() {
    assertThrows(IllegalArgumentException.class, () -> new TextTable("a", "b").row("only one"));
  }
}
