#!/usr/bin/env python3
"""Writes a synthetic brand blog of N posts three times over, for the benchmark:

  OUT/cmblog   a cmblog content repository (posts, authors, comment archives)
  OUT/hugo     a Hugo site with the same posts and comments, and layouts that render
               comparable pages (see scripts/hugo-site/)
  OUT/floor    the bare Markdown of every post body and every comment body, for timing
               cmark-gfm alone

The corpus is meant to look like a real French/English brand blog moved off WordPress:
post lengths log-normal around a median of ~950 words with a tail to ~6,600; 45 % of the
posts in French and 55 % in English (pseudo-words built from syllables, no real text);
headings, lists, tables, fenced code, footnotes, links, raw HTML blocks and `<!--more-->`;
6 authors, 12 categories, 80 tags used Zipf-wise; ~9 comments per post on average (0-40),
threaded up to 3 levels, with a share of pingbacks. The same N always gives the same files.

Usage: generate-corpus.py POSTS OUTPUT_FOLDER [--bilingual | --paired]

--bilingual writes the cmblog repository as a two-language site (`languages:` fr, then en
under /en/); --paired does too, and pairs half the posts as translations of each other (each
French post with the next English one, by a shared `translationKey:`). The posts are the same
with or without these options, so the two builds differ only by the pairs.
"""
import bisect
import json
import math
import os
import shutil
import statistics
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from random import Random

SEED = 20240611
HUGO_TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-site")
STYLESHEET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates", "assets", "style.css")

# A body ends with the block that reaches its drawn length, ~80 words past it: drawn lengths
# of median 880 give bodies of median ~950 words (whitespace-separated, as `wc -w` counts)
# and drawn lengths capped at 6,400 a longest body of ~6,600.
MEDIAN_WORDS, WORDS_SIGMA, MIN_WORDS, MAX_WORDS = 880, 0.6, 150, 6400
MAX_COMMENTS, MAX_DEPTH = 40, 3
PINGBACK_SHARE, REPLY_SHARE = 0.12, 0.4


# --- Pseudo-languages: a Zipf-weighted vocabulary of words built from syllables ------------

class Language:
    """Draws words, sentences and paragraphs that look like `code` text without being any."""

    def __init__(self, rng, code, onsets, nuclei, codas, endings, function_words, marks):
        self.code = code
        self.marks = marks  # (space before ; : ! ?, opening quote, closing quote)
        self.function_words = function_words
        words = set()
        ordered = []
        while len(ordered) < 4000:
            syllables = rng.choice((1, 2, 2, 2, 3, 3, 4))
            word = "".join(rng.choice(onsets) + rng.choice(nuclei) + rng.choice(codas) for _ in range(syllables))
            if rng.random() < 0.25:
                word += rng.choice(endings)
            if word not in words:
                words.add(word)
                ordered.append(word)
        ordered.sort(key=len)  # short words are the frequent ones
        self.vocabulary = function_words + ordered
        weights = [1 / (rank + 2.7) for rank in range(len(self.vocabulary))]
        self.cumulative = cumulate(weights)

    def words(self, rng, count):
        return rng.choices(self.vocabulary, cum_weights=self.cumulative, k=count)

    def sentence(self, rng, count=None):
        """A sentence of `count` words (6-24 by default), with French or English punctuation."""
        words = self.words(rng, count or rng.randint(6, 24))
        if self.code == "fr" and rng.random() < 0.15:
            index = rng.randrange(len(words))
            if words[index][0] in "aeiouéè":
                words[index] = rng.choice(("l'", "d'", "qu'")) + words[index]
        if len(words) > 8 and rng.random() < 0.4:
            words[rng.randrange(3, len(words) - 2)] += ","
        if rng.random() < 0.08:
            opening, closing = self.marks[1], self.marks[2]
            start = rng.randrange(len(words) - 1)
            words[start] = opening + words[start]
            words[start + 1] += closing
        end = rng.choices((".", "?", "!", ":"), weights=(85, 7, 4, 4))[0]
        space = self.marks[0] if end in "?!:" else ""
        text = " ".join(words)
        return text[0].upper() + text[1:] + space + end


