/**
 * The briefing of an area for its directorate management team: the headline figures and their
 * change since the last snapshot, the most severe gaps, the champions and single points of
 * failure, the blocked paths, what changed since a chosen day and a picture of the map, in plain
 * English; as a PDF (OpenPDF, decision 020), from the API and as a printable page. Tenth floor:
 * above comparison and exchange.
 */
package uk.evidencemap.briefing;
