#!/usr/bin/env python3
"""Turns gen_corpus.py's `plain` layout into a gpukb project: OUT/content/{_index.md, <sec>/_index.md, pages,
images/} plus content/site.yaml listing the sections. The Markdown bodies are not changed.

  python3 adapt_corpus.py PLAIN_DIR PROJECT_DIR
"""
import os
import re
import shutil
import sys


def main(plain, project):
    content = os.path.join(project, "content")
    if os.path.exists(project):
        shutil.rmtree(project)
    shutil.copytree(plain, content)
    sections = []
    for name in sorted(os.listdir(content)):
        path = os.path.join(content, name)
        if name == "index.md":
            os.rename(path, os.path.join(content, "_index.md"))
        elif os.path.isdir(path) and name != "images":
            index = os.path.join(path, "index.md")
            title = name
            if os.path.exists(index):
                text = open(index, encoding="utf-8").read()
                m = re.search(r'^title:\s*"?(.*?)"?\s*$', text, re.M)
                title = m.group(1) if m else name
                os.rename(index, os.path.join(path, "_index.md"))
            sections.append((name, title))
    with open(os.path.join(content, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: 合成语料\nlanguage: zh-CN\nsections:\n")
        for name, title in sections:
            f.write("  - id: %s\n    title: %s\n" % (name, title.replace(":", " ")))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
