#!/usr/bin/env python3
"""The report filter's cross-validation (ReportTrainer) replicated outside the JVM, to try
features of the filter on the GSR dev sentences in a minute rather than in six:

  ./marsad train events --data ../shared/data/arabic-event-gsr --dump /tmp/me/rows.jsonl
  bin/report-filter-cv.py /tmp/me/rows.jsonl [--no-words] [--register] [--mentions] [--target share|sq|hard]

The learner is ReportTrainer's: logistic regression fitted to the share of annotators who accepted
each sentence, L2, 300 passes of full-batch AdaGrad (rate 0.5), features seen in fewer than 2
examples left out, an act kept above a probability; the L2 penalty and that probability selected
inside each fold by a 5-fold cross-validation of its training part (seed 17); 5 folds by article,
seeds 1 to 5. Its shuffles are Python's, not Java's, so figures differ by a sentence or two from
`train events --cv-only --folds 5` (2026-12-06: ASSAULT 0.785 +- 0.003 here, 0.784 +- 0.004 there).
  --no-words   leaves out the words around the act's word (w-3..w3, L2=, R2=, L=, R=, cue=)
  --register   adds features of the whole sentence's register, read from its text (REGISTER below)
  --mentions   learns also from sentences the rules did not code that hold a word of an attack or
               a protest (MENTION below): their register alone, never judged
Prints, for each type, the mean F1 and its spread over the seeds, against the rules alone."""
import argparse, json, math, random, re

import numpy as np
from scipy import sparse

WORDS = ("w-", "w1", "w2", "w3", "L2=", "R2=", "L=", "R=", "cue=")
DIACRITICS = re.compile("[\u064B-\u0652\u0640\u0670]")
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def norm(w):
    return re.sub("[أإآٱ]", "ا", DIACRITICS.sub("", w)).replace("ى", "ي")


