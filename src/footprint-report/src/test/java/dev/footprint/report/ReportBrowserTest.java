package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Parameters;
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
        .sweep(sweep).monteCarlo(mc, List.of("wage:VN=uniform(1,40)")).render();
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
    run(chromium(Files.createDirectory(dir.resolve("profile")), "--hide-scrollbars", "--window-size=1200,2400",
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
