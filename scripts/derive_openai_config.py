"""Derive the `resources:` section of spec/openai.yaml from the reference surface.

The reference (`../shared/reference/openai-surface.json`) lists every method of the official
client with its HTTP route and return type: exactly what our config's resource tree states. This
script writes that tree once, so the config matches the reference by construction; the rest of the
config (package, client, pagination, types) is written by hand. Run it again after the reference
changes:  .venv/bin/python scripts/derive_openai_config.py > /tmp/resources.yaml
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parity import DEFAULT_REFERENCE  # noqa: E402

# return types that the spec does not state the way the official SDK treats them
FORCED = {"HttpxBinaryResponseContent": "binary", "str": "text", "None": "none"}
PAGES = ("SyncCursorPage", "SyncPage", "SyncConversationCursorPage", "SyncNextCursorPage")


def tree(methods: dict[str, dict[str, str]]) -> dict:
    root: dict = {}
    for dotted, info in sorted(methods.items()):
        if not info.get("route"):
            continue  # hand-written helpers (polling, streaming, webhooks) have no route
        *path, name = dotted.split(".")
        node = root
        for i, part in enumerate(path):
            node = node.setdefault(part, {})
            if i < len(path) - 1:
                node = node.setdefault("resources", {})
        entry: dict | str = info["route"]
        page = info["returns"].split("[", 1)[0]
        if page in PAGES:
            entry = {"route": info["route"], "page": page}
        elif info["returns"] in FORCED:
            entry = {"route": info["route"], "returns": FORCED[info["returns"]]}
        node.setdefault("methods", {})[name] = entry
    return root


def main() -> None:
    ref = json.loads(DEFAULT_REFERENCE.read_text())
    sys.stdout.write(yaml.safe_dump({"resources": tree(ref["methods"])}, sort_keys=False, width=200))


if __name__ == "__main__":
    main()