# Words of the register of a whole sentence (common news and column usage).
REGISTER = {
    "first": "نحن انا اننا انني اني لنا علينا لدينا بلادنا شعبنا امتنا منا عندنا فينا بنا لي عندي",
    "second": "انت انتم انكم لكم عليكم انك لك",
    "view": "لاشك يبدو اظن نظن يظن الظن اعتقد نعتقد ربما لعل يجب ينبغي لابد بالتاكيد حقا مجرد",
    "day": "امس اليوم الليلة صباح مساء الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد صباحا ليلا",
    "report": "قال قالت افاد افادت ذكر ذكرت اعلن اعلنت اكد اكدت اوضح صرح حسب وفقا نقلت مصادر مصدر متحدث اضاف",
    "recalled": "انذاك حينها حينذاك سبق ذكري ابان",
    "since": "منذ",
}
MONTHS = set(norm(m) for m in "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split())
# Stems of the words of attacks and protests, for --mentions.
MENTION = [norm(k) for k in ("قتل مقتل هجوم هاجم انفجار تفجير اغتيال اغتال خطف اختطاف قصف غارة جرح إصابة "
                             "مظاهر تظاهر احتجاج اعتصام إضراب مسيرة كمين انتحاري مفخخ").split()]


def tokens(text):
    return [norm(t) for t in re.findall(r"[\u0600-\u06FF]+|\d+|[^\s\w]", text)]


def holds(ts, words):
    ws = set(words.split())
    return any(t in ws or any(t.startswith(c) and t[len(c):] in ws for c in PROCLITICS) for t in ts)


def register(text):
    ts = tokens(text)
    f = {"reg:" + k for k, words in REGISTER.items() if holds(ts, words)}
    if "؟" in text or "?" in text:
        f.add("reg:question")
    if any(t.isdigit() and len(t) <= 2 and i + 1 < len(ts) and ts[i + 1] in MONTHS for i, t in enumerate(ts)):
        f.add("reg:date")
    if any(re.fullmatch(r"(19|20)\d\d", t) for t in ts):
        f.add("reg:year")
    n = len(ts)
    f.add("reg:len=" + ("<20" if n < 20 else "<40" if n < 40 else "<60" if n < 60 else "60+"))
    return sorted(f)


def train(examples, l2, keep, iters=300, rate=0.5):
    counts = {}
    for f, _ in examples:
        for x in f:
            counts[x] = counts.get(x, 0) + 1
    index = {x: i for i, x in enumerate(x for x in sorted(counts) if counts[x] >= 2 or x == "bias")}
    if not index:
        return {}
    cells = [(k, index[x]) for k, (f, _) in enumerate(examples) for x in f if x in index]
    X = sparse.csr_matrix((np.ones(len(cells)), tuple(zip(*cells))), shape=(len(examples), len(index)))
    XT = X.T.tocsr()
    y = np.array([t for _, t in examples])
    w, squares = np.zeros(len(index)), np.zeros(len(index))
    penalty = np.full(len(index), l2)
    if "bias" in index:
        penalty[index["bias"]] = 0
    for _ in range(iters):
        g = XT @ (1 / (1 + np.exp(-(X @ w))) - y) / len(examples) + penalty * w
        squares += g * g
        moved = squares > 0
        w[moved] -= rate * g[moved] / np.sqrt(squares[moved])
    if "bias" in index:
        w[index["bias"]] += math.log((1 - keep) / keep)
    return {x: w[j] for x, j in index.items()}


def coded(r, model):
    return r["fixed"] or any(sum(model.get(x, 0) for x in c) >= 0 for c in r["cands"])


def examples(rows):
    return [(c, r["target"]) for r in rows for c in (r["cands"] or ([] if r["fixed"] else r["mentions"]))]


def cross_validate(rows, folds, seed, setting=None):
    groups = sorted({r["group"] for r in rows})
    random.Random(seed).shuffle(groups)
    fold = {g: i % folds for i, g in enumerate(groups)}
    out = {}
    for k in range(folds):
        part = [r for r in rows if fold[r["group"]] != k]
        model = train(examples(part), *(setting or select(part)))
        for r in rows:
            if fold[r["group"]] == k and r["scored"]:
                count(out, r, coded(r, model))
    return out


def select(rows):
    best, best_f1 = None, -1
    for l2 in (0.05, 0.1, 0.2):
        for p in (0.35, 0.4, 0.45, 0.5):
            f1 = sum(map(f1_of, cross_validate(rows, 5, 17, (l2, p)).values()))
            if f1 > best_f1 + 1e-12:
                best, best_f1 = (l2, p), f1
    return best


def count(out, r, predicted):
    c = out.setdefault(r["type"], [0, 0, 0])
    c[0] += predicted and r["gold"]
    c[1] += predicted and not r["gold"]
    c[2] += (not predicted) and r["gold"]


def f1_of(c):
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows")
    ap.add_argument("--no-words", action="store_true")
    ap.add_argument("--register", action="store_true")
    ap.add_argument("--mentions", action="store_true")
    ap.add_argument("--target", choices=("share", "sq", "hard"), default="share")
    ap.add_argument("--seeds", type=int, default=5)
    a = ap.parse_args()
    rows = [json.loads(line) for line in open(a.rows, encoding="utf-8")]
    for r in rows:
        r["scored"], r["gold"] = r["label"] != "ambiguous", r["label"] == "yes"
        r["target"] = {"share": r["share"], "sq": r["share"] ** 2, "hard": float(r["gold"])}[a.target]
        extra = register(r["text"]) if a.register else []
        r["cands"] = [[x for x in c if not (a.no_words and x.split(":", 1)[-1].startswith(WORDS))] + extra
                      for c in r["candidates"]]
        text = " ".join(tokens(r["text"]))
        r["mentions"] = [["bias", "uncoded"] + extra] if a.mentions and any(k in text for k in MENTION) else []
    rules = {}
    for r in rows:
        if r["scored"]:
            count(rules, r, r["fixed"] or bool(r["cands"]))
    f1s = {}
    for seed in range(1, a.seeds + 1):
        for t, c in cross_validate(rows, 5, seed).items():
            f1s.setdefault(t, []).append(f1_of(c))
    for t, v in sorted(f1s.items()):
        v = np.array(v)
        print("%-8s CV F1 %.3f +- %.3f (min %.3f, max %.3f; %d seeds), rules alone %.3f (tp %d, fp %d, fn %d)"
              % (t, v.mean(), v.std(ddof=1), v.min(), v.max(), len(v), f1_of(rules[t]), *rules[t]))


if __name__ == "__main__":
    main()
