"""Times NetworkX's and igraph's betweenness on the champions graph of an exported area.

Usage: python3 peers.py AREA.graphml OUT.json LIBRARY   (LIBRARY: networkx or igraph)

The champions graph (docs/analyses.md) is rebuilt from the product's GraphML export: the area's
people, organisations and interventions and every relationship between two of them, undirected,
parallel relationships once, no self-links. Only the call of the library's betweenness is timed
(time.perf_counter), after the graph is built. Writes {"library", "version", "nodes", "edges",
"seconds", "betweenness": {node id: normalised score}} to OUT.json. Part of the benchmark command
(uk.evidencemap.benchmark.PeerFigures); asserts nothing.
"""
import json
import sys
import time
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
KINDS = {"person", "organisation", "intervention"}


def champions_graph(path):
    root = ET.parse(path).getroot()
    type_key = None
    for key in root.iter(NS + "key"):
        if key.get("for") == "node" and key.get("attr.name") == "type":
            type_key = key.get("id")
    graph = root.find(NS + "graph")
    nodes = []
    for node in graph.iter(NS + "node"):
        kind = ""
        for data in node.iter(NS + "data"):
            if data.get("key") == type_key:
                kind = (data.text or "").strip().lower()
        if kind in KINDS:
            nodes.append(node.get("id"))
    place = {n: i for i, n in enumerate(nodes)}
    edges = set()
    for edge in graph.iter(NS + "edge"):
        a, b = place.get(edge.get("source")), place.get(edge.get("target"))
        if a is not None and b is not None and a != b:
            edges.add((min(a, b), max(a, b)))
    return nodes, sorted(edges)


def main():
    source, out, library = sys.argv[1], sys.argv[2], sys.argv[3]
    nodes, edges = champions_graph(source)
    n = len(nodes)
    if library == "networkx":
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
        began = time.perf_counter()
        scores = nx.betweenness_centrality(g)
        seconds = time.perf_counter() - began
        version = nx.__version__
        result = [scores[v] for v in range(n)]
    else:
        import igraph

        g = igraph.Graph(n=n, edges=edges, directed=False)
        began = time.perf_counter()
        raw = g.betweenness(directed=False)
        seconds = time.perf_counter() - began
        version = igraph.__version__
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
        result = [b * scale for b in raw]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(
            {
                "library": library,
                "version": version,
                "nodes": n,
                "edges": len(edges),
                "seconds": seconds,
                "betweenness": {nodes[v]: result[v] for v in range(n)},
            },
            f,
        )


if __name__ == "__main__":
    main()
