#!/usr/bin/env python3
"""Agreement of the second annotator with the first on the articles both annotated.

    python3 internal/eval/news2018/agreement.py SECOND.json FIRST_BATCH.json... --sample ../shared/data/arabic-news-sample/articles.jsonl

Figures are matched by overlapping spans (same article); then value/bounds, unit, speaker (folded words,
one name inside the other counts), via and kind are compared on matched pairs. Dates likewise on value
and grain. Stories by pairwise agreement over the shared articles.
"""
import argparse, itertools, json, re, sys

sys.path.insert(0, __file__.rsplit('/', 1)[0])
from build import load_sample, locate  # noqa: E402


def fold(s):
    s = re.sub('[\u064B-\u0652\u0640]', '', s or '')
    s = re.sub('[إأآ]', 'ا', s).replace('ة', 'ه').replace('ى', 'ي')
    return [w[2:] if w.startswith('ال') and len(w) > 4 else w for w in s.split()]


def same_name(a, b):
    if a is None or b is None:
        return a is None and b is None
    fa, fb = ' '.join(fold(a)), ' '.join(fold(b))
    return fa == fb or fa in fb or fb in fa


def spans(arts, ann, key):
    out = []
    for a in ann['articles']:
        text = arts[a['id']]['text']
        for f in a.get(key, []):
            s, e = locate(text, f['para'], f['text'], f.get('occ', 1))
            out.append((a['id'], s, e, f))
    return out


def match(xs, ys):
    pairs, used = [], set()
    for x in xs:
        for k, y in enumerate(ys):
            if k not in used and x[0] == y[0] and x[1] < y[2] and y[1] < x[2]:
                pairs.append((x[3], y[3]))
                used.add(k)
                break
    return pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('second')
    ap.add_argument('first', nargs='+')
    ap.add_argument('--sample', required=True)
    args = ap.parse_args()
    arts = load_sample(args.sample)
    second = json.load(open(args.second))
    ids = {a['id'] for a in second['articles']}
    first = {'articles': [], 'stories': []}
    for p in args.first:
        b = json.load(open(p))
        first['articles'] += [a for a in b['articles'] if a['id'] in ids]
        first['stories'] += [[d for d in s['documents'] if d in ids] for s in b['stories']]
    f1, f2 = spans(arts, first, 'figures'), spans(arts, second, 'figures')
    pairs = match(f1, f2)
    n = len(pairs)
    print(f'articles both annotated: {len(ids)}')
    print(f'figures: first {len(f1)}, second {len(f2)}, matched {n}; span F1 {2 * n / (len(f1) + len(f2)):.3f}')
    eq = lambda k: sum(1 for a, b in pairs if a.get(k) == b.get(k))
    val = sum(1 for a, b in pairs if all(a.get(k) == b.get(k) for k in ('value', 'min', 'max', 'approx')))
    print(f'  value/min/max/approx agree {val}/{n} = {val / n:.3f}; unit {eq("unit")}/{n} = {eq("unit") / n:.3f}')
    spk = sum(1 for a, b in pairs if same_name(a.get('speaker'), b.get('speaker')))
    attributed = sum(1 for a, b in pairs if a.get('speaker') or b.get('speaker'))
    spk_att = sum(1 for a, b in pairs if (a.get('speaker') or b.get('speaker')) and same_name(a.get('speaker'), b.get('speaker')))
    via = sum(1 for a, b in pairs if sorted(' '.join(fold(v)) for v in a.get('via') or []) == sorted(' '.join(fold(v)) for v in b.get('via') or []))
    print(f'  speaker agree {spk}/{n} = {spk / n:.3f} (on figures either attributes: {spk_att}/{attributed} = {spk_att / max(attributed, 1):.3f})')
    print(f'  attributed or not agree {sum(1 for a, b in pairs if bool(a.get("speaker")) == bool(b.get("speaker")))}/{n}')
    print(f'  via agree {via}/{n} = {via / n:.3f}')
    d1, d2 = spans(arts, first, 'dates'), spans(arts, second, 'dates')
    dp = match(d1, d2)
    dv = sum(1 for a, b in dp if a['value'] == b['value'] and a['grain'] == b['grain'])
    print(f'dates: first {len(d1)}, second {len(d2)}, matched {len(dp)}; span F1 {2 * len(dp) / (len(d1) + len(d2)):.3f}; value+grain agree {dv}/{len(dp)} = {dv / max(len(dp), 1):.3f}')
    same = lambda stories: {frozenset(p) for s in stories for p in itertools.combinations(sorted(s), 2)}
    s1, s2 = same(first['stories']), same([s['documents'] for s in second['stories']])
    allp = len(list(itertools.combinations(sorted(ids), 2)))
    agree = allp - len(s1 ^ s2)
    print(f'stories: same-story pairs first {len(s1)}, second {len(s2)}, both {len(s1 & s2)}; pair agreement {agree}/{allp}')


if __name__ == '__main__':
    main()
