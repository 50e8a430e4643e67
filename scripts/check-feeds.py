#!/usr/bin/env python3
"""Reads every feed of a built site as a feed reader does (feedparser) and checks it.

Usage: scripts/check-feeds.py SITE_FOLDER
Checks that Atom and RSS feeds are well formed and that feedparser reads each without complaint
(bozo = 0); feedparser does not read JSON Feed, so JSON feeds are checked against the JSON Feed
1.1 fields here. Every entry must have a title, link, id, date and author. Prints one line per problem and exits with 1 if there is any.
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ElementTree

import feedparser

FEED_NAMES = {"feed.xml", "rss.xml", "feed.json", "comments.xml"}


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


def entry_count(path):
    if path.suffix == ".json":
        return len(json.loads(path.read_bytes()).get("items", []))
    return len(feedparser.parse(path.read_bytes()).entries)


def main():
    site = pathlib.Path(sys.argv[1])
    feeds = sorted(path for path in site.rglob("*") if path.name in FEED_NAMES)
    failures = 0
    entries = 0
    for path in feeds:
        for problem in problems_of(path):
            failures += 1
            print(f"{path.relative_to(site)}: {problem}")
        entries += entry_count(path)
    print(f"{len(feeds)} feeds, {entries} entries read, {failures} problems")
    sys.exit(1 if failures or not feeds else 0)


if __name__ == "__main__":
    main()
