package dev.footprint.cli;

import dev.footprint.io.Study;
import picocli.CommandLine.Option;

/** The {@code --scenario} option of the analyses that work on one scenario. */
final class ScenarioOption {
  @Option(names = "--scenario", paramLabel = "NAME", defaultValue = Study.BASE,
      description = "The scenario (default: ${DEFAULT-VALUE}).")
  String name;
}
