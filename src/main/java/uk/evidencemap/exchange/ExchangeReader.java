package uk.evidencemap.exchange;

import java.io.InputStream;
import uk.evidencemap.base.ValidationException;

/** Reads one file format into the neutral {@link ExchangeGraph}. Readers hold no state between files. */
@FunctionalInterface
public interface ExchangeReader {

    /**
     * Reads the whole file. The caller closes the stream.
     *
     * @return the file's elements, connections and warnings, values as the file gave them
     * @throws ValidationException field "file" (or a row, e.g. "Connections row 12") with a message
     *     a person can act on: the file is over the size limit, empty, malformed (with line and
     *     column where the parser gives them), of another format, or holds too many rows
     */
    ExchangeGraph read(InputStream in);
}
