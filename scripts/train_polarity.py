#!/usr/bin/env python3
"""Train the finding-polarity model (rule 5 of extractor/extract/polarity.py) on letter gold
batches 1 and 2, and write it as data into the package.

The model is a multinomial logistic regression (scikit-learn) over ``polarity_features``: the
rules' sentence leans, cue scores and kinds, contrast markers and the letter section, so its
decisions stay explained by the cues that fired. Training data: every finding recmap extracts
from the batch 1 and 2 letters of ``corpus/gold/letters`` that matches a gold finding with a
judged polarity (the same matching as scripts/eval_findings.py). Batch 3 is the test set and
is never read here.

Prints the letter-grouped cross-validated accuracy (8 folds of whole letters, 5 shuffles) for
each regularisation strength, then fits the chosen one on all the tuning findings.

    .venv/bin/python scripts/train_polarity.py            # figures only
    .venv/bin/python scripts/train_polarity.py --write    # and extractor/data/polarity_model.json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_findings import GOLD_DIR, SHARED, match  # noqa: E402

OUT = ROOT / "extractor" / "data" / "polarity_model.json"
TUNING_BATCHES = (1, 2)
CLASSES = ("strength", "concern", "mixed")


def tuning_findings() -> list[dict]:
    """(letter, text, section, gold polarity) of every matched, judged finding of batches 1 and 2."""
    from extractor.extract.findings import extract_findings
    from extractor.ingest import load_document

    rows = []
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        if gold.get("batch", 1) not in TUNING_BATCHES:
            continue  # batch 3: the test set
        res = extract_findings(load_document(SHARED / gold["source"]))
        for gi, pi, _ in match([f["text"] for f in gold["findings"]], [f.text for f in res.findings]):
            label = gold["findings"][gi]["polarity"]
            if label is not None:
                f = res.findings[pi]
                rows.append({"letter": path.stem, "text": f.text, "section": f.section, "gold": label})
    return rows


def features(rows: list[dict]) -> list[dict[str, float]]:
    from extractor.extract.polarity import polarity_features, score_sentences

    return [polarity_features(score_sentences(r["text"]), r["section"]) for r in rows]


def grouped_cv(X, y, letters, C: float, shuffles: int = 5, folds: int = 8) -> float:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    names = sorted(set(letters))
    accs = []
    for seed in range(shuffles):
        order = np.random.RandomState(seed).permutation(len(names))
        fold_of = {names[k]: i % folds for i, k in enumerate(order)}
        groups = np.array([fold_of[name] for name in letters])
        pred = np.empty(len(y), dtype=object)
        for tr, te in GroupKFold(n_splits=folds).split(X, y, groups):
            model = LogisticRegression(C=C, max_iter=5000).fit(X[tr], y[tr])
            pred[te] = model.predict(X[te])
        accs.append(float((pred == y).mean()))
    return sum(accs) / len(accs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--C", type=float, default=0.3, help="regularisation strength to fit (default 0.3, chosen by the CV below)")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"../shared is absent ({SHARED}): nothing to train on, skipped")
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import numpy as np
    import sklearn
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from extractor.extract.polarity import score_sentences, _decide

    rows = tuning_findings()
    dv = DictVectorizer(sort=True)
    X = dv.fit_transform(features(rows))
    y = np.array([r["gold"] for r in rows], dtype=object)
    letters = [r["letter"] for r in rows]
    rule = np.mean([_decide(sum("strength" in s.lean for s in ss), sum("concern" in s.lean for s in ss)) == r["gold"]
                    for r, ss in ((r, score_sentences(r["text"])) for r in rows)])
    print(f"tuning findings: {len(rows)} from {len(set(letters))} letters (batches {TUNING_BATCHES}); "
          f"rules alone: {rule:.3f}")
    for C in (0.3, 1.0, 3.0, 10.0):
        print(f"  C={C:<5} letter-grouped CV accuracy {grouped_cv(X, y, letters, C):.3f}")
    model = LogisticRegression(C=args.C, max_iter=5000).fit(X, y)
    order = [list(model.classes_).index(c) for c in CLASSES]
    cv = grouped_cv(X, y, letters, args.C)
    doc = {
        "_about": "Finding polarity model (extractor/extract/polarity.py rule 5), written by scripts/train_polarity.py: "
                  "multinomial logistic regression over polarity_features, trained on the findings of letter gold "
                  "batches 1 and 2; batch 3 is its test set.",
        "classes": list(CLASSES),
        "features": list(dv.feature_names_),
        "coef": [[round(float(v), 6) for v in model.coef_[k]] for k in order],
        "intercept": [round(float(model.intercept_[k]), 6) for k in order],
        "C": args.C,
        "trained_on": {"batches": list(TUNING_BATCHES), "letters": len(set(letters)), "findings": len(rows)},
        "cv_accuracy": round(cv, 4),
        "train_accuracy": round(float((model.predict(X) == y).mean()), 4),
        "sklearn": sklearn.__version__,
    }
    print(f"fitted C={args.C}: CV {cv:.3f}, training accuracy {doc['train_accuracy']:.3f}")
    if args.write:
        OUT.write_text(json.dumps(doc, indent=1) + "\n", "utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
