package dev.footprint.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers to write small study files and check the problems read from them. */
final class StudyFiles {
  private StudyFiles() {}

  /** A small valid study: two countries, one product, an existing and a candidate site, one market. */
  static final String TINY = """
      name: tiny
      horizon:
        firstYear: 2026
        periods: 3
        discountRate: 0.05
      countries:
        - id: US
          name: United States
          laborCostPerHour: 43.1
        - id: VN
          laborCostPerHour: [2.7, 2.9, 3.1]
          productivity: 0.8
      products:
        - id: shirts
          sector: apparel
          laborHoursPerUnit: 0.5
          materialCostPerUnit: 4.5
          declaredCustomsValue: 8
      sites:
        - id: US-NC
          country: US
          kind: existing
          capacity: 100
          closingCost: 500
        - id: VN-HCM
          country: VN
          kind: candidate
          capacity: 200
          openingCapex: 1000
          openingPeriod: "2027"
      markets:
        - id: US
          demand:
            shirts: [80, 90, 100]
      freight:
        - origin: VN
          destination: US
          costPerUnit: 0.25
      tariffs:
        - id: vn-20
          destination: US
          origins: [VN]
          rate: 0.2
      policies:
        - id: us-floor
          type: employmentFloor
          country: US
          minimumJobs: 0.01
      """;

  static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the 1-based line of the first line of {@code text} that contains {@code marker} */
  static int lineOf(String text, String marker) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + marker);
  }

  /** @return the problems of a study that must be refused */
  static List<Problem> problems(Path file) {
    return assertThrows(StudyException.class, () -> StudyReader.read(file)).problems();
  }

  /**
   * Asserts that a problem with exactly this file, line and path exists, whose message contains
   * every fragment, and returns it.
   */
  static Problem find(List<Problem> problems, Path file, int line, String path, String... fragments) {
    for (Problem p : problems) {
      if (p.file().equals(file.toString()) && p.line() == line && p.path().equals(path)) {
        for (String f : fragments) {
          if (!p.message().contains(f)) {
            fail("problem at " + path + " says \"" + p.message() + "\", not \"" + f + "\"");
          }
        }
        return p;
      }
    }
    return fail("no problem at " + file + ":" + line + " " + path + " among:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
  }
}
