package uk.evidencemap.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo data as written in {@code src/main/resources/demo}: a catalogue file and one
 * file per area. Programmes are {@code [name, {properties}]}; area nodes are keyed by a short
 * local key, each {@code [type, name, {properties}]}; each relationship is {@code "fromKey TYPE toKey"} (an influence may add its polarity:
 * {@code "a INFLUENCES b OPPOSITE"}), and a
 * key {@code programme:xyz} names catalogue programme {@code xyz}.
 */
final class DemoDataset {

    record Catalogue(String note, Map<String, List<Object>> programmes) {}

    record AreaFile(AreaInfo area, LinkedHashMap<String, List<Object>> nodes, List<String> relationships) {}

    record AreaInfo(String id, String name, String onsCode, String region) {}

    static final List<String> AREA_FILES = List.of("york", "merton", "stockport", "wirral");

    private DemoDataset() {}
}
