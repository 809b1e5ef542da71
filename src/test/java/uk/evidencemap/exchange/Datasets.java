package uk.evidencemap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The public data files in ../shared/datasets and this project's own test files, opened for readers. */
final class Datasets {

    private Datasets() {}

    static Path shared(String first, String... more) {
        return Path.of("..", "shared", "datasets").resolve(Path.of(first, more));
    }

    static ExchangeGraph read(ExchangeReader reader, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExchangeGraph readResource(ExchangeReader reader, String name) {
        try (InputStream in = Datasets.class.getResourceAsStream("/exchange/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExchangeGraph.Element element(ExchangeGraph graph, String label) {
        List<ExchangeGraph.Element> found =
                graph.elements().stream().filter(e -> label.equals(e.label())).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements labelled " + label);
        }
        return found.getFirst();
    }
}
