/**
 * The application shell: the main layout around every page (product name, area picker,
 * navigation, user menu), the area frame around an area's pages (access check, who is there, live
 * news, the area's navigation) and the help page. The top floor: it may depend on every floor
 * beneath it.
 */
package uk.evidencemap.shell;
