"""Writes the NetworkX GraphML test files of GraphMlReaderTest with networkx's own writer.

Run from this folder: python3 make_networkx_graphml.py (networkx 3.6.1 made the committed files).
The names are invented for the tests.
"""
import networkx as nx

directed = nx.DiGraph()
directed.add_node("n1", label="Practice nurse", type="Person", description="Runs the clinic", x=10.5, y=-20.0)
directed.add_node("n2", label="Waiting list", type="Barrier", tags="access|capacity", score=3)
directed.add_node("n3", label="Extra clinic", type="Enabler", funded=True)
directed.add_edge("n1", "n3", type="LEADS", weight=0.75, polarity="+")
directed.add_edge("n3", "n2", type="-", description="shortens it")
directed.add_edge("n2", "missing-node", type="BLOCKS")
nx.write_graphml(directed, "networkx-directed.graphml")

undirected = nx.Graph()
undirected.add_node(0, name="Team A")
undirected.add_node(1, name="Team B")
undirected.add_node(2)
undirected.add_edge(0, 1, weight=2)
undirected.add_edge(1, 2)
nx.write_graphml(undirected, "networkx-undirected.graphml")
