#!/usr/bin/env python3
"""Writes a large synthetic blog, twice: as a cmblog content repository and as a Hugo site
with minimal layouts that render the same pages (posts, paginated home, categories, tags).

Usage: generate-corpus.py POSTS OUTPUT_FOLDER
"""
import os
import random
import sys

posts, root = int(sys.argv[1]), sys.argv[2]
rng = random.Random(42)
words = ("atelier marque signature lecteur archive réseau billet équipe café torréfaction origine "
         "commentaire confiance auteur histoire lien adresse carnet communauté visite").split()
authors = [f"author{index:02d}" for index in range(20)]
categories = [f"Catégorie {index}" for index in range(30)]
tags = [f"tag {index}" for index in range(200)]


def sentence():
    return " ".join(rng.choice(words) for _ in range(rng.randint(8, 18))).capitalize() + "."


def body(index):
    paragraphs = [" ".join(sentence() for _ in range(4)) for _ in range(5)]
    return (
        f"{paragraphs[0]}\n\n<!--more-->\n\n## Première partie\n\n{paragraphs[1]}[^1]\n\n"
        "| Colonne | Valeur | Part |\n|:--|--:|--:|\n| Un | 12 | 10 % |\n| Deux | 40 | 33 % |\n\n"
        f"```swift\nlet total = {index} + 1\nprint(total)\n```\n\n## Seconde partie\n\n"
        f"{paragraphs[2]} ~~{rng.choice(words)}~~ https://example.com/{index}\n\n{paragraphs[3]}\n\n"
        f"- [x] {sentence()}\n- [ ] {sentence()}\n\n{paragraphs[4]}\n\n[^1]: {sentence()}\n"
    )


def front_matter(index, extra):
    year = 2010 + index % 15
    chosen_tags = rng.sample(tags, 3)
    return (
        f"---\ntitle: \"Billet numéro {index}\"\ndate: {year}-{1 + index % 12:02d}-{1 + index % 28:02d}T10:00:00+01:00\n"
        f"{extra}categories: [\"{rng.choice(categories)}\"]\ntags: [{', '.join(chosen_tags)}]\n---\n"
    )


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


cmblog, hugo = os.path.join(root, "cmblog"), os.path.join(root, "hugo")
write(f"{cmblog}/cmblog.yml", "title: Benchmark\nbaseURL: https://bench.example.com/\nlanguage: fr\ntimezone: Europe/Paris\npaginate: 10\n")
for author in authors:
    write(f"{cmblog}/authors/{author}.yml", f"name: Auteur {author[-2:]}\nrole: Rédaction\nbio: Écrit des billets.\n")
write(f"{hugo}/hugo.toml", """baseURL = "https://bench.example.com/"
languageCode = "fr"
title = "Benchmark"
disableKinds = ["RSS"]
[pagination]
  pagerSize = 10
[permalinks]
  posts = "/:year/:month/:slug/"
[taxonomies]
  category = "categories"
  tag = "tags"
  author = "authors"
[markup.goldmark.renderer]
  unsafe = true
[markup.goldmark.extensions]
  typographer = true
""")
layouts = {
    "_default/baseof.html": '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title>'
                            '<link rel="canonical" href="{{ .Permalink }}"></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
    "_default/single.html": '{{ define "main" }}<article class="h-entry"><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January 2006" }}</time>'
                            '{{ range .Params.authors }}<a href="/authors/{{ . | urlize }}/">{{ . }}</a>{{ end }}'
                            '<div class="e-content">{{ .Content }}</div></article>{{ end }}\n',
    "_default/list.html": '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>'
                          '{{ .Summary }}</article>{{ end }}{{ with .Paginator.Next }}<a href="{{ .URL }}">next</a>{{ end }}{{ end }}\n',
    "index.html": '{{ define "main" }}{{ range (.Paginate (where .Site.RegularPages "Type" "posts")).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>'
                  '{{ .Summary }}</article>{{ end }}{{ end }}\n',
}
for name, text in layouts.items():
    write(f"{hugo}/layouts/{name}", text)

for index in range(posts):
    author = rng.choice(authors)
    text = body(index)
    write(f"{cmblog}/content/posts/post-{index:05d}.md", front_matter(index, f"author: {author}\n") + text)
    write(f"{hugo}/content/posts/post-{index:05d}.md", front_matter(index, f"authors: [{author}]\n") + text)
