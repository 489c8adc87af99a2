package dev.footprint.cli;

import picocli.CommandLine.Option;

/** {@code --json} and {@code --quiet}, shared by every command. */
final class OutputOptions {
  @Option(names = "--json", description = "Print one JSON document on standard output instead of text "
      + "(for solve and compare, the document of result.json).")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (and the --json document).")
  boolean quiet;
}
