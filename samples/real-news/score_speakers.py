#!/usr/bin/env python3
"""Score the speakers of direct quotations in real news against a hand-checked sample.

usage: score_speakers.py GOLD.json RECORDS.jsonl [--json]

RECORDS.jsonl is what `marsad analyze` writes for the articles of the sample (more articles
may be in it: they count for the whole-file coverage only). GOLD.json (jawharafm-speakers.json
beside this script) keys each document by the last segment of its URL and each quotation by
its first words; its speaker is the right one with the other names that denote it ("also"),
or null where no entity can be right. Prints:

  coverage   sampled quotations found with a speaker, of all sampled quotations
  precision  speakers that are right, of the speakers given
  recall     right speakers, of the sampled quotations that have one
  all        direct quotations with a speaker, of all in RECORDS (the whole file's coverage)

A record's speaker is right when one of its names (the speaker's canonical name, Arabic name,
or a mention as written, with a leading clitic taken off) is one of the gold names, or holds
one or is held in one when the shorter has two words or more, compared after the same Arabic
normalisation as ../shared/eval/score.py.
"""
import json
import re
import sys
import unicodedata

DIACRITICS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')
PUNCT = re.compile(r'[\s"\'«»“”‘’„()\[\]{}،,.:;!?؟\-–—/]+')
CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وال", "بال", "لل", "فال", "كال")


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = DIACRITICS.sub("", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return PUNCT.sub(" ", s).strip().casefold()


def without_clitic(s):
    out = {s}
    for p in CLITICS:
        if s.startswith(p) and len(s) - len(p) >= 3:
            out.add(s[len(p):])
            if p.endswith("ال") or p == "لل":
                out.add("ال" + s[len(p):])
    return out


def speaker_names(q, rec):
    names = {norm(q.get("speakerName"))}
    for e in rec.get("entities") or []:
        if q.get("speaker") is not None and e.get("id") == q["speaker"]:
            names |= {norm(e.get("name")), norm(e.get("nameAr"))}
            for m in e.get("mentions") or []:
                names |= without_clitic(norm(m.get("text")))
    return {n for n in names if n}


def same(names, want):
    """Whether a speaker's names and the gold's share one, or one holds another of two words or more
    (a name whose span the entity layer drew shorter or longer: "عبدالعزيز بن عبدالله" in
    "عبدالعزيز بن عبدالله آل الشيخ")."""
    if names & want:
        return True
    for a in names:
        for b in want:
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
                return True
    return False


def find(gold_quote, quotes, used):
    starts = norm(gold_quote["starts"])
    for i, q in enumerate(quotes):
        if i not in used and q.get("direct") and starts in norm(q.get("text"))[: len(starts) + 40]:
            used.add(i)
            return q
    return None


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold = json.load(open(args[0], encoding="utf-8"))["docs"]
    records = {}
    direct = with_speaker = 0
    for line in open(args[1], encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            records[re.split(r"[/\\]", str(r.get("source", "")))[-1]] = r
            for q in r.get("quotes") or []:
                if q.get("direct"):
                    direct += 1
                    with_speaker += q.get("speaker") is not None
    sampled = given = right = has_speaker = 0
    report = []
    for key, doc in gold.items():
        rec = records.get(key, {})
        used = set()
        for g in doc["quotes"]:
            sampled += 1
            has_speaker += g["speaker"] is not None
            want = {norm(n) for n in [g["speaker"], *g.get("also", [])] if n}
            q = find(g, rec.get("quotes") or [], used)
            if q is None:
                report.append(f"{key} {g['starts']!r}: not found as a direct quotation")
                continue
            if q.get("speaker") is None:
                report.append(f"{key} {g['starts']!r}: no speaker, want {g['speaker']}")
                continue
            given += 1
            if same(speaker_names(q, rec), want):
                right += 1
            else:
                report.append(f"{key} {g['starts']!r}: {q.get('speakerName')} is wrong, want {g['speaker']}")
    summary = {
        "sampled": sampled,
        "coverage": round(given / sampled, 3) if sampled else 0.0,
        "precision": round(right / given, 3) if given else 1.0,
        "recall": round(right / has_speaker, 3) if has_speaker else 1.0,
        "given": given,
        "right": right,
        "all_direct": direct,
        "all_coverage": round(with_speaker / direct, 3) if direct else 0.0,
    }
    if "--json" in argv:
        print(json.dumps(summary))
        return 0
    print("\n".join(report))
    print()
    print(f"sample     {sampled} quotations, {has_speaker} with a speaker in the text")
    print(f"coverage   {summary['coverage']:.3f}   ({given} given a speaker)")
    print(f"precision  {summary['precision']:.3f}   ({right} of {given} right)")
    print(f"recall     {summary['recall']:.3f}   ({right} of {has_speaker})")
    print(f"all        {summary['all_coverage']:.3f}   ({with_speaker} of {direct} direct quotations have a speaker)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