def cumulate(weights):
    total, cumulative = 0.0, []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return cumulative


def make_languages(rng):
    french = Language(
        rng, "fr",
        onsets=["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "pr", "tr", "gr", "br", "pl", "cl", ""],
        nuclei=["a", "e", "i", "o", "u", "é", "è", "ou", "ai", "au", "eu", "oi", "an", "on", "in", "ê"],
        codas=["", "", "", "r", "s", "l", "n", "t"],
        endings=["ment", "tion", "ette", "eur", "ée", "age", "ier", "elle", "ique", "ité"],
        function_words="de la le et les des à en un une du que qui pour dans sur pas au avec est nous ce il".split(),
        marks=("\u00a0", "« ", " »"),
    )
    english = Language(
        rng, "en",
        onsets=["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "w", "th", "st", "tr", "br", "sh", "ch", "pl", ""],
        nuclei=["a", "e", "i", "o", "u", "ea", "oo", "ai", "ou", "ee", "y"],
        codas=["", "", "n", "r", "t", "st", "nd", "ck", "ll", "ng"],
        endings=["ing", "ed", "er", "ly", "ness", "tion", "able", "ful"],
        function_words="the of and to a in is that for it with as on was be by at we this".split(),
        marks=("", '"', '"'),
    )
    return french, english


def ascii_word(rng, syllables=2):
    """A lower-case ASCII pseudo-word, for names, slugs and taxonomy terms."""
    onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "st", "ch"]
    nuclei = ["a", "e", "i", "o", "u", "ai", "ou", "ea"]
    codas = ["", "", "", "n", "r", "l", "s"]
    return "".join(rng.choice(onsets) + rng.choice(nuclei) + rng.choice(codas) for _ in range(syllables))


def slugify(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


class Zipf:
    """Draws from `items`, the first ones much more often than the last ones."""

    def __init__(self, items, exponent=1.0, offset=1.0):
        self.items = items
        self.cumulative = cumulate([1 / (rank + offset) ** exponent for rank in range(len(items))])

    def draw(self, rng):
        return self.items[bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])]

    def sample(self, rng, count):
        """`count` distinct items."""
        chosen = []
        while len(chosen) < count:
            item = self.draw(rng)
            if item not in chosen:
                chosen.append(item)
        return chosen


# --- Post bodies: Markdown blocks until the drawn length is reached --------------------------

