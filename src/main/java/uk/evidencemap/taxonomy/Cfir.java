package uk.evidencemap.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Consolidated Framework for Implementation Research 2.0 as shipped reference data:
 * 5 domains, 48 constructs and 19 sub-constructs, each with a stable code such as
 * {@code C10a} (Inner Setting, Available Resources, Funding) and a short definition.
 */
public final class Cfir {

    public record Domain(String code, String name, String definition) {}

    /**
     * One construct or sub-construct. {@code parent} is the code of the construct a
     * sub-construct belongs to, or null; {@code subdomain} is set in the Individuals domain.
     */
    public record Construct(
            String code, String domain, String name, String definition, String parent, String subdomain) {

        public boolean isSubConstruct() {
            return parent != null;
        }
    }

    record Document(String source, List<Domain> domains, List<Construct> constructs) {}

    private static final Cfir INSTANCE = load();

    private final String source;
    private final Map<String, Domain> domains = new LinkedHashMap<>();
    private final Map<String, Construct> constructs = new LinkedHashMap<>();

    private Cfir(Document document) {
        this.source = document.source();
        document.domains().forEach(d -> domains.put(d.code(), d));
        document.constructs().forEach(c -> constructs.put(c.code(), c));
    }

    public static Cfir get() {
        return INSTANCE;
    }

    private static Cfir load() {
        try (InputStream in = Cfir.class.getResourceAsStream("/taxonomy/cfir-2.0.json")) {
            if (in == null) {
                throw new IllegalStateException("taxonomy/cfir-2.0.json is missing from the classpath");
            }
            return new Cfir(JsonMapper.builder().build().readValue(in, Document.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String source() {
        return source;
    }

    public List<Domain> domains() {
        return List.copyOf(domains.values());
    }

    /** Every construct and sub-construct, in the framework's order. */
    public List<Construct> all() {
        return List.copyOf(constructs.values());
    }

    public List<Construct> constructs() {
        return constructs.values().stream().filter(c -> !c.isSubConstruct()).toList();
    }

    public List<Construct> subConstructs() {
        return constructs.values().stream().filter(Construct::isSubConstruct).toList();
    }

    public Optional<Construct> construct(String code) {
        return Optional.ofNullable(code == null ? null : constructs.get(code));
    }

    public Domain domainOf(Construct construct) {
        return domains.get(construct.domain());
    }

    /** "Inner Setting: Available Resources: Funding" for C10a. */
    public String path(Construct construct) {
        StringBuilder path = new StringBuilder(domainOf(construct).name());
        if (construct.parent() != null) {
            path.append(": ").append(constructs.get(construct.parent()).name());
        }
        return path.append(": ").append(construct.name()).toString();
    }
}
