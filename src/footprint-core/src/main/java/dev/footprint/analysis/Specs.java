package dev.footprint.analysis;

import java.util.Locale;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * Text forms of parameters, decisions and distributions, as the command line and study files write
 * them. Each parser throws {@link IllegalArgumentException} naming the text and the forms it takes.
 */
public final class Specs {
  private Specs() {}

  /** The forms {@link #parameter} takes. */
  public static final String PARAMETER_FORMS = "tariff:MEASURE, wage:COUNTRY, fx:CURRENCY, fx:COUNTRY, "
      + "credit:PROGRAM, investmentBudget:PROGRAM, "
      + "newcredit:COUNTRY:PRODUCT, freight:ORIGIN->DESTINATION, quota:QUOTA, step:STEP, hires:LIMIT, demand, capex, "
      + "price:MARKET:PRODUCT, content:RULE, supplier:OFFER";

  /** The forms {@link #decision} takes. */
  public static final String DECISION_FORMS = "made:PRODUCT@COUNTRY[:SHARE], opens:SITE";

  /** The forms {@link #distribution} takes. */
  public static final String DISTRIBUTION_FORMS = "normal(MEAN,SD), lognormal(SCALE,SHAPE), uniform(LOW,HIGH), "
      + "triangular(LOW,MODE,HIGH)";

  /**
   * @param text such as {@code tariff:kr-deal} or {@code freight:KR->US}
   * @return the parameter
   */
  public static Parameter parameter(String text) {
    String t = AnalysisLimits.require(text, "parameter").strip();
    int colon = t.indexOf(':');
    String kind = colon < 0 ? t : t.substring(0, colon);
    String arg = colon < 0 ? "" : t.substring(colon + 1);
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "tariff":
        return Parameters.tariffRate(required(arg, text));
      case "wage":
        return Parameters.wage(required(arg, text));
      case "fx":
        return Parameters.fx(required(arg, text));
      case "credit":
        return Parameters.productionCredit(required(arg, text));
      case "investmentbudget":
        return Parameters.investmentBudget(required(arg, text));
      case "newcredit": {
        String[] parts = required(arg, text).split(":");
        if (parts.length != 2) {
          throw bad("parameter", text, PARAMETER_FORMS);
        }
        return Parameters.newProductionCredit(parts[0], parts[1]);
      }
      case "freight": {
        String[] parts = required(arg, text).split("->");
        if (parts.length != 2) {
          throw bad("parameter", text, PARAMETER_FORMS);
        }
        return Parameters.freight(parts[0].strip(), parts[1].strip());
      }
      case "quota":
        return Parameters.quotaVolume(required(arg, text));
      case "step":
        return Parameters.stepCapex(required(arg, text));
      case "hires":
        return Parameters.hiringLimit(required(arg, text));
      case "content":
        return Parameters.contentShare(required(arg, text));
      case "supplier":
        return Parameters.supplierPrice(required(arg, text));
      case "demand":
        return Parameters.demandScale();
      case "capex":
        return Parameters.capexScale();
      case "price": {
        String[] parts = required(arg, text).split(":");
        if (parts.length != 2) {
          throw bad("parameter", text, PARAMETER_FORMS);
        }
        return Parameters.priceScale(parts[0], parts[1]);
      }
      default:
        throw bad("parameter", text, PARAMETER_FORMS);
    }
  }

  /**
   * @param text such as {@code made:cells@US:0.5} or {@code opens:US-GA}
   * @return the decision
   */
  public static Decision decision(String text) {
    String t = AnalysisLimits.require(text, "decision").strip();
    if (t.startsWith("opens:")) {
      return Decision.siteOpens(required(t.substring(6), text));
    }
    if (t.startsWith("made:")) {
      String rest = t.substring(5);
      int at = rest.indexOf('@');
      if (at <= 0) {
        throw bad("decision", text, DECISION_FORMS);
      }
      String product = rest.substring(0, at);
      String countryAndShare = rest.substring(at + 1);
      int colon = countryAndShare.indexOf(':');
      String country = colon < 0 ? countryAndShare : countryAndShare.substring(0, colon);
      double share = colon < 0 ? 0.5 : number(countryAndShare.substring(colon + 1), text);
      return Decision.productMadeIn(product, required(country, text), share);
    }
    throw bad("decision", text, DECISION_FORMS);
  }

  /**
   * @param text such as {@code normal(2.7,0.3)}
   * @return the distribution
   */
  public static RealDistribution distribution(String text) {
    String t = AnalysisLimits.require(text, "distribution").strip().toLowerCase(Locale.ROOT);
    int open = t.indexOf('(');
    if (open < 0 || !t.endsWith(")")) {
      throw bad("distribution", text, DISTRIBUTION_FORMS);
    }
    String name = t.substring(0, open);
    String[] args = t.substring(open + 1, t.length() - 1).split(",");
    double[] v = new double[args.length];
    for (int i = 0; i < args.length; i++) {
      v[i] = number(args[i], text);
    }
    try {
      return switch (name) {
        case "normal" -> {
          need(v, 2, text);
          yield new NormalDistribution(null, v[0], v[1]);
        }
        case "lognormal" -> {
          need(v, 2, text);
          yield new LogNormalDistribution(null, v[0], v[1]);
        }
        case "uniform" -> {
          need(v, 2, text);
          yield new UniformRealDistribution(null, v[0], v[1]);
        }
        case "triangular" -> {
          need(v, 3, text);
          yield new TriangularDistribution(null, v[0], v[1], v[2]);
        }
        default -> throw bad("distribution", text, DISTRIBUTION_FORMS);
      };
    } catch (org.apache.commons.math3.exception.MathIllegalArgumentException e) {
      throw new IllegalArgumentException("distribution = '" + text + "': " + e.getMessage(), e);
    }
  }

  private static void need(double[] v, int n, String text) {
    if (v.length != n) {
      throw bad("distribution", text, DISTRIBUTION_FORMS);
    }
  }

  private static double number(String s, String text) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + s.strip() + "' in '" + text + "' is not a number", e);
    }
  }

  private static String required(String arg, String text) {
    if (arg.isBlank()) {
      throw new IllegalArgumentException("'" + text + "' names no id");
    }
    return arg.strip();
  }

  private static IllegalArgumentException bad(String what, String text, String forms) {
    return new IllegalArgumentException(what + " = '" + text + "': not understood\nMaybe write one of: " + forms);
  }
}