class BodyWriter:
    """Writes one post body: blocks of GitHub-flavoured Markdown and raw HTML."""

    def __init__(self, rng, language, index):
        self.rng, self.language, self.index = rng, language, index
        self.blocks, self.footnotes, self.words = [], [], 0

    def add(self, block):
        self.blocks.append(block)
        self.words += len(block.split())

    def inline_sentence(self):
        """A sentence, sometimes carrying emphasis, code, a link, a footnote or a strike."""
        rng, text = self.rng, self.language.sentence(self.rng)
        words = text.split(" ")
        roll = rng.random()
        position = rng.randrange(max(1, len(words) - 1))
        if roll < 0.10:
            words[position] = f"*{words[position]}*"
        elif roll < 0.16:
            words[position] = f"**{words[position]}**"
        elif roll < 0.20:
            words[position] = f"`{ascii_word(rng)}_{ascii_word(rng, 1)}()`"
        elif roll < 0.28:
            words[position] = f"[{words[position]}](https://{ascii_word(rng)}.example.org/{slugify(words[position]) or 'page'}/)"
        elif roll < 0.31:
            words[position] = f"~~{words[position]}~~"
        elif roll < 0.33:
            words[position] += f" https://www.{ascii_word(rng)}.example.com/{self.index}"
        elif roll < 0.36:
            self.footnotes.append(self.language.sentence(rng))
            words[-1] += f"[^{len(self.footnotes)}]"
        return " ".join(words)

    def paragraph(self, sentences=None):
        return " ".join(self.inline_sentence() for _ in range(sentences or self.rng.randint(2, 7)))

    def bullet_list(self):
        items = [self.language.sentence(self.rng, self.rng.randint(3, 14)) for _ in range(self.rng.randint(3, 7))]
        marker = self.rng.choice(("- ", "* ", "1. ", "- [ ] "))
        if marker == "- [ ] ":
            return "\n".join(f"- [{self.rng.choice(' x')}] {item}" for item in items)
        if marker == "1. ":
            return "\n".join(f"{number}. {item}" for number, item in enumerate(items, 1))
        return "\n".join(marker + item for item in items)

    def table(self):
        rng = self.rng
        columns = rng.randint(3, 5)
        header = [word.capitalize() for word in self.language.words(rng, columns)]
        rows = [[" ".join(self.language.words(rng, rng.randint(1, 3)))] +
                [f"{rng.randint(1, 9999):,}".replace(",", " ") if rng.random() < 0.7 else f"{rng.randint(1, 99)} %"
                 for _ in range(columns - 1)] for _ in range(rng.randint(3, 9))]
        align = ":--|" + "--:|" * (columns - 1)
        return "\n".join(["| " + " | ".join(header) + " |", "|" + align] + ["| " + " | ".join(row) + " |" for row in rows])

    def code_block(self):
        rng = self.rng
        language = rng.choice(("swift", "python", "js", "yaml", "sh", "html"))
        lines = []
        for _ in range(rng.randint(3, 18)):
            name, other = ascii_word(rng), ascii_word(rng)
            lines.append(rng.choice((
                f"let {name} = {other}.{ascii_word(rng, 1)}({rng.randint(0, 500)})",
                f"if {name} < {other} && {name} > 0 {{ return \"{ascii_word(rng)}\" }}",
                f"{name}: {other} # {ascii_word(rng)}",
                f"<div class=\"{name}\">{other} &amp; {ascii_word(rng)}</div>",
                f"for {name} in {other}: print({name}[{rng.randint(0, 9)}])",
            )))
        return f"```{language}\n" + "\n".join(lines) + "\n```"

    def html_block(self):
        rng, sentence = self.rng, self.language.sentence
        kind = rng.randrange(3)
        if kind == 0:
            return f'<div class="note">\n<p><strong>{sentence(rng, 2)}</strong> {sentence(rng)}</p>\n</div>'
        if kind == 1:
            return (f'<figure class="pull-quote">\n<blockquote><p>{sentence(rng)}</p></blockquote>\n'
                    f'<figcaption>{sentence(rng, 3)}</figcaption>\n</figure>')
        return f"<details>\n<summary>{sentence(rng, 4)}</summary>\n<p>{sentence(rng)} {sentence(rng)}</p>\n</details>"

    def heading(self, level):
        return "#" * level + " " + self.language.sentence(self.rng, self.rng.randint(2, 7)).rstrip(".?!:\u00a0")

    def write(self, target_words):
        """The body: an introduction, `<!--more-->`, then sections of mixed blocks."""
        rng = self.rng
        self.add(self.paragraph(rng.randint(2, 4)))
        self.add("<!--more-->")
        kinds = ("paragraph", "list", "table", "code", "quote", "html", "subheading")
        weights = (62, 10, 5, 7, 5, 4, 7)
        while self.words < target_words:
            self.add(self.heading(2))
            for _ in range(rng.randint(2, 6)):
                kind = rng.choices(kinds, weights)[0]
                if kind == "paragraph":
                    self.add(self.paragraph())
                elif kind == "list":
                    self.add(self.bullet_list())
                elif kind == "table":
                    self.add(self.table())
                elif kind == "code":
                    self.add(self.code_block())
                elif kind == "quote":
                    self.add("> " + self.paragraph(rng.randint(1, 3)))
                elif kind == "html":
                    self.add(self.html_block())
                else:
                    self.add(self.heading(3))
                if self.words >= target_words:
                    break
        for number, note in enumerate(self.footnotes, 1):
            self.add(f"[^{number}]: {note}")
        return "\n\n".join(self.blocks) + "\n"


# --- The site: authors, taxonomies, posts and their comment threads ---------------------------

def distinct_words(rng, count, syllables):
    """`count` different ASCII pseudo-words."""
    words = []
    while len(words) < count:
        word = ascii_word(rng, rng.choice(syllables))
        if word not in words:
            words.append(word)
    return words


