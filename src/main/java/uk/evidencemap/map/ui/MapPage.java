package uk.evidencemap.map.ui;

import uk.evidencemap.map.AreaGraph;

/** What the parts of the map page (editing, undo and redo, live changes) ask of the page itself. */
interface MapPage {

    /** Holds a map (rebuilt from a change) in place of the one held, without drawing it. */
    void hold(AreaGraph graph);

    /** Reads the area's map again, without drawing it. */
    void reload();

    /** Draws the map held, as the filters and the focus say. */
    void redraw();

    /** Draws the map held after someone's change: only what changed is sent, nodes keep their places. */
    void redrawLive();

    /** Selects a node: its details beside the map, marked on the canvas and in the list. */
    void showDetails(String nodeId);

    /** Selects nothing (the selected node is gone); the details panel is left to say why. */
    void clearSelection();

    /** Reads again which comments this person has not read. */
    void refreshUnread();
}
