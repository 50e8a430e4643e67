#!/usr/bin/env python3
"""Reads every feed of a built site as a feed reader does (feedparser) and checks it.

Usage: scripts/check-feeds.py [--one-language-per-feed] SITE_FOLDER
Checks that Atom and RSS feeds are well formed and that feedparser reads each without complaint
(bozo = 0); feedparser does not read JSON Feed, so JSON feeds are checked against the JSON Feed
1.1 fields here. Every entry must have a title, link, id, date, author, and its content or its
summary (feeds set to `content: summary` carry only the summary). Every feed a page advertises
with <link rel="alternate"> must exist: a scope whose feeds `feeds:` turns off has none, and its
pages must not link them. With --one-language-per-feed (sites with `languages:`), every feed but
the site's own at the root carries only entries in the feed's language (Atom xml:lang, RSS
<language>, JSON Feed `language`). Prints one line per problem and exits with 1 if there is any.
"""
import html.parser
import json
import pathlib
import sys
import xml.etree.ElementTree as ElementTree

import feedparser

FEED_NAMES = {"feed.xml", "rss.xml", "feed.json", "comments.xml"}
FEED_TYPES = {"application/atom+xml", "application/rss+xml", "application/feed+json"}


def is_feed(path):
    """A feed file of the build; a page published as a file has its comment feed beside it."""
    return path.name in FEED_NAMES or path.name.endswith("-comments.xml")


def problems_of(path):
    text = path.read_bytes()
    if path.suffix == ".json":
        return json_feed_problems(text)
    else:
        try:
            ElementTree.fromstring(text)
        except ElementTree.ParseError as error:
            return [f"not well-formed XML: {error}"]
    parsed = feedparser.parse(text)
    found = []
    if parsed.bozo:
        found.append(f"feedparser: {parsed.bozo_exception}")
    if not parsed.feed.get("title"):
        found.append("the feed has no title")
    for entry in parsed.entries:
        for key in ("title", "link", "id"):
            if not entry.get(key):
                found.append(f"an entry has no {key}: {entry.get('link')}")
        if not (entry.get("published_parsed") or entry.get("updated_parsed")):
            found.append(f"an entry has no date: {entry.get('link')}")
        if not (entry.get("author") or entry.get("authors")):
            found.append(f"an entry has no author: {entry.get('link')}")
        if not (entry.get("content") or entry.get("summary")):
            found.append(f"an entry has neither content nor summary: {entry.get('link')}")
    return found


def json_feed_problems(text):
    try:
        document = json.loads(text)
    except ValueError as error:
        return [f"not JSON: {error}"]
    if document.get("version") != "https://jsonfeed.org/version/1.1":
        return ["not a JSON Feed 1.1 document"]
    found = [f"the feed has no {key}" for key in ("title", "home_page_url", "feed_url") if not document.get(key)]
    for item in document.get("items", []):
        for key in ("id", "url", "title", "content_html", "date_published"):
            if not item.get(key):
                found.append(f"an item has no {key}: {item.get('url')}")
        if not all(author.get("name") for author in item.get("authors", [{}])) or not item.get("authors"):
            found.append(f"an item has no named author: {item.get('url')}")
    return found


class HeadLinks(html.parser.HTMLParser):
    """The canonical URL and the advertised feeds of a page."""

    def __init__(self):
        super().__init__()
        self.canonical = None
        self.feeds = []

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag != "link":
            return
        if attributes.get("rel") == "canonical":
            self.canonical = attributes.get("href")
        elif attributes.get("rel") == "alternate" and attributes.get("type") in FEED_TYPES:
            self.feeds.append(attributes.get("href", ""))


def head_links(path):
    parser = HeadLinks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def missing_feed_problems(site):
    """A line for each feed a page advertises that the site does not have."""
    home = site / "index.html"
    base = head_links(home).canonical if home.exists() else None
    if not base:
        return [f"{home}: no home page with a canonical URL: is this a built site?"]
    found = []
    for page in sorted(site.rglob("*.html")):
        for url in head_links(page).feeds:
            relative = url[len(base):] if url.startswith(base) else None
            if relative is None or not (site / relative).is_file():
                found.append(f"{page.relative_to(site)}: advertises a feed the site does not have: {url}")
    return found


def language_problems(site, path):
    """A line for each entry of a feed below the root whose language is not the feed's."""
    if path.parent == site:
        return []
    if path.suffix == ".json":
        document = json.loads(path.read_bytes())
        language = document.get("language")
        languages = [(item.get("language"), item.get("url")) for item in document.get("items", [])]
    else:
        parsed = feedparser.parse(path.read_bytes())
        language = parsed.feed.get("language")
        languages = [((entry.get("content") or [entry.get("summary_detail") or {}])[0].get("language") or language, entry.get("link"))
                     for entry in parsed.entries]
    if not language:
        return ["the feed states no language"]
    return [f"an entry in {found} in a feed in {language}: {link}" for found, link in languages if found != language]


def entry_count(path):
    if path.suffix == ".json":
        return len(json.loads(path.read_bytes()).get("items", []))
    return len(feedparser.parse(path.read_bytes()).entries)


def main():
    arguments = sys.argv[1:]
    one_language = "--one-language-per-feed" in arguments
    site = pathlib.Path([argument for argument in arguments if not argument.startswith("--")][0])
    feeds = sorted(path for path in site.rglob("*") if is_feed(path))
    failures = 0
    entries = 0
    for path in feeds:
        for problem in problems_of(path) + (language_problems(site, path) if one_language else []):
            failures += 1
            print(f"{path.relative_to(site)}: {problem}")
        entries += entry_count(path)
    for problem in missing_feed_problems(site):
        failures += 1
        print(problem)
    print(f"{len(feeds)} feeds, {entries} entries read, {failures} problems")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
