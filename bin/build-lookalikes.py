#!/usr/bin/env python3
"""Builds src/main/resources/entities/lookalikes.tsv: everyday Arabic words that a one-word name
of the knowledge base meets only once the matcher folds غ ج ق into one letter, or (for people)
drops the long vowels (بدون ~ بايدن, الجاني ~ الغاني). Words are those the hunspell-ar dictionary
accepts; the build needs hunspell, the product only the file. Run from the repository root."""
import itertools
import re
import subprocess

RES = "src/main/resources/entities/"
DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")
DICTIONARY = "/usr/share/hunspell/ar.dic"
SUFFIXES = ["ات", "ة", "ون", "ين", "ان", "ي", "ية", "ه", "ها", "هم", "ت", "وا", "نا", "تم"]
PREFIXES = ["ي", "ت", "ن", "ا", "است"]
ENDINGS = ["", "ة", "ون", "ين", "ات", "ان", "تان", "تين"]


def norm(s):
    s = DIACRITICS.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ئ", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ک", "ك")):
        s = s.replace(a, b)
    return s


def fold(s):
    return s.replace("غ", "ج").replace("ق", "ج")


def skeleton(k):
    if len(k) < 4:
        return k
    if k.endswith("وا") and len(k) > 4:
        k = k[:-1]
    return k[0] + "".join(c for c in k[1:-1] if c not in "اوي") + k[-1]


def rows(name):
    for line in open(RES + name, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def one_word_forms():
    """(normalised form, is a person's name) for every one-word name and nisba form."""
    out = set()
    for f in rows("countries.tsv"):
        f += [""] * 6
        for n in f[2].split("|") + f[4].split("|"):
            out.add((n, False))
            out.add(("ال" + n, False))
        for n in f[3].split("|"):
            for e in ENDINGS:
                out.add((n + e, False))
                out.add(("ال" + n + e, False))
    for name in ("places.tsv", "orgs.tsv", "clubs.tsv", "companies.tsv", "media.tsv", "currencies.tsv",
                 "competitions.tsv", "products.tsv", "people.tsv"):
        for f in rows(name):
            f += [""] * 8
            for n in f[6].split("|"):
                out.add((n, f[1] == "PERSON"))
    return {(norm(n.strip()), p) for n, p in out if n.strip() and " " not in n.strip() and "-" not in n.strip()}


def unfoldings(k):
    slots = [("ج", "غ", "ق") if c == "ج" else (c,) for c in k]
    if sum(len(s) > 1 for s in slots) > 3:
        return [k]
    return ["".join(p) for p in itertools.product(*slots)]


def vowelings(sk):
    """The words whose skeleton is sk: a long vowel or none in each gap."""
    if len(sk) > 7:
        return []
    inner = sk[1:-1]
    out = []
    for gaps in itertools.product(("", "ا", "و", "ي"), repeat=len(inner) + 1):
        w = sk[0] + "".join(g + c for g, c in zip(gaps, inner)) + gaps[-1] + sk[-1]
        out.append(w)
    return out


def main():
    forms = one_word_forms()
    exact = {n for n, _ in forms}
    candidates = set()
    for n, person in forms:
        key = fold(n)
        candidates.update(unfoldings(key))
        if person and len(n) >= 5 and not n.startswith("ال"):
            for v in vowelings(skeleton(key)):
                candidates.update(unfoldings(v))
    # and the dictionary's own words with the usual affixes, whose vowels the gaps above miss
    # ("بيانات" ~ "بينيت")
    keys = {fold(n) for n, _ in forms}
    skeletons = {skeleton(fold(n)) for n, person in forms if person and len(n) >= 5 and not n.startswith("ال")}
    for line in open(DICTIONARY, encoding="utf-8"):
        stem = norm(line.split("/")[0].split("\t")[0].strip())
        if not stem or not stem[0].isalpha():
            continue
        for form in [stem, "ال" + stem] + [stem + e for e in SUFFIXES] + [p + stem for p in PREFIXES]:
            k = fold(form)
            if k in keys or (len(form) >= 4 and skeleton(k) in skeletons):
                candidates.add(form)
    candidates = {c for c in candidates if c not in exact}
    # a final ه may be written ة, a final ي ى, an alef with hamza: hunspell wants the spelling
    spelled = {}
    for c in candidates:
        for s in {c, c[:-1] + "ة" if c.endswith("ه") else c, c[:-1] + "ى" if c.endswith("ي") else c,
                  "أ" + c[1:] if c.startswith("ا") else c, "إ" + c[1:] if c.startswith("ا") else c,
                  "ال" + "أ" + c[3:] if c.startswith("الا") else c, "ال" + "إ" + c[3:] if c.startswith("الا") else c}:
            spelled[s] = c
    result = subprocess.run(["hunspell", "-d", "ar", "-G"], input="\n".join(sorted(spelled)), capture_output=True,
                            text=True, check=True)
    words = sorted({spelled[w] for w in result.stdout.split() if w in spelled})
    with open(RES + "lookalikes.tsv", "w", encoding="utf-8") as out:
        out.write("# Everyday Arabic words that a one-word name of the knowledge base meets only once the matcher\n"
                  "# folds غ ج ق into one letter or, for people, drops the long vowels ا و ي (\"بدون\" ~ \"بايدن\",\n"
                  "# \"الجاني\" ~ \"الغاني\", \"جسد\" ~ \"قسد\"): such a word is never taken for the name alone.\n"
                  "# Normalised spelling (أ إ آ → ا, ى → ي, ة → ه). Source: the words the hunspell-ar dictionary\n"
                  "# (Debian hunspell-ar) accepts among those spellings; built by bin/build-lookalikes.py, which\n"
                  "# leaves out every spelling the knowledge base itself lists. Rebuild after adding names.\n")
        for w in words:
            out.write(w + "\n")
    print(len(candidates), "candidates,", len(words), "lookalikes")


if __name__ == "__main__":
    main()
