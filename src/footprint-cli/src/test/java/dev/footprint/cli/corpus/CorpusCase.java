package dev.footprint.cli.corpus;

import dev.footprint.cli.ExitCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One broken input of the corpus and what must come of it.
 *
 * @param id a name unique in the corpus, such as {@code small/sites[0].capacity=-1}
 * @param category the kind of mistake, the row of the tally it counts in
 * @param run how it runs and what it must give
 */
record CorpusCase(String id, String category, Run run) {

  /** Marks a fragment that must not appear in the output: a file's content that must not be quoted. */
  static final String ABSENT = "!";

  /** The placeholder for the study file in a command's arguments. */
  static final String STUDY = "STUDY";

  /** How a case runs. */
  sealed interface Run permits Commands, Api {}

  /**
   * Commands on a study written into a folder of its own.
   *
   * @param setup writes the study's files into the folder
   * @param commands what to run on it and what must come of each
   */
  record Commands(Setup setup, List<Command> commands) implements Run {}

  /**
   * A command line.
   *
   * @param args the arguments, with {@link #STUDY} for the study file
   * @param exit the exit code it must end with
   * @param fragments what its standard output and error must say, together; a fragment starting
   *     with {@link #ABSENT} what they must not say
   */
  record Command(List<String> args, int exit, List<String> fragments) {}

  /**
   * A call of the Java API.
   *
   * @param call the call
   * @param thrown what it must throw: one of these types
   * @param fragments what the exception's message must say
   */
  record Api(Call call, List<Class<? extends Throwable>> thrown, List<String> fragments) implements Run {}

  /** Writes a study's files. */
  @FunctionalInterface
  interface Setup {
    /**
     * @param dir an empty folder of the case's own
     * @return the study file (which need not exist)
     * @throws Exception if the files cannot be written
     */
    Path write(Path dir) throws Exception;
  }

  /** A call of the API. */
  @FunctionalInterface
  interface Call {
    /**
     * @return whatever the call returns
     * @throws Throwable what it throws
     */
    Object call() throws Throwable;
  }

  /**
   * @return a broken study that {@code validate} and {@code solve} (with a short time limit) both
   *     refuse with exit code 2, saying every fragment
   */
  static CorpusCase refused(String id, String category, Setup setup, String... fragments) {
    List<String> f = Arrays.asList(fragments);
    return new CorpusCase(id, category, new Commands(setup, List.of(
        new Command(List.of("validate", STUDY), ExitCode.INVALID_INPUT, f),
        new Command(List.of("solve", STUDY, "--time-limit", "5", "--quiet"), ExitCode.INVALID_INPUT, f))));
  }

  /** @return a case of commands, each given as exit code, fragments and arguments */
  static CorpusCase commands(String id, String category, Setup setup, Command... commands) {
    return new CorpusCase(id, category, new Commands(setup, List.of(commands)));
  }

  /** @return a command line */
  static Command command(int exit, List<String> fragments, String... args) {
    return new Command(List.of(args), exit, fragments);
  }

  /** @return an API call that must throw one of the types, its message saying every fragment */
  @SafeVarargs
  static CorpusCase api(String id, String category, Call call, List<String> fragments,
      Class<? extends Throwable>... thrown) {
    return new CorpusCase(id, category, new Api(call, new ArrayList<>(Arrays.asList(thrown)), fragments));
  }
}
