package dev.footprint.model;

import java.util.Set;

/**
 * A trade agreement (docs/model.md, Origin of goods): goods that originate in its region and move
 * between two of its members may pay the rates of tariff measures conditioned on originating status
 * ({@link TariffMeasure#forOriginating}) instead of those for non-originating goods. Whether a good
 * originates is set by the product's {@link OriginRule} under the agreement; without one, by the
 * country of last substantial transformation (the country of the site that made it).
 *
 * @param id unique id (KORUS)
 * @param members ids of its member countries, at least two; two agreements may share at most one
 *     member, so that a lane between two countries is inside one agreement at most
 */
public record TradeAgreement(String id, Set<String> members) {

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param members ids of its member countries, at least two
   */
  public TradeAgreement {
    Check.id(id, "agreement.id");
    members = Check.ids(members, "agreement '" + id + "': members");
    if (members.size() < 2) {
      throw new InvalidModelException("agreement '" + id + "': members", members,
          "an agreement needs at least two member countries");
    }
  }

  /**
   * @param id unique id
   * @param members member country ids
   * @return the agreement
   */
  public static TradeAgreement of(String id, String... members) {
    return new TradeAgreement(id, Check.idArray(members, "agreement '" + id + "': members"));
  }

  /**
   * @param origin a country id
   * @param destination another country id
   * @return whether both are members and differ: the lane is inside the agreement
   */
  public boolean covers(String origin, String destination) {
    Check.key(origin, "agreement '" + id + "': origin");
    Check.key(destination, "agreement '" + id + "': destination");
    return !origin.equals(destination) && members.contains(origin) && members.contains(destination);
  }
}
