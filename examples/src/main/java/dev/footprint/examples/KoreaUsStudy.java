package dev.footprint.examples;

import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import dev.footprint.result.Allocation;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The flagship study: Korea's export manufacturing as one network, under the 2025 US-Korea deal, under
 * no deal, and under the regime left after the Supreme Court voided the IEEPA tariffs (Feb 20, 2026),
 * each with and without the investment pledge.
 *
 * <p>Every figure is either cited beside it (source and date as given in {@code data/SOURCES.md}) or
 * labelled {@code // ASSUMPTION:} with the reasoning. See {@code examples/README.md} for the data
 * table, the units and the results. {@link KoreaUsReport} prints the study; {@link KoreaUsFigures}
 * renders the README's figures.
 *
 * <p>(A long class, by choice: it is the study's data, each figure beside its source or its
 * ASSUMPTION label, and the networks built from them, in one place a reader can audit from top to
 * bottom; splitting the data from the network that uses it would separate each figure from the one
 * use that explains it.)
 */
public final class KoreaUsStudy {

  private KoreaUsStudy() {}

  // =====================================================================================
  // Scenario keys
  // =====================================================================================

  /** The US tariff regimes solved. */
  public enum Regime {
    /** The 2025 deal: Korea 15% floor, autos 15%, Vietnam 20%, Indonesia 19%, Section 232 autos 25%. */
    DEAL_2025("2025 deal"),
    /** No deal: Korea at the announced 25% reciprocal rate, autos at Section 232's 25%. */
    NO_DEAL("No deal"),
    /** After the Feb 20, 2026 ruling: Section 122 10% on all origins, plus Section 232 on autos. */
    POST_RULING_2026("2026 post-ruling");

    private final String label;

    Regime(String label) {
      this.label = label;
    }

    /** @return a display label */
    public String label() {
      return label;
    }
  }

  /**
   * One solve of the study.
   *
   * @param regime the tariff regime
   * @param withPledge whether the investment pledge constraint is in the network
   */
  public record Key(Regime regime, boolean withPledge) {
    @Override
    public String toString() {
      return regime.label() + (withPledge ? " + pledge" : ", no pledge");
    }
  }

  /**
   * The assumptions that the sensitivity runs and the robustness table vary. {@link #BASE} is the
   * study's base case.
   *
   * @param name display name
   * @param chipsExemptFromGeneralTariffs whether chips are kept out of the reciprocal / Section 122
   *     tariffs (ASSUMPTION, see README: the 2025 orders exempted semiconductors, not in SOURCES.md)
   * @param usFabCapexRatio US fab capex over Korean fab capex, per unit of capacity
   * @param bridgeLaborViaUs derive Vietnam's labor cost from Statista's US/Vietnam ratio instead of
   *     its Mexico/Vietnam ratio
   * @param seaProductivity labor productivity of Vietnam and Indonesia relative to Korea and the US
   * @param stack122On232 whether Section 122's 10% also applies to autos under Section 232
   * @param s122Rate the Section 122 rate (10% in force; 15% announced)
   * @param pledgeUsd the investment pledge: US capex over the horizon, USD
   * @param moneyUnit what every money figure, cited in US$, is multiplied by when the network is built:
   *     {@link #MONEY_UNIT} (US$ millions) for the study; 1 states the same network in plain dollars
   * @param capexAccounting how the horizon charges capex (value beyond the horizon)
   * @param phoneCustomsValue the customs value of an electronics device, USD
   * @param demandGrowthShift added to every line's yearly demand growth (0.01: one point more)
   * @param lostSalesMultiple the penalty per unit of demand left unserved, as a multiple of the unit's
   *     customs value; infinite: every market's demand must be met in full
   * @param idVnLaborRatio Indonesia's labor cost over Vietnam's
   */
  public record Assumptions(String name, boolean chipsExemptFromGeneralTariffs, double usFabCapexRatio,
      boolean bridgeLaborViaUs, double seaProductivity, boolean stack122On232, double s122Rate, double pledgeUsd,
      double moneyUnit, CapexAccounting capexAccounting, double phoneCustomsValue, double demandGrowthShift,
      double lostSalesMultiple, double idVnLaborRatio) {

    /** The base case. */
    public static final Assumptions BASE = new Assumptions("base case", false, US_FAB_CAPEX_RATIO, false, 1.0,
        false, S122_RATE, PLEDGE_USD, MONEY_UNIT, CAPEX_ACCOUNTING, PHONE_CUSTOMS_VALUE, 0,
        Double.POSITIVE_INFINITY, JETRO_ID / JETRO_VN);

    /** A copy with some fields changed; the withers below name the one they change. */
    private Assumptions with(String n, boolean chipsExempt, double fabRatio, boolean viaUs, double productivity,
        boolean stack, double rate, double pledge, double unit) {
      return new Assumptions(n, chipsExempt, fabRatio, viaUs, productivity, stack, rate, pledge, unit,
          capexAccounting, phoneCustomsValue, demandGrowthShift, lostSalesMultiple, idVnLaborRatio);
    }

    /**
     * @param n name
     * @param unit what money figures in US$ are multiplied by (1 for plain dollars)
     * @return a copy with it: the same study in another money unit (its labels stay US$ millions only
     *     for {@link #MONEY_UNIT}; see {@link KoreaUsStudy#money(Assumptions)})
     */
    public Assumptions withMoneyUnit(String n, double unit) {
      return with(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, unit);
    }

    /** @param n name @param chipsExempt value @return a copy with it */
    public Assumptions withChipsExempt(String n, boolean chipsExempt) {
      return with(n, chipsExempt, usFabCapexRatio, bridgeLaborViaUs, seaProductivity, stack122On232,
          s122Rate, pledgeUsd, moneyUnit);
    }

    /** @param n name @param ratio US fab capex over Korea's @return a copy with it */
    public Assumptions withUsFabCapexRatio(String n, double ratio) {
      return with(n, chipsExemptFromGeneralTariffs, ratio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit);
    }

    /** @param n name @param viaUs whether to bridge Vietnam's labor cost via the US @return a copy */
    public Assumptions withLaborBridgeViaUs(String n, boolean viaUs) {
      return with(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, viaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit);
    }

    /** @param n name @param productivity Vietnam and Indonesia productivity @return a copy with it */
    public Assumptions withSeaProductivity(String n, double productivity) {
      return with(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, productivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit);
    }

    /** @param n name @param stack whether s122 stacks on s232 autos @param rate s122 rate @return a copy */
    public Assumptions withSection122(String n, boolean stack, double rate) {
      return with(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack, rate, pledgeUsd, moneyUnit);
    }

    /** @param n name @param usd the pledge, USD @return a copy with it */
    public Assumptions withPledge(String n, double usd) {
      return with(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, usd, moneyUnit);
    }

    /** @param n name @param accounting how the horizon charges capex @return a copy with it */
    public Assumptions withCapexAccounting(String n, CapexAccounting accounting) {
      return new Assumptions(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit, accounting, phoneCustomsValue, demandGrowthShift,
          lostSalesMultiple, idVnLaborRatio);
    }

    /** @param n name @param usd an electronics device's customs value, USD @return a copy with it */
    public Assumptions withPhoneCustomsValue(String n, double usd) {
      return new Assumptions(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit, capexAccounting, usd, demandGrowthShift,
          lostSalesMultiple, idVnLaborRatio);
    }

    /** @param n name @param shift added to every line's yearly demand growth @return a copy with it */
    public Assumptions withDemandGrowthShift(String n, double shift) {
      return new Assumptions(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit, capexAccounting, phoneCustomsValue, shift,
          lostSalesMultiple, idVnLaborRatio);
    }

    /**
     * @param n name
     * @param multiple lost-sales penalty per unit over the unit's customs value (infinite: none lost)
     * @return a copy with it
     */
    public Assumptions withLostSalesMultiple(String n, double multiple) {
      return new Assumptions(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit, capexAccounting, phoneCustomsValue, demandGrowthShift,
          multiple, idVnLaborRatio);
    }

    /** @param n name @param ratio Indonesia's labor cost over Vietnam's @return a copy with it */
    public Assumptions withIdVnLaborRatio(String n, double ratio) {
      return new Assumptions(n, chipsExemptFromGeneralTariffs, usFabCapexRatio, bridgeLaborViaUs, seaProductivity,
          stack122On232, s122Rate, pledgeUsd, moneyUnit, capexAccounting, phoneCustomsValue, demandGrowthShift,
          lostSalesMultiple, ratio);
    }
  }

  // =====================================================================================
  // Horizon
  // =====================================================================================

  /** First year of the horizon. */
  public static final int FIRST_YEAR = 2026;
  /** Yearly periods: 2026..2030, so that the 45X phase-down (75% in 2030) shows. */
  public static final int YEARS = 5;
  // ASSUMPTION: 8% a year, a typical corporate cost of capital for large Korean manufacturers.
  static final double DISCOUNT_RATE = 0.08;
  // ASSUMPTION (a modelling choice): capex is charged as its equivalent annual cost over the
  // asset's life (ANNUITY), in every year the plant is open inside 2026-2030. The question is which
  // footprint is cheaper to run, and a plant built in 2027 serves well beyond 2030: charging its whole
  // capex against four years of output (FULL, the library's default) made the five-year window a
  // payback rule and decided the car line by the window, not by tariffs or labor. ANNUITY compares a
  // plant opened in 2027 and one opened in 2030 on the same yearly terms; RESIDUAL (straight-line book
  // value credited at the end) is the accountant's alternative. The robustness table solves all three.
  static final CapexAccounting CAPEX_ACCOUNTING = CapexAccounting.ANNUITY;

  /**
   * The model's money unit: one million US$. Every money figure below is cited in US$ and multiplied
   * by this when the network is built ({@link Assumptions#moneyUnit()}), so figures read as US$
   * millions and costs are of order 1 to 1e5 rather than 1e6 to 1e11. The library scales plain
   * dollars for the solvers itself (see examples/README.md, "Library problems found", item 1), so
   * the unit is for readability. Reports print US$ billions.
   */
  public static final double MONEY_UNIT = 1e-6;
  /** The network's money as reports label it: US$ millions, one number per million dollars. */
  public static final Money MONEY = Money.of("USD", 1e6);

  /**
   * @param a the assumptions
   * @return the money of a network built with them: {@link #MONEY} in the study's unit, else as many
   *     dollars per number as the unit says
   */
  static Money money(Assumptions a) {
    return a.moneyUnit() == MONEY_UNIT ? MONEY : Money.of("USD", 1 / a.moneyUnit());
  }

  // =====================================================================================
  // The pledge
  // =====================================================================================

  /** Id of the investment pledge policy (removed for the "without pledge" solves). */
  public static final String PLEDGE_ID = "KR-US-pledge-2025";
  // Korea deal, Jul 30, 2025 (ibtimes.sg; moindaily.blogspot.com): $350B = $150B shipbuilding + $200B
  // strategic. The US had asked $400B (economy.ac/news/2025/07/20250786497).
  static final double PLEDGE_TOTAL_USD = 350e9;
  static final double PLEDGE_SHIPBUILDING_USD = 150e9;
  static final double PLEDGE_STRATEGIC_USD = 200e9;
  // ASSUMPTION: the $200B strategic part is spent evenly over ten years, so half falls in 2026-2030;
  // all of that half is attributed to the lines modelled here (chips, batteries, cars, electronics are
  // the strategic manufacturing sectors of the talks). Shipbuilding ($150B) is out of the network: there
  // is no shipbuilding cost, capacity or capex figure in SOURCES.md. The pledge counts gross US capex
  // of sites opened in the horizon, committed corporate projects included.
  static final double PLEDGE_SHARE_IN_HORIZON = 0.5;
  /** The pledge modelled: US capex in these lines over 2026-2030, USD. */
  public static final double PLEDGE_USD = PLEDGE_STRATEGIC_USD * PLEDGE_SHARE_IN_HORIZON;

  // =====================================================================================
  // Labor: one basis, the Conference Board ILC file (total labor cost per hour worked in
  // manufacturing, 2018), with Vietnam and Indonesia bridged onto it by ratios taken inside
  // single cross-country sources. All in 2018 US$, held constant over the horizon.
  // =====================================================================================

  // Conference Board ILC productivity/ULC file, Dec 2019 (pttry/ficomp), manufacturing, 2018: CmA/HrA.
  static final double US_LABOR_2018 = 43.14;
  // Same file: Korea W23,311 per hour worked, 2018.
  static final double KR_LABOR_KRW_2018 = 23_311;
  // ASSUMPTION: 2018 average won-dollar rate of about 1,100 KRW/USD (our own FX, as SOURCES.md asks;
  // the file's own FX column is rounded to 0.001).
  static final double KRW_PER_USD_2018 = 1_100;
  static final double KR_LABOR_2018 = KR_LABOR_KRW_2018 / KRW_PER_USD_2018;
  // Same file: Mexico MX$59.4 per hour, about US$3.09 at the file's exchange rate, 2018.
  static final double MX_LABOR_2018 = 3.09;
  // Statista 744071, manufacturing labor cost 2018, $/h: China 5.51, Vietnam 2.73, Mexico 4.45, US about
  // 27 (quoted on datasetsearch.research.google.com). Used only as ratios, within this one source.
  static final double STATISTA_CN = 5.51;
  static final double STATISTA_VN = 2.73;
  static final double STATISTA_MX = 4.45;
  static final double STATISTA_US = 27;
  // JETRO survey, worker pay, $/yr: Vietnam 3,673, Indonesia 5,421 (kisvn.vn; survey year not given).
  // Used only as the Indonesia/Vietnam ratio.
  static final double JETRO_VN = 3_673;
  static final double JETRO_ID = 5_421;
  // Korea (MOEL, Jul 2024, menafn.com/1110129148): manufacturing hours 182.6 a month.
  static final double KR_HOURS_PER_MONTH = 182.6;
  static final double KR_HOURS_PER_JOB = KR_HOURS_PER_MONTH * 12;
  // ASSUMPTION: 2,000 hours per full-time job a year in the US, Vietnam and Indonesia (library default).
  static final double OTHER_HOURS_PER_JOB = Country.DEFAULT_HOURS_PER_JOB;

  /** @return Vietnam's labor cost on the Conference Board basis, US$/h */
  static double vnLabor(Assumptions a) {
    // Base: bridge through Mexico, the only country in both the Conference Board file and Statista
    // (Vietnam = CB Mexico x Statista VN/MX). Variant: bridge through the US (CB US x Statista VN/US),
    // which mixes Statista's wage-only US figure and gives a higher Vietnamese cost.
    return a.bridgeLaborViaUs() ? US_LABOR_2018 * STATISTA_VN / STATISTA_US
        : MX_LABOR_2018 * STATISTA_VN / STATISTA_MX;
  }

  /** @return China's labor cost on the same basis, US$/h (used only to turn a labor share into hours) */
  static double cnLabor(Assumptions a) {
    return a.bridgeLaborViaUs() ? US_LABOR_2018 * STATISTA_CN / STATISTA_US
        : MX_LABOR_2018 * STATISTA_CN / STATISTA_MX;
  }

  /**
   * @return Indonesia's labor cost, US$/h: Vietnam times JETRO's Indonesia/Vietnam pay ratio (the base
   *     case; the robustness table varies the ratio)
   */
  static double idLabor(Assumptions a) {
    return vnLabor(a) * a.idVnLaborRatio();
  }

  // =====================================================================================
  // Capex across countries
  // =====================================================================================

  // Exyte via Semiconductor Digest (vuink.com), 2025: building a fab in the US costs about 2x Taiwan.
  static final double US_CONSTRUCTION_COST_RATIO = 2.0;
  // TechInsights (soylentnews.org, Mar 2025): equipment is more than two-thirds of a wafer's cost and an
  // Arizona wafer costs <10% more than a Taiwanese one. Both hold only if most fab capex (tools) costs
  // the same everywhere: ASSUMPTION: the building is ~10% of fab capex, so US fab capex = 0.9 + 0.1 x 2
  // = 1.10 x Korea's. The sensitivity run applies Exyte's 2x to the whole fab.
  static final double US_FAB_CAPEX_RATIO = 0.9 + 0.1 * US_CONSTRUCTION_COST_RATIO;
  // ASSUMPTION: for battery, car, electronics, apparel and toy plants the building is about half of the
  // capex, so the US costs 0.5 + 0.5 x 2 = 1.5 x Asia. Korea, Vietnam and Indonesia cost the same
  // (equipment is priced globally; cheaper local building offset by imported tools and engineers).
  static final double US_PLANT_CAPEX_RATIO = 0.5 + 0.5 * US_CONSTRUCTION_COST_RATIO;
  // ASSUMPTION: fixed cost of an active site (maintenance, insurance, site overhead) 3% a year of the
  // capex of its capacity at its country's capex rate.
  static final double FIXED_COST_SHARE = 0.03;
  // ASSUMPTION: half of the jobs a plant needs at full capacity are fixed staff, kept and paid while the
  // plant is open whatever it makes (regular production workers, maintenance, engineering; Korea's
  // Labor Standards Act restricts dismissals for managerial reasons); the other half (overtime,
  // temporary and subcontracted work) follows output. Every site, in every country, is staffed that
  // way: its fixed jobs are half the jobs of its capacity, and a unit of output needs the other half
  // of the hours cited per line below. A plant at full capacity costs what it did with all labor
  // variable; an idle one now pays its fixed payroll until it closes.
  static final double FIXED_STAFF_SHARE = 0.5;
  // ASSUMPTION: closing an existing Korean site costs six months of pay per fixed job (severance);
  // decommissioning is not counted (no figure in SOURCES.md).
  static final double CLOSING_PAYROLL_YEARS = 0.5;

  // =====================================================================================
  // Freight: US$ per 40-ft container (FEU), ocean spot rates
  // =====================================================================================

  // KCCI Busan -> US West Coast, $1,904-2,040/FEU weekly readings, 2025 (seasnews.net; mfame.guru):
  // midpoint. (The Korea Customs Service all-in rate of W4.77M ~ $3,280, Jan 2026, includes charges; we
  // keep the spot basis for every lane so the lanes compare.)
  static final double FEU_KR_US = (1_904 + 2_040) / 2.0;
  // Xeneta Vietnam -> US West Coast, $2,362 (Mar 16, 2025) and $2,774 (Apr 25, 2025)
  // (shippingandreceiving.bar): mean.
  static final double FEU_VN_US = (2_362 + 2_774) / 2.0;
  // ASSUMPTION: Indonesia -> US West Coast as Vietnam (similar distance; no rate in SOURCES.md).
  static final double FEU_ID_US = FEU_VN_US;
  // ASSUMPTION: Asia -> North Europe $2,500/FEU (order of the 2025 spot market; not in SOURCES.md).
  static final double FEU_ASIA_EU = 2_500;
  // ASSUMPTION: intra-Asia (to Korea and to rest-of-world demand, mostly in Asia) $800/FEU.
  static final double FEU_INTRA_ASIA = 800;
  // ASSUMPTION: US -> Korea / rest of world $1,000/FEU (trans-Pacific backhaul, cheaper than headhaul).
  static final double FEU_US_ASIA = 1_000;
  // ASSUMPTION: US -> Europe $1,500/FEU (transatlantic).
  static final double FEU_US_EU = 1_500;

  // =====================================================================================
  // Product lines. Unit definitions:
  //   chips        1 unit = 1,000 300-mm memory-wafer equivalents (output worth $6M)
  //   cells        1 unit = 1 GWh of EV/ESS battery cells
  //   cars         1 unit = 1,000 vehicles (cars and EVs)
  //   electronics  1 unit = 1 million smartphone-class devices
  //   apparel      1 unit = 1 million garments
  //   toys         1 unit = 1 million toys
  // =====================================================================================

  static final String[] PRODUCTS = {"chips", "cells", "cars", "electronics", "apparel", "toys"};
  static final String[] PRODUCING = {"KR", "US", "VN", "ID"};
  static final String[] MARKETS = {"US", "KR", "EU", "ROW"};

  // ---- chips (memory-led semiconductors) ----
  // ASSUMPTION: a memory wafer sells for about $6,000 (DRAM/NAND blend) and costs about $4,000 to make.
  static final double CHIP_VALUE_PER_WAFER = 6_000;
  static final double CHIP_COST_PER_WAFER = 4_000;
  // TechInsights (soylentnews.org, 2025): labor is <2% of wafer cost; equipment more than two-thirds.
  static final double CHIP_LABOR_SHARE = 0.02;
  static final double CHIP_EQUIPMENT_SHARE = 2.0 / 3;
  // ASSUMPTION: the labor share describes an Asian fab, so hours = 2% x $4,000 at the Korean rate.
  // Equipment depreciation is left out of the variable cost (new fabs pay capex; existing capex is
  // sunk); materials and overhead are the rest: 4,000 x (1 - 2/3 - 0.02) = $1,253 a wafer.
  static final double CHIP_MATERIALS_PER_WAFER = CHIP_COST_PER_WAFER * (1 - CHIP_EQUIPMENT_SHARE - CHIP_LABOR_SHARE);
  // ASSUMPTION: tools depreciate over 5 years, so fab capex = 5 x (2/3 x $4,000) = $13,333 per wafer a
  // year of capacity in Korea (a 100k-wafer-a-month fab: ~$16B).
  static final double CHIP_TOOL_LIFE_YEARS = 5;
  static final double CHIP_KR_CAPEX_PER_WAFER_YEAR = CHIP_TOOL_LIFE_YEARS * CHIP_EQUIPMENT_SHARE * CHIP_COST_PER_WAFER;
  // ASSUMPTION: chips fly; air freight ~0.3% of value, every international lane.
  static final double CHIP_FREIGHT_PER_UNIT = 0.003 * CHIP_VALUE_PER_WAFER * 1_000;
  // Exyte via Semiconductor Digest (vuink.com), 2025: 38 months to build a US fab, 19 in Taiwan.
  // ASSUMPTION: decisions from early 2026; a fab produces from the first full year after it is built:
  // Korea (19 months, Taiwan's pace) from 2028, the US (38 months) from 2029. So a fab is under
  // construction for two years (Korea) or three (the US) before its first output: its build periods,
  // over which its capex is spent, and the year its construction starts (for 48D's window, below).
  static final int CHIP_KR_FIRST_PERIOD = 2;
  static final int CHIP_US_FIRST_PERIOD = 3;
  // ASSUMPTION: the asset life of a fab is the 5-year tool life its capex is derived from (tools are
  // most of it; the building lasts longer but is ~10% of the capex).
  static final int CHIP_ASSET_LIFE = (int) CHIP_TOOL_LIFE_YEARS;

  // ---- battery cells ----
  // ASSUMPTION: cells sell at about $100/kWh = $100M/GWh and their materials and non-capital overhead
  // cost $70M/GWh (cathode, anode, electrolyte, separator dominate).
  static final double CELL_VALUE = 100e6;
  static final double CELL_MATERIALS = 70e6;
  // ASSUMPTION: no labor share for cells in SOURCES.md; ~100 jobs per GWh of yearly capacity (the
  // staffing announced for US gigafactories) x 2,000 h = 200,000 hours per GWh.
  static final double CELL_HOURS = 200_000;
  // Derived $/GWh (SOURCES.md section 4, 2023-24): LGES Arizona cylindrical $3.2B/27 GWh (abc15.com);
  // LGES Arizona ESS $2.3B/16 GWh (industrialheating.com); Hyundai-LGES Georgia $4.3B/30 GWh
  // (utilitydive.com); Samsung SDI-GM Indiana $3.5B/27 GWh (asiafinancial.com). US capex = their mean.
  static final double CELL_US_CAPEX_PER_GWH =
      (3.2e9 / 27 + 2.3e9 / 16 + 4.3e9 / 30 + 3.5e9 / 27) / 4;
  // ASSUMPTION: ~150 FEU per GWh (about 4,000 t of cells at ~250 Wh/kg, ~26 t a container).
  static final double CELL_FEU_PER_UNIT = 150;
  // ASSUMPTION: a cell plant's asset life is 10 years (no figure in SOURCES.md; cell chemistries and
  // formats change within a decade, so lines are rebuilt sooner than car plants).
  static final int CELL_ASSET_LIFE = 10;
  // 45X (IRA 2022; sunandwindbelt.com, vuink.com): $35/kWh for cells = $35M/GWh; phase-down to 75% from
  // 2030, 50% 2031, 25% 2032, none after (orrick.com; weaver.com). Modules ($10/kWh) not modelled: the
  // line is cells.
  static final double CREDIT_45X_CELLS_PER_GWH = 35e6;
  static final double CREDIT_45X_2030_SHARE = 0.75;

  // ---- cars / EVs ----
  // plantservices.com (NBC), 2017: factory costs incl. labor are 10-15% of a $35,000 sticker price.
  static final double CAR_STICKER = 35_000;
  static final double CAR_FACTORY_COST_SHARE = 0.125; // midpoint of 10-15%
  // openparliament.ca (Desrosiers testimony), 2009: assembly-plant wages ~7% of vehicle price.
  static final double CAR_ASSEMBLY_LABOR_SHARE = 0.07;
  // ASSUMPTION: the 7% is a North American figure, so hours = 7% x $35,000 / US $43.14 = 56.8 h a car.
  static final double CAR_HOURS = CAR_ASSEMBLY_LABOR_SHARE * CAR_STICKER / US_LABOR_2018;
  // ASSUMPTION: half of the non-labor factory cost (12.5% x 35,000 - 2,450 = $1,925) is plant
  // depreciation over 15 years, so a US plant costs 0.5 x 1,925 x 15 = $14,438 per car a year of
  // capacity; the other half (~$963) is variable overhead.
  static final double CAR_NONLABOR_FACTORY = CAR_FACTORY_COST_SHARE * CAR_STICKER
      - CAR_ASSEMBLY_LABOR_SHARE * CAR_STICKER;
  static final int CAR_ASSET_LIFE = 15;
  static final double CAR_US_CAPEX_PER_CAR_YEAR = 0.5 * CAR_NONLABOR_FACTORY * CAR_ASSET_LIFE;
  // ASSUMPTION: purchased parts $22,000 a car; customs value 80% of the sticker price (dealer and
  // distribution margins are not in the import price).
  static final double CAR_MATERIALS = 22_000 + 0.5 * CAR_NONLABOR_FACTORY;
  static final double CAR_CUSTOMS_VALUE = 0.8 * CAR_STICKER;
  // ASSUMPTION: cars go ro-ro; no ro-ro rate in SOURCES.md, so half an FEU per car on the container rates.
  static final double CAR_FEU_PER_UNIT = 0.5 * 1_000;

  // ---- consumer electronics ----
  // fastcompany.com/4042158 (Bloomberg), n.d.: iPhone hardware cost $224.80 of which labor 2.2% (~$5).
  static final double PHONE_HARDWARE_COST = 224.80;
  static final double PHONE_LABOR_USD = 5;
  // ASSUMPTION: that assembly was in China; hours = $5 / China's labor cost on our basis (CB Mexico x
  // Statista CN/MX = $3.83/h): ~1.3 h a device. Materials = the rest of the hardware cost.
  static final double PHONE_MATERIALS = PHONE_HARDWARE_COST - PHONE_LABOR_USD;
  // ASSUMPTION: customs value $300 a device (hardware plus the maker's transfer margin).
  static final double PHONE_CUSTOMS_VALUE = 300;
  // ASSUMPTION: assembly plants cost ~$10 per device a year of capacity in Asia.
  static final double PHONE_ASIA_CAPEX_PER_DEVICE_YEAR = 10;
  // ASSUMPTION: ~20,000 boxed devices per FEU.
  static final double PHONE_FEU_PER_UNIT = 1e6 / 20_000;

  // ---- apparel / textiles ----
  // birnbaumgarment.com, 2008 (illustrative): direct labor <4% of FOB price (a Sri Lankan shirt).
  static final double APPAREL_LABOR_SHARE_FOB_CAP = 0.04;
  // ASSUMPTION: a garment takes ~0.5 h of direct labor (~30 standard minutes incl. cutting and
  // finishing); at 2008 South-Asian wages (~$0.5/h) that is ~$0.25, under 4% of an $8 FOB price, which
  // squares with the cited share. FOB $8 is the customs value; fabric and trims $4.50.
  static final double APPAREL_HOURS = 0.5;
  static final double APPAREL_VALUE = 8;
  static final double APPAREL_MATERIALS = 4.5;
  // ASSUMPTION: sewing plants cost ~$1 per garment a year of capacity in Asia; 10,000 garments per FEU.
  static final double APPAREL_ASIA_CAPEX = 1;
  static final double APPAREL_FEU_PER_UNIT = 1e6 / 10_000;

  // ---- toys ----
  // SOURCES.md: no labor share for toys. ASSUMPTION: 0.15 h a toy, FOB (customs value) $5, materials
  // (plastics, electronics, packaging) $2.50, plant capex $0.50 per toy a year in Asia, 5,000 toys per FEU.
  static final double TOY_HOURS = 0.15;
  static final double TOY_VALUE = 5;
  static final double TOY_MATERIALS = 2.5;
  static final double TOY_ASIA_CAPEX = 0.5;
  static final double TOY_FEU_PER_UNIT = 1e6 / 5_000;
  // ASSUMPTION: electronics, apparel and toy plants (buildings and general-purpose equipment) have a
  // 10-year asset life; no figure in SOURCES.md.
  static final int ASSEMBLY_ASSET_LIFE = 10;

  /** @return the asset life of a plant of the line, years (the assumptions beside each line) */
  static int assetLife(String p) {
    return switch (p) {
      case "chips" -> CHIP_ASSET_LIFE;
      case "cells" -> CELL_ASSET_LIFE;
      case "cars" -> CAR_ASSET_LIFE;
      default -> ASSEMBLY_ASSET_LIFE;
    };
  }

  // =====================================================================================
  // Subsidies
  // =====================================================================================

  // 48D (OBBBA, P.L. 119-21, Jul 4, 2025; cfoserv.com): 35% for property placed in service after 2025,
  // construction started before 2027: the window is construction starting in 2026 (period 0; the
  // committed fabs started before the horizon and count as starting in 2026). A US fab producing from
  // 2029 started in 2026 and qualifies; one producing from 2030 started in 2027 and does not.
  static final double CREDIT_48D = 0.35;
  static final int CREDIT_48D_LAST_START = 0;
  // K-Chips Act (passed Feb 27, 2025; regfollower.com; cm.asiae.co.kr): large and mid-size firms 20%.
  static final double CREDIT_K_CHIPS = 0.20;
  // CHIPS grants, as SiteGrants paid in each site's opening year (fixed sums on committed sites: they
  // change no decision, only the total cost): Samsung up to $4.745B (Dec 20, 2024, einpresswire.com/article/770800696); SK hynix up to $458M plus
  // $500M loans (Dec 19, 2024, einpresswire.com/article/770340399; ibj.com).
  static final double CHIPS_GRANT_SAMSUNG = 4.745e9;
  static final double CHIPS_GRANT_SK_HYNIX = 458e6;

  // =====================================================================================
  // Committed corporate projects (Site.committed)
  // =====================================================================================

  // Samsung Taylor/Austin: more than $37B of investment (Commerce release, Dec 20, 2024,
  // einpresswire.com/article/770800696).
  static final double SAMSUNG_TAYLOR_CAPEX = 37e9;
  // SK hynix West Lafayette: $3.87B (Commerce release, Dec 19, 2024, einpresswire.com/article/770340399;
  // ibj.com). The article's $2.87B is wrong.
  static final double SK_HYNIX_INDIANA_CAPEX = 3.87e9;
  // Hyundai: $21B in 2025-28 including a $5.8B Louisiana steel plant (Mar 24, 2025; wsbtv.com;
  // automotiveworld.com); raised to $26B on Aug 26, 2025 (no breakdown of the extra $5B: left out).
  static final double HYUNDAI_PLEDGE = 21e9;
  static final double HYUNDAI_STEEL = 5.8e9;
  // ASSUMPTION: the non-steel $15.2B all goes to the car line (vehicle capacity, parts and logistics,
  // lumped into one site). Steel is not a line of this network.
  static final double HYUNDAI_CAR_CAPEX = HYUNDAI_PLEDGE - HYUNDAI_STEEL;
  // ASSUMPTION: it adds 300,000 cars a year of US capacity from 2027 (Georgia expansion; not in
  // SOURCES.md).
  static final double HYUNDAI_CAR_CAPACITY = 300;
  static final int HYUNDAI_FIRST_PERIOD = 1;
  // ASSUMPTION: Taylor produces from 2026 and ramps 25% / 60% / 100%; SK hynix (an HBM packaging plant,
  // counted in wafer equivalents) from 2028. Capacity = capex / US fab capex per unit of capacity.
  // ASSUMPTION: a committed project opening after 2026 is under construction until it opens (its capex
  // spent evenly over the years left), one opening in 2026 is built; each has its line's asset life.
  static final double[] TAYLOR_RAMP = {0.25, 0.60, 1, 1, 1};
  static final int SK_HYNIX_FIRST_PERIOD = 2;
  // The three Korean battery plants in SOURCES.md (capex and GWh cited above) are committed too.
  // ASSUMPTION: Georgia and the two Arizona plants produce from 2026, Indiana from 2027.

  // =====================================================================================
  // Demand and existing Korean capacity (all ASSUMPTIONS: no market sizes in SOURCES.md)
  // =====================================================================================
  // Demand is what Korea's plants serve today, by market, in 2026, growing at a fixed rate. Existing
  // Korean capacity is a little above 2026 demand. Order of magnitude: chips ~$120B of output, cars 4.0M
  // vehicles (1.4M to the US), cells 160 GWh, electronics 100M devices, apparel 150M, toys 60M.

  /** Demand in 2026 per market (US, KR, EU, ROW), growth a year, existing Korean capacity. */
  record DemandData(double us, double kr, double eu, double row, double growth, double krCapacity) {}

  static DemandData demandOf(String product) {
    return switch (product) {
      // ASSUMPTION: memory demand grows 6% a year (AI servers).
      case "chips" -> new DemandData(2_000, 3_000, 1_000, 14_000, 0.06, 20_000);
      // ASSUMPTION: 8% a year (EV slowdown after 30D ended Sep 30, 2025, offset by storage).
      case "cells" -> new DemandData(80, 20, 40, 20, 0.08, 90);
      // ASSUMPTION: 1% a year.
      case "cars" -> new DemandData(1_400, 1_400, 400, 800, 0.01, 4_200);
      // ASSUMPTION: 2% a year.
      case "electronics" -> new DemandData(30, 25, 25, 20, 0.02, 105);
      // ASSUMPTION: flat.
      case "apparel" -> new DemandData(60, 60, 15, 15, 0.0, 160);
      case "toys" -> new DemandData(20, 25, 8, 7, 0.0, 65);
      default -> throw new IllegalArgumentException(product);
    };
  }

  /**
   * Candidate plant sizes per product (units a year), offered in every candidate country. The sizes
   * double, so any multiple of the smallest up to their sum is one unique set of plants: no two
   * identical candidates for the solver to permute.
   */
  static double[] moduleSizes(String product) {
    return switch (product) {
      // ASSUMPTION: capex scales linearly with size (no economies of scale). The smallest sizes are a
      // 12.5k-wafer-a-month fab module, a 10 GWh cell line, a 150k-car line, a 10M-device, 20M-garment
      // and 10M-toy factory; the sum in one country covers the growth beyond existing and committed
      // capacity (chips) or the whole 2030 demand (the others), so capacity never limits the choice of
      // country.
      case "chips" -> new double[] {150, 300, 600, 1_200, 2_400};
      case "cells" -> new double[] {10, 20, 40, 80, 160};
      case "cars" -> new double[] {150, 300, 600, 1_200, 2_400};
      case "electronics" -> new double[] {10, 20, 40, 80};
      case "apparel" -> new double[] {20, 40, 80, 160};
      case "toys" -> new double[] {10, 20, 40, 80};
      default -> throw new IllegalArgumentException(product);
    };
  }

  // =====================================================================================
  // Tariffs (US imports only; ASSUMPTION: no duties into Korea, the EU or the rest of the world, which
  // KORUS, the Korea-EU FTA, RCEP and the ITA keep near zero for these goods; MFN duties are not in
  // SOURCES.md and are left out everywhere, which understates apparel duties from Vietnam/Indonesia)
  // =====================================================================================

  // Korea Joint Fact Sheet, Nov 13-14, 2025 (spglobal.com; biz.chosun.com): the higher of KORUS/MFN or
  // 15%; autos and parts 15% (retroactive to Nov 1, 2025). Korea deal Jul 30, 2025 (ibtimes.sg).
  static final double KR_DEAL_RATE = 0.15;
  static final double KR_DEAL_AUTO_RATE = 0.15;
  // Vietnam deal, announced Jul 2, 2025 (internationaltradecomplianceupdate.com/?p=22659): 20%.
  static final double VN_DEAL_RATE = 0.20;
  // Indonesia deal, Jul 15, 2025 (koreajoongangdaily 2354317; livemint): 19%.
  static final double ID_DEAL_RATE = 0.19;
  // Reciprocal tariffs announced Apr 2, 2025 (d3o5waj882weef.cloudfront.net; lawivy.com): Korea 25%.
  static final double KR_NO_DEAL_RATE = 0.25;
  // Section 232 autos and parts: 25% (Apr 3 / May 3, 2025; awpa.org; thompsonhinesmartrade.com).
  static final double S232_AUTOS = 0.25;
  // Section 122: 10% on all origins for 150 days from Feb 24, 2026 (breitbart.com 2026/02/20;
  // photonews.com.pk); a rise to 15% was announced, formal implementation unclear: we keep 10%.
  // Learning Resources v. Trump, Feb 20, 2026 (en.wikipedia.org; world.kbs.co.kr): IEEPA tariffs void,
  // Section 232 (Korea autos 15%) stays.
  static final double S122_RATE = 0.10;

  // =====================================================================================
  // Building the network
  // =====================================================================================

  /**
   * The network of one regime in the base case.
   *
   * @param regime the tariff regime
   * @param withPledge whether the investment pledge is in
   * @return the validated network
   */
  public static Network network(Regime regime, boolean withPledge) {
    return network(regime, withPledge, Assumptions.BASE);
  }

  /**
   * @param regime the tariff regime
   * @param withPledge whether the investment pledge is in
   * @param a the assumptions
   * @return the validated network
   */
  public static Network network(Regime regime, boolean withPledge, Assumptions a) {
    Network.Builder b = Network.builder()
        .horizon(Horizon.years(FIRST_YEAR, YEARS, DISCOUNT_RATE).withCapexAccounting(a.capexAccounting()))
        .money(money(a));
    addCountries(b, a);
    for (String p : PRODUCTS) {
      b.product(product(p, a));
    }
    addSites(b, a);
    addMarkets(b, a);
    addFreight(b, a);
    addTariffs(b, regime, a);
    addSubsidies(b, a);
    addSiteGrants(b, a);
    b.policy(new Policy.InvestmentPledge(PLEDGE_ID, "US", a.pledgeUsd() * a.moneyUnit()));
    Network withIt = b.build();
    // "Without" is the same network with the pledge policy removed.
    return withPledge ? withIt : withIt.toBuilder().removePolicy(PLEDGE_ID).build();
  }

  private static void addCountries(Network.Builder b, Assumptions a) {
    b.country(
        new Country("US", "United States", Series.constant(US_LABOR_2018 * a.moneyUnit()), 1, OTHER_HOURS_PER_JOB),
        new Country("KR", "Korea", Series.constant(KR_LABOR_2018 * a.moneyUnit()), 1, KR_HOURS_PER_JOB),
        // ASSUMPTION: productivity 1 everywhere in the base case (the firm transfers its plant design,
        // so hours per unit follow the plant, not the country); the sensitivity run lowers it.
        new Country("VN", "Vietnam", Series.constant(vnLabor(a) * a.moneyUnit()), a.seaProductivity(),
            OTHER_HOURS_PER_JOB),
        new Country("ID", "Indonesia", Series.constant(idLabor(a) * a.moneyUnit()), a.seaProductivity(),
            OTHER_HOURS_PER_JOB),
        // Market-only regions: no sites, so their labor cost is never used.
        new Country("EU", "European Union", Series.zero(), 1, OTHER_HOURS_PER_JOB),
        new Country("ROW", "Rest of world", Series.zero(), 1, OTHER_HOURS_PER_JOB));
  }

  static String sectorOf(String product) {
    return switch (product) {
      case "chips" -> "semiconductors";
      case "cells" -> "batteries";
      case "cars" -> "autos";
      case "electronics" -> "electronics";
      case "apparel" -> "apparel";
      case "toys" -> "toys";
      default -> throw new IllegalArgumentException(product);
    };
  }

  /**
   * @param product a product line's id
   * @return what one unit of it is (the unit definitions above), as reports label its quantities
   */
  static String unitOf(String product) {
    return switch (product) {
      case "chips" -> "1,000 wafer eq.";
      case "cells" -> "GWh";
      case "cars" -> "1,000 vehicles";
      case "electronics" -> "1M devices";
      case "apparel" -> "1M garments";
      case "toys" -> "1M toys";
      default -> throw new IllegalArgumentException(product);
    };
  }

  static Product product(String p, Assumptions a) {
    return productInUnits(p, a).withUnit(unitOf(p));
  }

  /**
   * @param p a product line's id
   * @param a the assumptions
   * @return the hours a unit of it needs at productivity 1, all labor counted (the figures cited per
   *     line); the product's variable hours are the share of them that is not fixed staff
   */
  static double hoursPerUnit(String p, Assumptions a) {
    return switch (p) {
      case "chips" -> CHIP_LABOR_SHARE * CHIP_COST_PER_WAFER / KR_LABOR_2018 * 1_000;
      case "cells" -> CELL_HOURS;
      case "cars" -> CAR_HOURS * 1_000;
      case "electronics" -> PHONE_LABOR_USD / cnLabor(a) * 1e6;
      case "apparel" -> APPAREL_HOURS * 1e6;
      case "toys" -> TOY_HOURS * 1e6;
      default -> throw new IllegalArgumentException(p);
    };
  }

  private static Product productInUnits(String p, Assumptions a) {
    double variableHours = (1 - FIXED_STAFF_SHARE) * hoursPerUnit(p, a);
    return switch (p) {
      case "chips" -> new Product("chips", "Memory chips (1,000 wafer eq.)", sectorOf(p), variableHours,
          CHIP_MATERIALS_PER_WAFER * 1_000 * a.moneyUnit(),
          Map.of(), 1, OptionalDouble.of(CHIP_VALUE_PER_WAFER * 1_000 * a.moneyUnit()), 0);
      case "cells" -> new Product("cells", "Battery cells (GWh)", sectorOf(p), variableHours,
          CELL_MATERIALS * a.moneyUnit(),
          Map.of(), 1, OptionalDouble.of(CELL_VALUE * a.moneyUnit()), 0);
      case "cars" -> new Product("cars", "Cars and EVs (1,000 vehicles)", sectorOf(p), variableHours,
          CAR_MATERIALS * 1_000 * a.moneyUnit(), Map.of(), 1,
          OptionalDouble.of(CAR_CUSTOMS_VALUE * 1_000 * a.moneyUnit()), 0);
      case "electronics" -> new Product("electronics", "Consumer electronics (1M devices)", sectorOf(p),
          variableHours, PHONE_MATERIALS * 1e6 * a.moneyUnit(), Map.of(), 1,
          OptionalDouble.of(a.phoneCustomsValue() * 1e6 * a.moneyUnit()), 0);
      case "apparel" -> new Product("apparel", "Apparel and textiles (1M garments)", sectorOf(p),
          variableHours, APPAREL_MATERIALS * 1e6 * a.moneyUnit(), Map.of(), 1,
          OptionalDouble.of(APPAREL_VALUE * 1e6 * a.moneyUnit()), 0);
      case "toys" -> new Product("toys", "Toys (1M toys)", sectorOf(p), variableHours,
          TOY_MATERIALS * 1e6 * a.moneyUnit(),
          Map.of(), 1, OptionalDouble.of(TOY_VALUE * 1e6 * a.moneyUnit()), 0);
      default -> throw new IllegalArgumentException(p);
    };
  }

  /** @return the customs value of a unit of the product, USD (the lost-sales penalty's basis) */
  static double customsValue(String p, Assumptions a) {
    return switch (p) {
      case "chips" -> CHIP_VALUE_PER_WAFER * 1_000;
      case "cells" -> CELL_VALUE;
      case "cars" -> CAR_CUSTOMS_VALUE * 1_000;
      case "electronics" -> a.phoneCustomsValue() * 1e6;
      case "apparel" -> APPAREL_VALUE * 1e6;
      case "toys" -> TOY_VALUE * 1e6;
      default -> throw new IllegalArgumentException(p);
    };
  }

  /** @return capex per unit of yearly capacity of a new plant for the product in the country, USD */
  static double capexPerUnit(String p, String country, Assumptions a) {
    boolean us = country.equals("US");
    double asia = switch (p) {
      case "chips" -> CHIP_KR_CAPEX_PER_WAFER_YEAR * 1_000;
      case "cells" -> CELL_US_CAPEX_PER_GWH / US_PLANT_CAPEX_RATIO;
      case "cars" -> CAR_US_CAPEX_PER_CAR_YEAR * 1_000 / US_PLANT_CAPEX_RATIO;
      case "electronics" -> PHONE_ASIA_CAPEX_PER_DEVICE_YEAR * 1e6;
      case "apparel" -> APPAREL_ASIA_CAPEX * 1e6;
      case "toys" -> TOY_ASIA_CAPEX * 1e6;
      default -> throw new IllegalArgumentException(p);
    };
    if (!us) {
      return asia;
    }
    return asia * (p.equals("chips") ? a.usFabCapexRatio() : US_PLANT_CAPEX_RATIO);
  }

  private static double laborPerHour(String country, Assumptions a) {
    return switch (country) {
      case "US" -> US_LABOR_2018;
      case "KR" -> KR_LABOR_2018;
      case "VN" -> vnLabor(a);
      case "ID" -> idLabor(a);
      default -> 0;
    };
  }

  private static double fixedCost(String p, String country, double capacity, Assumptions a) {
    return FIXED_COST_SHARE * capacity * capexPerUnit(p, country, a) * a.moneyUnit();
  }

  /** @return the fixed jobs of a site of the line and country with this capacity (FIXED_STAFF_SHARE) */
  static double fixedJobs(String p, String country, double capacity, Assumptions a) {
    double productivity = country.equals("VN") || country.equals("ID") ? a.seaProductivity() : 1;
    double hoursPerJob = country.equals("KR") ? KR_HOURS_PER_JOB : OTHER_HOURS_PER_JOB;
    return FIXED_STAFF_SHARE * capacity * hoursPerUnit(p, a) / productivity / hoursPerJob;
  }

  private static void addSites(Network.Builder b, Assumptions a) {
    // Existing Korean capacity, one site per line: fixed staff, and six months of their pay on closing.
    double severance = CLOSING_PAYROLL_YEARS * KR_HOURS_PER_JOB * KR_LABOR_2018 * a.moneyUnit();
    for (String p : PRODUCTS) {
      double cap = demandOf(p).krCapacity();
      b.site(new Site("KR-" + p, "Korea " + p + " (existing)", "KR", SiteKind.EXISTING, Series.constant(cap),
          Series.constant(fixedCost(p, "KR", cap, a)), 0, 0, 0, Set.of(p), 0, 0, fixedJobs(p, "KR", cap, a),
          severance));
    }
    // Committed corporate projects. Their capacity is capex over the base-case US fab capex per unit of
    // capacity, fixed whatever the sensitivity run assumes (an announced plant does not shrink).
    double usFab = capexPerUnit("chips", "US", Assumptions.BASE);
    double taylorCap = SAMSUNG_TAYLOR_CAPEX / usFab;
    double[] taylor = new double[YEARS];
    for (int t = 0; t < YEARS; t++) {
      taylor[t] = TAYLOR_RAMP[t] * taylorCap;
    }
    b.site(committed("US-Samsung-Taylor", "Samsung Taylor TX", "chips", Series.of(taylor), SAMSUNG_TAYLOR_CAPEX, 0,
        a));
    b.site(committed("US-SKhynix-Indiana", "SK hynix West Lafayette IN", "chips",
        Series.constant(SK_HYNIX_INDIANA_CAPEX / usFab), SK_HYNIX_INDIANA_CAPEX, SK_HYNIX_FIRST_PERIOD, a));
    b.site(committed("US-Hyundai-Georgia", "Hyundai Georgia (cars)", "cars", Series.constant(HYUNDAI_CAR_CAPACITY),
        HYUNDAI_CAR_CAPEX, HYUNDAI_FIRST_PERIOD, a));
    b.site(committed("US-HyundaiLGES-Georgia", "Hyundai-LGES Georgia (cells)", "cells", Series.constant(30), 4.3e9, 0,
        a));
    b.site(committed("US-LGES-Arizona-cyl", "LGES Arizona cylindrical", "cells", Series.constant(27), 3.2e9, 0, a));
    b.site(committed("US-LGES-Arizona-ESS", "LGES Arizona ESS", "cells", Series.constant(16), 2.3e9, 0, a));
    b.site(committed("US-SDI-GM-Indiana", "Samsung SDI-GM Indiana", "cells", Series.constant(27), 3.5e9, 1, a));
    // Candidates: plants of doubling sizes per product and country, under construction for the years
    // before their first output.
    for (String p : PRODUCTS) {
      for (String c : new String[] {"US", "KR", "VN", "ID"}) {
        if (p.equals("chips") && (c.equals("VN") || c.equals("ID"))) {
          // ASSUMPTION: no memory-fab ecosystem in Vietnam or Indonesia (Korean firms run only back-end
          // assembly and test there); a fab there would cost what one in Korea does and pay a higher US
          // tariff, so leaving it out changes no answer.
          continue;
        }
        int first = firstPeriod(p, c);
        for (double size : moduleSizes(p)) {
          b.site(new Site(c + "-" + p + "-" + fmt(size), c + " new " + p + " plant of " + fmt(size), c,
              SiteKind.CANDIDATE, Series.constant(size), Series.constant(fixedCost(p, c, size, a)),
              size * capexPerUnit(p, c, a) * a.moneyUnit(), 0, first, Set.of(p), assetLife(p), first,
              fixedJobs(p, c, size, a), 0));
        }
      }
    }
  }

  /** The CHIPS Act grants to the two committed fabs, paid in their opening years. */
  private static void addSiteGrants(Network.Builder b, Assumptions a) {
    b.siteGrant(new SiteGrant("CHIPS-Samsung-Taylor", "US-Samsung-Taylor", 0, CHIPS_GRANT_SAMSUNG * a.moneyUnit()));
    b.siteGrant(new SiteGrant("CHIPS-SKhynix-Indiana", "US-SKhynix-Indiana", SK_HYNIX_FIRST_PERIOD,
        CHIPS_GRANT_SK_HYNIX * a.moneyUnit()));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static int firstPeriod(String p, String country) {
    if (p.equals("chips")) {
      return country.equals("US") ? CHIP_US_FIRST_PERIOD : CHIP_KR_FIRST_PERIOD;
    }
    // ASSUMPTION: cell, car and assembly plants take 18-24 months anywhere: first output in 2027, after
    // a year of construction (their build period).
    return 1;
  }

  private static Site committed(String id, String name, String p, Series capacity, double capex, int first,
      Assumptions a) {
    double fullCap = 0;
    for (double v : capacity.values()) {
      fullCap = Math.max(fullCap, v);
    }
    return new Site(id, name, "US", SiteKind.COMMITTED, capacity, Series.constant(fixedCost(p, "US", fullCap, a)),
        capex * a.moneyUnit(), 0, first, Set.of(p), assetLife(p), first, fixedJobs(p, "US", fullCap, a), 0);
  }


  private static void addMarkets(Network.Builder b, Assumptions a) {
    for (String m : MARKETS) {
      Market market = new Market(m, m + " market", m, Map.of(), Map.of());
      for (String p : PRODUCTS) {
        DemandData d = demandOf(p);
        double base = switch (m) {
          case "US" -> d.us();
          case "KR" -> d.kr();
          case "EU" -> d.eu();
          default -> d.row();
        };
        double[] v = new double[YEARS];
        for (int t = 0; t < YEARS; t++) {
          v[t] = base * Math.pow(1 + d.growth() + a.demandGrowthShift(), t);
        }
        market = market.withDemand(p, Series.of(v));
        if (Double.isFinite(a.lostSalesMultiple())) {
          market = market.withLostSalesPenalty(p, a.lostSalesMultiple() * customsValue(p, a) * a.moneyUnit());
        }
      }
      b.market(market);
    }
  }

  static double feu(String from, String to) {
    if (from.equals("US")) {
      return to.equals("EU") ? FEU_US_EU : FEU_US_ASIA;
    }
    return switch (to) {
      case "US" -> switch (from) {
        case "KR" -> FEU_KR_US;
        case "VN" -> FEU_VN_US;
        default -> FEU_ID_US;
      };
      case "EU" -> FEU_ASIA_EU;
      default -> FEU_INTRA_ASIA;
    };
  }

  static double feuPerUnit(String p) {
    return switch (p) {
      case "cells" -> CELL_FEU_PER_UNIT;
      case "cars" -> CAR_FEU_PER_UNIT;
      case "electronics" -> PHONE_FEU_PER_UNIT;
      case "apparel" -> APPAREL_FEU_PER_UNIT;
      case "toys" -> TOY_FEU_PER_UNIT;
      default -> 0;
    };
  }

  private static void addFreight(Network.Builder b, Assumptions a) {
    for (String o : PRODUCING) {
      for (String d : MARKETS) {
        if (o.equals(d)) {
          continue; // ASSUMPTION: domestic delivery costs nothing (inland freight left out everywhere)
        }
        for (String p : PRODUCTS) {
          double cost = p.equals("chips") ? CHIP_FREIGHT_PER_UNIT : feu(o, d) * feuPerUnit(p);
          b.freight(FreightRate.lane(o, d, cost * a.moneyUnit()).forProduct(p));
        }
      }
    }
  }

  /** @return the products hit by the general (reciprocal or Section 122) tariff */
  private static ProductScope generalScope(Assumptions a, boolean includeAutos) {
    List<String> sectors = new ArrayList<>();
    for (String p : PRODUCTS) {
      if (p.equals("cars") && !includeAutos) {
        continue; // ASSUMPTION: Section 232 goods do not also pay the reciprocal tariff (no stacking)
      }
      if (p.equals("chips") && a.chipsExemptFromGeneralTariffs()) {
        continue;
      }
      sectors.add(sectorOf(p));
    }
    return new ProductScope(Set.of(), Set.copyOf(sectors));
  }

  private static void addTariffs(Network.Builder b, Regime regime, Assumptions a) {
    ProductScope general = generalScope(a, false);
    ProductScope autos = ProductScope.sectors("autos");
    // Section 232 autos: every regime, every origin.
    b.tariff(TariffMeasure.adValorem("s232-autos", "US", S232_AUTOS).on(autos));
    switch (regime) {
      case DEAL_2025 -> b.tariff(
          // "the higher of KORUS/MFN or 15%": a floor (KORUS/MFN rates are ~0 here and not modelled).
          TariffMeasure.adValorem("ieepa-KR-15", "US", KR_DEAL_RATE).from("KR").on(general).rule(TariffRule.FLOOR),
          // Korean autos 15% replaces Section 232's 25%.
          TariffMeasure.adValorem("s232-autos-KR-15", "US", KR_DEAL_AUTO_RATE).from("KR").on(autos)
              .rule(TariffRule.REPLACE),
          TariffMeasure.adValorem("ieepa-VN-20", "US", VN_DEAL_RATE).from("VN").on(general),
          TariffMeasure.adValorem("ieepa-ID-19", "US", ID_DEAL_RATE).from("ID").on(general));
      case NO_DEAL -> b.tariff(
          TariffMeasure.adValorem("ieepa-KR-25", "US", KR_NO_DEAL_RATE).from("KR").on(general),
          TariffMeasure.adValorem("ieepa-VN-20", "US", VN_DEAL_RATE).from("VN").on(general),
          TariffMeasure.adValorem("ieepa-ID-19", "US", ID_DEAL_RATE).from("ID").on(general));
      case POST_RULING_2026 -> {
        // Section 122 at 10% on all origins. Base case: not stacked on Section 232 autos (ASSUMPTION,
        // following the 2025 practice of not stacking the general tariff on 232 goods); the sensitivity
        // run stacks it.
        b.tariff(TariffMeasure.adValorem("s122", "US", a.s122Rate()).on(generalScope(a, a.stack122On232())));
        b.tariff(TariffMeasure.adValorem("s232-autos-KR-15", "US", KR_DEAL_AUTO_RATE).from("KR").on(autos)
            .rule(TariffRule.REPLACE));
        if (a.stack122On232()) {
          // A replacing measure drops every non-replacing one, so Korea's stacked 10% must replace too.
          b.tariff(TariffMeasure.adValorem("s122-on-KR-autos", "US", a.s122Rate()).from("KR").on(autos)
              .rule(TariffRule.REPLACE));
        }
      }
      default -> throw new IllegalArgumentException(regime.toString());
    }
  }

  private static void addSubsidies(Network.Builder b, Assumptions a) {
    double[] credit45x = new double[YEARS];
    for (int t = 0; t < YEARS; t++) {
      credit45x[t] = CREDIT_45X_CELLS_PER_GWH * (FIRST_YEAR + t >= 2030 ? CREDIT_45X_2030_SHARE : 1) * a.moneyUnit();
    }
    b.productionCredit(new ProductionCredit("45X-cells", "US", ProductScope.products("cells"), Series.of(credit45x),
        OptionalDouble.empty()));
    b.investmentCredit(new InvestmentCredit("48D", "US", ProductScope.products("chips"), CREDIT_48D,
        OptionalInt.empty(), OptionalInt.of(CREDIT_48D_LAST_START)));
    b.investmentCredit(new InvestmentCredit("K-Chips", "KR", ProductScope.products("chips"), CREDIT_K_CHIPS));
    // 30D ($7,500 per EV) ended for vehicles acquired after Sep 30, 2025 (zeta2030.org;
    // energycreditdeadline.us): not modelled.
  }

  // =====================================================================================
  // Solving
  // =====================================================================================

  private static Map<Key, Solution> baseSolved;

  /**
   * @return every regime solved with and without the pledge, in a fixed order; solved once per JVM
   *     (the solves are deterministic, and the tests and figures share them)
   */
  public static synchronized Map<Key, Solution> solveAll() {
    if (baseSolved == null) {
      baseSolved = java.util.Collections.unmodifiableMap(solveAll(Assumptions.BASE));
    }
    return baseSolved;
  }

  /**
   * @param a the assumptions
   * @return every regime solved with and without the pledge, in a fixed order
   */
  public static Map<Key, Solution> solveAll(Assumptions a) {
    List<Key> keys = new ArrayList<>();
    for (Regime r : Regime.values()) {
      for (boolean pledge : new boolean[] {true, false}) {
        keys.add(new Key(r, pledge));
      }
    }
    List<Solution> solved = solveInParallel(keys.stream().map(k -> network(k.regime(), k.withPledge(), a)).toList());
    Map<Key, Solution> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), solved.get(i));
    }
    return out;
  }

  /**
   * Solves networks on a few threads (a solver is stateless and thread-safe; each solve is
   * single-threaded and seeded, so the answers do not depend on the thread count).
   *
   * @param networks the networks
   * @return their solutions, in the same order
   */
  static List<Solution> solveInParallel(List<Network> networks) {
    return solveInParallel(networks, SolveOptions.DEFAULT);
  }

  /**
   * @param networks the networks
   * @param options the solve options
   * @return their solutions, in the same order
   */
  static List<Solution> solveInParallel(List<Network> networks, SolveOptions options) {
    FootprintSolver solver = FootprintSolver.create(options);
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Solution>> futures = new ArrayList<>();
      for (Network n : networks) {
        futures.add(pool.submit(() -> solver.solve(n)));
      }
      List<Solution> out = new ArrayList<>();
      for (Future<Solution> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Gross capex of the US sites a solution opens, recomputed from the allocation.
   *
   * @param s a solution with an allocation
   * @return in the model's money unit (US$ millions)
   */
  public static double usCapex(Solution s) {
    double sum = 0;
    Network n = s.network();
    for (String id : s.allocation().sitesOpened()) {
      Site site = n.sites().get(n.siteIndex(id));
      if (site.country().equals("US")) {
        sum += site.openingCapex();
      }
    }
    return sum;
  }

  // =====================================================================================
  // Sensitivities
  // =====================================================================================

  /** @return the country's share of the product's output in the last year */
  static double share(Solution s, String product, String country) {
    Allocation al = s.allocation();
    double total = 0;
    for (String c : PRODUCING) {
      total += al.productionInCountry(product, c, YEARS - 1);
    }
    return total > 0 ? al.productionInCountry(product, country, YEARS - 1) / total : 0;
  }

  /**
   * A sensitivity run: one assumption changed from the base case, in one regime.
   *
   * @param regime the regime
   * @param a the assumptions
   * @param solvePledge whether to solve it with the pledge too (the pledge-related variants)
   */
  record Sensitivity(Regime regime, Assumptions a, boolean solvePledge) {}

  static List<Sensitivity> sensitivities() {
    Assumptions b = Assumptions.BASE;
    return List.of(
        new Sensitivity(Regime.DEAL_2025, b.withChipsExempt("chips exempt from reciprocal tariffs", true), false),
        new Sensitivity(Regime.DEAL_2025, b.withLaborBridgeViaUs("VN/ID labor bridged via the US", true), false),
        new Sensitivity(Regime.DEAL_2025, b.withSeaProductivity("VN/ID labor productivity 0.5", 0.5), false),
        new Sensitivity(Regime.POST_RULING_2026, b.withSection122("s122 stacked on s232 autos", true, S122_RATE),
            false),
        new Sensitivity(Regime.POST_RULING_2026, b.withSection122("s122 at the announced 15%", false, 0.15), false),
        new Sensitivity(Regime.POST_RULING_2026, b.withChipsExempt("chips exempt from s122", true), false),
        new Sensitivity(Regime.DEAL_2025,
            b.withUsFabCapexRatio("US fab capex 2.0x Korea (Exyte, whole fab)", US_CONSTRUCTION_COST_RATIO), true),
        new Sensitivity(Regime.DEAL_2025, b.withPledge("pledge $150B", 150e9), true),
        new Sensitivity(Regime.DEAL_2025, b.withPledge("pledge $200B (all the strategic part by 2030)", 200e9), true));
  }

  static boolean pledgeOnly(Assumptions a) {
    Assumptions b = Assumptions.BASE;
    return a.withPledge(b.name(), b.pledgeUsd()).equals(b);
  }
}
