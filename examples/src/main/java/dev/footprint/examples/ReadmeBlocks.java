package dev.footprint.examples;

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
}
