package dev.footprint.examples;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated blocks of a Markdown file: text between {@code <!-- figures:NAME -->} and {@code
 * <!-- /figures:NAME -->}, each written by code from a run. A README keeps its figures in such blocks
 * so that a test can render them again from a fresh run and compare, and a command can rewrite them.
 */
public final class ReadmeBlocks {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- figures:([a-z0-9-]+) -->\n(.*?)<!-- /figures:\\1 -->", Pattern.DOTALL);

  private ReadmeBlocks() {}

  /**
   * The blocks of a document.
   *
   * @param markdown the document
   * @return each block's text by name, in document order
   * @throws IllegalArgumentException if a name appears twice
   */
  public static Map<String, String> read(String markdown) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(markdown);
    while (m.find()) {
      if (out.put(m.group(1), m.group(2)) != null) {
        throw new IllegalArgumentException("figures block '" + m.group(1) + "' appears twice");
      }
    }
    return out;
  }

  /**
   * Replaces the text of the named blocks.
   *
   * @param markdown the document
   * @param blocks new text by block name; every name must have a block in the document
   * @return the document with the blocks replaced
   * @throws IllegalArgumentException if a block is missing from the document
   */
  public static String write(String markdown, Map<String, String> blocks) {
    Map<String, String> present = read(markdown);
    for (String name : blocks.keySet()) {
      if (!present.containsKey(name)) {
        throw new IllegalArgumentException("the document has no figures block '" + name + "'");
      }
    }
    Matcher m = BLOCK.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String body = blocks.getOrDefault(name, m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(
          "<!-- figures:" + name + " -->\n" + body + "<!-- /figures:" + name + " -->"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The command line of a figures class: prints the blocks, or checks them against a README (exit
   * 1 naming each stale block) or rewrites them in it.
   *
   * @param program the class name, for the usage line
   * @param blocks the rendered blocks by name
   * @param args nothing; or {@code --check FILE}; or {@code --write FILE}
   * @throws IOException if the file cannot be read or written
   */
  public static void command(String program, Map<String, String> blocks, String[] args) throws IOException {
    if (args.length == 0) {
      blocks.forEach((name, text) -> System.out.print("<!-- figures:" + name + " -->\n" + text
          + "<!-- /figures:" + name + " -->\n\n"));
      return;
    }
    if (args.length != 2 || !(args[0].equals("--check") || args[0].equals("--write"))) {
      System.err.println("usage: " + program + " [--check FILE | --write FILE]");
      System.exit(2);
    }
    java.nio.file.Path file = java.nio.file.Path.of(args[1]);
    String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    if (args[0].equals("--write")) {
      java.nio.file.Files.writeString(file, write(text, blocks), java.nio.charset.StandardCharsets.UTF_8);
      return;
    }
    Map<String, String> present = read(text);
    int stale = 0;
    for (Map.Entry<String, String> b : blocks.entrySet()) {
      if (!b.getValue().equals(present.get(b.getKey()))) {
        System.out.println("stale: " + b.getKey());
        stale++;
      }
    }
    System.exit(stale == 0 ? 0 : 1);
  }
}
