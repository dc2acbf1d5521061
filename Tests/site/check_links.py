#!/usr/bin/env python3
"""Checks a built site for offline use: every relative link and anchor resolves, every URL is relative and
explicit (a file, never a bare folder), and no page loads a script, style, font or image from elsewhere.

Usage: check_links.py SITE_DIR   (exit 1 and one line per problem when anything is wrong)
"""
import html.parser
import pathlib
import sys
import urllib.parse


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.refs = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) is not None and not (tag == "base"):
                self.refs.append((tag, key, attrs[key], self.getpos()[0]))


def main(root):
    root = pathlib.Path(root).resolve()
    pages = {}
    for path in sorted(root.rglob("*.html")):
        parser = Page()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path] = parser
    problems = []
    for path, page in pages.items():
        rel = path.relative_to(root)
        if rel.name == "404.html":
            continue  # served from any depth with a <base>; its links are checked on the home page
        for tag, key, url, line in page.refs:
            where = f"{rel}:{line}: <{tag} {key}=\"{url}\">"
            parts = urllib.parse.urlsplit(url)
            if parts.scheme or url.startswith("//"):
                if tag != "a":
                    problems.append(f"{where}: loads a resource from elsewhere; the site must work offline")
                continue
            if url.startswith("/"):
                problems.append(f"{where}: absolute path; expected a relative URL")
                continue
            if not parts.path:
                target = path
            else:
                if parts.path.endswith("/"):
                    problems.append(f"{where}: folder URL; expected an explicit file such as index.html")
                    continue
                target = (path.parent / urllib.parse.unquote(parts.path)).resolve()
                if root not in target.parents and target != root:
                    problems.append(f"{where}: points outside the site")
                    continue
                if not target.is_file():
                    problems.append(f"{where}: target file does not exist")
                    continue
            if parts.fragment:
                fragment = urllib.parse.unquote(parts.fragment)
                if target.suffix != ".html" or fragment not in pages[target].ids:
                    problems.append(f"{where}: anchor #{fragment} not found in {target.relative_to(root)}")
    for problem in problems:
        print(problem)
    links = sum(len(p.refs) for p in pages.values())
    print(f"checked {len(pages)} pages, {links} links: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site"))
