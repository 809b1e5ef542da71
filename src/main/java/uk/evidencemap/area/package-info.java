/**
 * Areas, each a local authority's evidence system with one map: listing, creating and renaming
 * them (slug ids, ONS codes), each area's strong-evidence threshold, the {@code AreaChanged} event,
 * the areas page, the area addresses and the API. Fourth floor: above security.
 */
package uk.evidencemap.area;
