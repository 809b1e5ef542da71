/**
 * The reference data the product ships, each value with a stable code and a label: CFIR 2.0
 * constructs, the barrier and enabler categories mapped onto them, the Foundations (formerly EIF)
 * Guidebook evidence rating scale, implementation stages, evidence kinds, person roles,
 * organisation kinds and barrier status; the ERIC implementation strategies and their clusters; the
 * reference page and {@code GET /api/strategies}. Second floor, beside database:
 * it may depend on base only.
 */
package uk.evidencemap.taxonomy;
