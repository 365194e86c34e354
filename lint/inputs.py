"""Turning files into Documents: decoding, format detection, prose extraction.

Bad input never stops a run: each problem becomes an :class:`InputProblem`
that the report shows next to the file, and the other files are still linted.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from lint.document import Document

TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class InputProblem(Exception):
    """A file that could not be linted (or only partly): shown, never fatal."""

    path: str
    message: str
    level: str = "warning"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _cp1252_byte(err: UnicodeError) -> tuple[str, int]:
    """Decode one byte UTF-8 rejected as cp1252 (Latin-1 for its 5 holes)."""
    assert isinstance(err, UnicodeDecodeError)
    byte = err.object[err.start:err.start + 1]
    try:
        return byte.decode("cp1252"), err.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), err.start + 1


codecs.register_error("newslint-cp1252", _cp1252_byte)


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8, falling back byte by byte to cp1252 with a note.

    Mixed-encoding files (UTF-8 with a few cp1252 lines, as pasted copy often
    is) keep every character: only the bytes UTF-8 rejects are read as
    cp1252, so a line holding both ("Caf\\xe9 ol\\xc3\\xa9") comes out right
    in both halves instead of turning its UTF-8 into mojibake.
    """
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), ["decoded as UTF-16 (byte-order mark)"]
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError:
        pass
    out, bad = [], []
    for n, raw in enumerate(data.split(b"\n"), 1):
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            bad.append(n)
            out.append(raw.decode("utf-8", errors="newslint-cp1252"))
    lines = ", ".join(map(str, bad[:5])) + (" ..." if len(bad) > 5 else "")
    notes.append(f"not valid UTF-8; byte(s) on line(s) {lines} decoded as cp1252")
    return "\n".join(out), notes


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly control characters in the first 8 KB mean binary."""
    head = data[:8192]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):     # UTF-16 with a byte-order mark
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    ctrl = len(head.translate(None, _NOT_CONTROL))      # bytes 0-8 and 14-31 are left
    return ctrl / len(head) > 0.1


def _human(n: int) -> str:
    """A byte count for people: '20.5 MB', '800 bytes'."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


def read_document(path: str | Path, display: str | None = None) -> Document:
    """Read one file into a Document; raises InputProblem for what cannot be linted."""
    p = Path(path)
    name = display or str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputProblem(name, f"skipped: {_human(size)} is over the "
                               f"{_human(MAX_BYTES)} limit for one article")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputProblem(name, "skipped: file not found (was it moved or deleted?)",
                           "error") from None
    except IsADirectoryError:
        raise InputProblem(name, "skipped: is a directory", "error") from None
    except PermissionError:
        raise InputProblem(name, "skipped: permission denied", "error") from None
    except OSError as exc:
        raise InputProblem(name, f"skipped: {exc.strerror or exc}", "error") from None
    return document_from_bytes(name, data)


def document_from_bytes(name: str, data: bytes) -> Document:
    """Build a Document from raw bytes, choosing the format by file name."""
    if looks_binary(data):
        raise InputProblem(name, "skipped: binary file, not an article")
    text, notes = decode(data, name)
    doc = document_from_text(name, text)
    doc.notes.extend(notes)
    if not text.strip():
        doc.notes.append("empty file: nothing to lint")
    return doc


def document_from_text(name: str, text: str, line_offset: int = 0) -> Document:
    """Build a Document from text, extracting prose from HTML and Markdown."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lower = name.lower()
    if lower.endswith((".html", ".htm")):
        prose, smap = extract_html(text)
        return Document(name, prose, source=text, source_map=smap, line_offset=line_offset)
    if lower.endswith((".md", ".markdown")):
        return Document(name, mask_markdown(text), source=text, line_offset=line_offset)
    return Document(name, text, line_offset=line_offset)


_MD_MASKS = re.compile(
    r"\A---\n.*?\n---[ \t]*\n"            # YAML front matter
    r"|^(?:```|~~~).*?^(?:```|~~~)[ \t]*$"  # fenced code
    r"|<!--.*?-->",                       # comments (suppression directives)
    re.S | re.M)


def _blank(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def mask_markdown(text: str) -> str:
    """Blank out front matter, code and comments, keeping every offset in place."""
    return _MD_MASKS.sub(_blank, text)


_BLOCK_TAGS = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article
header footer nav aside table tr td th pre figure figcaption dl dt dd hr title main""".split())
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class _ProseExtractor(HTMLParser):
    """Collects text runs with their source offsets; block tags become blank lines."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.chunks: list[tuple[str, int]] = []
        self.skip = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.chunks.append(("\n\n", self._offset()))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.chunks.append(("\n\n", self._offset()))

    def handle_data(self, data: str) -> None:
        """Collapse whitespace runs, starting a new chunk after each run that is not
        one plain space, so that every word keeps its exact source column."""
        if self.skip:
            return
        base, cut = self._offset(), 0
        for m in re.finditer(r"[ \t\r\n]+", data):
            if m.group(0) != " ":
                self.chunks.append((data[cut:m.start()] + " ", base + cut))
                cut = m.end()
        if cut < len(data):
            self.chunks.append((data[cut:], base + cut))

    def handle_entityref(self, name: str) -> None:
        if not self.skip:
            self.chunks.append((html.unescape(f"&{name};"), self._offset()))

    def handle_charref(self, name: str) -> None:
        if not self.skip:
            self.chunks.append((html.unescape(f"&#{name};"), self._offset()))


_LEADING_WS = re.compile(r"\s*")


def extract_html(source: str) -> tuple[str, list[tuple[int, int]]]:
    """Prose of an HTML page, one paragraph per block element, with a source map."""
    parser = _ProseExtractor(source)
    parser.feed(source)
    parser.close()
    parts: list[str] = []
    smap: list[tuple[int, int]] = []
    length = 0
    for chunk, src in parser.chunks:
        if chunk == "\n\n":
            if parts and not parts[-1].endswith("\n\n"):
                smap.append((length, src))
                parts.append("\n\n")
                length += 2
            continue
        if not chunk.strip() and (not parts or parts[-1].endswith("\n")):
            continue
        if parts and parts[-1].endswith("\n"):
            chunk = chunk.lstrip()
            src = _LEADING_WS.match(source, src).end()
        smap.append((length, src))
        parts.append(chunk)
        length += len(chunk)
    return "".join(parts).strip("\n") + "\n", smap


def discover(paths: list[str], extensions: tuple[str, ...] = TEXT_EXTENSIONS,
             exclude: list[str] | None = None) -> tuple[list[str], list[InputProblem]]:
    """Expand files and directories into one sorted, de-duplicated list of articles."""
    from fnmatch import fnmatch

    exclude = exclude or []

    def excluded(p: str) -> bool:
        return any(fnmatch(p, g) or fnmatch(Path(p).name, g) for g in exclude)

    found: list[str] = []
    problems: list[InputProblem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            hits = sorted(str(f) for f in p.rglob("*")
                          if f.is_file() and f.suffix.lower() in extensions
                          and not any(part.startswith(".") for part in f.relative_to(p).parts)
                          and not excluded(str(f)))
            if not hits:
                problems.append(InputProblem(raw, "no articles here (looked for "
                                             + " ".join(extensions) + ")"))
            found.extend(hits)
        elif not excluded(raw):
            found.append(raw)
    # sorted whatever the order on the command line: the same files give the same report
    return sorted(set(found)), problems
