"""`assistant positions --suggest` on small texts: which names become parties, with which aliases."""

from __future__ import annotations

import numpy as np

from assistant.suggest import suggest


def _embed(texts: list[str]) -> np.ndarray:
    return np.ones((len(texts), 4))  # issues are not what these tests look at


def test_a_word_that_only_opens_a_sentence_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Although Lloyd George privately assured Bullitt that he supported the deal, he did nothing. "
        "Britain insisted on a ceasefire. The talks stalled when Lloyd George refused to attend. "
        "Later, Lloyd George demanded a new conference, and Britain rejected the offer."
    )
    parties = suggest([text], _embed).parties
    aliases = [alias for names in parties.values() for alias in names]
    assert "Lloyd George" in aliases and "Although Lloyd George" not in aliases
