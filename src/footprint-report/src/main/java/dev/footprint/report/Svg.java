package dev.footprint.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small writer of SVG markup: elements with attributes, text content and a stack of open elements.
 * Every attribute value and every text goes through {@link #escape}, so ids from a study (a country
 * named {@code A&B <"x">}) never break the document.
 *
 * <pre>{@code
 * Svg svg = new Svg("chart-cost", 640, 320, "Cost by kind");
 * svg.open("g", "class", "bars").empty("rect", "x", "10", "y", "20", "width", "30", "height", "40").close();
 * String markup = svg.toString();
 * }</pre>
 */
public final class Svg {
  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean finished;

  /**
   * Opens the root element, with an accessible title.
   *
   * @param id the element id, used as given after {@link #id} cleaning
   * @param width width in CSS pixels
   * @param height height in CSS pixels
   * @param title what the chart shows, for screen readers and tooltips
   */
  public Svg(String id, double width, double height, String title) {
    open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id(id), "class", "chart",
        "width", num(width), "height", num(height), "viewBox", "0 0 " + num(width) + " " + num(height),
        "role", "img", "aria-label", title);
    element("title", title);
  }

  /**
   * Opens an element; close it with {@link #close()}.
   *
   * @param name element name
   * @param attributes name, value, name, value, ...; a null value leaves the attribute out
   * @return this
   */
  public Svg open(String name, String... attributes) {
    start(name, attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  /**
   * Writes an element with no content.
   *
   * @param name element name
   * @param attributes name, value pairs
   * @return this
   */
  public Svg empty(String name, String... attributes) {
    start(name, attributes);
    out.append("/>");
    return this;
  }

  /**
   * Writes an element holding text.
   *
   * @param name element name
   * @param text its text, escaped
   * @param attributes name, value pairs
   * @return this
   */
  public Svg element(String name, String text, String... attributes) {
    start(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append('>');
    return this;
  }

  /**
   * Writes a {@code <text>} element.
   *
   * @param x x position
   * @param y baseline y position
   * @param text the text
   * @param attributes further name, value pairs
   * @return this
   */
  public Svg text(double x, double y, String text, String... attributes) {
    String[] all = new String[attributes.length + 4];
    all[0] = "x";
    all[1] = num(x);
    all[2] = "y";
    all[3] = num(y);
    System.arraycopy(attributes, 0, all, 4, attributes.length);
    return element("text", text, all);
  }

  /** @return this, with the innermost open element closed */
  public Svg close() {
    if (open.size() <= 1) {
      throw new IllegalStateException("no element is open but the root");
    }
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Closes every open element, the root last; the markup is then final. */
  @Override
  public String toString() {
    if (!finished) {
      while (!open.isEmpty()) {
        out.append("</").append(open.pop()).append('>');
      }
      finished = true;
    }
    return out.toString();
  }

  private void start(String name, String... attributes) {
    if (finished) {
      throw new IllegalStateException("the SVG is finished");
    }
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes: " + attributes.length + " strings, not name/value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  /**
   * Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold.
   *
   * @param text any text, null as empty
   * @return the escaped text
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE && !(c >= 0xD800 && c < 0xE000))) {
            sb.append(c);
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * A valid, readable XML id from any text: ASCII letters, digits, '-' and '.' kept, anything else
   * as '_' followed by its code point in hex.
   *
   * @param text any text
   * @return an id that starts with a letter
   */
  public static String id(String text) {
    StringBuilder sb = new StringBuilder();
    String t = text == null ? "" : text;
    t.codePoints().forEach(cp -> {
      if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.')) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('_').append(Integer.toHexString(cp));
      }
    });
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
      sb.insert(0, "id-");
    }
    return sb.toString();
  }

  /**
   * @param v a coordinate or size
   * @return it with at most two decimals, no exponent, no "-0"
   */
  public static String num(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("v = " + v + ": a coordinate must be finite");
    }
    long hundredths = Math.round(v * 100);
    if (hundredths == 0) {
      return "0";
    }
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    return String.format(Locale.ROOT, "%.2f", hundredths / 100.0).replaceAll("0$", "");
  }
}
