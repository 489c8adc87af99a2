package dev.footprint.result;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjDoubleConsumer;

/**
 * The costs and checks of capacity steps and closable candidates (docs/model.md, Capacity steps and
 * Closable candidates), from the allocation and the network alone, for {@link Evaluation} and
 * {@link Verifier}.
 */
final class StepCosts {
  private StepCosts() {}

  /**
   * Charges the capex of every module put in place: each rise of a step's modules in place in t
   * costs the rise times the present value of one module's charges from t ({@link Pricing#stepCharge}).
   *
   * @param a the allocation
   * @param price the pricing
   * @param sink receives the site's country and the present value
   */
  static void add(Allocation a, Pricing price, ObjDoubleConsumer<String> sink) {
    Network n = a.network();
    for (int k = 0; k < n.capacitySteps().size(); k++) {
      CapacityStep step = n.capacitySteps().get(k);
      String country = n.sites().get(n.siteIndex(step.site())).country();
      double previous = 0;
      for (int t = 0; t < n.periods(); t++) {
        double now = a.stepsInPlace(step.id(), t);
        if (now != previous) {
          sink.accept(country, (now - previous) * price.stepCharge(k, t));
        }
        previous = now;
      }
    }
  }

  /**
   * @param a the allocation
   * @param site a candidate or committed site
   * @return whether it opened within the horizon (its largest status): for a site that stays open,
   *     its status in the last period
   */
  static double opened(Allocation a, Site site) {
    double most = 0;
    for (int t = 0; t < a.network().periods(); t++) {
      most = Math.max(most, a.siteStatus(site.id(), t));
    }
    return site.closable() ? most : a.siteStatus(site.id(), a.network().periods() - 1);
  }

  /**
   * @param a the allocation
   * @param s site index
   * @param t period
   * @return the capacity of its steps in place in t
   */
  static double stepCapacity(Allocation a, int s, int t) {
    Network n = a.network();
    String id = n.sites().get(s).id();
    double sum = 0;
    for (CapacityStep step : n.capacitySteps()) {
      if (step.site().equals(id)) {
        sum += step.capacityIncrement().at(t) * a.stepsInPlace(step.id(), t);
      }
    }
    return sum;
  }

  /**
   * Checks the modules in place of every step: within [0, maxCount], whole (when site decisions must
   * be), never fewer than before, none before the step's earliest period, and put in place only in
   * a period its site is active.
   *
   * @param a the allocation
   * @param integral whether decisions must be whole
   * @param out where violations go
   */
  static void check(Allocation a, boolean integral, List<Violation> out) {
    Network n = a.network();
    for (CapacityStep step : n.capacitySteps()) {
      double previous = 0;
      for (int t = 0; t < n.periods(); t++) {
        double e = a.stepsInPlace(step.id(), t);
        String name = "step[" + step.id() + "," + n.horizon().label(t) + "]";
        if (!(e >= -1e-6 && e <= step.maxCount() + 1e-6)) {
          out.add(new Violation(name, String.format(Locale.ROOT, "%.6f modules in place, outside [0, %d]", e,
              step.maxCount()), e < 0 ? -e : e - step.maxCount()));
        } else if (integral && Math.abs(e - Math.rint(e)) > 1e-6) {
          out.add(new Violation(name, e + " modules in place is not whole", Math.abs(e - Math.rint(e))));
        }
        if (e < previous - 1e-6) {
          out.add(new Violation(name, "modules in place fall from " + previous + " to " + e
              + ": a step stays in place once put there", previous - e));
        }
        if (t < step.earliestPeriod() && e > 1e-6) {
          out.add(new Violation(name, "in place before its earliest period "
              + n.horizon().label(step.earliestPeriod()), e));
        }
        double rise = e - previous;
        double y = a.siteStatus(step.site(), t);
        if (rise > step.maxCount() * y + 1e-6) {
          out.add(new Violation(name, String.format(Locale.ROOT,
              "%.6f modules put in place while site '%s' has status %.3f: a step is built only while its site is open",
              rise, step.site(), y), rise - step.maxCount() * y));
        }
        previous = e;
      }
    }
  }
}
