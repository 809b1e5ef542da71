package uk.evidencemap.exchange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Polarity;

/**
 * The words other tools use for the model's types, matched ignoring case, spaces, hyphens and
 * underscores, and a plural "s": a Kumu "Organization" is an Organisation, a "Program" a
 * Programme (decision 018 lists them). Anything else maps to no type.
 */
final class TypeWords {

    private static final Map<String, NodeType> NODE_WORDS = new HashMap<>();
    private static final Map<String, RelationshipType> RELATIONSHIP_WORDS = new HashMap<>();

    static {
        for (NodeType type : NodeType.values()) {
            NODE_WORDS.put(squash(type.label()), type);
            NODE_WORDS.put(squash(type.plural()), type);
        }
        word(NodeType.PERSON, "people", "individual");
        word(NodeType.ORGANISATION, "organization", "org", "company", "companies");
        word(NodeType.PROGRAMME, "program");
        word(NodeType.INTERVENTION, "service");
        word(NodeType.NEED, "outcome");
        word(NodeType.BARRIER, "obstacle");
        word(NodeType.ENABLER, "facilitator");
        word(NodeType.EVIDENCE, "source", "study");
        word(NodeType.FACTOR, "variable");
        for (RelationshipType type : RelationshipType.values()) {
            RELATIONSHIP_WORDS.put(squash(type.name()), type);
            RELATIONSHIP_WORDS.put(squash(type.verb()), type);
        }
        RELATIONSHIP_WORDS.put(squash("influence"), RelationshipType.INFLUENCES);
        RELATIONSHIP_WORDS.put(squash("causal"), RelationshipType.INFLUENCES);
        RELATIONSHIP_WORDS.put(squash("partner"), RelationshipType.PARTNERS_WITH);
        RELATIONSHIP_WORDS.put(squash("partnership"), RelationshipType.PARTNERS_WITH);
        RELATIONSHIP_WORDS.put(squash("collaboration"), RelationshipType.COLLABORATES_WITH);
        RELATIONSHIP_WORDS.put(squash("employee"), RelationshipType.WORKS_FOR);
        RELATIONSHIP_WORDS.put(squash("employment"), RelationshipType.WORKS_FOR);
    }

    private TypeWords() {}

    private static void word(NodeType type, String... words) {
        Arrays.stream(words).forEach(w -> NODE_WORDS.put(squash(w), type));
    }

    /** The node type a file's type word stands for, if any. */
    static Optional<NodeType> nodeType(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String key = squash(word);
        NodeType type = NODE_WORDS.get(key);
        if (type == null && key.endsWith("s")) {
            type = NODE_WORDS.get(key.substring(0, key.length() - 1));
        }
        return Optional.ofNullable(type);
    }

    /** The relationship type a file's type word stands for, if any. */
    static Optional<RelationshipType> relationshipType(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(RELATIONSHIP_WORDS.get(squash(word)));
    }

    /**
     * The polarity a file's word stands for: Kumu's "++" and "--" (and "+", "same", "positive")
     * SAME; "+-", "-+" (and "-", "opposite", "negative") OPPOSITE; empty for anything else.
     */
    static Optional<Polarity> polarity(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().toLowerCase(Locale.ROOT).replace('\u2212', '-').replace(" ", "");
        return switch (w) {
            case "++", "--", "+", "+ve", "same", "s", "positive", "reinforcing" -> Optional.of(Polarity.SAME);
            case "+-", "-+", "-", "-ve", "opposite", "o", "negative", "inverse" -> Optional.of(Polarity.OPPOSITE);
            case "?", "unknown", "+/-", "-/+" -> Optional.of(Polarity.UNKNOWN);
            default -> Optional.empty();
        };
    }

    static String squash(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
