package dev.footprint.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** Parses markup as XML with the JDK's parser, failing on any error, and finds elements by class. */
public final class Xml {
  private Xml() {}

  /**
   * @param markup XML (or XHTML-compatible HTML)
   * @return the document
   * @throws AssertionError if the markup is not well-formed
   */
  public static Document parse(String markup) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
          throw e;
        }
      });
      return b.parse(new InputSource(new StringReader(markup)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * @param root where to look
   * @param tag element name
   * @param cssClass a class the element must have, or null for any
   * @return the elements, in document order
   */
  public static List<Element> find(org.w3c.dom.Node root, String tag, String cssClass) {
    NodeList all = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cssClass == null || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * @param e an element
   * @param name a numeric attribute
   * @return its value
   */
  public static double num(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }
}
