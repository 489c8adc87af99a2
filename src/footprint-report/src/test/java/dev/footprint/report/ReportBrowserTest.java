package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Decision;
import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sweep;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.io.Study;
import dev.footprint.solve.FootprintSolver;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report as a browser shows it: headless Chromium renders report.html, and the charts must be in
 * the rendered DOM as SVG (in the SVG namespace, laid out with a size, their text drawn in a font)
 * with the bars and labels the markup has, bar heights proportional to values; and the screenshot
 * must not be blank.
 *
 * <p>The layout is measured at two widths, a desktop's and a phone's, in three reports (the tariff
 * study with a sweep and a Monte Carlo run; long site names, three product units and a robust
 * footprint and a frontier; money in USD millions with a break-even): no chart text may reach out of
 * its chart, no two texts of a chart may overlap, no table header may be clipped, labels shortened
 * to fit must not read the same for different names, and the page must not scroll sideways.
 *
 * <p>Needs {@code /usr/bin/chromium} (Debian package {@code chromium}). Without it the test fails
 * in CI (where {@code CI} is set) and is skipped elsewhere.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Added to a copy of the report only: reads what the browser laid out and writes it into the DOM. */
  static final String PROBE = """
      <script>
      const charts = [...document.querySelectorAll('svg')].map(s => ({
        id: s.id,
        namespace: s.namespaceURI,
        width: s.getBoundingClientRect().width,
        bars: s.querySelectorAll('rect.bar').length,
        labels: s.querySelectorAll('text.category-label').length,
        legend: s.querySelectorAll('text.legend-label').length,
        textWidth: [...s.querySelectorAll('text')].reduce((a, t) => a + t.getComputedTextLength(), 0),
        heights: [...s.querySelectorAll('rect.bar')].map(r =>
            [Number(r.dataset.value ?? r.dataset.count), r.getBBox().height])
      }));
      const pre = document.createElement('pre');
      pre.id = 'probe';
      pre.textContent = JSON.stringify(charts);
      document.body.appendChild(pre);
      </script>
      """;

  /** Widths the layout is checked at: a desktop window and a phone. */
  static final int[] WIDTHS = {1280, 420};

  /**
   * Added to a copy of the report only: measures what the browser laid out and writes the problems
   * found into the DOM of the page that frames the report. A text's box is its bounding box turned
   * with it (a rotated label is a rotated rectangle), in its chart's viewBox units; two texts overlap
   * when their boxes cut into each other by more than a pixel (the separating axis test on the two
   * rectangles).
   */
  static final String LAYOUT_PROBE = """
      <script>
      (() => {
      const problems = [];
      const slack = 1;
      const corners = (t, svg) => {
        const b = t.getBBox();
        const m = svg.getScreenCTM().inverse().multiply(t.getScreenCTM());
        return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
            .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
      };
      const depth = (p, q) => {
        let least = Infinity;
        for (const poly of [p, q]) {
          for (let i = 0; i < 4; i++) {
            const [x1, y1] = poly[i], [x2, y2] = poly[(i + 1) % 4];
            const len = Math.hypot(x2 - x1, y2 - y1);
            if (len < 1e-9) continue;
            const nx = -(y2 - y1) / len, ny = (x2 - x1) / len;
            const proj = r => r.map(([x, y]) => x * nx + y * ny);
            const a = proj(p), b = proj(q);
            const overlap = Math.min(Math.max(...a), Math.max(...b)) - Math.max(Math.min(...a), Math.min(...b));
            least = Math.min(least, overlap);
          }
        }
        return least;
      };
      const name = t => (t.getAttribute('class') || 'text') + ' "' + t.textContent + '"';
      let texts = 0;
      for (const svg of document.querySelectorAll('svg.chart')) {
        const vb = svg.viewBox.baseVal;
        const boxes = [];
        for (const t of svg.querySelectorAll('text')) {
          if (!t.textContent.trim()) continue;
          texts++;
          const c = corners(t, svg);
          boxes.push([t, c]);
          const xs = c.map(p => p[0]), ys = c.map(p => p[1]);
          if (Math.min(...xs) < vb.x - slack || Math.max(...xs) > vb.x + vb.width + slack
              || Math.min(...ys) < vb.y - slack || Math.max(...ys) > vb.y + vb.height + slack) {
            problems.push(svg.id + ': ' + name(t) + ' reaches out of the chart: x ' + Math.min(...xs).toFixed(1)
                + '..' + Math.max(...xs).toFixed(1) + ', y ' + Math.min(...ys).toFixed(1) + '..'
                + Math.max(...ys).toFixed(1) + ' in ' + vb.width + ' x ' + vb.height);
          }
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const d = depth(boxes[i][1], boxes[j][1]);
            if (d > slack) {
              problems.push(svg.id + ': ' + name(boxes[i][0]) + ' and ' + name(boxes[j][0]) + ' overlap by '
                  + d.toFixed(1) + ' px');
            }
          }
        }
        for (const cls of ['category-label', 'legend-label', 'node-label']) {
          const seen = new Map();
          for (const t of svg.querySelectorAll('text.' + cls)) {
            const full = t.dataset.full || t.textContent;
            if (seen.has(t.textContent) && seen.get(t.textContent) !== full) {
              problems.push(svg.id + ': "' + seen.get(t.textContent) + '" and "' + full + '" both show as "'
                  + t.textContent + '"');
            }
            seen.set(t.textContent, full);
          }
        }
      }
      let headers = 0;
      for (const th of document.querySelectorAll('th')) {
        headers++;
        if (th.scrollWidth > th.clientWidth + 1 || th.scrollHeight > th.clientHeight + 1) {
          problems.push('table header "' + th.textContent + '" is clipped: ' + th.scrollWidth + ' > ' + th.clientWidth);
        }
      }
      const page = document.scrollingElement.scrollWidth;
      if (page > window.innerWidth + 1) {
        problems.push('the page scrolls sideways: ' + page + ' px wide in a ' + window.innerWidth + ' px window');
      }
      const host = window.parent.document;
      const pre = host.createElement('pre');
      pre.id = 'layout';
      pre.textContent = JSON.stringify({width: window.innerWidth, texts, headers,
          charts: document.querySelectorAll('svg.chart').length, problems});
      host.body.appendChild(pre);
      })();
      </script>
      """;

  @BeforeAll
  static void needsChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      if (System.getenv("CI") != null) {
        fail(CHROMIUM + " is missing: the report's browser check cannot run in CI.\n"
            + "Maybe add 'apt-get update && apt-get install -y chromium' to .ci/run.");
      }
      Assumptions.abort(CHROMIUM + " is missing (apt-get install -y chromium); the browser check is skipped");
    }
  }

  static String report() {
    Study study = SampleStudies.tariffStudy();
    FootprintSolver solver = FootprintSolver.create();
    Sweep sweep = Sweep.run(solver, study.base(), Parameters.tariffRate("us-vn"), Sweep.grid(0, 0.6, 4));
    MonteCarlo mc = MonteCarlo.run(solver, study.base(), List.of(Uncertainty.of(Parameters.wage("VN"),
        new UniformRealDistribution(null, 1, 40))), 40, 3, 2, null, null);
    return new HtmlReport(HtmlReportTest.RUN, "Browser check").scenarios(HtmlReportTest.solve(study), Study.BASE)
        .sweep(sweep, 0.2).monteCarlo(mc, List.of("wage:VN=uniform(1,40)")).render();
  }

  /** Long site and scenario names, three product units, a three-year horizon; a sweep, a robust footprint. */
  static String longNamesReport() {
    Study study = SampleStudies.longNames();
    FootprintSolver solver = FootprintSolver.create();
    Sweep sweep = Sweep.run(solver, study.base(), Parameters.tariffRate("us-all"), Sweep.grid(0, 0.6, 7));
    RobustFootprint robust = RobustFootprint.solve(solver, List.of(
        new RobustFootprint.Regime(Study.BASE, study.base(), 0.5),
        new RobustFootprint.Regime(SampleStudies.HIGH_2027, study.scenario(SampleStudies.HIGH_2027), 0.5)), 0, 1);
    Frontier frontier = Frontier.jobs(solver, study.base(), "US", 4);
    return new HtmlReport(HtmlReportTest.RUN, "Long names").scenarios(HtmlReportTest.solve(study), Study.BASE)
        .network(study.base()).sweep(sweep, 0.1).robust(robust).frontier(frontier).render();
  }

  /** Money in USD millions, cells in GWh; a break-even of the US credit. */
  static String millionsReport() {
    Study study = SampleStudies.millions();
    FootprintSolver solver = FootprintSolver.create();
    BreakEven be = BreakEven.find(solver, study.base(), Parameters.productionCredit("45X"),
        Decision.siteOpens("US-GA"), 0, 60, 0.05);
    return new HtmlReport(HtmlReportTest.RUN, "Millions").scenarios(HtmlReportTest.solve(study), Study.BASE)
        .network(study.base()).breakEven(be).render();
  }

  /**
   * Lays the report out at a width and measures it. Headless Chromium keeps its window at least 500
   * px wide, so the report is shown in a frame of the width asked for (its own viewport, as a phone's
   * would be: media queries and {@code window.innerWidth} follow the frame), in a page that the
   * report's probe reports to.
   *
   * @param html a report
   * @param width the viewport's width
   * @param dir a scratch directory
   * @return what the layout probe found
   */
  static JsonNode layout(String html, int width, Path dir) throws Exception {
    Path page = dir.resolve("layout-" + width + ".html");
    String framed = html.replace("</body>", LAYOUT_PROBE + "</body>");
    Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body style=\"margin:0\">"
        + "<iframe id=\"report\" style=\"border:0;width:" + width + "px;height:1200px\" srcdoc=\""
        + framed.replace("&", "&amp;").replace("\"", "&quot;") + "\"></iframe></body></html>", StandardCharsets.UTF_8);
    Path dom = dir.resolve("layout-" + width + ".out");
    run(chromium(Files.createDirectories(dir.resolve("profile-" + width)), "--window-size=" + Math.max(1400,
        width + 100) + ",1300", "--hide-scrollbars", "--force-device-scale-factor=1", "--dump-dom",
        page.toUri().toString()), dom);
    String dumped = Files.readString(dom, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<pre id=\"layout\">(.*?)</pre>", Pattern.DOTALL).matcher(dumped);
    assertTrue(m.find(), "the layout probe ran in the page: " + dumped.substring(0, Math.min(500, dumped.length())));
    return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&"));
  }

  /** Fails listing every problem the probe found in the report at each width. */
  static void assertLaidOut(String name, String html, Path dir) throws Exception {
    List<String> problems = new ArrayList<>();
    int charts = Xml.find(Xml.parse(html), "svg", "chart").size();
    for (int width : WIDTHS) {
      JsonNode r = layout(html, width, Files.createDirectories(dir.resolve(name + "-" + width)));
      assertEquals(width, r.get("width").asInt(), "the window is " + width + " px wide");
      assertEquals(charts, r.get("charts").asInt(), "every chart is in the page");
      assertTrue(r.get("texts").asInt() > 10 * charts, "the chart texts were measured: " + r.get("texts"));
      assertTrue(r.get("headers").asInt() > 10, "the table headers were measured: " + r.get("headers"));
      r.get("problems").forEach(p -> problems.add(name + " at " + width + " px: " + p.asText()));
    }
    assertEquals(List.of(), problems, "no clipped, overlapping or look-alike labels");
  }

  @Test
  void tariffStudyLabelsFitAndDoNotOverlapAtTwoWidths(@TempDir Path dir) throws Exception {
    assertLaidOut("tariff", report(), dir);
  }

  @Test
  void longNamesAndUnitsFitAndDoNotOverlapAtTwoWidths(@TempDir Path dir) throws Exception {
    assertLaidOut("long-names", longNamesReport(), dir);
  }

  @Test
  void millionsReportFitsAtTwoWidths(@TempDir Path dir) throws Exception {
    assertLaidOut("millions", millionsReport(), dir);
  }

  static List<String> chromium(Path profile, String... args) {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static void run(List<String> cmd, Path stdout) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(stdout.resolveSibling(stdout.getFileName() + ".err").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s: " + cmd);
    }
    assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(stdout.resolveSibling(stdout.getFileName()
        + ".err")));
  }

  @Test
  void chartsAreInTheRenderedDomWithTheirBarsAndLabels(@TempDir Path dir) throws Exception {
    String html = report();
    Document expected = Xml.parse(html);
    Path probe = dir.resolve("probe.html");
    Files.writeString(probe, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    Path dom = dir.resolve("dom.html");
    run(chromium(Files.createDirectory(dir.resolve("profile")), "--dump-dom", probe.toUri().toString()), dom);
    String dumped = Files.readString(dom, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dumped);
    assertTrue(m.find(), "the probe ran in the page: " + dumped.substring(0, Math.min(500, dumped.length())));
    JsonNode charts = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&"));
    List<Element> svgs = Xml.find(expected, "svg", "chart");
    assertEquals(svgs.size(), charts.size(), "every chart is in the rendered DOM");
    assertTrue(svgs.size() >= 12, "scenario charts, sweep charts and the histogram: " + svgs.size());
    for (int i = 0; i < svgs.size(); i++) {
      Element svg = svgs.get(i);
      JsonNode c = charts.get(i);
      String id = svg.getAttribute("id");
      assertEquals(id, c.get("id").asText());
      assertEquals("http://www.w3.org/2000/svg", c.get("namespace").asText(), id + " is parsed as SVG");
      assertTrue(c.get("width").asDouble() > 200, id + " is laid out with a width");
      assertTrue(c.get("textWidth").asDouble() > 0, id + " has text drawn in a font");
      assertEquals(Xml.find(svg, "rect", "bar").size(), c.get("bars").asInt(), id + " bars");
      assertEquals(Xml.find(svg, "text", "category-label").size(), c.get("labels").asInt(), id + " labels");
      assertEquals(Xml.find(svg, "text", "legend-label").size(), c.get("legend").asInt(), id + " legend");
      JsonNode heights = c.get("heights");
      if (heights.size() > 0) {
        double scale = heights.get(0).get(1).asDouble() / Math.abs(heights.get(0).get(0).asDouble());
        for (JsonNode h : heights) {
          assertEquals(Math.abs(h.get(0).asDouble()) * scale, h.get(1).asDouble(), 0.03, id + " bar height");
        }
      }
    }
  }

  @Test
  void screenshotIsNotBlankAndShowsTheChartColors(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");
    Files.writeString(page, report(), StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");
    run(chromium(Files.createDirectory(dir.resolve("profile")), "--hide-scrollbars", "--window-size=1200,6000",
        "--screenshot=" + png, page.toUri().toString()), dir.resolve("shot.out"));
    BufferedImage image = ImageIO.read(new File(png.toString()));
    assertEquals(1200, image.getWidth());
    Set<Integer> colors = new HashSet<>();
    Map<String, Integer> palette = Map.of("KR", 0x4e79a7, "US", 0xf28e2b, "materials", 0x9c755f);
    Set<String> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colors.add(rgb);
        palette.forEach((k, v) -> {
          if (v == rgb) {
            seen.add(k);
          }
        });
      }
    }
    assertTrue(colors.size() > 50, "a rendered report has many colors (text antialiasing, charts): " + colors.size());
    assertEquals(palette.keySet(), seen, "the bars are drawn in their colors");
  }
}
