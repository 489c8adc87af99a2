package dev.footprint.solve;

import dev.footprint.model.Network;

/**
 * The first solve of this JVM runs on an interrupted thread, then one runs on another thread. Used
 * by {@link NativeLoadTest} in a JVM of its own; prints one line per solve.
 */
public final class NativeLoadChild {
  private NativeLoadChild() {}

  /**
   * @param args none
   * @throws InterruptedException never: the second solve's thread is joined
   */
  public static void main(String[] args) throws InterruptedException {
    Network n = FacilityLocation.network(4, 5, 3);
    FootprintSolver solver = FootprintSolver.create();
    Thread.currentThread().interrupt();
    Solution first = solver.solve(n);
    boolean stillInterrupted = Thread.interrupted(); // clears the flag
    System.out.println("first " + first.status() + " " + first.stats().stop() + " flag " + stillInterrupted);
    Solution[] second = new Solution[1];
    Thread t = new Thread(() -> second[0] = solver.solve(n));
    t.start();
    t.join();
    System.out.println("second " + second[0].status() + " " + second[0].stats().stop() + " "
        + second[0].objective());
  }
}
