package uk.evidencemap.map;

/** Where a node was placed on the canvas, in the canvas's coordinates. */
public record NodePosition(double x, double y) {}
