/**
 * Areas side by side: the comparison metrics of docs/domain.md from the cached analyses,
 * snapshots of them (monthly by schedule and on demand), CSV and Excel exports, the comparison
 * dashboard and the API. Ninth floor: above analysis.
 */
package uk.evidencemap.comparison;
