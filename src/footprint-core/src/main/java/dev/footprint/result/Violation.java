package dev.footprint.result;

/**
 * A constraint an allocation breaks by more than the tolerance.
 *
 * @param constraint the constraint's name, from domain keys, such as {@code capacity[KR-Ulsan,2026]}
 * @param detail what is wrong, in words
 * @param amount by how much it is broken, in the constraint's units
 */
public record Violation(String constraint, String detail, double amount) {
  @Override
  public String toString() {
    return constraint + ": " + detail;
  }
}
