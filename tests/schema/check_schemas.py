#!/usr/bin/env python3
"""Checks that the JSON Schemas of question-banks/schema/ agree with the bundled banks and with
the loader's verdict on broken files: every bundled bank validates, and a set of broken item
files, each rejected by the loader, is rejected by the schema too."""
import copy
import pathlib
import sys

import jsonschema
import yaml

root = pathlib.Path(sys.argv[1])
schemas = root / "question-banks" / "schema"
bank_schema = yaml.safe_load((schemas / "bank.schema.json").read_text())
items_schema = yaml.safe_load((schemas / "items.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(bank_schema)
jsonschema.Draft202012Validator.check_schema(items_schema)
bank_validator = jsonschema.Draft202012Validator(bank_schema)
items_validator = jsonschema.Draft202012Validator(items_schema)

failures = 0
checked = 0
for bank in ("aicet", "example", "conformance"):
    folder = root / "question-banks" / bank
    documents = [(folder / "bank.yaml", bank_validator)]
    documents += [(p, items_validator) for p in sorted((folder / "items").rglob("*.yaml"))]
    for path, validator in documents:
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))
        checked += 1
        for e in errors[:5]:
            failures += 1
            print(f"FAIL {path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")

# Broken variants of a valid item: the schema must reject each.
example = yaml.safe_load((root / "question-banks/example/items/examples.yaml").read_text(encoding="utf-8"))
single = example["items"][0]
broken = {
    "misspelt key": lambda i: i.update({"explenation": i.pop("explanation")}),
    "unknown type": lambda i: i.update({"type": "single_choise"}),
    "a not a number": lambda i: i["irt"].update({"a": "high"}),
    "a negative": lambda i: i["irt"].update({"a": -1}),
    "c in 2PL": lambda i: i["irt"].update({"c": 0.2}),
    "no parameters": lambda i: i.pop("irt"),
    "status": lambda i: i.update({"status": "live"}),
    "no options": lambda i: i.pop("options"),
    "field of another type": lambda i: i.update({"tolerance": 1}),
    "bad id": lambda i: i.update({"id": "q 1"}),
}
for name, change in broken.items():
    item = copy.deepcopy(single)
    change(item)
    checked += 1
    if items_validator.is_valid({"items": [item]}):
        failures += 1
        print(f"FAIL the schema accepts a broken item ({name})")

print(f"{checked - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
