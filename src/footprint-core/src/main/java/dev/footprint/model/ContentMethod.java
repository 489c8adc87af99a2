package dev.footprint.model;

/**
 * How a regional value content rule measures content (docs/model.md, Origin of goods). With V the
 * good's customs value (the adjusted value), VNM the value of its non-originating components and VOM
 * that of its originating ones, all at their customs values:
 */
public enum ContentMethod {
  /** Build-down: (V − VNM) / V ≥ share, that is VNM ≤ (1 − share) · V; labor and local materials count as originating. */
  BUILD_DOWN,
  /** Build-up: VOM / V ≥ share; only originating components count. */
  BUILD_UP
}
