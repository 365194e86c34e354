"""Required literals of a regex: a cheap screen to run before the regex itself.

A regex engine tries every position of a text; finding a fixed string is many
times faster. So when every match of a pattern must contain one of a few
literal strings ("comment", "thank you for", ...), a text that contains none of
them cannot match, and the regex need not run at all. :func:`required_literals`
works those strings out from the pattern's source, so the screen can never fall
out of step with the pattern; :func:`may_match` applies it.

The analysis understands a conservative subset of regex syntax (literals,
escapes, groups, alternation, quantifiers, simple character classes,
anchors and lookarounds). Anything else (inline flags, Unicode properties,
backreferences, verbose patterns) gives ``None``: no screen, the regex always
runs. The screen is a necessary condition only; it never changes a result.

Case: strings are compared case-folded, which is how ``re`` and ``regex``
compare under IGNORECASE too, except for the Turkish dotted and dotless I
(U+0130, U+0131), which match an ASCII "i" but fold to something else: a text
containing either is never screened out.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

# A set of strings a pattern piece can match in full (when there are few), and a
# set of strings one of which every match of the piece contains (when known).
_Strings = frozenset | None
_CAP = 32                              # largest finite set worth keeping
_EMPTY: frozenset = frozenset({""})
_TURKISH_I = ("\u0130", "\u0131")
_TWO_WORDS = re.compile(r"\w\W+\w")
_ZERO_WIDTH_ESCAPES = set("bBAZz")
_CLASS_ESCAPES = set("dDsSwW")
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class _Unsupported(Exception):
    """Syntax the analysis does not understand: give up, screen nothing."""


def _product(a: frozenset, b: frozenset) -> _Strings:
    if len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _rarity(s: str) -> int:
    """How rare a string is in text, roughly: longer is rarer (up to about 8
    characters), and a phrase of two words or more rarer than any single word."""
    return min(len(s), 8) + (8 if _TWO_WORDS.search(s) else 0)


def _best(candidates: list[frozenset]) -> _Strings:
    """The most selective requirement to test: the rarest, then the fewest strings."""
    good = [c for c in candidates if c and "" not in c]
    if not good:
        return None
    return max(good, key=lambda c: (min(map(_rarity, c)), -len(c), min(map(len, c))))


def _windows(pieces: list[frozenset]) -> list[frozenset]:
    """The string sets of runs of consecutive finite pieces, as long as they stay small."""
    out = []
    for i in range(len(pieces)):
        acc: _Strings = _EMPTY
        for piece in pieces[i:]:
            acc = _product(acc, piece)
            if acc is None:
                break
            out.append(acc)
    return out


class _Parser:
    """Recursive descent over a pattern; each piece yields ``(exact, required)``."""

    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0

    def parse(self) -> _Strings:
        exact, req = self.alternation()
        if self.i != len(self.s):
            raise _Unsupported("unbalanced ')'")
        return req if req is not None else _best([exact] if exact else [])

    def peek(self, k: int = 0) -> str:
        return self.s[self.i + k] if self.i + k < len(self.s) else ""

    def alternation(self) -> tuple[_Strings, _Strings]:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        exact: _Strings = None
        if all(e is not None for e, _ in branches):
            union = frozenset().union(*(e for e, _ in branches))
            exact = union if len(union) <= _CAP else None
        reqs = [r if r is not None else _best([e] if e else []) for e, r in branches]
        req = frozenset().union(*reqs) if all(r is not None for r in reqs) else None
        return exact, req

    def sequence(self) -> tuple[_Strings, _Strings]:
        exact: _Strings = _EMPTY
        candidates: list[frozenset] = []
        finite: list[frozenset] = []           # consecutive pieces with known strings
        while self.peek() and self.peek() not in "|)":
            e, r = self.quantified()
            exact = _product(exact, e) if exact is not None and e is not None else None
            if r is not None:
                candidates.append(r)
            if e is not None:
                if len(e) == 1 and finite and len(finite[-1]) == 1 and "" not in e \
                        and "" not in finite[-1]:
                    # Glue a run of single characters into one string: a window
                    # over part of a run is never more selective than the whole
                    # run, and trying each one made the analysis quadratic.
                    finite[-1] = frozenset({next(iter(finite[-1])) + next(iter(e))})
                else:
                    finite.append(e)
                continue
            candidates += _windows(finite)
            finite = []
        candidates += _windows(finite)
        return exact, _best(candidates)

    def quantified(self) -> tuple[_Strings, _Strings]:
        e, r = self.atom()
        c = self.peek()
        if c not in ("?", "*", "+", "{"):
            return e, r
        if c == "{":
            m = re.compile(r"\{(\d*)(?:,(\d*))?\}").match(self.s, self.i)
            if not m or not (m.group(1) or m.group(2)):
                raise _Unsupported("'{' that is no quantifier")
            self.i = m.end()
            low = int(m.group(1) or 0)
            high = low if m.group(2) is None and "," not in m.group(0) else None
            if m.group(2):
                high = int(m.group(2))
        else:
            self.i += 1
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[c]
        if self.peek() in ("?", "+"):         # lazy or possessive: same strings or fewer
            self.i += 1
        if r is None and e is not None and "" not in e:
            r = e
        if (low, high) == (1, 1):
            return e, r
        if (low, high) == (0, 1):
            return (e | _EMPTY if e is not None else None), None
        return None, (r if low >= 1 else None)

    def atom(self) -> tuple[_Strings, _Strings]:
        c = self.peek()
        self.i += 1
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class(), None
        if c == "\\":
            return self.escape(), None
        if c in "^$":
            return _EMPTY, None
        if c == ".":
            return None, None
        if c in "*+?{":
            raise _Unsupported("quantifier without a target")
        return frozenset({c}), None

    def group(self) -> tuple[_Strings, _Strings]:
        look = False
        if self.peek() == "?":
            if self.s.startswith(("?:",), self.i):
                self.i += 2
            elif self.s.startswith(("?=", "?!"), self.i):
                self.i += 2
                look = True
            elif self.s.startswith(("?<=", "?<!"), self.i):
                self.i += 3
                look = True
            elif self.s.startswith("?P<", self.i) and ">" in self.s[self.i:]:
                self.i = self.s.index(">", self.i) + 1
            else:
                raise _Unsupported("inline flags or other (? syntax")
        e, r = self.alternation()
        if self.peek() != ")":
            raise _Unsupported("unclosed group")
        self.i += 1
        return (_EMPTY, None) if look else (e, r)

    def escape(self) -> _Strings:
        c = self.peek()
        self.i += 1
        if c in _ZERO_WIDTH_ESCAPES:
            return _EMPTY
        if c in _CLASS_ESCAPES:
            return None
        if c in _CONTROL_ESCAPES:
            return frozenset({_CONTROL_ESCAPES[c]})
        if c in ("x", "u", "U"):
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = self.s[self.i:self.i + width]
            if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _Unsupported("bad hex escape")
            self.i += width
            return frozenset({chr(int(digits, 16))})
        if c and not c.isalnum() and c != "_":
            return frozenset({c})
        raise _Unsupported(f"escape \\{c}")

    def char_class(self) -> _Strings:
        chars: set[str] = set()
        if self.peek() == "^":                  # negated: almost anything
            self.i += 1
            if self.peek() == "]":
                self.i += 1
            return self._skip_class()
        first = True
        while True:
            c = self.peek()
            if not c:
                raise _Unsupported("unclosed class")
            self.i += 1
            if c == "[":            # a POSIX class ([:alpha:]) or a nested set
                raise _Unsupported("'[' inside a class")
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                e = self.escape()
                if e is None or len(e) != 1 or "" in e:
                    return self._skip_class()
                c = next(iter(e))
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                end = self.peek()
                self.i += 1
                if end == "\\":
                    raise _Unsupported("escape as a range end")
                if ord(end) - ord(c) > _CAP:
                    return self._skip_class()
                chars.update(chr(x) for x in range(ord(c), ord(end) + 1))
            else:
                chars.add(c)
        return frozenset(chars) if len(chars) <= _CAP else None

    def _skip_class(self) -> None:
        """Move past the rest of a class that is too wide to list."""
        while True:
            c = self.peek()
            if not c:
                raise _Unsupported("unclosed class")
            self.i += 1
            if c == "[":
                raise _Unsupported("'[' inside a class")
            if c == "\\":
                self.i += 1
            elif c == "]":
                return None


def _caseless(ch: str) -> bool:
    return ch.isascii() or ch.lower() == ch.upper() == ch.casefold() == ch


#: :func:`required_literals` of the package's own screened patterns, worked out
#: ahead of time (the analysis of the furniture cues costs about 20 ms, a tenth of
#: a pre-commit run). Generated by ``python -m lint.literals --write-screens``;
#: tests/test_literals.py checks that it equals the recomputation.
SCREENS_FILE = Path(__file__).resolve().parent / "data" / "literal_screens.json"


@functools.lru_cache(maxsize=1)
def _shipped() -> dict[str, list[str] | None]:
    try:
        table = json.loads(SCREENS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def shipped_literals(source: str) -> tuple[str, ...] | None:
    """:func:`required_literals` of ``source``, read from the shipped table when the
    pattern is in it (a changed pattern is simply worked out again)."""
    table = _shipped()
    if source in table:
        found = table[source]
        return None if found is None else tuple(found)
    return required_literals(source)


def screened_patterns() -> list[str]:
    """The package's own patterns whose screens are shipped: those of
    :mod:`lint.checks.furniture_wording` that have an ``X_LITERALS`` screen."""
    from lint.checks import furniture_wording as fw

    return [fw.__dict__[name].pattern for name in fw.SCREENED]


def write_screens(path: Path = SCREENS_FILE) -> int:
    """Write the shipped table for :func:`screened_patterns`; returns its size."""
    from lint.fileio import atomic_write

    table = {source: required_literals(source) for source in screened_patterns()}
    atomic_write(path, json.dumps(table, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    return len(table)


@functools.lru_cache(maxsize=512)   # rules are set up twice: validation, then the engine
def required_literals(source: str, verbose: bool = False) -> tuple[str, ...] | None:
    """Case-folded strings one of which every match of ``source`` contains.

    ``None`` when no such strings can be worked out (then nothing may be
    screened out). Pass ``verbose=True`` for a pattern compiled with VERBOSE.
    """
    if verbose:
        return None
    try:
        req = _Parser(source).parse()
    except (_Unsupported, ValueError, IndexError):
        return None
    if not req:
        return None
    folded = {s.casefold() for s in req}
    if any(not s or not all(map(_caseless, s)) for s in folded):
        return None
    # a string containing another one adds nothing to the screen
    kept = [s for s in folded if not any(o != s and o in s for o in folded)]
    return tuple(sorted(kept, key=lambda s: (-len(s), s)))


def screen_text(text: str) -> str | None:
    """``text`` as :func:`may_match` wants it: case-folded (None: never screen it)."""
    if _TURKISH_I[0] in text or _TURKISH_I[1] in text:
        return None
    return text.casefold()


def may_match(literals: tuple[str, ...] | None, folded: str | None) -> bool:
    """False only when ``folded`` (from :func:`screen_text`) holds none of ``literals``."""
    if literals is None or folded is None:
        return True
    for s in literals:
        if s in folded:
            return True
    return False


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-screens"]:
        sys.exit("usage: python -m lint.literals --write-screens")
    print(f"{write_screens()} screens written to {SCREENS_FILE}")
