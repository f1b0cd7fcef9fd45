#!/usr/bin/env python3
"""How much parsing a cache of parses keyed by sentence could save: the share of tokens in
reporting-verb sentences that repeat an earlier sentence word for word, over distinct articles
(.txt files and the BODY of Reuters .sgm files). A rough upper bound: sentences are split with a
regex, not CoreNLP. Prints counts only.

usage: python3 parley-bench/scripts/repeated-cue-sentences.py DIR...
"""
import collections
import hashlib
import os
import re
import sys

CUE = re.compile(r"\b(said|says|say|told|added|according|warned|stated|claimed|announced|reported|tell|tells)\b", re.I)


def articles(path):
    if path.endswith(".sgm"):
        with open(path, encoding="latin-1") as f:
            return re.findall(r"<BODY>(.*?)</BODY>", f.read(), re.S)
    if path.endswith(".txt"):
        with open(path, encoding="utf-8", errors="replace") as f:
            return [f.read()]
    return []


def main(roots):
    seen = set()
    count = collections.Counter()
    length = {}
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in sorted(names):
                for text in articles(os.path.join(folder, name)):
                    key = hashlib.sha1(re.sub(r"\W+", " ", text.lower()).encode()).hexdigest()
                    if key in seen:
                        continue
                    seen.add(key)
                    for line in text.split("\n"):
                        for s in re.split(r"(?<=[.!?])\s+", line.strip()):
                            if len(s) > 20 and CUE.search(s):
                                count[s] += 1
                                length[s] = len(s.split())
    total = sum(count[s] * length[s] for s in count)
    repeated = sum((count[s] - 1) * length[s] for s in count)
    print(f"articles {len(seen)}; cue sentences {sum(count.values())}, distinct {len(count)}; "
          f"tokens in cue sentences {total}, in repeats {repeated} ({repeated / max(total, 1):.1%})")


if __name__ == "__main__":
    main(sys.argv[1:])
