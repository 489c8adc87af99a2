package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading HiGHS's improving-solution file in the format HiGHS 1.12 writes (sparse: the negated
 * count of nonzeros, then {@code name value index}); a block still being written is never read.
 */
class HighsIncumbentFileTest {
  private HighsIncumbentFile file;

  @BeforeEach
  void create() {
    file = HighsIncumbentFile.create();
    assertNotNull(file, "a temporary file HiGHS can be pointed at");
  }

  @AfterEach
  void delete() {
    file.delete();
  }

  private void append(String text) throws IOException {
    Files.writeString(file.path, text, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
  }

  @Test
  void optionsNameTheFileAndAskForSparseBlocks() {
    assertEquals("mip_improving_solution_file=" + file.path + "\nmip_improving_solution_report_sparse=true",
        file.options());
  }

  @Test
  void emptyFileHasNoIncumbent() {
    assertNull(file.last(5));
    assertTrue(file.newObjectives().isEmpty());
  }

  @Test
  void lastCompleteBlockWinsAndZerosAreFilledIn() throws IOException {
    append("Objective 120.5\n# Columns -2\nNoName 3 0\nNoName 1.5 4\n");
    append("Objective 98.25\n# Columns -3\nNoName 2 1\nNoName 0.999999999999 2\nNoName 7.125 4\n");
    HighsIncumbentFile.Incumbent inc = file.last(5);
    assertEquals(98.25, inc.objective());
    assertArrayEquals(new double[] {0, 2, 0.999999999999, 0, 7.125}, inc.values());
    assertEquals(List.of(120.5, 98.25), file.newObjectives());
    assertTrue(file.newObjectives().isEmpty(), "each objective is reported once");
  }

  @Test
  void aBlockStillBeingWrittenIsSkipped() throws IOException {
    append("Objective 120.5\n# Columns -2\nNoName 3 0\nNoName 1.5 4\n");
    append("Objective 98.25\n# Columns -3\nNoName 2 1\n"); // two lines short
    assertEquals(120.5, file.last(5).objective());
    append("NoName 1 2\nNoName 7.1"); // last line cut mid-number: HiGHS has not flushed it
    assertEquals(120.5, file.last(5).objective());
    append("25 4\n");
    HighsIncumbentFile.Incumbent inc = file.last(5);
    assertEquals(98.25, inc.objective());
    assertArrayEquals(new double[] {0, 2, 1, 0, 7.125}, inc.values());
  }

  @Test
  void denseBlockAndNamedColumnsAreRead() throws IOException {
    append("Objective -4\n# Columns 3\nship[a,b] 1\nx 0\nactive[s] 1\n");
    HighsIncumbentFile.Incumbent inc = file.last(3);
    assertEquals(-4, inc.objective());
    assertArrayEquals(new double[] {1, 0, 1}, inc.values());
    assertNull(file.last(4), "a dense block of another size is not this model's");
  }

  @Test
  void anIndexOutsideTheModelRejectsTheBlock() throws IOException {
    append("Objective 5\n# Columns -1\nNoName 1 9\n");
    assertNull(file.last(3));
  }
}
