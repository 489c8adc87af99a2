package dev.footprint.io;

import java.util.List;

/** Thrown when a study file has problems; lists every problem found, not only the first. */
public final class StudyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** @param problems the problems, at least one */
  public StudyException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    StringBuilder sb = new StringBuilder(problems.size() + " problem(s) in the study:");
    for (Problem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
