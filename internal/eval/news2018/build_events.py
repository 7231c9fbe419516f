#!/usr/bin/env python3
"""Builds events.json from the event annotators' batch files.

    python3 internal/eval/news2018/build_events.py internal/eval/news2018/raw/events*.json \
        --sample ../shared/data/arabic-news-sample/articles.jsonl --out internal/eval/news2018/events.json

Each batch file holds, per article, every event mention (type, trigger by paragraph, exact text and
occurrence, realis, place, date, actors, targets); see README.md. This script finds each trigger's UTF-8
byte offsets in the article text and writes one row per mention with the article's split (dev or test,
from dev.json and test.json). It copies no article text: ids, offsets and the annotated words only.
"""
import argparse, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('batches', nargs='+')
    ap.add_argument('--sample', required=True)
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    split = {}
    for name in ('dev', 'test'):
        for d in json.load(open(os.path.join(HERE, name + '.json'), encoding='utf-8'))['docs']:
            split[d] = name
    wanted = {}
    for b in args.batches:
        doc = json.load(open(b, encoding='utf-8'))
        for a in doc['articles']:
            wanted[a['id']] = (doc.get('annotator', ''), a)
    texts = {}
    for line in open(args.sample, encoding='utf-8'):
        a = json.loads(line)
        if a['id'] in wanted:
            texts[a['id']] = a['text']
    rows, docs, bad = [], {}, 0
    for doc_id in sorted(wanted):
        annotator, a = wanted[doc_id]
        if doc_id not in split:
            sys.exit(f'{doc_id}: not in dev.json or test.json')
        docs[doc_id] = {'split': split[doc_id], 'annotator': annotator}
        for ev in a['events']:
            t = ev['trigger']
            try:
                s, e = locate(texts[doc_id], t['para'], t['text'], t.get('occ', 1))
            except (ValueError, IndexError) as err:
                print(f'{doc_id}: {err}', file=sys.stderr)
                bad += 1
                continue
            rows.append({'doc': doc_id, 'start': s, 'end': e, 'text': t['text'], 'type': ev['type'],
                         'realis': ev.get('realis') or 'actual', 'place': ev.get('place'), 'date': ev.get('date'),
                         'actors': ev.get('actors') or [], 'targets': ev.get('targets') or []})
    out = {'about': 'marsad independent annotation of events (type, trigger, realis, place, date, actors, targets) '
                    'on articles of the news2018 dev and test splits, by annotators who neither write nor read the rules; '
                    'exhaustive per article: every event mention of the 43 types of ../shared/guides/events.md §1.5. '
                    'Offsets are UTF-8 byte offsets into the sample\'s text field.',
           'docs': docs, 'events': rows}
    json.dump(out, open(args.out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f'{len(docs)} articles, {len(rows)} event mentions, {bad} triggers not found', file=sys.stderr)


main()
