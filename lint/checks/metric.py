"""Vale's ``metric`` check type: a formula over text counts, compared with a bound."""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Iterator

from lint.checks import CheckType, Key, scope_spans
from lint.document import Document
from lint.finding import Match
from lint.readstats import span_stats

VARIABLES = ("words", "sentences", "characters", "syllables", "polysyllabic_words",
             "complex_words", "long_words", "paragraphs", "pre", "lists", "headings")

_BINARY: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: lambda a, b: a / b if b else 0.0, ast.Pow: operator.pow,
    ast.Mod: lambda a, b: a % b if b else 0.0}
_UNARY: dict[type, Callable[[float], float]] = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS: dict[str, Callable[..., float]] = {"sqrt": lambda x: max(x, 0.0) ** 0.5,
                                               "abs": abs, "min": min, "max": max}
_CONDITION = re.compile(r"^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$")
_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "==": operator.eq, "!=": operator.ne}


class FormulaError(ValueError):
    """A formula using anything beyond numbers, variables and arithmetic."""


def compile_formula(formula: str) -> ast.Expression:
    """Parse ``formula`` and check that it is plain arithmetic over known variables.

    Never ``eval``: a rule file is data, and may come from anyone.
    """
    try:
        tree = ast.parse(formula.strip(), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"cannot parse formula {formula!r}: {exc.msg}") from None
    for node in ast.walk(tree):
        if isinstance(node, (ast.Expression, ast.Load)) or type(node) in _BINARY \
                or type(node) in _UNARY:
            continue
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            continue
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) \
                and not isinstance(node.value, bool):
            continue
        if isinstance(node, ast.Name):
            if node.id in VARIABLES or node.id in _FUNCTIONS:
                continue
            raise FormulaError(f"unknown variable '{node.id}' in formula (known: "
                               + ", ".join(VARIABLES) + ")")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in _FUNCTIONS and not node.keywords:
            continue
        raise FormulaError(f"formula {formula!r} may only use numbers, variables, "
                           f"+ - * / % **, parentheses and sqrt/abs/min/max")
    return tree


def evaluate(tree: ast.Expression, variables: dict[str, float]) -> float:
    """The value of a formula checked by :func:`compile_formula`."""
    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant):
            return float(node.value)
        if isinstance(node, ast.Name):
            return float(variables.get(node.id, 0.0))
        if isinstance(node, ast.BinOp):
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Pow) and abs(right) > 16:
                raise FormulaError("exponent too large")
            return _BINARY[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp):
            return _UNARY[type(node.op)](ev(node.operand))
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name)
            return float(_FUNCTIONS[node.func.id](*(ev(a) for a in node.args)))
        raise FormulaError(f"unsupported expression {ast.dump(node)}")
    return ev(tree)


def parse_condition(condition: str) -> tuple[Callable[[float, float], bool], float]:
    """``"> 8"`` -> (operator.gt, 8.0)."""
    m = _CONDITION.match(condition)
    if not m:
        raise ValueError(f"condition {condition!r} must look like '> 8' "
                         "(one of < <= > >= == != and a number)")
    return _COMPARE[m.group(1)], float(m.group(2))


class Metric(CheckType):
    """Flags text where a formula over its counts meets a condition (Vale's ``metric``).

    ``formula`` is arithmetic over Vale's variables: ``words``, ``sentences``,
    ``characters``, ``syllables``, ``polysyllabic_words`` (3+ syllables),
    ``complex_words`` (3+ syllables, not a name or hyphenated compound),
    ``long_words`` (7+ letters), ``paragraphs``, ``pre``, ``lists`` and
    ``headings`` (0 for plain prose). ``+ - * / % **``, parentheses and
    ``sqrt``/``abs``/``min``/``max`` are allowed; the formula is parsed with a
    whitelist, never ``eval``-ed, and a division by zero gives 0.
    ``condition`` is a comparison such as ``"> 8"``; when it holds, the scope
    (``document`` by default, or each ``paragraph`` / ``sentence``) is
    flagged and ``%s`` in the message is the value, rounded to two places.

    Example (Vale's Gunning fog rule)::

        extends: metric
        message: "Try to keep the Gunning-Fog index (%s) below 10."
        formula: 0.4 * ((words / sentences) + 100 * (complex_words / words))
        condition: "> 10"
    """

    name = "metric"
    keys = {"formula": Key((str,), None, "arithmetic over the metric variables",
                           required=True),
            "condition": Key((str,), None, "when to flag, e.g. '> 8'", required=True),
            "min_words": Key((int,), 0, "skip stretches with fewer words")}
    default_scope = "document"

    def setup(self) -> None:
        self.tree = compile_formula(self.options["formula"])
        self.compare, self.bound = parse_condition(self.options["condition"])

    def run(self, doc: Document) -> Iterator[Match]:
        for span in scope_spans(doc, self.rule.scope):
            is_doc = span.start == 0 and span.end == len(doc.text)
            # the whole document and its paragraphs read the document's shared counts
            stats = span_stats(doc, span, paragraphs=1)
            if not stats["words"] or stats["words"] < self.options["min_words"]:
                continue
            value = evaluate(self.tree, stats)
            if self.compare(value, self.bound):
                start, end = span.start, span.end
                if is_doc and doc.paragraphs:      # point at the text, not a blank line
                    start, end = doc.paragraphs[0].start, doc.paragraphs[0].end
                yield Match(start, end, (f"{value:.2f}",))
