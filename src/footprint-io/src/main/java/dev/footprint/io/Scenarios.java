package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.Horizon;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a scenario's overrides to the parts of the network it starts from: first {@code remove},
 * then {@code add}, then {@code set}. Every element that an override touches is read again from its
 * changed node, so its problems point at the override's line; the result is built into a network
 * (and validated) like the base.
 */
final class Scenarios {
  static final List<String> FIELDS = List.of("description", "extends", "remove", "add", "set", Kind.SOURCE);

  private final Decoder dec;
  private final Tables tables;
  private final SourceMap src;
  private final Problems problems;

  /** What a path in {@code set} or {@code remove} points to. */
  private record Target(Kind kind, boolean horizon, int index, String field, String key) {}

  Scenarios(Decoder dec, Tables tables, SourceMap src, Problems problems) {
    this.dec = dec;
    this.tables = tables;
    this.src = src;
    this.problems = problems;
  }

  /**
   * @param node the scenario's mapping
   * @param at where it is
   * @param start the parts of the scenario it extends
   * @return the scenario's parts (with problems reported for overrides that do not apply)
   */
  Parts apply(ObjectNode node, Loc at, Parts start) {
    Parts parts = start.copy();
    dec.horizon(parts.horizon);
    if (Decoder.present(node, "remove")) {
      JsonNode r = node.get("remove");
      Loc rAt = src.of(node, "remove", at);
      if (r.isTextual()) {
        remove(r.asText(), rAt, parts);
      } else if (r.isArray()) {
        for (int i = 0; i < r.size(); i++) {
          Loc iAt = src.of(r, i, rAt);
          if (r.get(i).isTextual()) {
            remove(r.get(i).asText(), iAt, parts);
          } else {
            problems.add(iAt, "must be a path such as 'policies.us-pledge', not " + Documents.describe(r.get(i)));
          }
        }
      } else {
        problems.add(rAt, "must be a list of paths such as [policies.us-pledge, tariffs], not "
            + Documents.describe(r));
      }
    }
    if (Decoder.present(node, "add")) {
      ObjectNode a = dec.object(node.get("add"), src.of(node, "add", at),
          "a mapping from collections to the elements to add, such as {tariffs: [...]}");
      if (a != null) {
        Loc aAt = src.of(node, "add", at);
        a.fieldNames().forEachRemaining(c -> add(c, a.get(c), src.of(a, c, aAt), parts));
      }
    }
    if (Decoder.present(node, "set")) {
      ObjectNode s = dec.object(node.get("set"), src.of(node, "set", at),
          "a mapping from paths to values, such as {\"tariffs.kr-deal.rate\": 0.25}");
      if (s != null) {
        Loc sAt = src.of(node, "set", at);
        List<String> paths = new ArrayList<>();
        s.fieldNames().forEachRemaining(paths::add);
        // The horizon first: the other values' periods refer to it.
        for (String p : paths) {
          if (p.equals("horizon") || p.startsWith("horizon.")) {
            set(p, s.get(p), src.of(s, p, sAt), parts);
          }
        }
        for (String p : paths) {
          if (!(p.equals("horizon") || p.startsWith("horizon."))) {
            set(p, s.get(p), src.of(s, p, sAt), parts);
          }
        }
      }
    }
    return parts;
  }

  private void remove(String path, Loc at, Parts parts) {
    Target t = resolve(path, at, parts);
    if (t == null) {
      return;
    }
    if (t.horizon()) {
      problems.add(at, "the horizon cannot be removed: set its fields instead");
      return;
    }
    List<Parts.Entry> list = parts.of(t.kind());
    if (t.index() < 0) {
      list.clear();
      return;
    }
    Parts.Entry e = list.get(t.index());
    if (t.field() == null) {
      list.remove(t.index());
      return;
    }
    ObjectNode copy = copy(e.node());
    if (t.key() == null) {
      if (!copy.has(t.field())) {
        problems.add(at, "'" + path + "': the " + t.kind().singular() + " has no '" + t.field() + "' to remove");
        return;
      }
      copy.remove(t.field());
    } else {
      JsonNode map = copy.get(t.field());
      if (map == null || !map.isObject() || !map.has(t.key())) {
        problems.add(at, "'" + path + "': the " + t.kind().singular() + " has no '" + t.key() + "' in its "
            + t.field() + " to remove");
        return;
      }
      ObjectNode m = copy((ObjectNode) map);
      m.remove(t.key());
      copy.set(t.field(), m);
    }
    replace(t, copy, e.at(), parts);
  }

