/**
 * Administration: users, their global roles and area memberships, and areas, through the
 * administration page and the {@code /api/admin} API; administrators only. Tenth floor, beside
 * demo: above comparison.
 */
package uk.evidencemap.admin;