def make_authors(rng):
    """Six authors; the last one has left (and wrote only older posts)."""
    authors = []
    for number, first in enumerate(distinct_words(rng, 6, (2,))):
        first, last = first.capitalize(), ascii_word(rng, 3).capitalize()
        authors.append({"id": first.lower(), "name": f"{first} {last}",
                        "role": ("Community manager", "Rédaction", "Responsable de la communication",
                                 "Photography", "Atelier", "Développement")[number],
                        "former": number == 5})
    return authors


def post_date(index, count):
    """Dates spread from 2009 to 2025 in the order of the posts, at varied hours."""
    start, end = 1230768000, 1767225600  # 2009-01-01, 2026-01-01 UTC
    return start + (end - start) * (index + 0.5) / count


def iso(timestamp):
    """The date to the minute, written with a fixed +01:00 offset."""
    return datetime.fromtimestamp(int(timestamp) // 60 * 60, timezone(timedelta(hours=1))).isoformat()


def comment_count(rng):
    """0-40, mean ~9: a fifth of the posts have none, a few draw a crowd."""
    if rng.random() < 0.2:
        return 0
    return min(MAX_COMMENTS, 1 + int(rng.lognormvariate(math.log(8.3), 0.85)))


def comment_body(rng, language):
    """One to three paragraphs of HTML, as WordPress stores comments, some with a link."""
    paragraphs = []
    for _ in range(rng.choices((1, 2, 3), (60, 30, 10))[0]):
        sentences = [language.sentence(rng, rng.randint(4, 18)) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.1:
            sentences[0] = f'<a href="https://{ascii_word(rng)}.example.net/">{ascii_word(rng)}</a> {sentences[0]}'
        elif rng.random() < 0.1:
            sentences[-1] = f"<em>{sentences[-1]}</em>"
        paragraphs.append("<p>" + " ".join(sentences) + "</p>")
    return "".join(paragraphs)


def make_thread(rng, language, post, commenters, next_id):
    """The comments of one post, oldest first: dicts with id, parent, depth, type, author…"""
    comments, clock = [], post["timestamp"]
    for _ in range(comment_count(rng)):
        clock += rng.expovariate(1 / 36000)
        next_id += 1
        comment = {"id": str(next_id), "date": iso(clock), "parent": None, "depth": 1}
        if rng.random() < PINGBACK_SHARE:
            blog = ascii_word(rng, 3)
            comment.update(type="pingback", author=f"{blog.capitalize()} blog", url=f"https://{blog}.example.com/{ascii_word(rng)}/",
                           body=f"<p>[…] {language.sentence(rng, rng.randint(8, 20))} […]</p>")
        else:
            comment.update(type="comment", body=comment_body(rng, language))
            threaded = [other for other in comments if other["type"] == "comment" and other["depth"] < MAX_DEPTH]
            if threaded and rng.random() < REPLY_SHARE:
                parent = rng.choice(threaded[-5:])
                comment.update(parent=parent["id"], depth=parent["depth"] + 1)
            if comment["parent"] and rng.random() < 0.15:
                author = post["authors"][0]
                comment.update(author=author["name"], author_id=author["id"])
            else:
                name, url = commenters.draw(rng)
                comment["author"] = name
                if url:
                    comment["url"] = url
        comments.append(comment)
    return comments, next_id


def make_commenters(rng):
    """Names (and for some, a website) of the people who comment; a few regulars come back often."""
    people = []
    for _ in range(3000):
        name = f"{ascii_word(rng).capitalize()} {ascii_word(rng, 3).capitalize()}"
        url = f"https://{slugify(name)}.example.net/" if rng.random() < 0.4 else None
        people.append((name, url))
    return Zipf(people, offset=10)


def make_post(rng, index, count, language, authors, categories, tags):
    """One post's metadata and Markdown body. The author who left wrote only the older half."""
    title = language.sentence(rng, rng.randint(3, 9)).rstrip(".?!:\u00a0")
    if rng.random() < 0.05:
        post_authors = rng.sample(authors[:5], 2)
    else:
        post_authors = [rng.choice(authors if index < count // 2 else authors[:5])]
    target = min(MAX_WORDS, max(MIN_WORDS, int(rng.lognormvariate(math.log(MEDIAN_WORDS), WORDS_SIGMA))))
    writer = BodyWriter(rng, language, index)
    body = writer.write(target)
    return {"slug": slugify(" ".join(title.split()[:5])) or "billet", "title": title,
            "timestamp": post_date(index, count) + rng.randint(0, 36000), "lang": language.code,
            "authors": post_authors, "body": body, "words": writer.words,
            "categories": categories.sample(rng, rng.choices((1, 2), (85, 15))[0]),
            "tags": tags.sample(rng, rng.choices((0, 1, 2, 3, 4, 5), (5, 15, 30, 25, 15, 10))[0])}


def make_posts(rng, count, languages, authors, categories, tags):
    """The posts, oldest first, each with its comment thread."""
    commenters, posts, next_id, slugs = make_commenters(rng), [], 1000, set()
    categories, tags = Zipf(categories, 0.8), Zipf(tags, 1.1)
    french, english = languages
    for index in range(count):
        # 9 posts in 20 are in French, spread evenly.
        language = french if index * 9 % 20 < 9 else english
        post = make_post(rng, index, count, language, authors, categories, tags)
        if post["slug"] in slugs:
            post["slug"] += f"-{index}"
        slugs.add(post["slug"])
        post["comments"], next_id = make_thread(rng, language, post, commenters, next_id)
        posts.append(post)
    return posts


# --- Writing the files ------------------------------------------------------------------------

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def quoted(value):
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(value, ensure_ascii=False)


def pair_posts(posts):
    """Gives half the posts a `translationKey` shared with a post of the other language."""
    waiting, pairs = {}, 0
    for post in posts:
        if pairs * 4 >= len(posts):
            break
        other = "en" if post["lang"] == "fr" else "fr"
        if waiting.get(other):
            partner = waiting.pop(other)
            partner["key"] = post["key"] = f"pair-{pairs}"
            pairs += 1
        else:
            waiting[post["lang"]] = post


def front_matter(post, tool):
    """YAML front matter; cmblog names authors by id, Hugo through an `authors` taxonomy."""
    ids = [author["id"] for author in post["authors"]]
    lines = ["---", f"title: {quoted(post['title'])}", f"date: {iso(post['timestamp'])}"]
    if tool == "hugo":
        lines += [f"slug: {post['slug']}", f"authors: [{', '.join(ids)}]"]
    elif len(ids) == 1:
        lines.append(f"author: {ids[0]}")
    else:
        lines.append(f"authors: [{', '.join(ids)}]")
    if post["lang"] != "fr":
        lines.append(f"lang: {post['lang']}")
    if tool == "cmblog" and "key" in post:
        lines.append(f"translationKey: {post['key']}")
    lines.append(f"categories: [{', '.join(quoted(name) for name in post['categories'])}]")
    lines.append(f"tags: [{', '.join(quoted(name) for name in post['tags'])}]")
    return "\n".join(lines + ["---", ""])


def thread_yaml(post):
    """A comment archive in cmblog's shape; Hugo reads the very same file as data."""
    lines = [f"# Comments of {quoted(post['title'])}.", "status: closed", "comments:"]
    for comment in post["comments"]:
        lines.append(f"  - id: \"{comment['id']}\"")
        if comment["parent"]:
            lines.append(f"    parent: \"{comment['parent']}\"")
        lines.append(f"    author: {quoted(comment['author'])}")
        for key in ("author_id", "url"):
            if key in comment:
                lines.append(f"    {key}: {comment[key]}")
        lines += [f"    date: {comment['date']}", f"    type: {comment['type']}", f"    body: {quoted(comment['body'])}"]
    if not post["comments"]:
        lines[-1] = "comments: []"
    return "\n".join(lines) + "\n"


def author_yaml(author, successor):
    text = (f"name: {author['name']}\nrole: {author['role']}\nbio: |\n  Writes about the workshop and the people behind it.\n"
            f"links:\n  website: \"https://{author['id']}.example.org/\"\n  mastodon: \"https://social.example/@{author['id']}\"\n"
            f"fediverse: \"@{author['id']}@social.example\"\n")
    if author["former"]:
        return text + f"status: former\nleft: 2017-06-30\nsuccessor: {successor}\n"
    return text + "status: active\n"


def write_cmblog(root, posts, authors, bilingual=False):
    languages = "languages:\n  fr:\n  en: { title: Benchmark (English) }\n" if bilingual else ""
    write(f"{root}/cmblog.yml", "title: Benchmark\ndescription: Un carnet de marque généré pour mesurer.\n"
          "baseURL: https://bench.example.com/\nlanguage: fr\ntimezone: Europe/Paris\n"
          "permalink: /:year/:month/:slug/\npaginate: 10\n" + languages)
    for author in authors:
        write(f"{root}/authors/{author['id']}.yml", author_yaml(author, authors[0]["id"]))
    for post in posts:
        day = iso(post["timestamp"])[:10]
        write(f"{root}/content/posts/{day}-{post['slug']}.md", front_matter(post, "cmblog") + post["body"])
        write(f"{root}/comments/{post['slug']}.yml", thread_yaml(post))


def write_hugo(root, posts, authors):
    shutil.copytree(HUGO_TEMPLATE, root, dirs_exist_ok=True)
    os.makedirs(f"{root}/static", exist_ok=True)
    shutil.copy(STYLESHEET, f"{root}/static/style.css")
    for author in authors:
        write(f"{root}/content/authors/{author['id']}/_index.md",
              f"---\ntitle: {quoted(author['name'])}\nrole: {quoted(author['role'])}\n---\n"
              "Writes about the workshop and the people behind it.\n")
    for post in posts:
        write(f"{root}/content/posts/{post['slug']}.md", front_matter(post, "hugo") + post["body"])
        write(f"{root}/data/comments/{post['slug']}.yaml", thread_yaml(post))


def write_floor(root, posts):
    for post in posts:
        write(f"{root}/posts/{post['slug']}.md", post["body"])
        write(f"{root}/comments/{post['slug']}.md", "\n\n".join(comment["body"] for comment in post["comments"]) + "\n")


def describe(posts):
    """One paragraph of figures about the corpus, so a reader can check it is what it says."""
    words = sorted(post["words"] for post in posts)
    comments = [len(post["comments"]) for post in posts]
    entries = [comment for post in posts for comment in post["comments"]]
    return (f"{len(posts)} posts: words median {statistics.median(words):.0f}, "
            f"p90 {words[int(len(words) * 0.9)]}, max {words[-1]}; "
            f"{sum(post['lang'] == 'fr' for post in posts) / len(posts):.0%} French; "
            f"{len(entries)} comments (mean {statistics.mean(comments):.1f}, max {max(comments)}, "
            f"{sum(c['type'] == 'pingback' for c in entries) / max(1, len(entries)):.0%} pingbacks, "
            f"{sum(c['parent'] is not None for c in entries) / max(1, len(entries)):.0%} replies)")


def main():
    options = [argument for argument in sys.argv[1:] if argument.startswith("--")]
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    if len(arguments) != 2 or not set(options) <= {"--bilingual", "--paired"}:
        sys.exit("usage: generate-corpus.py POSTS OUTPUT_FOLDER [--bilingual | --paired]")
    count, root = int(arguments[0]), arguments[1]
    rng = Random(SEED)
    languages = make_languages(rng)
    authors = make_authors(rng)
    categories = [word.capitalize() for word in distinct_words(rng, 12, (2, 3))]
    tags = distinct_words(rng, 80, (1, 2, 2, 3))
    posts = make_posts(rng, count, languages, authors, categories, tags)
    if "--paired" in options:
        pair_posts(posts)
    write_cmblog(f"{root}/cmblog", posts, authors, bilingual=bool(options))
    write_hugo(f"{root}/hugo", posts, authors)
    write_floor(f"{root}/floor", posts)
    print(describe(posts))


if __name__ == "__main__":
    main()
