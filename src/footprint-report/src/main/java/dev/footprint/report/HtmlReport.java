package dev.footprint.report;

import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.results.RunInfo;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.solve.Solution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One self-contained HTML report: inline CSS and SVG charts, no script, no external resource (fonts,
 * stylesheets, images). The markup is well-formed XML as well as HTML, so XML tools can read it.
 *
 * <p>Sections are added in order: {@link #scenarios} (an overview with the sites whose status
 * differs between scenarios, the change against the base scenario as a waterfall of cost by kind,
 * where each product is made, cost by kind, capex and jobs against pledges and floors, flows from
 * origin to market per product unit, tariffs and subsidies, origin claims and component uses where
 * there are any, and the details of each scenario), then any analyses. The sections are written by
 * {@link ScenarioSections}, {@link ScenarioDetails}, {@link OriginSections},
 * {@link SweepSection} and {@link AnalysisSections}; this class holds the report together.
 *
 * <p>Numbers print rounded for people; every chart mark and table number has its exact value in a
 * tooltip. Money is labelled in the study's money ({@link Network#money()}): taken from the solutions
 * of {@link #scenarios}, or given by {@link #network} or {@link #money} for analyses that carry no
 * network.
 */
public final class HtmlReport {
  /** Rows of a detail table at most; the CSV files hold them all. */
  static final int MAX_ROWS = 40;

  private final RunInfo run;
  private final String title;
  private final ReportContext ctx = new ReportContext();

  /**
   * @param run the run's facts, shown in the header
   * @param title the report's title
   */
  public HtmlReport(RunInfo run, String title) {
    this.run = Objects.requireNonNull(run, "run");
    this.title = Objects.requireNonNull(title, "title");
  }

  /**
   * Takes the money label and each product's unit from the study's network, for analyses whose
   * results carry no network (sweeps, frontiers, Monte Carlo runs, sensitivities).
   *
   * @param network the study's network (the scenario analysed)
   * @return this
   */
  public HtmlReport network(Network network) {
    ctx.describe(Objects.requireNonNull(network, "network"));
    return this;
  }

  /**
   * Sets the money every figure of the report is in, over what the networks state.
   *
   * @param money the money, such as USD millions
   * @return this
   */
  public HtmlReport money(Money money) {
    ctx.money(money);
    return this;
  }

  /**
   * Adds the sections on a set of solved scenarios.
   *
   * @param solutions solutions by scenario name, in display order
   * @param base the scenario deltas are taken against, or null
   * @return this
   */
  public HtmlReport scenarios(Map<String, Solution> solutions, String base) {
    if (!solutions.isEmpty()) {
      new ScenarioSections(ctx, solutions, base).addAll();
    }
    return this;
  }

  /**
   * Adds a sweep, without a base value (see {@link #sweep(Sweep, double)}).
   *
   * @param sweep the sweep
   * @return this
   */
  public HtmlReport sweep(Sweep sweep) {
    return sweep(sweep, Double.NaN);
  }

  /**
   * Adds a sweep: total cost against the parameter with the base value and each flip marked (where
   * the sites opened or the countries making a product change), where each product is made at each
   * value, and the points with only the sites that differ between them.
   *
   * @param sweep the sweep
   * @param baseValue the parameter's value in the study, marked on the charts; NaN if not known
   * @return this
   */
  public HtmlReport sweep(Sweep sweep, double baseValue) {
    SweepSection.sweep(ctx, sweep, baseValue);
    return this;
  }

  /**
   * Adds a break-even: the value, and the proof pair side by side as scenarios.
   *
   * @param be the break-even
   * @return this
   */
  public HtmlReport breakEven(BreakEven be) {
    SweepSection.breakEven(ctx, be);
    List<String> at = Format.parameters(be.parameter(), new double[] {be.low(), be.high()});
    Map<String, Solution> pair = new LinkedHashMap<>();
    String below = "at " + at.get(0);
    pair.put(below, be.below());
    pair.put("at " + at.get(1), be.above());
    return scenarios(pair, below);
  }

  /**
   * Adds shadow prices and reduced costs.
   *
   * @param scenario the scenario's name
   * @param s the sensitivity
   * @return this
   */
  public HtmlReport sensitivity(String scenario, Sensitivity s) {
    AnalysisSections.sensitivity(ctx, scenario, s);
    return this;
  }

  /**
   * Adds a Monte Carlo run: the distribution of cost with P5, P50 and P95, how often each site opens
   * and where each product is made.
   *
   * @param mc the run
   * @param inputs the uncertain inputs in words, one line each
   * @return this
   */
  public HtmlReport monteCarlo(MonteCarlo mc, List<String> inputs) {
    AnalysisSections.monteCarlo(ctx, mc, inputs);
    return this;
  }

  /**
   * Adds a robust footprint: its costs per regime, set against the footprints best for one regime,
   * and the sites it opens or closes, by period.
   *
   * @param r the robust footprint
   * @return this
   */
  public HtmlReport robust(RobustFootprint r) {
    AnalysisSections.robust(ctx, r);
    return this;
  }

  /**
   * Adds a trade-off frontier.
   *
   * @param f the frontier
   * @return this
   */
  public HtmlReport frontier(Frontier f) {
    AnalysisSections.frontier(ctx, f);
    return this;
  }

  /**
   * Writes the document.
   *
   * @return the whole document
   */
  public String render() {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"Footprint ").append(esc(run.footprintVersion())).append("\"/>\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(esc(title)).append("</h1><div class=\"meta\">")
        .append("study <strong>").append(esc(run.studyName())).append("</strong> (<code>").append(esc(run.studyFile()))
        .append("</code>, sha256 <code title=\"").append(esc(run.studySha256())).append("\">")
        .append(esc(run.studySha256().length() > 12 ? run.studySha256().substring(0, 12) + "…" : run.studySha256()))
        .append("</code>) · Footprint ").append(esc(run.footprintVersion())).append(" · OR-Tools ")
        .append(esc(run.orToolsVersion())).append(" · ").append(esc(run.generatedAt().toString()))
        .append("<br/><code>").append(esc(run.command())).append("</code></div></header>\n<main>\n");
    List<ReportContext.Section> sections = ctx.sections();
    if (sections.size() > 2) {
      h.append("<nav class=\"toc\">");
      for (ReportContext.Section s : sections) {
        h.append("<a href=\"#").append(esc(s.id())).append("\">").append(esc(s.heading())).append("</a>");
      }
      h.append("</nav>\n");
    }
    for (ReportContext.Section s : sections) {
      h.append("<section id=\"").append(esc(s.id())).append("\"><h2>").append(esc(s.heading())).append("</h2>\n")
          .append(s.body()).append("</section>\n");
    }
    h.append("</main>\n<footer>Made by Footprint ").append(esc(run.footprintVersion()))
        .append(". Figures are present values in ").append(esc(ctx.money())).append(" unless marked; hover a number "
            + "for its exact value. The same figures are in result.json and the CSV files beside this report."
            + "</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static final String CSS = """
      :root{--ink:#1f2328;--muted:#5f6b7a;--line:#e3e6ea;--bg:#f5f6f8;--accent:#2f5d8a}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,\
      'Liberation Sans','DejaVu Sans',Arial,sans-serif}
      header{background:#1d2b3a;color:#fff;padding:22px 32px 18px}
      header h1{margin:0 0 6px;font-size:22px;font-weight:650}
      header .meta{color:#c5d0dc;font-size:12.5px;overflow-wrap:anywhere}
      header code{color:#e8eef5}
      main{max-width:1120px;margin:0 auto;padding:12px 24px 40px}
      nav.toc{display:flex;flex-wrap:wrap;gap:6px 14px;margin:14px 0 4px;font-size:13px}
      nav.toc a{color:var(--accent);text-decoration:none}
      section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 22px 10px;margin:16px 0}
      h2{font-size:18px;margin:2px 0 10px}
      h3{font-size:14.5px;margin:16px 0 6px}
      figure{margin:8px 0 14px}
      figcaption{font-weight:600;font-size:13.5px;margin-bottom:4px}
      svg.chart{max-width:100%;height:auto;display:block}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(480px,100%),1fr));gap:4px 24px}
      .grid>figure{min-width:0}
      .table-wrap{max-width:100%;overflow-x:auto;margin:6px 0 14px}
      table{border-collapse:collapse;font-size:13px}
      th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{background:#f0f2f5;font-weight:600;overflow-wrap:break-word}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      td.num{white-space:nowrap}
      td[title]{cursor:help}
      .note{color:var(--muted);font-size:12.5px}
      .problem{color:#b3261e}
      .status{font-weight:600}
      .status-OPTIMAL{color:#2e7d32}.status-FEASIBLE{color:#a15c00}
      .status-INFEASIBLE,.status-UNBOUNDED,.status-NO_SOLUTION{color:#b3261e}
      .kpis{display:flex;flex-wrap:wrap;gap:10px;margin:6px 0 12px}
      .kpi{border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:110px}
      .kpi .k{color:var(--muted);font-size:12px}.kpi .v{font-size:18px;font-weight:600}
      details{border-top:1px solid var(--line);padding:8px 0}
      summary{cursor:pointer;font-weight:600}
      code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:12px}
      footer{max-width:1120px;margin:0 auto;padding:0 24px 32px;color:var(--muted);font-size:12px}
      @media (max-width:600px){main{padding:8px 8px 24px}section{padding:10px 12px 8px}header{padding:16px}}
      """;

  private static String esc(String s) {
    return Svg.escape(s);
  }
}
