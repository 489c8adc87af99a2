package dev.footprint;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Comparison;
import dev.footprint.analysis.Decision;
import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.model.Country;
import dev.footprint.model.EffectiveTariff;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.model.TariffRule;
import dev.footprint.result.CostKind;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the model and analysis packages, called with null in each
 * of its reference parameters in turn (the others valid), throws {@link InvalidModelException}
 * naming the missing value ({@code value() == null}): never a bare NullPointerException, never a
 * solve before the check. The classes are found by listing the compiled package directories, so a
 * class added later is covered without editing this test; one for which no sample instance or
 * argument is known fails it.
 */
class NullArgumentsTest {

  /** Parameters documented as taking null: class, member, parameter index. */
  private static final Set<String> NULLABLE = Set.of(
      "MonteCarlo.run#6", "MonteCarlo.run#7", // progress listener and cancel flag: "or null"
      // the agreement goods originate in: null for none
      "Network.effectiveTariff#4", "TariffMeasure.appliesTo#4",
      // the exception itself: its value is null when the value is missing, and it must not throw
      "InvalidModelException.<init>#0", "InvalidModelException.<init>#1", "InvalidModelException.<init>#2");

  private static Network network() {
    return Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 200), Site.existing("MX-1", "MX", 200),
            Site.candidate("US-new", "US", 50, 100))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 5))
        .tariff(TariffMeasure.adValorem("t", "US", 0.1))
        .productionCredit(ProductionCredit.of("k", "US", ProductScope.ALL, 1))
        .build();
  }

  private static final Network NETWORK = network();
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final Solution SOLUTION = SOLVER.solve(NETWORK);

  private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

  static {
    sample(String.class, () -> "US");
    sample(Object.class, () -> "x");
    sample(Series.class, () -> Series.constant(1));
    sample(Network.class, () -> NETWORK);
    sample(Network.Builder.class, NETWORK::toBuilder);
    sample(Country.class, () -> Country.of("US", 30));
    sample(Product.class, () -> Product.of("widget", "goods", 1, 10));
    sample(Site.class, () -> Site.existing("US-1", "US", 200));
    sample(Market.class, () -> Market.of("US-M", "US").withDemand("widget", 100));
    sample(FreightRate.class, () -> FreightRate.lane("MX", "US", 5));
    sample(TariffMeasure.class, () -> TariffMeasure.adValorem("t", "US", 0.1));
    sample(TariffQuota.class, () -> TariffQuota.of("q", "widget", "US", 10, 0.05).from("MX"));
    sample(ProductScope.class, () -> ProductScope.ALL);
    sample(ProductionCredit.class, () -> ProductionCredit.of("k", "US", ProductScope.ALL, 1));
    sample(InvestmentCredit.class, () -> new InvestmentCredit("i", "US", ProductScope.ALL, 0.1));
    sample(JobGrant.class, () -> new JobGrant("g", "US", Series.constant(1)));
    sample(dev.footprint.model.SiteGrant.class, () -> new dev.footprint.model.SiteGrant("sg", "s", 0, 1));
    sample(dev.footprint.model.CapacityStep.class, () -> dev.footprint.model.CapacityStep.of("step", "s", 1, 1, 0));
    sample(dev.footprint.model.HiringLimit.class,
        () -> new dev.footprint.model.HiringLimit("hl", "US", Series.constant(1)));
    sample(dev.footprint.model.CapexAccounting.class, () -> dev.footprint.model.CapexAccounting.ANNUITY);
    sample(dev.footprint.model.Objective.class, () -> dev.footprint.model.Objective.MAX_PROFIT);
    sample(dev.footprint.model.TerminalValue.class, () -> dev.footprint.model.TerminalValue.PERPETUITY);
    sample(dev.footprint.model.TerminalValue.Kind.class, () -> dev.footprint.model.TerminalValue.Kind.PERPETUITY);
    sample(Policy.class, () -> new Policy.HomeShare("h", "widget", "US", 0.1));
    sample(Policy.InvestmentPledge.class, () -> new Policy.InvestmentPledge("p", "US", 1));
    sample(Policy.EmploymentFloor.class, () -> new Policy.EmploymentFloor("f", "US", Series.constant(1)));
    sample(Policy.HomeShare.class, () -> new Policy.HomeShare("h", "widget", "US", 0.1));
    sample(Policy.ConcentrationCap.class, () -> new Policy.ConcentrationCap("c", "widget", 0.9));
    sample(Horizon.class, Horizon::single);
    sample(Money.class, () -> Money.USD);
    sample(dev.footprint.model.ExchangeRate.class, () -> dev.footprint.model.ExchangeRate.of("KRW", 1300));
    sample(dev.footprint.model.CurrencyConversion.class, NETWORK::conversion);
    sample(EffectiveTariff.class, () -> EffectiveTariff.NONE);
    sample(SiteKind.class, () -> SiteKind.EXISTING);
    sample(TariffRule.class, () -> TariffRule.ADD);
    sample(Optional.class, Optional::empty);
    sample(OptionalDouble.class, OptionalDouble::empty);
    sample(java.util.OptionalInt.class, java.util.OptionalInt::empty);
    sample(Set.class, Set::of);
    sample(List.class, List::of);
    sample(Collection.class, List::of);
    sample(Map.class, Map::of);
    sample(String[].class, () -> new String[] {"US"});
    sample(Integer[].class, () -> new Integer[] {0});
    sample(double[].class, () -> new double[] {1, 2});
    sample(Country[].class, () -> new Country[0]);
    sample(Product[].class, () -> new Product[0]);
    sample(Site[].class, () -> new Site[0]);
    sample(Market[].class, () -> new Market[0]);
    sample(FreightRate[].class, () -> new FreightRate[0]);
    sample(TariffMeasure[].class, () -> new TariffMeasure[0]);
    sample(TariffQuota[].class, () -> new TariffQuota[0]);
    sample(ProductionCredit[].class, () -> new ProductionCredit[0]);
    sample(InvestmentCredit[].class, () -> new InvestmentCredit[0]);
    sample(JobGrant[].class, () -> new JobGrant[0]);
    sample(Policy[].class, () -> new Policy[0]);
    sample(BiFunction.class, () -> (BiFunction<Network, Double, Network>) (n, v) -> n);
    sample(Predicate.class, () -> (Predicate<Solution>) s -> true);
    sample(java.util.function.Consumer.class, () -> (java.util.function.Consumer<Network>) n -> { });
    sample(UnaryOperator.class, () -> (UnaryOperator<Network>) n -> n);
    sample(BiConsumer.class, () -> (BiConsumer<String, Solution>) (a, b) -> { });
    sample(Parameter.Linearity.class, () -> Parameter.Linearity.ALWAYS);
    sample(Parameter.class, () -> Parameters.wage("US"));
    sample(Decision.class, () -> Decision.productMadeIn("widget", "US", 0.5));
    sample(FootprintSolver.class, () -> SOLVER);
    sample(Solution.class, () -> SOLUTION);
    sample(SolveStatus.class, () -> SolveStatus.OPTIMAL);
    sample(RealDistribution.class, () -> new UniformRealDistribution(10, 20));
    sample(Uncertainty.class, () -> Uncertainty.of(Parameters.wage("US"), new UniformRealDistribution(10, 20)));
    sample(Uncertainty.Regime.class, () -> new Uncertainty.Regime("r", 1, n -> n));
    sample(RobustFootprint.Regime.class, () -> new RobustFootprint.Regime("r", NETWORK, 1));
    sample(RobustFootprint.Method.class, () -> RobustFootprint.Method.AUTO);
    sample(MonteCarlo.Progress.class, () -> (MonteCarlo.Progress) (d, t) -> { });
    sample(AtomicBoolean.class, AtomicBoolean::new);
    sample(Summary.class, () -> Summary.of(SOLUTION));
    sample(Sweep.Point.class, () -> new Sweep.Point(1, Summary.of(SOLUTION), true));
    sample(Frontier.Point.class, () -> new Frontier.Point(1, 1, 1, Summary.of(SOLUTION), true));
    sample(Sensitivity.Price.class, () -> new Sensitivity.Price("k", 1, "m"));
    sample(Comparison.class, () -> new Comparison("base", Map.of("base", SOLUTION)));
    sample(Sweep.class, () -> new Sweep("p", List.of(), 0));
    sample(MonteCarlo.class, () -> new MonteCarlo(0, 0, new double[0], List.of(), false));
    sample(Frontier.class, () -> new Frontier("m", List.of()));
    sample(Sensitivity.class, () -> new Sensitivity(0, List.of(), List.of(), List.of()));
    sample(BreakEven.class, () -> new BreakEven("p", "d", 0, 1, true, SOLUTION, SOLUTION, 2));
    sample(RobustFootprint.class, () -> new RobustFootprint(SolveStatus.OPTIMAL, List.of(), List.of(), Map.of(),
        Map.of(), Map.of(), 0, 0, Map.of(), 0));
    sample(CostKind.class, () -> CostKind.LABOR);
    sample(dev.footprint.model.TradeAgreement.class, () -> dev.footprint.model.TradeAgreement.of("FTA", "US", "MX"));
    sample(dev.footprint.model.TradeAgreement[].class, () -> new dev.footprint.model.TradeAgreement[0]);
    sample(dev.footprint.model.OriginRule.class, () -> dev.footprint.model.OriginRule.of("r", "FTA", "widget", 0.5,
        dev.footprint.model.ContentMethod.BUILD_DOWN));
    sample(dev.footprint.model.OriginRule[].class, () -> new dev.footprint.model.OriginRule[0]);
    sample(dev.footprint.model.ContentMethod.class, () -> dev.footprint.model.ContentMethod.BUILD_UP);
    sample(dev.footprint.model.OriginCondition.class, () -> new dev.footprint.model.OriginCondition("FTA", true));
    sample(dev.footprint.model.TransshipmentRule.class, () -> dev.footprint.model.TransshipmentRule.of("x", "US", 0.4,
        0.4, "MX"));
    sample(dev.footprint.model.TransshipmentRule[].class, () -> new dev.footprint.model.TransshipmentRule[0]);
    sample(dev.footprint.model.DutyDrawback.class, () -> dev.footprint.model.DutyDrawback.of("d", "US", 0.99));
    sample(dev.footprint.model.DutyDrawback[].class, () -> new dev.footprint.model.DutyDrawback[0]);
  }

  private static void sample(Class<?> type, Supplier<Object> value) {
    SAMPLES.put(type, value);
  }

  private static List<Class<?>> publicClasses(Class<?> anchor) throws URISyntaxException, ClassNotFoundException,
      java.io.IOException {
    Path dir = Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.equals("package-info.class")) {
          continue;
        }
        Class<?> c = Class.forName(anchor.getPackageName() + "." + file.substring(0, file.length() - 6));
        if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()
            && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static List<Executable> members(Class<?> c) {
    List<Executable> out = new ArrayList<>();
    if (!c.isEnum() && !Modifier.isAbstract(c.getModifiers())) {
      for (Constructor<?> k : c.getConstructors()) {
        out.add(k);
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      boolean objectMethod = m.getName().equals("equals") && m.getParameterCount() == 1;
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !objectMethod
          && !Modifier.isAbstract(m.getModifiers()) && !(c.isEnum() && m.getName().equals("valueOf"))) {
        out.add(m);
      }
    }
    return out;
  }

  private static Object valueFor(Class<?> type) {
    if (type == double.class) {
      return 0.5;
    } else if (type == int.class) {
      return 2;
    } else if (type == long.class) {
      return 1L;
    } else if (type == boolean.class) {
      return false;
    }
    Supplier<Object> s = SAMPLES.get(type);
    if (s == null) {
      throw new IllegalStateException("no sample value of " + type.getName() + ": add one to NullArgumentsTest");
    }
    return s.get();
  }

  @Test
  void nullArgumentsAreRefusedByName() throws Exception {
    List<Class<?>> classes = new ArrayList<>(publicClasses(Network.class));
    classes.addAll(publicClasses(Sweep.class));
    assertTrue(classes.size() > 30, classes.toString());
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Class<?> c : classes) {
      for (Executable e : members(c)) {
        Class<?>[] types = e.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
          if (types[i].isPrimitive()) {
            continue;
          }
          String key = c.getSimpleName() + "." + (e instanceof Constructor ? "<init>" : e.getName()) + "#" + i;
          if (NULLABLE.contains(key)) {
            continue;
          }
          Object[] args = new Object[types.length];
          for (int j = 0; j < types.length; j++) {
            args[j] = j == i ? null : valueFor(types[j]);
          }
          calls++;
          Throwable thrown = null;
          try {
            if (e instanceof Constructor<?> k) {
              k.newInstance(args);
            } else {
              Method m = (Method) e;
              m.invoke(Modifier.isStatic(m.getModifiers()) ? null : valueFor(c), args);
            }
          } catch (InvocationTargetException ex) {
            thrown = ex.getCause();
          }
          String where = c.getName() + "." + e.getName() + java.util.Arrays.toString(types) + " with null #" + i;
          if (!(thrown instanceof InvalidModelException ime)) {
            failures.add(where + ": " + (thrown == null ? "no exception" : thrown.toString()));
          } else if (ime.value() != null) {
            failures.add(where + ": refused for another value: " + ime.getMessage());
          }
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + calls + " calls:\n" + String.join("\n", failures));
    }
    assertTrue(calls > 100, calls + " calls");
  }
}
