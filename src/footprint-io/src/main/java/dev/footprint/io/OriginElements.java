package dev.footprint.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.io.Decoder.Rule;
import dev.footprint.model.ContentMethod;
import dev.footprint.model.DutyDrawback;
import dev.footprint.model.OriginCondition;
import dev.footprint.model.OriginRule;
import dev.footprint.model.ProductScope;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The elements of the origin of goods (docs/model.md, Origin of goods) in study files, read and
 * written side by side: {@code agreements}, {@code originRules}, {@code transshipmentRules},
 * {@code dutyDrawbacks}, and the origin status a tariff measure may be limited to
 * ({@code originStatus} with {@code agreement}). Each reader reports every wrong field through the
 * {@link Decoder} it is given; each writer leaves out what equals its default.
 */
final class OriginElements {
  private OriginElements() {}

  /** The origin status a tariff measure is limited to, as a study writes it. */
  enum OriginStatus {
    /** Goods originating in the agreement: a preferential rate. */
    ORIGINATING,
    /** Goods not originating in it: the general rate. */
    NON_ORIGINATING
  }

  // ------------------------------------------------------------------------------- reading

  static TradeAgreement agreement(Decoder d, ObjectNode o, Loc at) {
    String id = d.idField(o, "id", at);
    Set<String> members = d.ids(o, "members", at);
    return new TradeAgreement(Decoder.need(id), Decoder.need(members));
  }

  static OriginRule originRule(Decoder d, ObjectNode o, Loc at) {
    String id = d.idField(o, "id", at);
    String agreement = d.idField(o, "agreement", at);
    String product = d.idField(o, "product", at);
    Double share = d.number(o, "minContentShare", at, null, Rule.FRACTION);
    ContentMethod method = d.enumValue(o, "method", at, ContentMethod.class, null);
    return new OriginRule(Decoder.need(id), Decoder.need(agreement), Decoder.need(product), Decoder.need(share),
        Decoder.need(method));
  }

  static TransshipmentRule transshipmentRule(Decoder d, ObjectNode o, Loc at) {
    String id = d.idField(o, "id", at);
    String destination = d.idField(o, "destination", at);
    Set<String> origins = d.ids(o, "origins", at);
    ProductScope scope = d.scope(o, at);
    Double share = d.number(o, "maxForeignContentShare", at, null, Rule.FRACTION);
    Double penalty = d.number(o, "penaltyRate", at, null, Rule.TARIFF_RATE);
    return new TransshipmentRule(Decoder.need(id), Decoder.need(destination), Decoder.need(origins),
        Decoder.need(scope), Decoder.need(share), Decoder.need(penalty));
  }

  static DutyDrawback dutyDrawback(Decoder d, ObjectNode o, Loc at) {
    String id = d.idField(o, "id", at);
    String country = d.idField(o, "country", at);
    ProductScope scope = d.scope(o, at);
    Double share = d.number(o, "share", at, null, Rule.FRACTION);
    return new DutyDrawback(Decoder.need(id), Decoder.need(country), Decoder.need(scope), Decoder.need(share));
  }

  /**
   * A tariff measure's origin status: {@code originStatus} and {@code agreement}, both or neither.
   *
   * @return the condition, empty when the measure has none, or null (with a problem)
   */
  static Optional<OriginCondition> originCondition(Decoder d, ObjectNode o, Loc at) {
    boolean hasStatus = Decoder.present(o, "originStatus");
    boolean hasAgreement = Decoder.present(o, "agreement");
    OriginStatus status = d.enumValue(o, "originStatus", at, OriginStatus.class, null);
    String agreement = d.idField(o, "agreement", at);
    if (!hasStatus && !hasAgreement) {
      return Optional.empty();
    }
    if (!hasAgreement) {
      d.problems().add(at.child("agreement"), "missing: a tariff limited to an 'originStatus' needs the"
          + " 'agreement' whose origin it means");
      return null;
    }
    if (!hasStatus) {
      d.problems().add(d.sources().of(o, "agreement", at), "a tariff that names an 'agreement' needs an"
          + " 'originStatus', originating or non-originating: the goods of that agreement it applies to"
          + "\nMaybe add originStatus: originating for a preferential rate.");
      return null;
    }
    if (status == null || agreement == null) {
      return null;
    }
    return Optional.of(new OriginCondition(agreement, status == OriginStatus.ORIGINATING));
  }

  // ------------------------------------------------------------------------------- writing

  /** @return whether {@link #write} writes the element */
  static boolean isOne(Object e) {
    return e instanceof TradeAgreement || e instanceof OriginRule || e instanceof TransshipmentRule
        || e instanceof DutyDrawback;
  }

  /** @return the node of an agreement, an origin rule, a transshipment rule or a duty drawback */
  static ObjectNode write(Encoder encoder, Object e) {
    ObjectNode o = Encoder.object();
    if (e instanceof TradeAgreement g) {
      o.put("id", g.id());
      o.set("members", Encoder.ids(g.members(), Comparator.naturalOrder()));
    } else if (e instanceof OriginRule r) {
      o.put("id", r.id());
      o.put("agreement", r.agreement());
      o.put("product", r.product());
      o.set("minContentShare", Encoder.number(r.minContentShare()));
      o.put("method", Decoder.enumName(r.method()));
    } else if (e instanceof TransshipmentRule r) {
      o.put("id", r.id());
      o.put("destination", r.destination());
      if (!r.origins().isEmpty()) {
        o.set("origins", Encoder.ids(r.origins(), Comparator.naturalOrder()));
      }
      encoder.scope(o, r.scope());
      o.set("maxForeignContentShare", Encoder.number(r.maxForeignContentShare()));
      o.set("penaltyRate", Encoder.number(r.penaltyRate()));
    } else if (e instanceof DutyDrawback k) {
      o.put("id", k.id());
      o.put("country", k.country());
      encoder.scope(o, k.scope());
      o.set("share", Encoder.number(k.share()));
    } else {
      throw new IllegalArgumentException("not an element of the origin of goods: " + e);
    }
    return o;
  }

  /** Writes a tariff measure's origin status into its node. */
  static void writeCondition(ObjectNode o, OriginCondition c) {
    o.put("originStatus", Decoder.enumName(c.originating() ? OriginStatus.ORIGINATING : OriginStatus.NON_ORIGINATING));
    o.put("agreement", c.agreement());
  }
}
