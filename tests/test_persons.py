"""Whether a sentence counts people (`persons.counts_persons`): by the noun its number counts, read in WordNet's
most frequent sense (`person_nouns.txt`), and the word list's derivation from WordNet's files."""

from __future__ import annotations

from pathlib import Path

from assistant.persons import counts_persons, derive_person_nouns, may_name_people
from tests.test_question import met


def test_a_number_of_things_counts_no_one() -> None:
    assert not counts_persons("When it hit Pahuri in 2023, it destroyed 4,200 homes.")  # a home is first a place
    assert not counts_persons("Kastovia says the split between the two downstream states is for them to settle.")
    assert counts_persons("The fighting killed 41 civilians and 12 soldiers.")
    assert counts_persons("The mission would have 400 troops and three experts.")  # people, and groups of them
    assert counts_persons("Some 300,000 Karveshi residents were left without water.")
    assert counts_persons("Some 300,000 Karveshi were left without water.")  # a word English does not know may
    assert not met("How many people died when the cyclone struck?", "The cyclone destroyed 4,200 homes.")


def test_a_noun_names_people_by_its_most_frequent_sense() -> None:
    assert may_name_people("residents") and may_name_people("households") and may_name_people("detainees")
    assert not may_name_people("homes") and not may_name_people("rounds") and not may_name_people("votes")


def test_the_list_is_derived_from_the_first_sense_of_each_noun(tmp_path: Path) -> None:
    # WordNet's files, cut down: data.noun gives each synset's lexicographer file, index.noun each lemma's
    # synsets most frequent first (after its pointer symbols and two counts)
    (tmp_path / "data.noun").write_text(
        "  1 license text\n"
        "00000001 18 n 01 resident 0 000 | someone who lives at a place\n"
        "00000002 15 n 01 home 0 000 | where you live\n"
        "00000003 14 n 02 home 0 household 0 000 | the people who live together\n"
    )
    (tmp_path / "index.noun").write_text(
        "  1 license text\n"
        "home n 2 1 @ 2 2 00000002 00000003\n"
        "household n 1 1 @ 1 0 00000003\n"
        "resident n 1 0 1 1 00000001\n"
        "town_crier n 1 0 1 0 00000001\n"
    )
    assert derive_person_nouns(tmp_path) == ["household", "resident"]