  private void add(String collection, JsonNode value, Loc at, Parts parts) {
    Kind kind = Kind.byCollection(collection);
    if (kind == null) {
      problems.add(at, "unknown collection '" + collection + "'" + Problems.maybe(collection, Kind.collections()));
      return;
    }
    JsonNode list = tables.elements(value, at, kind);
    if (list == null) {
      return;
    }
    ArrayNode items = dec.list(list, at, kind.collection());
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      Loc iAt = src.of(items, i, at);
      Parts.Entry e = dec.entry(kind, items.get(i), iAt);
      if (e == null) {
        continue;
      }
      if (kind.hasId() && parts.indexOf(kind, e.key()) >= 0) {
        problems.add(iAt, "there is already a " + kind.singular() + " with the id '" + e.key() + "'"
            + "\nMaybe use set to change it, or remove it first.");
        continue;
      }
      parts.of(kind).add(e);
    }
  }

  private void set(String path, JsonNode value, Loc at, Parts parts) {
    Target t = resolve(path, at, parts);
    if (t == null) {
      return;
    }
    if (t.horizon()) {
      JsonNode h = value;
      if (t.field() != null) {
        h = parts.horizonNode == null ? Documents.NODES.objectNode() : copy(parts.horizonNode);
        ((ObjectNode) h).set(t.field(), value);
        src.put(h, t.field(), at);
      }
      Horizon horizon = new Settings(dec).horizon(h, t.field() == null ? at : parts.horizonAt == null ? at : parts.horizonAt);
      if (horizon != null) {
        parts.horizon = horizon;
        parts.horizonNode = (ObjectNode) h;
        dec.horizon(horizon);
      }
      return;
    }
    List<Parts.Entry> list = parts.of(t.kind());
    if (t.index() < 0) {
      JsonNode rows = tables.elements(value, at, t.kind());
      if (rows == null) {
        return;
      }
      ArrayNode items = dec.list(rows, at, t.kind().collection());
      if (items == null) {
        return;
      }
      list.clear();
      for (int i = 0; i < items.size(); i++) {
        Parts.Entry e = dec.entry(t.kind(), items.get(i), src.of(items, i, at));
        if (e != null) {
          list.add(e);
        }
      }
      return;
    }
    Parts.Entry e = list.get(t.index());
    if (t.field() == null) {
      ObjectNode o = dec.object(value, at, "a " + t.kind().singular() + " with the fields "
          + t.kind().fields().keySet());
      if (o == null) {
        return;
      }
      if (t.kind().hasId()) {
        if (!o.has("id")) {
          o = copy(o);
          o.set("id", Documents.NODES.textNode(e.key()));
        } else if (!e.key().equals(o.get("id").asText())) {
          problems.add(src.of(o, "id", at), "the id must stay '" + e.key() + "'"
              + "\nMaybe remove the old element and add the new one.");
          return;
        }
      }
      Parts.Entry replaced = dec.entry(t.kind(), o, at);
      if (replaced != null) {
        list.set(t.index(), replaced);
      }
      return;
    }
    ObjectNode copy = copy(e.node());
    if (t.key() == null) {
      if (t.field().equals("id")) {
        problems.add(at, "an id cannot be set\nMaybe remove the element and add one with the new id.");
        return;
      }
      copy.set(t.field(), value);
      src.put(copy, t.field(), at);
    } else {
      JsonNode map = copy.get(t.field());
      ObjectNode m = map != null && map.isObject() ? copy((ObjectNode) map) : Documents.NODES.objectNode();
      m.set(t.key(), value);
      src.put(m, t.key(), at);
      copy.set(t.field(), m);
    }
    replace(t, copy, e.at(), parts);
  }

  private void replace(Target t, ObjectNode node, Loc at, Parts parts) {
    Parts.Entry replaced = dec.entry(t.kind(), node, at);
    if (replaced != null) {
      parts.of(t.kind()).set(t.index(), replaced);
    }
  }

  /** A shallow copy that keeps the locations of the values. */
  private ObjectNode copy(ObjectNode o) {
    ObjectNode c = Documents.NODES.objectNode();
    c.setAll(o);
    src.copy(o, c);
    return c;
  }

  private Target resolve(String path, Loc at, Parts parts) {
    // The path is part of the problem's location when it is a key of 'set'; name it otherwise.
    String named = at.path().contains(path) ? "" : "'" + path + "': ";
    if (path.equals("horizon") || path.startsWith("horizon.")) {
      String field = path.equals("horizon") ? null : path.substring("horizon.".length());
      if (field != null && !Settings.HORIZON_FIELDS.contains(field)) {
        problems.add(at, named + "the horizon has no field '" + field + "'"
            + Problems.maybe(field, Settings.HORIZON_FIELDS));
        return null;
      }
      return new Target(null, true, -1, field, null);
    }
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    if (head.equals("money")) {
      problems.add(at, named + "the money holds for every scenario: state it once, at the top of the study");
      return null;
    }
    Kind kind = Kind.byCollection(head);
    if (kind == null) {
      List<String> known = new ArrayList<>(Kind.collections());
      known.add("horizon");
      problems.add(at, named + "'" + head + "' is not a collection"
          + Problems.maybe(head, known));
      return null;
    }
    if (dot < 0) {
      return new Target(kind, false, -1, null, null);
    }
    String rest = path.substring(dot + 1);
    Entries.Found found = parts.of(kind).longestKeyOf(rest);
    if (found == null) {
      int d = rest.indexOf('.');
      String id = kind.hasId() && d > 0 ? rest.substring(0, d) : rest;
      problems.add(at, named + "no " + kind.singular() + " has the " + (kind.hasId() ? "id" : "key")
          + " '" + id + "'" + Problems.maybe(id, parts.keys(kind))
          + (kind.hasId() ? "" : "\nA freight rate's key is 'origin->destination', then ' [product]' and ' @site'"
              + " where it has them, such as 'KR->US [cells]'."));
      return null;
    }
    int index = found.index();
    String after = rest.substring(found.key().length());
    if (after.isEmpty()) {
      return new Target(kind, false, index, null, null);
    }
    after = after.substring(1);
    int d = after.indexOf('.');
    String field = d < 0 ? after : after.substring(0, d);
    String mapKey = d < 0 ? null : after.substring(d + 1);
    Kind.Type type = kind.fields().get(field);
    if (type == null) {
      problems.add(at, named + "a " + kind.singular() + " has no field '" + field + "'"
          + Problems.maybe(field, kind.fields().keySet()));
      return null;
    }
    if (mapKey != null && type != Kind.Type.NUMBER_MAP && type != Kind.Type.SERIES_MAP) {
      problems.add(at, named + "'" + field + "' is not a mapping, so nothing can follow it");
      return null;
    }
    return new Target(kind, false, index, field, mapKey);
  }
}
