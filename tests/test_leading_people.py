"""Who is asked for when "Who…?" names no role: a person the text introduces, not a place or a party that a
sentence about the same thing names (the real chain, MiniLM and an index of a hand-made memo)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from tests.test_chain_gist import memo_bot

MEMO = "\n\n".join(
    [
        "Hostage talks at Kessaro Point",
        "The Red Ridge Front sent a delegation from Sadovec to the hostage talks. In the hostage talks, Anna Drell "
        "spoke for the Red Ridge Front.",
        "Drell said the Front wanted sixty prisoners freed.",
        "The government offered fourteen detainees and an amnesty.",
    ]
)


def test_who_with_no_role_leads_with_a_person_the_text_introduces(tmp_path: Path, embeddings: Embeddings) -> None:
    answer = memo_bot(tmp_path, embeddings, MEMO).ask("Who represented the Red Ridge Front in the hostage talks?")
    assert not answer.refused
    assert answer.answer.startswith("In the hostage talks, Anna Drell")  # not "…sent a delegation from Sadovec…" first
