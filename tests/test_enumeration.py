"""A sentence that lists several things is quoted by its lead and one item; other sentences are no list."""

from __future__ import annotations

import pytest

from assistant.enumeration import enumeration

TERMS = (
    "The proposed terms for discussion included allowing all de facto governments to retain the territory they "
    "held, the lifting of the Allied blockade, the withdrawal of Allied troops from Russia, and a commitment by "
    "the Bolshevik government to honor Russia’s financial obligations."
)


def test_a_list_after_included_is_quoted_by_its_lead_and_one_item() -> None:
    listed = enumeration(TERMS)
    assert listed is not None and len(listed.items) == 4
    assert listed.excerpt(TERMS, 0) == (
        "The proposed terms for discussion included allowing all de facto governments to retain the territory "
        "they held."
    )
    assert (
        listed.excerpt(TERMS, 2)
        == "The proposed terms for discussion included … the withdrawal of Allied troops from Russia."
    )
    assert listed.excerpt(TERMS, 3).endswith(
        "… a commitment by the Bolshevik government to honor Russia’s financial obligations."
    )


def test_what_one_subject_did_is_a_list_of_verb_phrases() -> None:
    sentence = (
        "The Russians wanted to keep Sakhalin Island, refused to pay a war indemnity, and hoped to keep their fleet."
    )
    listed = enumeration(sentence)
    assert listed is not None
    assert [listed.excerpt(sentence, i) for i in range(3)] == [
        "The Russians wanted to keep Sakhalin Island.",
        "The Russians … refused to pay a war indemnity.",
        "The Russians … hoped to keep their fleet.",
    ]
    # an irregular past opens an item as well
    cut = "Aldmere abandoned its claim to the south, agreed to return the fortress, and cut its indemnity demand."
    assert len(enumeration(cut).items) == 3  # type: ignore[union-attr]


def test_what_a_party_proposed_is_a_list_of_its_objects() -> None:
    sentence = (
        "It proposed a minimum release of 37 billion cubic metres, with drought releases allowed to fall no more "
        "than 15% below that figure, and a filling period of six to seven years."
    )
    listed = enumeration(sentence)
    assert listed is not None and len(listed.items) == 3
    assert listed.excerpt(sentence, 2) == "It proposed … a filling period of six to seven years."
    # a noun is no verb that introduces a list
    assert enumeration("They met to meet British requests for fuel, spare parts, and ammunition.") is None


def test_semicolons_separate_items_and_a_number_is_no_separator() -> None:
    sentence = (
        "This included a 2,400 limit on delivery vehicles (ICBMs, SLBMs, and heavy bombers); a 1,320 limit on "
        "MIRV systems; and a ban on new ICBM launchers."
    )
    listed = enumeration(sentence)
    assert listed is not None
    assert listed.excerpt(sentence, 1) == "This included … a 1,320 limit on MIRV systems."
    assert (
        listed.excerpt(sentence, 0)
        == "This included a 2,400 limit on delivery vehicles (ICBMs, SLBMs, and heavy bombers)."
    )


def test_what_comes_before_the_part_that_opens_the_list_belongs_to_its_lead() -> None:
    sentence = (
        "Although Lansing only let him report, Bullitt’s objective was more ambitious: to broker a deal that would "
        "end the war, lift the blockade, and allow the Allies to withdraw."
    )
    listed = enumeration(sentence)
    assert listed is not None
    assert listed.excerpt(sentence, 1) == (
        "Although Lansing only let him report, Bullitt’s objective was more ambitious: … lift the blockade."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In a first phase of 30 days, the fighting would stop, the government would free 400 prisoners and the "
        "movement would release all 37 officials.",  # clauses, with nothing that introduces a list
        "Japan wanted Korea, which Russia held, and Sakhalin.",  # a relative clause is no item
        "The talks included a dinner and a walk.",  # two things are no list
        "Ukraine, Russia and the United States met in Riyadh.",  # a subject of three names, no lead
        "The deal covered 2,400 launchers.",
        "Trump wants a deal that would exchange minerals such as lithium, titanium, and uranium for aid.",  # examples
    ],
)
def test_other_sentences_are_no_list(sentence: str) -> None:
    assert enumeration(sentence) is None
