#!/usr/bin/env python3
"""Extracts NumPy's own documentation examples into snippet files: corpus A of the differential measure.

Source: a git checkout (or bare mirror) of github.com/numpy/numpy, read at one tag with `git show`, so the
examples are those of the NumPy release the golden files are made with (default v2.4.6). Two kinds of text:

* the user guide, `doc/source/user/*.rst`: one snippet per section (a heading and the text up to the next
  one), because the examples of a section build on each other and its prose sits between them;
* docstrings (and `add_newdoc` strings) of the array modules of `numpy/_core` and `numpy/lib`: one
  snippet per documented object (its Examples section).

Each snippet is the example sources in order with the `>>> `/`... ` prompts stripped (doctest's own
parser does that); the expected outputs written in the docs are dropped, since CPython + NumPy are the
truth. Examples marked `+SKIP` are dropped as doctest drops them. A snippet is left out when it needs
what a snippet cannot have (files, plotting, networking, other libraries), when its transcript is not
deterministic (two CPython runs differ: unseeded random, `np.empty`, `id`), or when it only works with
context it does not contain (a NameError in CPython: the docs rely on an earlier section).

Usage (from the repository root):

    python3 ndarray-ref/src/test/python/extract_doc_examples.py --numpy GIT_DIR [--tag v2.4.6] [--out DIR]

OUT defaults to ndarray-ref/src/test/resources/corpus/numpy-docs; its *.py files are rewritten.
"""

from __future__ import annotations

import argparse
import ast
import doctest
import re
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import golden_runner  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "corpus" / "numpy-docs"

DOCSTRING_MODULES = [
    "numpy/_core/_add_newdocs.py", "numpy/_core/fromnumeric.py", "numpy/_core/numeric.py",
    "numpy/_core/shape_base.py", "numpy/_core/function_base.py", "numpy/_core/multiarray.py",
    "numpy/_core/numerictypes.py", "numpy/_core/arrayprint.py", "numpy/_core/_asarray.py",
    "numpy/_core/getlimits.py",
    "numpy/lib/_function_base_impl.py", "numpy/lib/_shape_base_impl.py",
    "numpy/lib/_stride_tricks_impl.py", "numpy/lib/_index_tricks_impl.py",
    "numpy/lib/_arraysetops_impl.py", "numpy/lib/_twodim_base_impl.py",
    "numpy/lib/_type_check_impl.py", "numpy/lib/_ufunclike_impl.py",
    "numpy/lib/_array_utils_impl.py", "numpy/lib/_nanfunctions_impl.py",
    "numpy/lib/_arraypad_impl.py", "numpy/lib/_utils_impl.py",
]

# Examples that need what a snippet cannot have: files, plotting, networking, other libraries.
OUT_OF_SCOPE = re.compile(
    r"matplotlib|\bplt\.|pylab|\bopen\(|np\.(load\w*|save\w*|genfromtxt|fromfile|memmap|"
    r"fromregex|DataSource)\b|\.tofile\(|StringIO|BytesIO|tempfile|urllib|requests|pandas|scipy|"
    r"\bdask\b|cupy|torch|xarray|numba|ctypes|pickle|\bos\.|\bsys\.|timeit|threading|"
    r"^\s*import\s+(?!numpy\b)|^\s*from\s+(?!numpy\b)", re.MULTILINE)

IDENTIFIER = re.compile(r"^\w+$")
HEADING_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}\s*$")


@dataclass(frozen=True)
class Snippet:
    name: str
    source: str
    context: str = ""  # the earlier sections' examples, for a section that builds on them


def git_show(git_dir: str, tag: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{tag}:{path}"], check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")


def git_ls(git_dir: str, tag: str, folder: str) -> list[str]:
    listing = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", f"{tag}:{folder}"],
                             check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    return [f"{folder}/{name}" for name in listing.split() if name.endswith(".rst")]


def example_source(text: str, name: str) -> str:
    """The examples' sources in order, prompts stripped, +SKIP examples dropped."""
    examples = doctest.DocTestParser().get_examples(text, name)
    kept = [e.source for e in examples if not e.options.get(doctest.SKIP)]
    return "".join(kept)


def rst_sections(text: str) -> list[tuple[str, str]]:
    """(title, body) of each section: a title line followed by an underline starts a new one."""
    lines = text.splitlines(keepends=True)
    sections: list[tuple[str, list[str]]] = [("intro", [])]
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and HEADING_UNDERLINE.match(following) and len(following.strip()) >= len(line.strip()):
            sections.append((line.strip(), []))
        sections[-1][1].append(line)
    return [(title, "".join(body)) for title, body in sections]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:48] or "x"


