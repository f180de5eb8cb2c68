"""The common nouns a text calls its parties by ("the union", "the government"), read from how the text ties each
to one party; they say whose a sentence is, but set no parties side by side. Hand-made texts, and the real chain and MiniLM for a comparison."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.names import Parties
from assistant.party_nouns import common_nouns
from tests.conftest import folder_bot

ALIASES = {
    "Marrowfield Education Association": ["MEA", "Tamsin Bellweather", "Bellweather"],
    "Marrowfield Unified School District": ["MUSD", "Harlan Voss", "Voss"],
}
STRIKE = (
    "About 2,340 educators represented by the Marrowfield Education Association walked off the job. "
    '"We are not going back," said Tamsin Bellweather, the union\'s president. The district has offered 3 percent.'
)


def test_a_noun_is_a_partys_when_its_name_ends_in_it_or_its_person_holds_a_post_of_it() -> None:
    nouns = common_nouns(ALIASES, [STRIKE])
    assert nouns == {
        "Marrowfield Education Association": {"the association", "the union"},
        "Marrowfield Unified School District": {"the district"},
    }


def test_a_noun_said_of_a_party_by_of_a_possessive_or_its_adjective_is_that_partys() -> None:
    aliases = {"Republic of Varossa": ["Varossa"], "Free Hallan Movement": ["FHM"]}
    for text in (
        "Negotiators for the government of the Republic of Varossa met the rebels.",
        "Varossa's government has refused.",
        "The Varossan government has refused.",
    ):
        assert common_nouns(aliases, [text])["Republic of Varossa"] == {"the government"}
    assert common_nouns(aliases, ["The FHM wants a truce."]) == {"Free Hallan Movement": {"the movement"}}


def test_a_noun_tied_to_two_parties_or_a_place_word_is_no_ones() -> None:
    aliases = {"Ukraine": ["Kyiv", "Ukrainian"], "Russia": ["Moscow", "Russian"]}
    text = "The Ukrainian government and the Russian government disagree. The Russian city of Kursk was taken."
    assert common_nouns(aliases, [text]) == {}


def test_a_partys_noun_says_whose_a_sentence_is_but_compares_no_one() -> None:
    parties = Parties(ALIASES, common_nouns(ALIASES, [STRIKE]))
    assert parties.mentioned("The union wants smaller classes.") == ["Marrowfield Education Association"]
    assert parties.compared("How far apart are the union and the district on pay?") == []
    assert parties.compared("How far apart are the MEA and the MUSD on pay?") == [
        "Marrowfield Education Association",
        "Marrowfield Unified School District",
    ]


def test_a_comparison_hears_each_party_through_what_the_text_calls_it(tmp_path: Path, embeddings: Embeddings) -> None:
    text = (
        "Teachers strike in Marrowfield\n\n"
        "The Marrowfield Education Association called the strike on March 2. Tamsin Bellweather, the union's "
        "president, spoke to reporters outside the Marrowfield Unified School District offices.\n\n"
        "The union wants raises of 7 percent a year. The district has offered raises of 3 percent.\n"
    )
    parties = (
        "parties:\n  Marrowfield Education Association: [MEA, Tamsin Bellweather, Bellweather]\n"
        "  Marrowfield Unified School District: [MUSD]\n"
    )
    bot = folder_bot(tmp_path, embeddings, {"strike.txt": text, "positions.yaml": parties})
    answer = bot.ask("How do the MEA and the MUSD differ on raises?").answer
    assert "Marrowfield Education Association: The union wants raises of 7 percent" in answer
    assert "Marrowfield Unified School District: The district has offered raises of 3 percent" in answer


def test_a_build_saves_the_passages_a_party_is_named_in_by_what_the_text_calls_it(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    text = "Teachers strike\n\n" + STRIKE + "\n\nThe union wants raises of 7 percent a year.\n"
    table = "parties:\n" + "".join(f"  {party}: [{', '.join(names)}]\n" for party, names in ALIASES.items())
    bot = folder_bot(tmp_path, embeddings, {"strike.txt": text, "positions.yaml": table})
    retriever = bot.pipeline.retriever  # reads what the build saved
    said = [i for i, p in enumerate(retriever.passages) if p.text.startswith("The union wants")]
    assert said and retriever.lexical.names["Marrowfield Education Association"][said[0]]
