#!/usr/bin/env python3
"""Who did what to whom on the Arabic event gold standard: compares the codes Marsad gives the
actor and the target of its ASSAULT and PROTEST events with the codes annotators gave the spans
of the same sentences (`*_spans_dev.json` of ../shared/data/arabic-event-gsr, MIT).

  bin/gsr-codes.py [DIR] [--marsad ./marsad] [--show N]     run from the repository root

For each sentence and side (source = actor, target) whose gold gives a country or a sector, the
side counts as: exact (some event of the type has the gold country and sector), country (the
country only), sector (the sector only), wrong, or no event (none of the type was coded). A gold
side may list several readings (annotators marked several spans); any one of them counts. "as given"
counts the coded sides that agree with a reading in what it gives: its country where it gives one, its
sector where it gives one (the annotators leave the country of most civilians, police and gunmen empty
where Marsad gives the country of the act's place)."""
import argparse, collections, json, subprocess, sys


def none(v):
    return None if v in ("None", "", None) else v


def gold_codes(spans, side):
    roles = [s.get(side + "_role") for s in spans if isinstance(s.get(side + "_role"), dict)]
    codes = {(none(r.get("main")), none(r.get("role"))) for r in roles}
    return codes - {(None, None)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="../shared/data/arabic-event-gsr")
    ap.add_argument("--marsad", default="./marsad")
    ap.add_argument("--show", type=int, default=0)
    a = ap.parse_args()
    for typ in ("assault", "protest"):
        data = json.load(open(f"{a.dir}/{typ}_spans_dev.json", encoding="utf-8"))
        inp = "".join(json.dumps({"text": x["text"], "url": "gsr:" + x["_id"]}, ensure_ascii=False) + "\n"
                      for x in data)
        out = subprocess.run([a.marsad, "analyze", "-", "--format", "jsonl"], input=inp.encode(), capture_output=True)
        recs = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
        if len(recs) != len(data):
            sys.exit(f"{len(recs)} records for {len(data)} sentences: {out.stderr.decode()[-300:]}")
        counts = {s: collections.Counter() for s in ("source", "target")}
        shown = 0
        for x, rec in zip(data, recs):
            events = [e for e in rec.get("events", []) if e.get("type") == typ.upper()]
            for side, key in (("source", "actor"), ("target", "target")):
                gold = gold_codes(x["spans"], side)
                if not gold:
                    continue
                got = {((e.get(key) or {}).get("code"), (e.get(key) or {}).get("sector")) for e in events}
                if not events:
                    kind = "no event"
                elif gold & got:
                    kind = "exact"
                elif {g[0] for g in gold} & {g[0] for g in got if g[0]}:
                    kind = "country"
                elif {g[1] for g in gold} & {g[1] for g in got if g[1]}:
                    kind = "sector"
                else:
                    kind = "wrong"
                counts[side][kind] += 1
                if events and any(all(gv is None or gv == hv for gv, hv in zip(g, h)) for g in gold for h in got):
                    counts[side]["given"] += 1
                if kind not in ("exact", "no event") and shown < a.show:
                    shown += 1
                    print(f"  {side} {kind}: gold {sorted(gold, key=str)} got {sorted(got, key=str)} | {x['text'][:120]}")
        for side in ("source", "target"):
            c = counts[side]
            total = sum(v for k, v in c.items() if k != "given")
            coded = total - c["no event"]
            print(f"{typ.upper():8} {side:6} exact {c['exact']} of {total} ({c['exact'] / max(total, 1):.3f}; "
                  f"{c['exact'] / max(coded, 1):.3f} of the {coded} coded), country only {c['country']}, "
                  f"sector only {c['sector']}, wrong {c['wrong']}, no event {c['no event']}; as given {c['given']}")


if __name__ == "__main__":
    main()
