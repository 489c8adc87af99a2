package dev.footprint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * What Ctrl-C (SIGINT) does to a running command: stops what can be stopped, deletes the report
 * being written, ends the output cleanly, and lets the process exit with 130 (128 + SIGINT).
 *
 * <p>It runs as a JVM shutdown hook ({@link #install}): the JVM's own handler of SIGINT (and of
 * SIGTERM and SIGHUP, which end the command the same way, with 143 and 129) runs the shutdown hooks
 * and then exits with 128 plus the signal's number. A handler of {@code sun.misc.Signal} could tell
 * the signals apart, but it is an unsupported API that javac warns about whatever is suppressed, and
 * the hook is needed anyway to clean up on SIGTERM.
 *
 * <p>When it fires ({@link #fire}):
 * <ol>
 *   <li>standard output and standard error stop taking anything from the command: a line or a
 *       document being printed is finished, nothing printed later shows;
 *   <li>every action given to {@link #onInterrupt} runs: this is where a running solve is cancelled
 *       (a registration around the solve: {@code var r = interruption.onInterrupt(handle::cancel)},
 *       closed when it ends);
 *   <li>it waits (up to {@value #WAIT_SECONDS} s) for a report being written to its temporary
 *       folder ({@link #whileWriting}), which then sees the interruption and is not moved into place;
 *       every temporary folder still there is deleted;
 *   <li>it prints {@code footprint: interrupted} on standard error and, with {@code --json}, the
 *       error document {@code {"error": {"exitCode": 130, ...}}} on standard output unless the
 *       command's document was printed whole before, so that standard output holds one document.
 * </ol>
 *
 * <p>A command run in-process ({@link Main#execute}) has an interruption that never fires on its
 * own ({@link #none}).
 */
final class Interruption {
  /** The exit code after SIGINT: 128 + 2, as the JVM and shells report it. */
  static final int EXIT_CODE = ExitCode.INTERRUPTED;
  /** How long the hook waits for report files being written before it deletes them anyway. */
  static final int WAIT_SECONDS = 30;

  private final Gate out;
  private final Gate err;
  private final boolean json;
  private final List<Runnable> cancels = new CopyOnWriteArrayList<>();
  private final Set<Path> temporary = ConcurrentHashMap.newKeySet();
  private final ReentrantLock writing = new ReentrantLock();
  private volatile boolean interrupted;
  private Thread hook;

  /**
   * @param out standard output, to be closed to the command when interrupted (null: none)
   * @param err standard error, likewise (null: none)
   * @param json whether standard output holds one JSON document
   */
  Interruption(Gate out, Gate err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** @return an interruption for a command run in-process: it fires only if {@link #fire} is called */
  static Interruption none() {
    return new Interruption(null, null, false);
  }

  /**
   * Registers the shutdown hook that fires this interruption.
   *
   * @return this
   */
  synchronized Interruption install() {
    if (hook == null) {
      hook = new Thread(this::fire, "footprint-interrupt");
      Runtime.getRuntime().addShutdownHook(hook);
    }
    return this;
  }

  /**
   * The command has ended: the hook is removed, so that the process exits with the command's code.
   * If the JVM is already shutting down (a signal came as the command ended), the hook runs on.
   */
  synchronized void uninstall() {
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to: it finishes the output
      }
      hook = null;
    }
  }

  /** @return whether the command was interrupted */
  boolean interrupted() {
    return interrupted;
  }

  /**
   * @throws CommandException (exit code {@value #EXIT_CODE}) if the command was interrupted
   */
  void check() {
    if (interrupted) {
      throw new CommandException(EXIT_CODE, "interrupted");
    }
  }

  /**
   * Runs an action if the command is interrupted while the returned handle is open: cancels a solve,
   * say. If it is already interrupted, the action runs at once.
   *
   * @param cancel the action; it must return quickly and may run on any thread
   * @return a handle that removes the action when closed
   */
  Registration onInterrupt(Runnable cancel) {
    cancels.add(cancel);
    if (interrupted) {
      cancel.run();
    }
    return () -> cancels.remove(cancel);
  }

  /**
   * Runs the writing of report files: an interruption meanwhile waits for it to end, then deletes
   * the temporary files it made ({@link #track}).
   *
   * @param <T> what it returns
   * @param body writes files to a temporary folder and moves them into place after {@link #check()}
   * @return what it returns
   * @throws IOException if a file cannot be written
   * @throws CommandException (exit code {@value #EXIT_CODE}) if interrupted before it starts
   */
  <T> T whileWriting(IoSupplier<T> body) throws IOException {
    writing.lock();
    try {
      check();
      return body.get();
    } finally {
      writing.unlock();
    }
  }

  /**
   * @param path a temporary file or folder to delete if the command is interrupted
   */
  void track(Path path) {
    temporary.add(path);
  }

  /**
   * @param path a temporary file or folder moved into place or deleted
   */
  void untrack(Path path) {
    temporary.remove(path);
  }

  /** Interrupts the command: what the shutdown hook runs (see the class's description). */
  void fire() {
    interrupted = true;
    boolean printed = out != null && out.shut();
    if (err != null) {
      err.shut();
    }
    for (Runnable c : cancels) {
      try {
        c.run();
      } catch (RuntimeException e) {
        // the process is ending: a failed cancel must not stop the cleanup
      }
    }
    boolean locked = false;
    try {
      locked = writing.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      for (Path p : List.copyOf(temporary)) {
        deleteAll(p);
        temporary.remove(p);
      }
    } finally {
      if (locked) {
        writing.unlock();
      }
    }
    if (err != null) {
      err.last("footprint: interrupted\n");
    }
    if (out != null && json) {
      out.last(printed ? "" : Output.write(Output.error(EXIT_CODE, "interrupted", List.of())) + "\n");
    }
  }

  /**
   * Deletes a file, or a folder with everything in it; what cannot be deleted is left.
   *
   * @param path the file or folder
   */
  static void deleteAll(Path path) {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(path)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // left behind: nothing more can be done
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // the folder went away meanwhile, or cannot be read
    }
  }

  /** An action registered with {@link #onInterrupt}, removed by {@link #close()}. */
  @FunctionalInterface
  interface Registration extends AutoCloseable {
    /** Removes the action. */
    @Override
    void close();
  }

  /** Something that writes files. */
  @FunctionalInterface
  interface IoSupplier<T> {
    /**
     * @return what it made
     * @throws IOException if a file cannot be written
     */
    T get() throws IOException;
  }

  /**
   * A stream of text that can be shut: after {@link #shut()} what is written to it is dropped, and
   * only {@link #last} writes. Each write is whole or not at all.
   */
  static final class Gate extends Writer {
    private final Writer target;
    private boolean open = true;
    private boolean written;
    private char lastChar = '\n';

    /**
     * @param target where the text goes
     */
    Gate(Writer target) {
      this.target = target;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      synchronized (lock) {
        if (open && len > 0) {
          target.write(buf, off, len);
          written = true;
          lastChar = buf[off + len - 1];
        }
      }
    }

    @Override
    public void flush() throws IOException {
      synchronized (lock) {
        if (open) {
          target.flush();
        }
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    /**
     * Drops whatever is written from now on, after flushing what was written before.
     *
     * @return whether anything had been written
     */
    boolean shut() {
      synchronized (lock) {
        if (open) {
          open = false;
          try {
            target.flush();
          } catch (IOException e) {
            // the stream is gone: nothing more can be written to it
          }
        }
        return written;
      }
    }

    /**
     * Writes the last text, after a line end if the text before did not end with one.
     *
     * @param text the text; empty for just the line end
     */
    void last(String text) {
      synchronized (lock) {
        try {
          if (written && lastChar != '\n') {
            target.write('\n');
          }
          target.write(text);
          target.flush();
        } catch (IOException e) {
          // the stream is gone
        }
      }
    }
  }
}
