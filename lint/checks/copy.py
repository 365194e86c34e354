"""The ``copy`` check type: sentences and articles that also stand in another article."""

from __future__ import annotations

import bisect
import pickle
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from lint.checks import CheckType, Key
from lint.columns import Column, owner, repeated_groups
from lint.document import Document
from lint.finding import Finding, Match
from lint.textutil import hash64, normalise

if TYPE_CHECKING:
    import numpy as np

SENTENCE_PERM = 32          # MinHash size for one sentence (word pairs)
DOCUMENT_PERM = 64          # MinHash size for a whole article (word triples)
DOCUMENT_MIN_WORDS = 50     # shorter articles are not compared as wholes
_QUOTE_CHARS = "\"\u201c\u201d'"


class Unit(NamedTuple):
    """Where one compared sentence stands, for the report (kept with its file's result)."""

    line: int
    column: int
    end_line: int
    end_column: int
    paragraph: int
    text: str


@dataclass
class CopySignature:
    """The compact form of one article that the corpus phase indexes.

    Built in the worker that linted the article, so the parent never holds
    the article itself: per compared sentence a 64-bit hash of its normalised
    text, a quoted flag, its line and (for longer sentences) a 32-value MinHash
    of its word pairs; per article one 64-value MinHash of its word triples.
    """

    hashes: np.ndarray                 # uint64, one per unit
    quoted: np.ndarray                 # bool, one per unit
    lines: np.ndarray                  # int32, one per unit
    near_rows: np.ndarray              # int32: units that have a MinHash
    near_sig: np.ndarray               # uint32 (len(near_rows), SENTENCE_PERM)
    doc_sig: np.ndarray | None         # uint32 (DOCUMENT_PERM,) or None
    #: the units (``Unit`` per compared sentence) and the head (where a
    #: whole-article finding goes), pickled in the worker as plain tuples: the
    #: parent keeps (and spills) these bytes untouched and unpacks them only
    #: for an article that has copy findings (see :func:`unpack_units`)
    payload: bytes = b""

    @property
    def units(self) -> list[Unit]:
        return unpack_units(self.payload)[0]

    @property
    def head(self) -> Unit | None:
        return unpack_units(self.payload)[1]


def pack_units(units: list[Unit], head: Unit | None) -> bytes:
    """The bytes :func:`unpack_units` reads back."""
    return pickle.dumps(([tuple(u) for u in units], head and tuple(head)),
                        pickle.HIGHEST_PROTOCOL)


def unpack_units(payload: bytes) -> tuple[list[Unit], Unit | None]:
    """Units and head from :func:`pack_units`'s bytes."""
    if not payload:
        return [], None
    units, head = pickle.loads(payload)
    return [Unit._make(u) for u in units], head and Unit._make(head)


