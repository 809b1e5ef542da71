/**
 * Working together on an area: comment threads on nodes and relationships with @mentions and
 * unread counts, who is on a page and editing what (Vaadin Collaboration Kit), the activity page
 * and a node's history panel. Sixth floor: above changelog.
 */
package uk.evidencemap.collaboration;
