#!/usr/bin/env python3
"""Every file that the README and the documentation link to exists.

Usage: check_links.py SOURCE_DIR

Reads every Markdown file of the project (outside build folders) and checks each relative link
and image, [text](path) or ![alt](path), against the files of the source tree."""
import os
import re
import sys

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def main():
    root = sys.argv[1]
    checked, missing = 0, []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith((".", "build")) and d != "node_modules"]
        for name in files:
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    for target in LINK.findall(line):
                        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                            continue
                        target = target.split("#", 1)[0]
                        checked += 1
                        if not os.path.exists(os.path.normpath(os.path.join(folder, target))):
                            missing.append(f"{os.path.relpath(path, root)}:{number}: {target} does not exist")
    for m in missing:
        print(m)
    print(f"{checked} links checked, {len(missing)} missing")
    return 1 if missing or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
