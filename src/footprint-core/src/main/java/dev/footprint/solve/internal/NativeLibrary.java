package dev.footprint.solve.internal;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import dev.footprint.solve.NativeOutput;

/**
 * Loads OR-Tools' native library once per class loader, whatever the state of the calling thread.
 *
 * <p>OR-Tools 9.15's {@code Loader.loadNativeLibraries} unpacks the libraries from the jar through
 * a zip file system, whose channels close when the thread is interrupted: on an interrupted thread
 * the unpacking fails with {@code ClosedByInterruptException}, which the loader (on Linux) swallows,
 * returning as if it had loaded the library. Trusting that return made every later solve of the
 * JVM, on any thread, fail with {@code UnsatisfiedLinkError}. So the loader runs on a thread of its
 * own that nobody interrupts, the caller waits for it without giving up its own interrupt flag, and
 * the load counts only once a native call has answered; a failed load is reported and tried again
 * by the next caller.
 *
 * <p>Before the first load, standard output is moved off descriptor 1 if the host asked for it with
 * the system property {@value NativeOutput#PROPERTY} ({@link NativeOutput}).
 */
final class NativeLibrary {
  private static volatile boolean loaded;

  private NativeLibrary() {}

  /**
   * @throws IllegalStateException if the library cannot be loaded
   * @throws IllegalArgumentException if the system property {@value NativeOutput#PROPERTY} holds an
   *     unknown value
   */
  static void load() {
    if (loaded) {
      return;
    }
    synchronized (NativeLibrary.class) {
      if (loaded) {
        return;
      }
      NativeOutput.applySystemProperty();
      Throwable[] failure = new Throwable[1];
      Thread loader = new Thread(() -> {
        try {
          Loader.loadNativeLibraries();
          OrToolsVersion.getVersionString(); // proves the library answers
        } catch (Throwable t) {
          failure[0] = t;
        }
      }, "footprint-native-loader");
      loader.setDaemon(true);
      loader.start();
      boolean interrupted = false;
      while (true) {
        try {
          loader.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // restored below: loading cannot be abandoned half-way
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure[0] != null) {
        throw new IllegalStateException("could not load OR-Tools' native library: " + failure[0], failure[0]);
      }
      loaded = true;
    }
  }
}
