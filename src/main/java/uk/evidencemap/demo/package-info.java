/**
 * Demo mode: the four Changemakers pilot areas and the programme catalogue loaded into an empty
 * database through the ordinary services, with an illustrative history of snapshots, and new
 * passwords for the demo users at every start. Tenth floor, beside admin: above comparison.
 */
package uk.evidencemap.demo;
