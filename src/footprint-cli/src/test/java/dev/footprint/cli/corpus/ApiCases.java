package dev.footprint.cli.corpus;

import static dev.footprint.cli.corpus.CorpusCase.api;

import dev.footprint.io.Study;
import dev.footprint.io.StudyException;
import dev.footprint.io.StudyReader;
import dev.footprint.io.StudyWriter;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.solve.SolveOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bad calls of the Java API: footprint-io's reader and writer, and the builders of
 * {@code dev.footprint.model}, with nulls, values out of range and references that do not resolve.
 * Each must throw the exception its documentation names, whose message names the argument or the
 * field: {@link StudyException} for a bad study, {@link InvalidModelException} (an
 * {@link IllegalArgumentException}) for a bad value of the model, and {@link NullPointerException}
 * or {@link InvalidModelException} naming a null argument.
 */
final class ApiCases {
  private ApiCases() {}

  private static final String IO = "API: footprint-io";
  private static final String MODEL = "API: model";

  /** A small valid network, built fresh for each call. */
  static Network.Builder network() {
    return Network.builder().horizon(Horizon.of(2, 0))
        .country(Country.of("US", 40)).country(Country.of("VN", 3))
        .product(Product.of("p", "s", 1, 1))
        .site(Site.candidate("VN-1", "VN", 100, 10))
        .market(Market.of("US", "US").withDemand("p", 10))
        .freight(FreightRate.lane("VN", "US", 1));
  }

