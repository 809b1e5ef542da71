/**
 * An area's map: the node and relationship types and their rules, building the map, the shared
 * programme catalogue, undo, redo, restore and past maps from the change log (implementing
 * {@code changelog.ChangeSteps}), the map and table pages and the API. Seventh floor: above
 * collaboration.
 */
package uk.evidencemap.map;
