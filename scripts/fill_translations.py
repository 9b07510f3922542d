"""Fill unfinished entries of a Qt Linguist file from a JSON mapping {source: translation}.

    python3 scripts/fill_translations.py i18n/sharedesk_zh_CN.ts new-strings.json

For editors without Qt Linguist: after ``python3 dev.py i18n`` lists new strings, write their
translations into a JSON file and run this. Prints the sources still unfinished afterwards.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET  # our own .ts files, not untrusted input
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)  # noqa: S314
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in mapping:
            forms = list(translation.iter("numerusform"))
            for form in forms:  # Chinese has a single plural form
                form.text = mapping[source]
            if not forms:
                translation.text = mapping[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    missing = fill(Path(argv[0]), mapping)
    for source in missing:
        print("still unfinished:", source)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
