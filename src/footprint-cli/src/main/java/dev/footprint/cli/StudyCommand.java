package dev.footprint.cli;

import dev.footprint.io.Problem;
import dev.footprint.io.Study;
import dev.footprint.io.StudyException;
import dev.footprint.io.results.RunInfo;
import dev.footprint.model.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command on a study file: reads it, runs, and turns what goes wrong into an exit code and a
 * message (a study's problems and bad arguments: 2; a defect: 1 with its stack trace).
 */
abstract class StudyCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STUDY", description = "The study file: .yaml, .yml or .json.")
  Path studyFile;

  @Mixin
  OutputOptions outputOptions;

  @Option(names = "--allow-outside-tables", description = "Read CSV and Excel tables from anywhere, not only from the"
      + " study's folder and the folders in it (tables must still be regular files).")
  boolean allowOutsideTables;

  /** Where output goes; set before {@link #run()}. */
  Output out;
  /** Progress lines; set before {@link #run()}. */
  Progress progress;
  private Study study;

  @Override
  public final Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    out = new Output(spec.commandLine().getOut(), err, outputOptions.json, outputOptions.quiet, () -> {
      if (progress != null) {
        progress.clearLine();
      }
    });
    try (Progress p = Progress.start(err, main.progressStyle(outputOptions.quiet), main.progressDelay())) {
      progress = p;
      checkOutput();
      return run();
    } catch (CommandException e) {
      out.failure(e.exitCode(), e.getMessage(), e.problems());
      return e.exitCode();
    } catch (StudyException e) {
      out.failure(ExitCode.INVALID_INPUT, describe(e.problems()), e.problems());
      return ExitCode.INVALID_INPUT;
    } catch (IllegalArgumentException e) {
      // Bad arguments (an unknown scenario, a spec not understood, a range with no flip) and
      // networks the domain refuses: the message names the value and what is wrong.
      out.failure(ExitCode.INVALID_INPUT, e.getMessage() == null ? e.toString() : e.getMessage(), List.of());
      return ExitCode.INVALID_INPUT;
    } catch (FileSystemException e) {
      // A report path that cannot be written (no such directory, no permission): bad arguments.
      out.failure(ExitCode.INVALID_INPUT, cannotWrite(e), List.of());
      return ExitCode.INVALID_INPUT;
    } catch (IOException e) {
      out.failure(ExitCode.ERROR, "cannot write: " + e.getMessage(), List.of());
      return ExitCode.ERROR;
    } catch (OutOfMemoryError e) {
      out.failure(ExitCode.ERROR, "out of memory: the study or the analysis is too large for the memory Java may "
          + "use (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)\nMaybe give it more: JAVA_OPTS=-Xmx8g "
          + "./footprint ...", List.of());
      return ExitCode.ERROR;
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      out.failure(ExitCode.ERROR, "unexpected error: " + e, List.of());
      e.printStackTrace(err);
      err.flush();
      return ExitCode.ERROR;
    }
  }

  /**
   * Checks, before the study is read or anything solved, that the command's output paths can be
   * written; by default there are none.
   *
   * @throws CommandException (exit code 2) naming a path that cannot be written
   */
  void checkOutput() {}

  /**
   * @return the exit code
   * @throws IOException if a report cannot be written
   */
  abstract int run() throws IOException;

  /** @return what stops the command on Ctrl-C: cancels registered with it, reports written through it */
  final Interruption interruption() {
    return main.interruption();
  }

  /** @return the study, read on first use */
  final Study study() {
    if (study == null) {
      progress.status("reading " + studyFile);
      try {
        study = main.loader().load(studyFile, allowOutsideTables);
      } catch (NoSuchFileException e) {
        throw new CommandException(ExitCode.INVALID_INPUT, "STUDY = '" + studyFile + "': no such file");
      } catch (IOException e) {
        throw new CommandException(ExitCode.INVALID_INPUT, "STUDY = '" + studyFile + "': cannot read it: " + e);
      }
    }
    return study;
  }

  /**
   * @param name a scenario's name, given with --scenario
   * @return its network
   * @throws CommandException naming the study's scenarios if there is none by that name
   */
  final Network scenario(String name) {
    return scenario(name, "--scenario", name);
  }

  /**
   * @param name a scenario's name
   * @param option the option that names it
   * @param value the option's value, as given
   * @return its network
   * @throws CommandException naming the option and the study's scenarios if there is none by that name
   */
  final Network scenario(String name, String option, String value) {
    if (!study().scenarios().containsKey(name)) {
      throw new CommandException(ExitCode.INVALID_INPUT, option + " = '" + value + "': the study has no scenario '"
          + name + "'\nMaybe use one of: " + String.join(", ", study().scenarios().keySet()));
    }
    return study().scenario(name);
  }

  /** @return the run's facts for reports */
  final RunInfo runInfo() {
    return RunInfo.of(main.commandLineText(), study().name(), studyFile.toString(), study().sha256());
  }

  /**
   * @param e why a file could not be written
   * @return the message: the file and the reason in words
   */
  static String cannotWrite(FileSystemException e) {
    return "cannot write " + e.getFile() + (e.getOtherFile() != null ? " (" + e.getOtherFile() + ")" : "") + ": "
        + reason(e);
  }

  /**
   * @param e why a file could not be read or written
   * @return the reason in words
   */
  static String reason(FileSystemException e) {
    return e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NotDirectoryException ? "not a directory"
        : e instanceof FileAlreadyExistsException ? "a file is in the way"
        : e.getReason() != null ? e.getReason() : "the file system refused";
  }

  /**
   * @param problems a study's problems
   * @return the message that lists them, one per line as {@code FILE:LINE: PATH: MESSAGE}
   */
  static String describe(List<Problem> problems) {
    StringBuilder sb = new StringBuilder("the study has " + problems.size()
        + (problems.size() == 1 ? " problem:" : " problems:"));
    for (Problem p : problems) {
      sb.append('\n').append(p.toString().replace("\n", "\n    "));
    }
    return sb.toString();
  }
}
