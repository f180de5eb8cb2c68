"""Names as people write them: parties and their aliases, spelling variants of places and people.

`Parties` says which party a heading or question is about (from the configurable alias table). Spelling
variants ("Kyiv"/"Kiev", "Bessent"/"Bessant") are folded onto the corpus's own spelling by `Speller`.
Nothing here retrieves or ranks; it only maps words to names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def _alias_pattern(alias: str) -> re.Pattern[str]:
    # All-caps aliases ("US") match case-sensitively so that "us" in a sentence is not the United States.
    flags = 0 if alias.isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w.]){re.escape(alias)}(?![\w])", flags)


class Parties:
    """The parties of a corpus and the names that refer to each."""

    def __init__(self, aliases: Mapping[str, Iterable[str]]) -> None:
        self.names = list(aliases)
        self._patterns = [
            (party, _alias_pattern(alias))
            for party, names in aliases.items()
            for alias in sorted({party, *names}, key=len, reverse=True)
        ]

    def mentioned(self, text: str) -> list[str]:
        """Parties named in `text`, in order of first mention."""
        first: dict[str, int] = {}
        for party, pattern in self._patterns:
            match = pattern.search(text)
            if match and (party not in first or match.start() < first[party]):
                first[party] = match.start()
        return sorted(first, key=first.__getitem__)

    def of_heading(self, heading: str) -> str | None:
        """The party a section heading is about, or None when it names none (or several)."""
        found = self.mentioned(heading)
        return found[0] if len(found) == 1 else None
