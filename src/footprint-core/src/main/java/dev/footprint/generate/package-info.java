/**
 * Seeded generators of realistic random networks, for tests and benchmarks.
 */
package dev.footprint.generate;
