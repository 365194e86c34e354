"""Fit the weights of the off-topic score (lint.checks.offtopic.WEIGHTS), offline.

How the frozen weights were obtained, so that they can be refitted the same way:

    .venv/bin/python bench/synth/make_holdout.py /tmp/ot11/set --seed 11
    .venv/bin/python bench/fit_offtopic.py /work/shared/bench/dev /tmp/ot11/set

Every paragraph the check judges (``min_words`` 12 and up) in every article of the
given labelled sets becomes one row: its :class:`Features` and whether a label of
kind ``offtopic`` starts on its line. A logistic regression (L2, on standardised
features) is cross-validated with folds BY ARTICLE (no article's paragraphs on both
sides), reporting the best F1 of the pooled out-of-fold scores and the rate at the
check's thresholds; then it is refitted on all rows and printed in raw units, ready
to paste. The first pass of :func:`analyse` (which neighbours to skip) uses the
weights it is given, so the fit runs twice, the second time on features computed
with the first fit's weights.

Fit on a MIX of sets (the development set and a synthetic set), never on a set kept
for evaluation. Needs numpy (not a dependency of newslint itself).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.checks.offtopic import WEIGHTS, Features, analyse, feature_values  # noqa: E402
from lint.inputs import read_document  # noqa: E402

MIN_WORDS = 12
SHORT = 20


def rows_of(sets: list[Path], weights: dict[str, float]) -> list[dict]:
    """One row per judged paragraph: features, label, article, length."""
    rows = []
    for folder in sets:
        labels = {}
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            labels[d["file"]] = {x["line"] for x in d["labels"] if x["kind"] == "offtopic"}
        for path in sorted(folder.glob("*.txt")):
            doc = read_document(path)
            a = analyse(doc.paragraphs, MIN_WORDS, 4, weights=weights)
            for p, f in zip(doc.paragraphs, a.features):
                if f is None:
                    continue
                line = doc.position(p.start)[0]
                rows.append({"article": f"{folder}/{path.name}", "x": feature_values(f),
                             "y": line in labels.get(path.name, set()),
                             "short": f.words < SHORT})
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float, iters: int = 4000) -> tuple[np.ndarray, float]:
    """Plain gradient-descent L2 logistic regression."""
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = p - y
        w -= 0.5 * (x.T @ g / len(y) + l2 * w)
        b -= 0.5 * g.mean()
    return w, b


def best_f1(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Best F1 over thresholds (scores in logit units) and the threshold's probability."""
    order = np.argsort(-scores)
    tp = np.cumsum(y[order])
    k = np.arange(1, len(y) + 1)
    f1 = 2 * tp / (k + y.sum())
    i = int(np.argmax(f1))
    return float(f1[i]), float(1 / (1 + np.exp(-scores[order][i])))


def report(scores: np.ndarray, y: np.ndarray, short: np.ndarray, cut: float, short_cut: float
           ) -> str:
    p = 1 / (1 + np.exp(-scores))
    sel = np.where(short, p >= short_cut, p >= cut)
    tp, fp = int((sel & y).sum()), int((sel & ~y).sum())
    pos = int(y.sum())
    prec, rec = tp / max(1, tp + fp), tp / max(1, pos)
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    return f"tp {tp} fp {fp} of {pos}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="labelled benchmark folders")
    ap.add_argument("--drop", default="words", help="comma-separated features to leave out")
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--threshold", type=float, default=0.35)
    ap.add_argument("--short-threshold", type=float, default=0.6)
    args = ap.parse_args()
    names = list(Features._fields)
    keep = [i for i, k in enumerate(names) if k not in set(args.drop.split(","))]
    weights = dict(WEIGHTS)
    for round_ in (1, 2):
        rows = rows_of(args.sets, weights)
        x = np.array([r["x"] for r in rows])[:, keep]
        y = np.array([r["y"] for r in rows])
        short = np.array([r["short"] for r in rows])
        mu, sd = x.mean(0), x.std(0) + 1e-9
        xs = (x - mu) / sd
        articles = sorted({r["article"] for r in rows})
        fold = {a: i % args.folds for i, a in enumerate(articles)}
        folds = np.array([fold[r["article"]] for r in rows])
        oof = np.zeros(len(rows))
        for k in range(args.folds):
            w, b = fit(xs[folds != k], y[folds != k], args.l2)
            oof[folds == k] = xs[folds == k] @ w + b
        f1, at = best_f1(oof, y)
        print(f"round {round_}: {len(rows)} paragraphs, {int(y.sum())} off-topic, "
              f"{len(articles)} articles; CV best F1 {f1:.3f} at score {at:.2f}")
        print("  CV at thresholds:", report(oof, y, short, args.threshold,
                                            args.short_threshold))
        print("  CV long only:    ", report(oof[~short], y[~short], short[~short],
                                            args.threshold, args.short_threshold))
        print("  CV short only:   ", report(oof[short], y[short], short[short],
                                            args.threshold, args.short_threshold))
        w, b = fit(xs, y, args.l2)
        raw = w / sd
        weights = {"bias": round(float(b - raw @ mu), 3)}
        weights.update({k: 0.0 for k in names})
        weights.update({names[i]: round(float(v), 3) for i, v in zip(keep, raw)})
    print("WEIGHTS =", weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