class Copy(CheckType):
    """Flags sentences (and whole articles) that also stand in another article of the run.

    Runs only when two or more articles are linted together (a directory, a
    file list, a JSONL corpus). Each sentence of at least ``min_words`` words
    is compared after normalising case, whitespace, punctuation, quote style
    and the "US" / "U.S." / "USA" variants:

    * an exact copy is flagged in **both** articles, each naming the other's
      file and line (and how many further articles carry it);
    * a near copy (``near``: the share of word pairs two sentences have in
      common, estimated by MinHash with LSH banding, never an all-pairs loop)
      catches spun text where a spinner swapped a few words;
    * a whole article that nearly duplicates another (``document``: share of
      word triples) gets one finding on its first line instead of one per
      sentence.

    A direct quotation that both articles quote is not a copy: outlets report
    the same quote (set ``quotes: true`` to flag it anyway). A sentence quoted
    in one article and printed unquoted in another is flagged. Text shared by
    more than ``max_articles`` articles is stock phrasing or page furniture,
    not a copy (0: no cap).

    Consecutive copied sentences of one paragraph from the same article are
    reported as one finding.

    Why it matters: text lifted from another site is the most telling defect
    of a scraped or spun corpus: it duplicates training data, breaks
    attribution and can infringe copyright.
    """

    name = "copy"
    corpus = True
    keys = {"min_words": Key((int,), 8, "shortest sentence compared, in words"),
            "near": Key((float,), 0.5, "word-pair similarity of a near copy (0: off)"),
            "near_min_words": Key((int,), 10, "shortest sentence compared for near copies"),
            "document": Key((float,), 0.8,
                            "word-triple similarity of a near-duplicate article (0: off)"),
            "quotes": Key((bool,), False, "flag a quotation that both articles quote"),
            "max_articles": Key((int,), 0,
                                "text in more articles than this is stock text (0: no cap)")}
    default_scope = "sentence"

    def setup(self) -> None:
        for key in ("near", "document"):
            if not 0.0 <= self.options[key] <= 1.0:
                raise ValueError(f"'{key}' is a similarity between 0 and 1")
        if self.options["min_words"] < 1 or self.options["near_min_words"] < 3:
            raise ValueError("'min_words' must be at least 1 and 'near_min_words' at least 3")

    def run(self, doc: Document) -> list[Match]:
        """Nothing per document: see :meth:`signature` and the corpus phase."""
        return []

    # -- corpus phase -------------------------------------------------------
    def prepare(self) -> None:
        """Load numpy/datasketch state once, before worker processes fork."""
        from lint import minhash

        thresholds = [(t, n) for t, n in ((self.options["near"], SENTENCE_PERM),
                                          (self.options["document"], DOCUMENT_PERM)) if t]
        minhash.prepare([SENTENCE_PERM, DOCUMENT_PERM], thresholds)

    def signature(self, doc: Document) -> CopySignature:
        """The article's compact signature (runs in the worker)."""
        import numpy as np

        from lint import minhash

        o = self.options
        min_words, near_min = o["min_words"], o["near_min_words"]
        quotes = [(q.start, q.end) for q in doc.quotes] \
            if any(c in doc.text for c in _QUOTE_CHARS) else []
        qstarts = [s for s, _ in quotes]
        hashes: list[int] = []
        quoted: list[bool] = []
        units: list[Unit] = []
        near_rows: list[int] = []
        near_words: list[int] = []
        near_starts: list[int] = []
        all_words: list[int] = []
        paragraph_of = doc.paragraph_at
        for s in doc.sentences:
            norm = normalise(s.text, country_variants=True)
            toks = norm.split()
            if not toks:
                continue
            wh = minhash.word_hashes(toks)
            all_words.extend(wh)
            if len(toks) < min_words:
                continue
            hashes.append(hash64(norm))
            quoted.append(_inside(s.start, s.end, quotes, qstarts))
            line, col = doc.position(s.start)
            end_line, end_col = doc.position(s.end)
            para = paragraph_of(s.start)
            units.append(Unit(line, col, end_line, end_col, para.index if para else -1,
                              s.text if len(s.text) <= 300 else s.text[:297] + "..."))
            if near_min and o["near"] and len(toks) >= near_min:
                near_rows.append(len(units) - 1)
                near_starts.append(len(near_words))
                near_words.extend(wh)
        lines = np.array([u.line for u in units], dtype=np.int32)
        if near_rows:
            # word pairs of each sentence, not across sentence boundaries
            pairs, starts = minhash.run_shingles(np.array(near_words, dtype=np.uint32),
                                                 near_starts + [len(near_words)], 2)
            near_sig = minhash.signatures(pairs, starts, SENTENCE_PERM)
        else:
            near_sig = np.zeros((0, SENTENCE_PERM), dtype=np.uint32)
        doc_sig = None
        if o["document"] and len(all_words) >= DOCUMENT_MIN_WORDS:
            tri = minhash.shingles(np.array(all_words, dtype=np.uint32), 3)
            doc_sig = minhash.signatures(tri, [0], DOCUMENT_PERM)[0]
        head = None
        if doc.paragraphs:
            p = doc.paragraphs[0]
            (line, col), (end_line, end_col) = doc.position(p.start), doc.position(p.end)
            head = Unit(line, col, end_line, end_col, 0,
                        p.text if len(p.text) <= 300 else p.text[:297] + "...")
        return CopySignature(np.array(hashes, dtype=np.uint64), np.array(quoted, dtype=bool),
                             lines, np.array(near_rows, dtype=np.int32), near_sig, doc_sig,
                             pack_units(units, head))

    def new_index(self) -> CopyIndex:
        """The parent-side index for this rule (see :class:`CopyIndex`)."""
        return CopyIndex(self)


def _inside(start: int, end: int, quotes: list[tuple[int, int]], qstarts: list[int]) -> bool:
    """Whether most of ``[start, end)`` lies inside a direct quotation."""
    if not quotes or end <= start:
        return False
    covered = 0
    i = max(0, bisect.bisect_right(qstarts, start) - 1)
    while i < len(quotes) and quotes[i][0] < end:
        qs, qe = quotes[i]
        covered += max(0, min(end, qe) - max(start, qs))
        i += 1
    return covered * 2 >= end - start


