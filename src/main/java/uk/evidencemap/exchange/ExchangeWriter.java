package uk.evidencemap.exchange;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an area's map in one file format. Writers keep no state between files. */
interface ExchangeWriter {

    /**
     * Writes the file to {@code out}, flushes it and leaves it open (the caller owns it).
     *
     * @throws IOException when {@code out} cannot be written
     */
    void write(ExportedArea export, OutputStream out) throws IOException;
}
