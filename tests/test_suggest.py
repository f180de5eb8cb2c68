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


def test_a_party_whose_verb_follows_a_clause_about_it_states_a_position() -> None:
    text = (
        "Aldmere demanded the whole district. Brevonia rejected any indemnity. Aldmere insisted on tolls. "
        "Brevonia refused a plebiscite. Veldmark hosted the talks in its capital. Veldmark, whose merchants "
        "depended on the river trade, offered its capital as a venue. Veldmark chaired every session. "
        "The treaty thanked Veldmark. Veldmark kept the minutes."
    )
    assert "Veldmark" in suggest([text], _embed).parties


def test_a_person_in_apposition_to_a_possessive_title_joins_its_owner_and_mr_is_an_honorific() -> None:
    text = (
        "Tomas Okonde, Qaravel's President, has rejected the plan. Qaravel demanded 40 billion cubic metres. "
        "Belgara rejected arbitration. Mr Okonde insisted on a treaty. Belgara proposed a fund. "
        '"We cannot drink electricity," Ms Marrow said. Ms Marrow insisted on the quota. Qaravel wants a deal.'
    )
    parties = suggest([text], _embed).parties
    assert "Okonde" in parties.get("Qaravel", [])
    assert not any("Marrow" in party for party in parties)  # a person, not a party


def test_a_name_that_ends_a_sentence_elsewhere_drops_an_opening_word_before_it() -> None:
    text = (
        'Tavrosia insisted on the garrison. Ostrin said Tavrosia would never yield. "No," said Ostrin. Ostrin '
        "insisted that Tavrosia keep the garrison. Tavrosia rejected the revenue split. Neither Ostrin nor Hasari "
        "would say more. The Tavrosian delegation is headed by Pavel Ostrin. Marenia demanded a joint zone. Marenia "
        "rejected the garrison."
    )
    aliases = suggest([text], _embed).parties["Tavrosia"]
    assert "Ostrin" in aliases and "Neither Ostrin" not in aliases
