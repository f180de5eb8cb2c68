"""Learn the sentence ranker's weights from the gold sets, and check them leave-one-corpus-out.

    python -m benches.train_ranker [--save]

Every corpus (the article and tests/corpora/*) is indexed and its answerable gold questions asked; each
sentence of what was retrieved becomes a row of `ranking.FEATURES`, labelled 1 when it states one of the
item's expected facts inside one of its evidence quotes. A logistic regression fits the weights. Each corpus
is then answered with weights fitted without it (leave-one-corpus-out) and with weights fitted on all, so the
table shows what the ranker does on a text it was not fitted on. `--save` writes the all-corpora weights to
`assistant/ranker.json`.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from assistant.config import Settings
from assistant.eval import GoldItem, compute_metrics, load_gold, run_gold
from assistant.ranking import FEATURES, WEIGHTS_FILE
from assistant.service import Assistant
from benches.corpora import SHOWN, corpora

C = 1.0  # inverse regularisation strength of the regression


def label(sentence: str, item: GoldItem) -> int:
    """1 when the sentence states an expected fact within an evidence quote of the item."""
    lower = sentence.lower()
    fact = any(alt.lower() in lower for group in item.expect for alt in group)
    quoted = any(q in sentence or sentence.strip() in q for q in item.evidence)
    return int(fact and quoted)


def rows(bot: Assistant, items: list[GoldItem]) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Features and labels of every retrieved sentence, and the rows of each question (for ranking checks)."""
    xs, ys, groups = [], [], []
    for item in items:
        if item.refuse or not item.expect:
            continue
        history: list[dict[str, str]] = []
        for turn in item.turns[:-1]:
            earlier = bot.ask(turn, history)
            history += [{"role": "user", "content": turn}, {"role": "assistant", "content": earlier.answer}]
        answer = bot.ask(item.turns[-1], history)
        candidates, features = bot.pipeline.ranker.described(answer.standalone_question, answer.retrieved)
        xs.append(features)
        labels = [label(c.text, item) for c in candidates]
        ys += labels
        groups.append(np.array(labels))
    return np.vstack(xs), np.array(ys), groups


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(x, y)
    return np.append(model.coef_[0], model.intercept_[0])


def metrics(bot: Assistant, gold: Path, weights: np.ndarray) -> dict[str, float]:
    bot.pipeline.ranker.weights = weights
    texts = {d.doc_id: d.text for d in bot.documents()}
    return compute_metrics(run_gold(load_gold(gold), lambda q, h: bot.ask(q, h), texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help=f"write the weights to {WEIGHTS_FILE}")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bots, data = {}, {}
        for name, (corpus, gold) in corpora().items():
            settings = Settings(corpus_dir=corpus, index_dir=Path(tmp) / name, models_dir=Path(tmp) / "models")
            bots[name] = Assistant.load(settings, progress=False)
            data[name] = rows(bots[name], load_gold(gold))
            groups = data[name][2]
            found = sum(g.any() for g in groups) / len(groups)
            print(f"{name}: {len(groups)} questions, a labelled sentence retrieved for {found:.0%}", flush=True)
        everything = fit(np.vstack([x for x, _, _ in data.values()]), np.concatenate([y for _, y, _ in data.values()]))
        print(f"{'corpus':<28}" + "".join(f"{m[:16]:>18}" for m in SHOWN))
        print(" " * 28 + "".join(f"{'held out / all':>18}" for _ in SHOWN))
        for name, (_, gold) in corpora().items():
            others = [data[o] for o in data if o != name]
            held_out = fit(np.vstack([x for x, _, _ in others]), np.concatenate([y for _, y, _ in others]))
            a, b = metrics(bots[name], gold, held_out), metrics(bots[name], gold, everything)
            print(f"{name:<28}" + "".join(f"{f'{a[m]:.2f} / {b[m]:.2f}':>18}" for m in SHOWN))
    weights = dict(zip(FEATURES, (round(float(w), 4) for w in everything[:-1]), strict=True))
    print(json.dumps(weights))
    if args.save:
        saved = {"weights": weights, "intercept": round(float(everything[-1]), 4), "trained_on": list(data), "C": C}
        WEIGHTS_FILE.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
        print(f"saved to {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
