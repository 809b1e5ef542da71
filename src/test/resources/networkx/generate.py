"""Reference values for NetworkFiguresTest, computed with NetworkX.

Run from this folder with the NetworkX version named in README.md:

    python3 generate.py

Every graph is written to graphs/NAME.json with its nodes (in NetworkX's order), its edges, each
node's figures and the whole graph's figures; index.json lists the graphs. The graphs are
unweighted: edge attributes (the karate club's weights) are dropped before anything is computed.
"""

import json
import os

import networkx as nx
import numpy as np


def plain(graph, label=str):
    """The graph without attributes, its nodes relabelled to strings, in the same order."""
    result = nx.Graph()
    result.add_nodes_from(label(v) for v in graph.nodes)
    result.add_edges_from((label(u), label(v)) for u, v in graph.edges if u != v)
    return result


def eigenvector_per_component(graph):
    """eigenvector_centrality_numpy on each connected component (NetworkX refuses a disconnected
    graph, and its sparse solver a component of fewer than 3 nodes): a component of 2 nodes is
    solved densely by numpy.linalg.eigh with the same convention (unit Euclidean norm, positive),
    an isolated node is 0."""
    scores = {}
    for component in nx.connected_components(graph):
        sub = graph.subgraph(component)
        if len(component) == 1:
            scores.update({v: 0.0 for v in component})
        elif len(component) == 2:
            nodes = list(sub)
            _, vectors = np.linalg.eigh(nx.to_numpy_array(sub, nodelist=nodes, weight=None))
            top = vectors[:, -1]
            top = top / (np.sign(top.sum()) * np.linalg.norm(top))
            scores.update(dict(zip(nodes, top.tolist())))
        else:
            scores.update(nx.eigenvector_centrality_numpy(sub, weight=None))
    return scores


def reach(graph):
    """How many other nodes lie within 2 steps of each node (a count, not normalised)."""
    return {v: len(nx.single_source_shortest_path_length(graph, v, cutoff=2)) - 1 for v in graph}


def reference(name, graph, partitions):
    largest = graph.subgraph(max(nx.connected_components(graph), key=len))
    nodes = list(graph.nodes)
    figures = {
        "degree": nx.degree_centrality(graph),
        "closeness": nx.closeness_centrality(graph),
        "eigenvector": eigenvector_per_component(graph),
        "betweenness": nx.betweenness_centrality(graph),
        "reach": reach(graph),
    }
    result = {
        "name": name,
        "networkx": nx.__version__,
        "nodes": nodes,
        "edges": [[u, v] for u, v in graph.edges],
        "network": {
            "nodes": graph.number_of_nodes(),
            "relationships": graph.number_of_edges(),
            "density": nx.density(graph),
            "components": nx.number_connected_components(graph),
            "diameter": nx.diameter(largest),
            "averagePathLength": nx.average_shortest_path_length(largest),
        },
        "partitions": [
            {
                "name": label,
                "communities": [sorted(c) for c in communities],
                "modularity": nx.community.modularity(graph, communities, weight=None, resolution=1),
            }
            for label, communities in partitions
        ],
    }
    for figure, values in figures.items():
        result[figure] = [values[v] for v in nodes]
    return result


def louvain(graph):
    if graph.number_of_edges() == 0:
        return []
    return [("louvain seed 1", nx.community.louvain_communities(graph, weight=None, seed=1))]


def graphs():
    karate = nx.karate_club_graph()
    clubs = {}
    for v, data in karate.nodes(data=True):
        clubs.setdefault(data["club"], set()).add(str(v))
    karate_plain = plain(karate)
    yield "karate", karate_plain, [("clubs", list(clubs.values()))] + louvain(karate_plain)

    florentine = plain(nx.florentine_families_graph())
    yield "florentine", florentine, louvain(florentine)

    single = nx.Graph()
    single.add_node("only")
    yield "single-node", single, []
    yield "two-nodes", plain(nx.path_graph(2)), louvain(plain(nx.path_graph(2)))
    apart = nx.Graph()
    apart.add_nodes_from(["a", "b"])
    yield "two-isolated-nodes", apart, []
    yield "path-7", plain(nx.path_graph(7)), louvain(plain(nx.path_graph(7)))
    yield "star-8", plain(nx.star_graph(7)), louvain(plain(nx.star_graph(7)))
    yield "cycle-10", plain(nx.cycle_graph(10)), louvain(plain(nx.cycle_graph(10)))
    yield "complete-6", plain(nx.complete_graph(6)), louvain(plain(nx.complete_graph(6)))
    yield "barbell-5-2", plain(nx.barbell_graph(5, 2)), louvain(plain(nx.barbell_graph(5, 2)))

    pieces = nx.disjoint_union_all([nx.path_graph(4), nx.star_graph(4), nx.empty_graph(2), nx.cycle_graph(5)])
    pieces = plain(pieces, lambda v: "p%d" % v)
    yield "path-star-isolated-cycle", pieces, louvain(pieces)
    twins = plain(nx.disjoint_union(nx.path_graph(5), nx.cycle_graph(5)), lambda v: "t%d" % v)
    yield "two-equal-largest-components", twins, louvain(twins)

    label = lambda v: "v%d" % v
    for n, p, seed in [(12, 0.3, 8), (25, 0.04, 4), (30, 0.1, 1), (40, 0.05, 2), (50, 0.08, 3),
                       (60, 0.15, 5), (80, 0.03, 6), (100, 0.05, 7), (400, 0.02, 9)]:
        g = plain(nx.gnp_random_graph(n, p, seed=seed), label)
        yield "gnp-%d-%s-seed-%d" % (n, p, seed), g, louvain(g)
    g = plain(nx.barabasi_albert_graph(300, 2, seed=10), label)
    yield "barabasi-albert-300-2-seed-10", g, louvain(g)
    g = plain(nx.connected_watts_strogatz_graph(250, 4, 0.1, seed=11), label)
    yield "watts-strogatz-250-4-0.1-seed-11", g, louvain(g)
    g = plain(nx.random_labeled_tree(50, seed=12), label)
    yield "random-tree-50-seed-12", g, louvain(g)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "graphs"), exist_ok=True)
    names = []
    for name, graph, partitions in graphs():
        with open(os.path.join(here, "graphs", name + ".json"), "w") as out:
            json.dump(reference(name, graph, partitions), out, indent=1)
            out.write("\n")
        names.append(name)
    with open(os.path.join(here, "index.json"), "w") as out:
        json.dump(names, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