class CopyIndex:
    """Everything the parent keeps about the run's articles for one copy rule.

    Memory: per compared sentence 8 (hash) + 4 (line) + 1 (quoted) bytes, plus
    64 bytes of MinHash (32 values, low 16 bits) for sentences long enough for
    near copies, and about 20 bytes of results at the end; per article 256
    bytes of MinHash, its path and a few counters. The sentence texts and
    positions travel with the article's buffered result instead (see
    :mod:`lint.corpus`), so the index grows with the number of sentences, not
    with the text: about 100 bytes a sentence, ~70 MB for 20,000 articles of
    35 sentences. Columns are filled block by block, so the end of the run
    does not need them twice.
    """

    def __init__(self, check: Copy) -> None:
        self.check = check
        self.rule = check.rule
        self.paths: list[str] = []
        self.doc_nos: list[int] = []
        self.first_unit: list[int] = [0]
        self._cols: list[Column] = [Column(), Column(), Column(), Column(), Column()]
        self._doc_sigs: list[tuple[int, Any]] = []
        self.partner: Any = None
        self.kind: Any = None
        self.sim: Any = None
        self.others: Any = None
        self.doc_partner: dict[int, tuple[int, float]] = {}
        self.lines: Any = None

    def add(self, doc_no: int, path: str, sig: CopySignature) -> bytes:
        """Index one article; returns what must travel with its result."""
        slot = len(self.paths)
        self.paths.append(path)
        self.doc_nos.append(doc_no)
        base = self.first_unit[-1]
        self.first_unit.append(base + len(sig.hashes))
        # sentence MinHash values are kept as their low 16 bits (b-bit MinHash):
        # half the memory, and a chance agreement of 1 in 65,536 is negligible
        for col, arr in zip(self._cols, (sig.hashes, sig.quoted, sig.lines,
                                         sig.near_rows.astype("int64") + base,
                                         sig.near_sig.astype("uint16"))):
            col.append(arr)
        if sig.doc_sig is not None:
            self._doc_sigs.append((slot, sig.doc_sig))
        return sig.payload

    # -- resolution -----------------------------------------------------------
    def finish(self) -> None:
        """Find every copied sentence and near-duplicate article (once, at the end)."""
        import numpy as np

        o = self.check.options
        n = self.first_unit[-1]
        cols, self._cols = self._cols, []
        hashes = cols[0].take(np.uint64)
        quoted = cols[1].take(bool)
        self.lines = cols[2].take(np.int32)
        near_rows = cols[3].take(np.int64)
        near_sig = cols[4].take(np.uint16, SENTENCE_PERM)
        del cols
        counts = np.diff(np.array(self.first_unit, dtype=np.int64))
        owner = np.repeat(np.arange(len(self.paths), dtype=np.int64), counts)
        self.partner = np.full(n, -1, dtype=np.int64)
        self.kind = np.zeros(n, dtype=np.uint8)          # 1 exact, 2 near
        self.sim = np.ones(n, dtype=np.float32)
        self.others = np.zeros(n, dtype=np.int32)
        self.stock = np.zeros(n, dtype=bool)             # shared by > max_articles
        # whole articles first: sentences shared by two near-duplicate articles
        # are left to the one article-level finding
        self.dup_pairs: set[tuple[int, int]] = set()
        if o["document"] and len(self._doc_sigs) > 1:
            self._documents(o["document"])
        self._doc_sigs = []
        self._exact(hashes, quoted, owner, o["quotes"], o["max_articles"])
        del hashes
        if o["near"] and len(near_rows):
            self._near(near_rows, near_sig, quoted, owner, o["near"], o["quotes"])
        self.stock = None

    def _exact(self, hashes, quoted, owner, keep_quotes: bool, cap: int) -> None:
        partner, others = self.partner, self.others
        for members in repeated_groups(hashes):
            docs = owner[members].tolist()
            distinct = len(set(docs))
            if distinct < 2:
                continue
            if cap and distinct > cap:
                self.stock[members] = True
                continue
            q = quoted[members].tolist()
            dup = self.dup_pairs
            for i, u in enumerate(members):
                for j, v in enumerate(members):
                    if docs[j] != docs[i] and (keep_quotes or not (q[i] and q[j])) and \
                            (not dup or (docs[i], docs[j]) not in dup):
                        partner[u] = v
                        others[u] = distinct - 1
                        break
        self.kind[partner >= 0] = 1

    def _near(self, rows, sig, quoted, owner, threshold: float, keep_quotes: bool) -> None:
        import numpy as np

        from lint import minhash

        b, r = minhash.bands(threshold, SENTENCE_PERM)
        row_owner = owner[rows]
        free = self.partner[rows] < 0
        codes = None
        if self.dup_pairs:
            codes = np.array([a * len(self.paths) + c for a, c in self.dup_pairs],
                             dtype=np.int64)
        keep_u, keep_v, keep_s = [], [], []
        for band in range(b):      # one band at a time, verified in chunks: flat memory
            u, v = minhash.group_partners(minhash.band_keys(sig, band, r), row_owner)
            sel = free[u]
            u, v = u[sel], v[sel]
            for k in range(0, len(u), 100_000):
                cu, cv = u[k:k + 100_000], v[k:k + 100_000]
                sim = (sig[cu] == sig[cv]).mean(axis=1)
                gu, gv = rows[cu], rows[cv]
                ok = (sim >= threshold) & ~self.stock[gu] & ~self.stock[gv]
                if not keep_quotes:
                    ok &= ~(quoted[gu] & quoted[gv])
                if codes is not None:
                    ok &= ~np.isin(owner[gu] * np.int64(len(self.paths)) + owner[gv], codes)
                keep_u.append(gu[ok])
                keep_v.append(gv[ok])
                keep_s.append(sim[ok].astype(np.float32))
        if not keep_u:
            return
        gu, gv, sim = np.concatenate(keep_u), np.concatenate(keep_v), np.concatenate(keep_s)
        if not len(gu):
            return
        order = np.lexsort((gv, gu))               # per unit, the earliest partner
        gu, gv, sim = gu[order], gv[order], sim[order]
        first = np.ones(len(gu), dtype=bool)
        first[1:] = gu[1:] != gu[:-1]
        gu, gv, sim = gu[first], gv[first], sim[first]
        self.partner[gu] = gv
        self.kind[gu] = 2
        self.sim[gu] = sim
        self.others[gu] = 1

    def _documents(self, threshold: float) -> None:
        import numpy as np

        from lint import minhash

        slots = np.array([s for s, _ in self._doc_sigs], dtype=np.int64)
        sig = np.stack([g for _, g in self._doc_sigs])
        b, r = minhash.bands(threshold, DOCUMENT_PERM)
        found: dict[int, tuple[int, float]] = {}
        for band in range(b):
            u, v = minhash.group_partners(minhash.band_keys(sig, band, r), slots)
            for a, c in zip(u.tolist(), v.tolist()):
                s = float((sig[a] == sig[c]).mean())
                if s < threshold:
                    continue
                da, dc = int(slots[a]), int(slots[c])
                self.dup_pairs.update(((da, dc), (dc, da)))
                if da not in found or dc < found[da][0]:
                    found[da] = (dc, s)
                if dc not in found or da < found[dc][0]:
                    found[dc] = (da, s)
        self.doc_partner = found

    # -- findings -------------------------------------------------------------

    def findings(self, slot: int, kept: bytes) -> list[Finding]:
        """The copy findings of the article indexed in ``slot`` (``kept``: what
        :meth:`add` returned for it)."""
        base, end = self.first_unit[slot], self.first_unit[slot + 1]
        if slot not in self.doc_partner and not (self.partner[base:end] >= 0).any():
            return []                      # nothing copied: no need to unpack the units
        units, head = unpack_units(kept)
        rule = self.rule
        path = self.paths[slot]
        out: list[Finding] = []
        if slot in self.doc_partner and head is not None:
            other, sim = self.doc_partner[slot]
            msg = (f"Whole article nearly duplicates {self.paths[other]} "
                   f"({round(sim * 100)}% of word sequences shared)")
            out.append(self._finding(path, head, head, msg))
        i = 0
        while i < len(units):
            g = base + i
            v = int(self.partner[g])
            if v < 0:
                i += 1
                continue
            other = owner(self.first_unit, v)
            j = i + 1                      # merge the run of sentences from the same article
            while j < len(units) and units[j].paragraph == units[i].paragraph and \
                    int(self.partner[base + j]) >= 0 and \
                    owner(self.first_unit, int(self.partner[base + j])) == other:
                j += 1
            where = f"{self.paths[other]}:{int(self.lines[v])}"
            exact = all(int(self.kind[base + k]) == 1 for k in range(i, j))
            if j - i == 1 and exact:
                msg = f"Sentence also in {where}"
                more = int(self.others[g]) - 1
                if more > 0:
                    msg += f" (and {more} other article{'s' if more > 1 else ''})"
            elif j - i == 1:
                msg = (f"Sentence nearly the same as {where} "
                       f"({round(float(self.sim[g]) * 100)}% of word pairs shared)")
            else:
                how = "also in" if exact else "copied or spun from"
                msg = f"{j - i} sentences {how} {where}"
            out.append(self._finding(path, units[i], units[j - 1], msg,
                                     " ".join(u.text for u in units[i:j])))
            i = j
        out.sort(key=Finding.sort_key)
        if rule.limit:
            out = out[:rule.limit]
        return out

    def _finding(self, path: str, first: Unit, last: Unit, message: str,
                 text: str | None = None) -> Finding:
        r = self.rule
        return Finding(path, r.id, r.category, r.level, first.line, first.column,
                       last.end_line, last.end_column, message,
                       first.text if text is None else text)
