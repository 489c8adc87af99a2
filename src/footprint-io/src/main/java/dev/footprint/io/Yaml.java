package dev.footprint.io;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * Parses a YAML study file in time linear in its length, and says which of its values use what a
 * study does not support: aliases, anchors and tags.
 *
 * <p>Linear time: SnakeYAML's {@link StreamReader} reads its input through a window of 1024
 * characters and copies the whole unread part of the window each time it reads more, so a scalar or
 * a comment of n characters costs n²/1024 copies (an 8 MB value took half a minute). {@link Text}
 * holds the whole document, which the study's size limit keeps small, and answers every look-ahead
 * at once. It is the same reader otherwise: the same lines, columns and marks.
 *
 * <p>Aliases, anchors and tags: Jackson reads an alias {@code *w} as the text {@code w} and
 * drops anchors and tags; {@link Parser} notes them as the parser meets them, for
 * {@link Documents} to refuse.
 */
final class Yaml extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  /**
   * @param text a whole YAML document
   * @param display the file's name, for the parser's own messages
   * @return a parser of it
   */
  Parser parser(String text, String display) {
    IOContext ctxt = _createContext(_createContentReference(text), true);
    LoaderOptions options = new LoaderOptions();
    // The study's size is limited before it is parsed (StudyLimits.MAX_STUDY_BYTES).
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setProcessComments(false);
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, new ParserImpl(new Text(text, display), options));
  }

  /** A YAML parser that notes the aliases, anchors and tags of the values it reads. */
  static final class Parser extends YAMLParser {
    private String unsupported;

    private Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, ParserImpl yaml) {
      super(ctxt, parserFeatures, yamlFeatures, null, new StringReader(""), yaml);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event e = super.getEvent();
      if (e instanceof AliasEvent a) {
        note("YAML aliases and anchors are not supported: write the value instead of the alias *" + a.getAnchor());
      } else if (e instanceof NodeEvent n && n.getAnchor() != null) {
        note("YAML aliases and anchors are not supported: write the value without the anchor &" + n.getAnchor()
            + ", and write it again wherever an alias *" + n.getAnchor() + " stands for it");
      }
      String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
      if (tag != null) {
        note("YAML tags are not supported: write the value without the tag "
            + (tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag));
      }
      return e;
    }

    private void note(String what) {
      unsupported = unsupported == null ? what : unsupported;
    }

    /**
     * @return what the events read since the last call use that a study does not support (an
     *     alias, an anchor, a tag), or null
     */
    String takeUnsupported() {
      String u = unsupported;
      unsupported = null;
      return u;
    }
  }

  /**
   * SnakeYAML's reader over a whole document held in memory: every method answers as
   * {@link StreamReader}'s does, without its moving window.
   */
  static final class Text extends StreamReader {
    private final String name;
    private final int[] points;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    /**
     * @param text the document
     * @param name the file's name, for marks
     * @throws ReaderException at the first character YAML does not allow (a control character)
     */
    Text(String text, String name) {
      super(new StringReader(""));
      this.name = "'" + name + "'";
      this.points = text.codePoints().toArray();
      for (int i = 0; i < points.length; i++) {
        if (!isPrintable(points[i])) {
          throw new ReaderException(this.name, i, points[i], "special characters are not allowed");
        }
      }
    }

    @Override
    public Mark getMark() {
      return new Mark(name, index, line, column, points, pointer);
    }

    @Override
    public void forward() {
      forward(1);
    }

    @Override
    public void forward(int length) {
      for (int i = 0; i < length && pointer < points.length; i++) {
        int c = points[pointer++];
        index++;
        documentIndex++;
        if (Constant.LINEBR.has(c) || (c == '\r' && pointer < points.length && points[pointer] != '\n')) {
          line++;
          column = 0;
        } else if (c != 0xFEFF) {
          column++;
        }
      }
    }

    @Override
    public int peek() {
      return pointer < points.length ? points[pointer] : '\0';
    }

    @Override
    public int peek(int at) {
      return pointer + at < points.length ? points[pointer + at] : '\0';
    }

    @Override
    public String prefix(int length) {
      return length == 0 ? "" : new String(points, pointer, Math.max(0, Math.min(length, points.length - pointer)));
    }

    @Override
    public String prefixForward(int length) {
      String prefix = prefix(length);
      pointer += length;
      index += length;
      documentIndex += length;
      column += length;
      return prefix;
    }

    @Override
    public int getColumn() {
      return column;
    }

    @Override
    public int getDocumentIndex() {
      return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
      documentIndex = 0;
    }

    @Override
    public int getIndex() {
      return index;
    }

    @Override
    public int getLine() {
      return line;
    }
  }
}
