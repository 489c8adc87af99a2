package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG writer escapes every text and attribute, makes valid ids and writes well-formed XML. */
class SvgTest {
  private static final String AWKWARD = "K&R <\"x\"> 'y' \u0001\uFFFE end 😀";

  @Test
  void escapesTheFiveXmlCharactersAndDropsWhatXmlCannotHold() {
    assertEquals("K&amp;R &lt;&quot;x&quot;&gt; &#39;y&#39;  end 😀", Svg.escape(AWKWARD));
    assertEquals("", Svg.escape(null));
    assertEquals("a\tb\nc", Svg.escape("a\tb\nc"));
  }

  @Test
  void idsAreXmlNamesThatStartWithALetterAndStayDistinct() {
    assertEquals("chart-1-cells", Svg.id("chart-1-cells"));
    String id = Svg.id("3 K&R <x>");
    assertTrue(id.matches("[A-Za-z][A-Za-z0-9._-]*"), id);
    assertTrue(!Svg.id("a b").equals(Svg.id("a_b")), "a space and an underscore must not clash");
  }

  @Test
  void numbersHaveAtMostTwoDecimalsAndNoNegativeZero() {
    assertEquals("12", Svg.num(12.0001));
    assertEquals("12.5", Svg.num(12.5));
    assertEquals("-0.25", Svg.num(-0.25));
    assertEquals("0", Svg.num(-0.001));
    assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
  }

  /** Awkward text in the title, an attribute and content still parses, and reads back unchanged. */
  @Test
  void markupWithAwkwardTextIsWellFormedAndReadsBack() {
    Svg svg = new Svg(AWKWARD, 100, 50, AWKWARD);
    svg.open("g", "data-name", AWKWARD).text(1, 2, AWKWARD).empty("rect", "x", "0", "y", "0", "width", "1",
        "height", "1", "skipped", null).close();
    Document doc = Xml.parse(svg.toString());
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getTagName());
    String clean = "K&R <\"x\"> 'y'  end 😀";
    assertEquals(clean, root.getAttribute("aria-label"));
    assertEquals(clean, Xml.find(doc, "g", null).get(0).getAttribute("data-name"));
    assertEquals(clean, Xml.find(doc, "text", null).get(0).getTextContent());
    assertEquals(clean, Xml.find(doc, "title", null).get(0).getTextContent());
    assertTrue(root.getAttribute("id").matches("[A-Za-z][A-Za-z0-9._-]*"));
    assertEquals("", Xml.find(doc, "rect", null).get(0).getAttribute("skipped"));
  }

  @Test
  void misuseThrows() {
    Svg svg = new Svg("x", 10, 10, "t");
    assertThrows(IllegalStateException.class, svg::close);
    assertThrows(IllegalArgumentException.class, () -> svg.empty("rect", "x"));
    svg.toString();
    assertThrows(IllegalStateException.class, () -> svg.empty("rect"));
  }

  @Test
  void niceAxesCoverTheDataWithRoundSteps() {
    Axis a = Axis.nice(-102_500, 487_000, 6, 300, 40);
    assertTrue(a.min() <= -102_500 && a.max() >= 487_000, a.toString());
    List<Double> ticks = a.ticks();
    assertTrue(ticks.contains(0.0), ticks.toString());
    assertEquals(200_000, a.step(), 1e-9, a.toString());
    assertEquals(300, a.map(a.min()), 1e-9);
    assertEquals(40, a.map(a.max()), 1e-9);
    Axis flat = Axis.nice(5, 5, 5, 0, 100);
    assertTrue(flat.max() > flat.min());
  }

  @Test
  void formatsNumbersForPeople() {
    assertEquals("1.23 M", Format.compact(1_234_567));
    assertEquals("-45.6 k", Format.compact(-45_600));
    assertEquals("7.5", Format.compact(7.5));
    assertEquals("0", Format.grouped(0));
    assertEquals("1,234,567", Format.grouped(1_234_567.4));
    assertEquals("+1.2 k", Format.signed(1200));
    assertEquals("9.1%", Format.percent(0.0909));
    assertEquals("0.15", Format.plain(0.15));
  }
}
