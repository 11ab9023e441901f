#!/usr/bin/env python3
"""The knowledge graph of a JSON Lines news archive, on Apache Spark.

Article JSON Lines (one article per line: id, text, optional title, date, url, source)
are split into partitions; each partition is piped through `newsgraph extract -`
(RDD.pipe); each partition's extraction lines are merged into a partial graph
(`newsgraph merge --partial -`); and the partial graphs are merged pairwise as a tree
(RDD.treeReduce with `newsgraph merge --partial A B`) into one graph; a last
`newsgraph merge` on the driver resolves actors across the whole archive and writes
OUTPUT.

Merging is associative and commutative, so the result is byte for byte the graph
`newsgraph build INPUT` writes, whatever the number of partitions and executors.

Local mode (what the test runs):
    python examples/spark/newsgraph_spark.py articles.jsonl graph.json \\
        --binary target/release/newsgraph --partitions 8

On a cluster (the binary is shipped to every executor by SparkContext.addFile):
    spark-submit --master yarn --deploy-mode client \\
        examples/spark/newsgraph_spark.py hdfs:///news/2024/*.jsonl graph.json \\
        --binary /opt/newsgraph/bin/newsgraph --partitions 2000 --max-evidence 20
"""

import argparse
import math
import os
import shlex
import shutil
import subprocess
import tempfile

from pyspark import SparkFiles
from pyspark.sql import SparkSession

def run(binary, args, stdin=None):
    """Runs the shipped binary (file name `binary`) with `args` where this task runs
    (SparkFiles is per executor); its stdout; an error carries its stderr."""
    done = subprocess.run([SparkFiles.get(binary), *args], input=stdin, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"newsgraph {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def merge_args(max_evidence, partial=True):
    """`newsgraph merge` for one step of the tree: --partial leaves actor resolution to
    the last merge, which sees every actor at once, as `build` does."""
    args = ["merge", "--quiet"] + (["--partial"] if partial else [])
    if max_evidence is not None:
        args += ["--max-evidence", str(max_evidence)]
    return args


def partition_graph(binary, max_evidence):
    """One partition's extraction lines -> its partial graph (JSON text), or nothing."""

    def merge_partition(lines):
        data = "".join(line + "\n" for line in lines)
        if data:
            yield run(binary, merge_args(max_evidence) + ["-"], stdin=data.encode("utf-8")).decode("utf-8")

    return merge_partition


def merge_two(binary, max_evidence):
    """Two partial graphs -> their merged graph, through two temporary files."""

    def merge(a, b):
        with tempfile.TemporaryDirectory(prefix="newsgraph-") as tmp:
            paths = []
            for i, graph in enumerate((a, b)):
                path = os.path.join(tmp, f"part{i}.json")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(graph)
                paths.append(path)
            return run(binary, merge_args(max_evidence) + paths).decode("utf-8")

    return merge


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="article JSON Lines (a path, a glob or a directory Spark can read)")
    p.add_argument("output", help="the graph JSON to write (on the driver's file system)")
    p.add_argument("--binary", default=shutil.which("newsgraph") or "target/release/newsgraph",
                   help="the newsgraph binary to ship to the executors (built for their platform)")
    p.add_argument("--partitions", type=int, default=None, help="article partitions (default: Spark's)")
    p.add_argument("--max-evidence", type=int, default=None, help="cap evidence per edge (weights count all)")
    p.add_argument("--lexicon", action="append", default=[], help="extra lexicon TSV (shipped too)")
    p.add_argument("--master", default=None, help="Spark master when not run by spark-submit (e.g. local[4])")
    args = p.parse_args()

    builder = SparkSession.builder.appName("newsgraph")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    binary = os.path.basename(args.binary)
    sc.addFile(os.path.abspath(args.binary))
    for lexicon in args.lexicon:
        sc.addFile(os.path.abspath(lexicon))
    # RDD.pipe runs a fixed command line on the executors. There, SparkContext.addFile
    # puts files in the working directory; in local mode the executor is the driver,
    # which keeps them in SparkFiles' own directory.
    where = SparkFiles.getRootDirectory() + "/" if sc.master.startswith("local") else "./"
    extract = [where + binary, "extract", "--quiet"]
    for lexicon in args.lexicon:
        extract += ["--lexicon", where + os.path.basename(lexicon)]
    command = shlex.join(extract + ["-"])

    articles = sc.textFile(args.input, minPartitions=args.partitions or sc.defaultMinPartitions)
    articles = articles.filter(lambda line: line.strip())
    if args.partitions:
        articles = articles.repartition(args.partitions) if articles.getNumPartitions() < args.partitions \
            else articles
    extractions = articles.pipe(command, checkCode=True)
    partials = extractions.mapPartitions(partition_graph(binary, args.max_evidence))
    parts = max(1, partials.getNumPartitions())
    graph = partials.treeReduce(merge_two(binary, args.max_evidence), depth=max(2, math.ceil(math.log2(parts))))
    # the last merge, on the driver: actors resolved across the whole archive
    with tempfile.TemporaryDirectory(prefix="newsgraph-") as tmp:
        partial = os.path.join(tmp, "partial.json")
        with open(partial, "w", encoding="utf-8") as f:
            f.write(graph)
        done = subprocess.run([SparkFiles.get(binary), *merge_args(args.max_evidence, partial=False),
                               partial, "-o", os.path.abspath(args.output)], capture_output=True)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode(errors="replace").strip())
    spark.stop()


if __name__ == "__main__":
    main()
