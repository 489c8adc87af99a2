package dev.footprint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels under the slots of a bar chart, laid out so that none is clipped and none overlaps
 * another: level when each fits its slot, else turned by {@link #ANGLE} degrees, shortened to the
 * room below the chart and left of the slot, and thinned to every n-th slot where slots are too
 * narrow for a line of text each. A shortened label keeps its full text as a tooltip.
 */
final class CategoryLabels {
  /** The angle of turned labels, in degrees. */
  static final double ANGLE = 40;
  private static final double SIN = Math.sin(Math.toRadians(ANGLE));
  private static final double COS = Math.cos(Math.toRadians(ANGLE));
  /** Distance kept between the baselines of two turned labels, in pixels (a line of 12 px text). */
  private static final double LINE = 16;

  private final List<String> full;
  private final List<String> shown;
  private final boolean turned;
  private final int every;
  private final double margin;

  private CategoryLabels(List<String> full, List<String> shown, boolean turned, int every, double margin) {
    this.full = full;
    this.shown = shown;
    this.turned = turned;
    this.every = every;
    this.margin = margin;
  }

  /**
   * @param categories the labels, one per slot
   * @param left the x of the first slot's left end
   * @param slot the width of a slot
   * @param height the chart's height (turned labels take at most about a third of it)
   * @return the layout
   */
  static CategoryLabels layout(List<String> categories, double left, double slot, double height) {
    boolean fits = true;
    for (String c : categories) {
      fits &= Charts.textWidth(c) <= slot - 6;
    }
    if (fits) {
      return new CategoryLabels(categories, categories, false, 1, 30);
    }
    int every = Math.max(1, (int) Math.ceil(LINE / Math.max(1e-9, slot * SIN)));
    double maxLength = Math.max(24, Math.min(150, (0.34 * height - 22) / SIN));
    List<String> shown = new ArrayList<>(Charts.distinct(categories, maxLength, 12));
    double longest = 0;
    for (int c = 0; c < categories.size(); c += every) {
      double cx = left + c * slot + slot / 2;
      double room = (cx - 4 - 12 * SIN) / COS;
      if (Charts.textWidth(shown.get(c)) > room) {
        shown.set(c, Charts.fit(categories.get(c), room, 12));
      }
      longest = Math.max(longest, Charts.textWidth(shown.get(c)));
    }
    return new CategoryLabels(categories, shown, true, every, 14 + longest * SIN + 12 * COS + 6);
  }

  /** @return the room the labels need below the plot, in pixels */
  double margin() {
    return margin;
  }

  /** @return whether the labels are turned */
  boolean turned() {
    return turned;
  }

  /**
   * Writes the labels.
   *
   * @param svg where to write
   * @param left the x of the first slot's left end
   * @param slot the width of a slot
   * @param bottom the y of the plot's bottom
   */
  void draw(Svg svg, double left, double slot, double bottom) {
    for (int c = 0; c < full.size(); c += every) {
      double cx = left + c * slot + slot / 2;
      if (turned) {
        double y = bottom + 14;
        Charts.label(svg, cx + 4, y, full.get(c), shown.get(c), "class", "category-label", "text-anchor", "end",
            "transform", "rotate(-" + Svg.num(ANGLE) + " " + Svg.num(cx + 4) + " " + Svg.num(y) + ")");
      } else {
        Charts.label(svg, cx, bottom + 18, full.get(c), shown.get(c), "class", "category-label", "text-anchor",
            "middle");
      }
    }
  }
}