  private static Study study(Path dir) {
    try {
      return StudyReader.read(Files.writeString(dir.resolve("api-study.yaml"), Studies.SMALL));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<CorpusCase> cases(Path dir) {
    List<CorpusCase> out = new ArrayList<>();
    List<Class<? extends Throwable>> nullRefused = List.of(NullPointerException.class, InvalidModelException.class);
    // footprint-io
    out.add(api("io/read(null)", IO, () -> StudyReader.read(null), List.of("file"), NullPointerException.class));
    out.add(api("io/options().read(null)", IO, () -> StudyReader.options().allowTablesOutside(true).read(null),
        List.of("file"), NullPointerException.class));
    out.add(api("io/read(missing)", IO, () -> StudyReader.read(dir.resolve("missing.yaml")),
        List.of("missing.yaml", "no such file"), StudyException.class));
    out.add(api("io/read(a folder)", IO, () -> StudyReader.read(Files.createDirectories(dir.resolve("folder.yaml"))),
        List.of("folder.yaml", "it is a folder"), StudyException.class));
    out.add(api("io/read(.txt)", IO, () -> StudyReader.read(dir.resolve("study.txt")), List.of("must end in .yaml"),
        StudyException.class));
    out.add(api("io/read(/dev/zero as yaml)", IO, () -> StudyReader.read(
        Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"))), List.of("is not a regular file"),
        StudyException.class));
    out.add(api("io/read(an empty file)", IO, () -> StudyReader.read(Files.writeString(dir.resolve("e.yaml"), "")),
        List.of("the file is empty"), StudyException.class));
    out.add(api("io/read(alias)", IO, () -> StudyReader.read(Files.writeString(dir.resolve("alias.yaml"),
        "name: &n x\ndescription: *n\n")), List.of("YAML aliases and anchors are not supported"),
        StudyException.class));
    out.add(api("io/write(null study)", IO, () -> {
      StudyWriter.write(null, dir.resolve("w.yaml"));
      return null;
    }, List.of("study"), NullPointerException.class));
    out.add(api("io/write(null file)", IO, () -> {
      StudyWriter.write(study(dir), null);
      return null;
    }, List.of("file"), NullPointerException.class));
    out.add(api("io/write(into a missing folder)", IO, () -> {
      StudyWriter.write(study(dir), dir.resolve("no/such/folder/w.yaml"));
      return null;
    }, List.of("w.yaml"), IOException.class));
    out.add(api("io/toYaml(null)", IO, () -> StudyWriter.toYaml(null), List.of("study"), NullPointerException.class));
    out.add(api("io/Study without a base", IO, () -> new Study("x", Map.of("other", network().build()),
        SolveOptions.defaults(), "h"), List.of("base"), IllegalArgumentException.class));
    out.add(api("io/Study null name", IO, () -> new Study(null, Map.of("base", network().build()),
        SolveOptions.defaults(), "h"), List.of("name"), NullPointerException.class));
    out.add(api("io/Study null scenarios", IO, () -> new Study("x", null, SolveOptions.defaults(), "h"),
        List.of("scenarios"), NullPointerException.class, IllegalArgumentException.class));
    out.add(api("io/scenario(unknown)", IO, () -> study(dir).scenario("nope"), List.of("nope", "vn-46"),
        IllegalArgumentException.class));

    // dev.footprint.model: values out of range.
    out.add(api("model/Country.of(US, -1)", MODEL, () -> Country.of("US", -1), List.of("laborCostPerHour"),
        InvalidModelException.class));
    out.add(api("model/Country productivity NaN", MODEL, () -> new Country("US", "US", Series.constant(1), Double.NaN,
        2000), List.of("productivity"), InvalidModelException.class));
    out.add(api("model/Country blank id", MODEL, () -> Country.of(" ", 1), List.of("country.id"),
        InvalidModelException.class));
    out.add(api("model/Series.of(NaN)", MODEL, () -> Site.existing("s", "US", 1).withCapacity(Series.of(1, Double.NaN)),
        List.of("capacity"), InvalidModelException.class));
    out.add(api("model/Product negative hours", MODEL, () -> Product.of("p", "s", -1, 1), List.of("laborHoursPerUnit"),
        InvalidModelException.class));
    out.add(api("model/Product capacity use 0", MODEL, () -> Product.of("p", "s", 1, 1).withCapacityUse(0),
        List.of("capacityUsePerUnit"), InvalidModelException.class));
    out.add(api("model/Site negative capex", MODEL, () -> Site.candidate("s", "US", 1, -5), List.of("openingCapex"),
        InvalidModelException.class));
    out.add(api("model/Site opening period -1", MODEL, () -> Site.candidate("s", "US", 1, 5).withOpeningPeriod(-1),
        List.of("openingPeriod"), InvalidModelException.class));
    out.add(api("model/tariff rate 25", MODEL, () -> TariffMeasure.adValorem("t", "US", 25), List.of("25"),
        InvalidModelException.class));
    out.add(api("model/freight NaN", MODEL, () -> FreightRate.lane("VN", "US", Double.NaN), List.of("costPerUnit"),
        InvalidModelException.class));
    out.add(api("model/Horizon.of(0)", MODEL, () -> Horizon.of(0, 0), List.of("horizon.periods"),
        InvalidModelException.class));
    out.add(api("model/Horizon discount 1", MODEL, () -> Horizon.of(2, 1), List.of("discountRate"),
        InvalidModelException.class));
    out.add(api("model/Horizon labels of another length", MODEL, () -> new Horizon(3, 0, List.of("a")),
        List.of("labels"), InvalidModelException.class));
    out.add(api("model/Horizon.of(1e9)", MODEL, () -> Horizon.of(1_000_000_000, 0), List.of("horizon.periods", "1000"),
        InvalidModelException.class));
    out.add(api("model/Money unit -1", MODEL, () -> Money.of("USD", -1), List.of("unit"), InvalidModelException.class,
        IllegalArgumentException.class));
    out.add(api("model/Money currency xx", MODEL, () -> Money.of("xx", 1), List.of("xx"), InvalidModelException.class,
        IllegalArgumentException.class));
    out.add(api("model/site capacity 1e20", MODEL, () -> Site.existing("s", "US", 1e20), List.of("capacity"),
        InvalidModelException.class));
    out.add(api("model/product hours 1e300", MODEL, () -> Product.of("p", "s", 1e300, 1),
        List.of("laborHoursPerUnit"), InvalidModelException.class));

    // dev.footprint.model: the network.
    out.add(api("model/site in an unknown country", MODEL, () -> network().site(Site.existing("X-1", "XX", 1)).build(),
        List.of("XX"), InvalidModelException.class));
    out.add(api("model/duplicate country", MODEL, () -> network().country(Country.of("US", 1)).build(),
        List.of("US"), InvalidModelException.class));
    out.add(api("model/duplicate freight lane", MODEL, () -> network().freight(FreightRate.lane("VN", "US", 2)).build(),
        List.of("freight", "VN->US"), InvalidModelException.class));
    out.add(api("model/demand for an unknown product", MODEL, () -> network()
        .market(Market.of("US2", "US").withDemand("nope", 1)).build(), List.of("nope"), InvalidModelException.class));
    out.add(api("model/tariff on an unknown product", MODEL, () -> network().tariff(TariffMeasure.adValorem("t", "US",
        0.1).on(ProductScope.products("nope"))).build(), List.of("nope"), InvalidModelException.class));
    out.add(api("model/tariff in period 5 of 2", MODEL, () -> network().tariff(TariffMeasure.adValorem("t", "US", 0.1)
        .inPeriods(5)).build(), List.of("5"), InvalidModelException.class));
    out.add(api("model/series longer than the horizon", MODEL, () -> network()
        .country(Country.of("MX", 1).withLaborCostPerHour(Series.of(1, 2, 3))).build(), List.of("laborCostPerHour"),
        InvalidModelException.class));
    out.add(api("model/country(unknown)", MODEL, () -> network().build().country("nope"), List.of("nope"),
        IllegalArgumentException.class));

    // dev.footprint.model: nulls.
    out.add(api("model/horizon(null)", MODEL, () -> network().horizon(null), List.of("horizon"),
        nullRefused.toArray(Class[]::new)));
    out.add(api("model/money(null)", MODEL, () -> network().money(null), List.of("money"),
        nullRefused.toArray(Class[]::new)));
    out.add(api("model/country(null element)", MODEL, () -> network().country((Country) null), List.of("countr"),
        nullRefused.toArray(Class[]::new)));
    out.add(api("model/Country null name", MODEL, () -> new Country("US", null, Series.constant(1), 1, 1),
        List.of("name"), nullRefused.toArray(Class[]::new)));
    out.add(api("model/Country null labor", MODEL, () -> new Country("US", "US", null, 1, 1),
        List.of("laborCostPerHour"), nullRefused.toArray(Class[]::new)));
    out.add(api("model/Series.of(null)", MODEL, () -> Series.of((double[]) null), List.of("series"),
        NullPointerException.class, IllegalArgumentException.class));
    out.add(api("model/Market.withDemand(null product)", MODEL, () -> Market.of("US", "US").withDemand(null, 1),
        List.of("demand"), nullRefused.toArray(Class[]::new)));
    out.add(api("model/network.country(null)", MODEL, () -> network().build().country(null), List.of("country"),
        nullRefused.toArray(Class[]::new)));
    out.add(api("model/TariffMeasure.from(null)", MODEL, () -> TariffMeasure.adValorem("t", "US", 0.1)
        .from((String[]) null), List.of("origins"), nullRefused.toArray(Class[]::new)));
    out.add(api("model/SolveOptions threads 0", MODEL, () -> SolveOptions.defaults().withThreads(0),
        List.of("threads"), InvalidModelException.class, IllegalArgumentException.class));
    out.add(api("model/SolveOptions null time limit", MODEL, () -> SolveOptions.defaults().withTimeLimit(null),
        List.of("timeLimit"), nullRefused.toArray(Class[]::new)));
    return out;
  }
}