def rst_snippets(git_dir: str, tag: str) -> list[Snippet]:
    found = []
    for path in sorted(git_ls(git_dir, tag, "doc/source/user")):
        stem = Path(path).stem.replace(".", "_").replace("-", "_")
        context = ""
        for index, (title, body) in enumerate(rst_sections(git_show(git_dir, tag, path))):
            source = example_source(body, path)
            if source:
                found.append(Snippet(f"user_{stem}_{index:02d}_{slug(title)}", source, context))
                context += "" if OUT_OF_SCOPE.search(source) else source
    return found


def documented_name(node: ast.AST, parents: list[ast.AST]) -> str:
    """The object a docstring documents: the enclosing def/class, or add_newdoc's name arguments."""
    for parent in reversed(parents):
        if isinstance(parent, ast.Call):
            arguments = parent.args + [e for a in parent.args if isinstance(a, ast.Tuple) for e in a.elts[:1]]
            words = [a.value for a in arguments if isinstance(a, ast.Constant) and IDENTIFIER.match(str(a.value))]
            if words:
                owner = ["ndarray"] if "method" in ast.unparse(parent.func) else []
                return ".".join(owner + words)
        if isinstance(parent, (ast.FunctionDef, ast.ClassDef)):
            return ".".join(p.name for p in parents if isinstance(p, (ast.FunctionDef, ast.ClassDef)))
    return f"line{getattr(node, 'lineno', 0)}"


def strings_with_examples(tree: ast.AST) -> list[tuple[str, str]]:
    found = []

    def walk(node: ast.AST, parents: list[ast.AST]) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and ">>>" in node.value:
            found.append((documented_name(node, parents), node.value))
        for child in ast.iter_child_nodes(node):
            walk(child, parents + [node])

    walk(tree, [])
    return found


def docstring_snippets(git_dir: str, tag: str) -> list[Snippet]:
    found = []
    for path in DOCSTRING_MODULES:
        module = Path(path).stem.strip("_").removesuffix("_impl")
        for name, text in strings_with_examples(ast.parse(git_show(git_dir, tag, path))):
            source = example_source(text, name)
            if source:
                found.append(Snippet(f"doc_{module}_{slug(name)}", source))
    return found


def unique(snippets: list[Snippet]) -> list[Snippet]:
    seen: dict[str, int] = {}
    named = []
    for snippet in snippets:
        count = seen.get(snippet.name, 0)
        seen[snippet.name] = count + 1
        name = snippet.name if count == 0 else f"{snippet.name}_{count + 1}"
        named.append(Snippet(name, snippet.source, snippet.context))
    return named


def with_context(snippet: Snippet) -> Snippet:
    """A section that fails alone (NameError) is kept with the examples of the sections before it."""
    if snippet.context and "NameError:" in golden_runner.transcript(snippet.source, snippet.name + ".py"):
        return Snippet(snippet.name, snippet.context + snippet.source)
    return snippet


def exclusion(snippet: Snippet) -> str | None:
    """Why a snippet is left out, or None to keep it."""
    if OUT_OF_SCOPE.search(snippet.source):
        return "needs files, plotting or another library"
    try:
        ast.parse(snippet.source)
    except SyntaxError:
        return "not a valid file"
    first = golden_runner.transcript(snippet.source, snippet.name + ".py")
    if first != golden_runner.transcript(snippet.source, snippet.name + ".py"):
        return "not deterministic"
    if "NameError:" in first:
        return "relies on context from elsewhere"
    return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numpy", required=True, help="git directory of a numpy/numpy clone or mirror")
    parser.add_argument("--tag", default="v2.4.6")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    import builtins
    builtins.live_bytes = golden_runner.live_bytes

    out = Path(args.out).resolve()
    os.chdir(tempfile.mkdtemp())  # a stray example that writes a file writes it there
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.py"):
        old.unlink()
    reasons: dict[str, int] = {}
    kept = 0
    for snippet in unique(rst_snippets(args.numpy, args.tag) + docstring_snippets(args.numpy, args.tag)):
        reason = exclusion(snippet)
        if reason is None:
            snippet = with_context(snippet)
            reason = exclusion(snippet)
        if reason:
            reasons[reason] = reasons.get(reason, 0) + 1
            continue
        (out / f"{snippet.name}.py").write_text(snippet.source, encoding="utf-8")
        kept += 1
    print(f"{kept} snippets written to {out}", file=sys.stderr)
    for reason, count in sorted(reasons.items()):
        print(f"  left out, {reason}: {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
