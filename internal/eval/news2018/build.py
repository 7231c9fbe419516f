#!/usr/bin/env python3
"""Builds dev.json and test.json (gold-dev's format) from the annotators' batch files.

    python3 annotations/news2018/build.py BATCH.json... --sample ../shared/data/arabic-news-sample/articles.jsonl \
        --split annotations/news2018/split.tsv --out annotations/news2018

Each batch file holds, per article, figures and dates with their paragraph, exact text and occurrence
(see README.md). This script finds each span's UTF-8 byte offsets in the article text, splits vague
amounts from quantities, keeps stories whole in one split, and computes each topic's verdict with the
contract's rule. It copies no article text: only ids, offsets and the annotated spans.
"""
import argparse, collections, json, math, re, sys

SCALE = re.compile(r'(ألف|آلاف|الف|الاف|مليون|ملايين|مليار|مليارات)')
RUNNING = ('killed', 'dead', 'death', 'wounded', 'injured', 'displaced', 'evacuated', 'arrested', 'surrendered', 'toll')


def load_sample(path):
    arts = {}
    for line in open(path, encoding='utf-8'):
        a = json.loads(line)
        arts[a['id']] = a
    return arts


def locate(text, para, span, occ):
    paras = text.split('\n')
    base = sum(len(p.encode('utf-8')) + 1 for p in paras[:para])
    p = paras[para]
    at = -1
    for _ in range(occ):
        at = p.find(span, at + 1)
        if at < 0:
            raise ValueError(f'{span!r} occurrence {occ} not in paragraph {para}')
    start = base + len(p[:at].encode('utf-8'))
    return start, start + len(span.encode('utf-8'))


def is_vague(f):
    return f.get('value') is None and f.get('approx') and not re.search(r'[0-9٠-٩]', f['text']) and f.get('min') is not None


def widened(row):
    lo, hi = row['min'], row['max']
    if row.get('value') is not None and lo is None and hi is None:
        lo = hi = row['value']
    lo = -math.inf if lo is None else lo
    hi = math.inf if hi is None else hi
    if row.get('approx') and row.get('value') is not None:
        lo, hi = lo * 0.85, hi * 1.15
    elif row.get('value') is not None and lo == hi and SCALE.search(row['text']) and not row.get('approx'):
        digits = re.findall(r'[0-9]+(?:[.,][0-9]+)?', row['text'])
        unit = 1000
        for w, u in (('مليار', 1e9), ('مليون', 1e6), ('ملايين', 1e6)):
            if w in row['text']:
                unit = u
        step = unit
        if digits and ('.' in digits[-1] or ',' in digits[-1]):
            step = unit / 10 ** len(re.split('[.,]', digits[-1])[1])
        half = max(step / 2, abs(row['value']) * 0.02)
        lo, hi = row['value'] - half, row['value'] + half
    return lo, hi


def verdict(rows, topic):
    running = any(w in topic.lower() for w in RUNNING)
    out = 'agree'
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            a, b = rows[i], rows[j]
            (alo, ahi), (blo, bhi) = widened(a), widened(b)
            if alo <= bhi and blo <= ahi:
                continue
            if running and a['datetime'] != b['datetime']:
                early, late = (a, b) if a['datetime'] < b['datetime'] else (b, a)
                if widened(late)[0] > widened(early)[1]:
                    out = 'updated' if out == 'agree' else out
                    continue
            return 'disagree'
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('batches', nargs='+')
    ap.add_argument('--sample', required=True)
    ap.add_argument('--split', required=True)
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    arts = load_sample(args.sample)
    split = dict(l.rstrip('\n').split('\t') for l in open(args.split) if l.strip() and not l.startswith('#'))
    gold = {s: {'about': '', 'docs': {}, 'quantities': [], 'vague': [], 'not_quantities': [], 'dates': [],
                'people': {}, 'organisations': {}, 'places': {}, 'stories': [], 'story_info': [], 'disagreements': []}
            for s in ('dev', 'test')}
    problems = 0
    for path in args.batches:
        b = json.load(open(path, encoding='utf-8'))
        byid = {a['id']: a for a in b['articles']}
        for st in b['stories']:
            members = st['documents']
            votes = collections.Counter(split[d] for d in members)
            where = 'test' if votes['test'] > votes['dev'] else 'dev'
            g = gold[where]
            g['stories'].append(members)
            g['story_info'].append({'label': st['label'], 'title': st['title'], 'documents': members,
                                    'annotator': b['annotator']})
            topics = collections.defaultdict(list)
            for d in members:
                a = arts[d]
                g['docs'][d] = {'outlet': a['source'], 'published': a['date'][:10], 'datetime': a['date'],
                                'story': st['label'], 'annotator': b['annotator']}
                ann = byid[d]
                for f in ann.get('figures', []):
                    try:
                        s, e = locate(a['text'], f['para'], f['text'], f.get('occ', 1))
                    except ValueError as err:
                        print(f'{d}: {err}', file=sys.stderr)
                        problems += 1
                        continue
                    via = f.get('via') or []
                    row = {'doc': d, 'para': f['para'], 'start': s, 'end': e, 'text': f['text'],
                           'value': f.get('value'), 'min': f.get('min'), 'max': f.get('max'),
                           'approx': bool(f.get('approx')), 'unit': f.get('unit'), 'noun': f.get('noun'),
                           'speaker': f.get('speaker'), 'speaker_text': f.get('speaker_text'),
                           'via': '، '.join(via) if via else None, 'kind': f.get('kind'), 'topic': f.get('topic')}
                    (g['vague'] if is_vague(f) else g['quantities']).append(row)
                    if f.get('topic'):
                        topics[f['topic']].append(dict(row, datetime=a['date']))
                for t in ann.get('dates', []):
                    try:
                        s, e = locate(a['text'], t['para'], t['text'], t.get('occ', 1))
                    except ValueError as err:
                        print(f'{d}: {err}', file=sys.stderr)
                        problems += 1
                        continue
                    g['dates'].append({'doc': d, 'para': t['para'], 'start': s, 'end': e, 'text': t['text'],
                                       'value': t['value'], 'grain': t['grain']})
            for topic, rows in topics.items():
                if len({r['doc'] for r in rows}) < 2:
                    continue
                g['disagreements'].append({
                    'story': st['label'], 'topic': topic, 'kind': 'quantity', 'unit': rows[0]['unit'],
                    'verdict': verdict(rows, topic),
                    'detail': [{k: r[k] for k in ('doc', 'para', 'text', 'speaker', 'via', 'value', 'min', 'max', 'approx')}
                               for r in rows]})
    for s, g in gold.items():
        g['about'] = (f'marsad independent annotation, {s} split: articles of the 2018 news sample annotated by '
                      'annotators who neither write nor read the extraction rules (annotations/news2018/README.md). '
                      "Format as gold-dev's gold.json; offsets are UTF-8 byte offsets into the sample's text field.")
        with open(f'{args.out}/{s}.json', 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(f'{s}: {len(g["docs"])} articles, {len(g["stories"])} stories, {len(g["quantities"])} quantities '
              f'({sum(1 for q in g["quantities"] if q["speaker"])} attributed, {sum(1 for q in g["quantities"] if q["via"])} with via), '
              f'{len(g["vague"])} vague, {len(g["dates"])} dates, {len(g["disagreements"])} comparisons '
              f'({collections.Counter(d["verdict"] for d in g["disagreements"])})')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
