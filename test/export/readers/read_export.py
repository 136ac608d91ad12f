"""
Reads one newsgraph export with readers nobody on the project wrote and prints what they saw as
JSON on standard output: every node and edge with its attributes, as each reader reports them.

    python3 read_export.py graphml FILE   -> networkx.read_graphml and igraph Graph.Read_GraphML
    python3 read_export.py gexf FILE      -> networkx.read_gexf
    python3 read_export.py dot FILE       -> networkx.drawing.nx_pydot.read_dot (pydot) and Graphviz `dot -Tsvg`

A reader that crashes is reported as {"error": "..."} so the caller sees which one failed and why.
A missing module is not a reader failure but a broken set-up: exit 3 with a message naming it.
"""

import contextlib
import importlib
import io
import json
import subprocess
import sys
import traceback
import warnings

# The versions .ci/run installs; the message below tells how to get them.
REQUIRED = {"networkx": "networkx==3.6.1", "pydot": "pydot==4.0.1", "igraph": "python-igraph==1.0.0"}


def require(module):
    try:
        return importlib.import_module(module)
    except ImportError as err:
        sys.stderr.write(
            f"read_export.py: Python module '{module}' is missing ({err}). "
            f"Install it with: python3 -m pip install {REQUIRED[module]}\n"
        )
        sys.exit(3)


def plain(value):
    """A JSON-safe value: numbers, strings, dicts (networkx's `viz`) and lists; anything else as str()."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


def attrs(mapping):
    return {str(k): plain(v) for k, v in mapping.items()}


def summary(nodes, edges, graph_class, graph=None):
    pairs = {}
    for e in edges:
        pairs[(e["source"], e["target"])] = pairs.get((e["source"], e["target"]), 0) + 1
    return {
        "graphClass": graph_class,
        "nodes": nodes,
        "edges": edges,
        # Edges that share their (source, target) with another edge: kept apart, not merged.
        "parallelEdges": sum(n for n in pairs.values() if n > 1),
        # The graph's own attributes as the reader reports them (networkx: `mode` for GEXF).
        "graph": attrs(graph or {}),
    }


def from_networkx(g):
    nodes = [{"id": str(n), "attrs": attrs(a)} for n, a in g.nodes(data=True)]
    if g.is_multigraph():
        edges = [
            {"source": str(u), "target": str(v), "key": plain(k), "attrs": attrs(a)}
            for u, v, k, a in g.edges(keys=True, data=True)
        ]
    else:
        edges = [{"source": str(u), "target": str(v), "key": None, "attrs": attrs(a)} for u, v, a in g.edges(data=True)]
    return summary(nodes, edges, type(g).__name__, g.graph)


def guarded(read):
    """Runs one reader; what it prints (pydot prints parse errors) and warns is kept, not lost."""
    printed = io.StringIO()
    with warnings.catch_warnings(record=True) as warned, contextlib.redirect_stdout(printed):
        warnings.simplefilter("always")
        try:
            result = read()
        except Exception as err:  # a reader crash is the finding, not a reason to stop the others
            result = {"error": f"{type(err).__name__}: {err}", "traceback": traceback.format_exc(limit=3)}
    result["printed"] = printed.getvalue()
    # Deprecation notices are between a reader and its own dependencies (pydot on pyparsing), not
    # about the file; every other warning is.
    result["warnings"] = [
        f"{w.category.__name__}: {w.message}" for w in warned if not issubclass(w.category, DeprecationWarning)
    ]
    return result


def read_graphml(path):
    nx = require("networkx")
    ig = require("igraph")

    def with_igraph():
        g = ig.Graph.Read_GraphML(path)
        names = g.vs.attributes()
        nodes = [{"id": str(v["id"]), "attrs": {k: plain(v[k]) for k in names}} for v in g.vs]
        ids = [n["id"] for n in nodes]
        edges = [
            {
                "source": ids[e.source],
                "target": ids[e.target],
                "key": None,
                "attrs": {k: plain(e[k]) for k in g.es.attributes()},
            }
            for e in g.es
        ]
        return summary(nodes, edges, "igraph.Graph(directed)" if g.is_directed() else "igraph.Graph")

    return {
        "networkx": guarded(lambda: from_networkx(nx.read_graphml(path, force_multigraph=True))),
        "igraph": guarded(with_igraph),
    }


def read_gexf(path):
    nx = require("networkx")
    return {"networkx": guarded(lambda: from_networkx(nx.read_gexf(path)))}


def read_dot(path):
    nx = require("networkx")
    require("pydot")

    def with_graphviz():
        try:
            run = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True, timeout=60)
        except FileNotFoundError:
            return {"error": "Graphviz is not installed: `dot` was not found on PATH (apt-get install graphviz)"}
        return {"exitCode": run.returncode, "stderr": run.stderr, "svgBytes": len(run.stdout)}

    return {
        "pydot": guarded(lambda: from_networkx(nx.drawing.nx_pydot.read_dot(path))),
        "graphviz": with_graphviz(),
    }


READERS = {"graphml": read_graphml, "gexf": read_gexf, "dot": read_dot}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in READERS:
        sys.stderr.write(f"usage: read_export.py {'|'.join(READERS)} FILE\n")
        sys.exit(2)
    json.dump(READERS[sys.argv[1]](sys.argv[2]), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
