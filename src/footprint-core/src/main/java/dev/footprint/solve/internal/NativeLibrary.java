package dev.footprint.solve.internal;

import com.google.ortools.Loader;

/** Loads OR-Tools' native library once per class loader. */
final class NativeLibrary {
  private static volatile boolean loaded;

  private NativeLibrary() {}

  static void load() {
    if (!loaded) {
      synchronized (NativeLibrary.class) {
        if (!loaded) {
          Loader.loadNativeLibraries();
          loaded = true;
        }
      }
    }
  }
}
