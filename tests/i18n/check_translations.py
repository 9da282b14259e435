#!/usr/bin/env python3
"""The French and English translations are complete and up to date.

Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...

Runs lupdate over every source of the project into copies of the committed .ts files: a message
that the sources have and the committed file lacks (a new or changed tr() not extracted) fails, and
so does any message left unfinished or empty, or whose translation lost a placeholder (%1, %n…),
an HTML tag, or the line breaks and edge spaces of its source."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_FOLDERS = ["core", "store", "services", "reports", "app"]


def messages(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text or ""
            found[(name, source)] = message.find("translation")
    return found


def shape(text):
    placeholders = sorted(re.findall(r"%L?\d+|%n", text))
    tags = sorted(re.findall(r"</?[a-zA-Z][a-zA-Z0-9]*", text))
    edges = (re.match(r"^\s*", text).group(0), re.search(r"\s*$", text).group(0))
    return placeholders, tags, edges, text.count("\n")


def main():
    lupdate, source_dir, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        sources = os.path.join(tmp, "sources.lst")
        with open(sources, "w", encoding="utf-8") as out:
            for folder in SOURCE_FOLDERS:
                for root, _, files in os.walk(os.path.join(source_dir, folder)):
                    for f in sorted(files):
                        if f.endswith((".cpp", ".h")):
                            out.write(os.path.join(root, f) + "\n")
        for ts in ts_files:
            fresh = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, fresh)
            run = subprocess.run([lupdate, "@" + sources, "-ts", fresh, "-no-obsolete", "-locations", "none"],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"{ts}: lupdate failed: {run.stderr}")
                continue
            committed, extracted = messages(ts), messages(fresh)
            for key in sorted(set(extracted) - set(committed)):
                problems.append(f"{ts}: not extracted yet (run the update_translations target): {key[0]}: {key[1]!r}")
            for key in sorted(set(committed) - set(extracted)):
                problems.append(f"{ts}: no longer in the sources: {key[0]}: {key[1]!r}")
            for (context, source), translation in committed.items():
                # A plural message has one form per grammatical number: each is checked.
                forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
                if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                    problems.append(f"{ts}: not translated: {context}: {source!r}")
                    continue
                for text in forms:
                    if shape(text) != shape(source):
                        problems.append(f"{ts}: the translation changes placeholders, tags or line breaks: "
                                        f"{context}: {source!r} -> {text!r}")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s) in {len(ts_files)} translation file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
