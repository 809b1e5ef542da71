/**
 * The three questions asked of an area's map: gaps, champions (Brandes betweenness) and blocked
 * implementation paths; and the network figures (centralities, 2-step reach, Leiden communities).
 * Computed from a lean copy of each map kept up to date from the change log, cached per area and
 * warmed in the background; the analysis page, CSV and the API. Eighth floor: above map.
 */
package uk.evidencemap.analysis;
