package dev.footprint.model;

/** Whether a site exists, may be opened, or is committed to open. */
public enum SiteKind {
  /** Operating at the start; may close once (and stays closed), paying its closing cost. */
  EXISTING,
  /** May open once, no earlier than its opening period (and stays open), paying its capex. */
  CANDIDATE,
  /** Opens in its opening period whatever the cost (an announced project), paying its capex. */
  COMMITTED
}
