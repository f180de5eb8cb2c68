"""The people a corpus introduces (`people.people_in`): the surnames of names English writes of people, not places,
pronouns, titles or things, nor the given names before a surname. Hand-made texts; no model."""

from __future__ import annotations

from assistant.people import people_in


def test_people_are_names_with_a_first_name_somewhere_not_places_or_pronouns() -> None:
    people = people_in(
        [
            "Washington and Moscow announced a deal. He said it was good.",
            '"This is impossible," said Dmitry Peskov. Peskov said more. US President Donald Trump\'s call.',
            "The talks opened under the chairmanship of the Halvene foreign minister, Anselm Corrow.",
            "Nadira Solkhun, who led the Ketharran team, said so. Solkhun acknowledged the pressure.",  # "who": a person
            "Desmond Achterberg, Corran Bay's vice president, said no. Achterberg told reporters so.",
            "Pavel Ostrane, director of the state hydropower company, said no. Ostrane added more.",  # no article
            "He welcomed Ms. Ingrid Tolbeck, Deputy Minister. Tolbeck (Tenmarch) said the figure was set by statute.",
            "What the OVPM demands\n\nThe OVPM still insists on observers. OVPM leaders said no.",  # "The": no first name
            "Since January, the coast guards boarded 26 vessels. In March, a deal was near. March said so.",  # no one
            "Wilson's adviser, Colonel Edward M. House, agreed. House told Bullitt so.",  # past the middle initial
            "Vice President George H.W. Bush flew in. Bush said it went well.",
            "Mr Speaker, the Minister told us. The Shadow Minister said no. King Albrecht III signed.",  # titles
            # "the" before a name makes it a thing's, unless it qualifies a noun ("the Ronald Reagan administration")
            "The Kestrel Group wanted more. Group said so. The Pellavine Bank, a shoal, is rich. Bank said so.",
            "The crisis tested the Ronald Reagan administration. Reagan said so.",
            # ...as does "a", and a name the text writes so once is a thing's wherever it stands
            "They signed a Comprehensive Trade and Market Agreement. Comprehensive Trade said nothing.",
            # ...and a place name's generic word is no first name ("Port Arthur", "Fort Sumter")
            "Russia took Port Arthur, a warm water port. Arthur said nothing. Fort Sumter fell. Sumter said so.",
        ]
    )
    assert people == {
        "peskov",
        "trump",
        "corrow",
        "solkhun",
        "achterberg",
        "ostrane",
        "tolbeck",
        "house",
        "bush",
        "reagan",
    }


def test_a_name_a_text_only_writes_before_a_surname_is_a_given_name() -> None:
    texts = ["Its envoy, Baron Mathis Edelgard, argued the point. Edelgard said so.", "Count Anselm Ravik replied."]
    assert people_in(texts) == {"edelgard", "ravik"}  # not "mathis" or "anselm", after a title
