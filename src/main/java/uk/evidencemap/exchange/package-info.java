/**
 * Exchange: maps brought in from other tools' files (Kumu, PRSM, GraphML, GEXF, spreadsheets, the
 * product's own JSON) and taken out to them. Readers turn a file into an {@link
 * uk.evidencemap.exchange.ExchangeGraph}; the planner matches it to the model; writers turn an
 * area's map into each format.
 */
package uk.evidencemap.exchange;
