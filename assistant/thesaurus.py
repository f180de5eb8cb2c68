"""Words English uses for the same thing when it speaks of negotiations, which MiniLM's word vectors place too
far apart to count as near-synonyms ("talks" and "negotiations": 0.50, "mediator" and "go-between": 0.18).

Each set is the single-word lemmas of one WordNet 3.0 synset (named beside it), with their plurals and verb
forms as stems; an agreement's set also holds those of the kinds of agreement below it (a deal is WordNet's
"bargain.n.01", a treaty a "written_agreement.n.01"). The verbs of asking for something are one more set: a
general English thesaurus of the vocabulary of talks, not words of any document. `retrieval.Retriever` counts
two words of one set as near-synonyms, as it does two words whose vectors are close.
"""

from __future__ import annotations

from functools import cache

from assistant.english import BEGINNING_VERBS, PROPOSING_FORMS, inflections
from assistant.lexicon import stems

SYNSETS = {
    "negotiation.n.01": "negotiation dialogue talks",
    # agreement.n.01 with its hyponyms bargain.n.01 and (via written_agreement.n.01) treaty.n.01 and
    # convention.n.03 ("an international agreement"), and written_agreement.n.01's other hypernym,
    # legal_document.n.01 ("instrument": "The instrument was signed on 19 June 1787")
    "agreement.n.01": "agreement understanding bargain deal treaty pact accord convention instrument",
    # mediator.n.01 and conciliator.n.01, with the verbs of intercede.v.01 that WordNet derives them from, and
    # broker.v.01 ("act as a broker"), which it sets beside intercede.v.01 under negotiate.v.01: a deal "brokered
    # by" someone was mediated by them
    "mediator.n.01": "mediator go-between intermediator intermediary intercessor conciliator intercede broker",
    "armistice.n.01": "armistice ceasefire cease-fire truce",
    # dispute.n.01 ("a disagreement or argument about something important") with its hyponym quarrel.n.01 ("an
    # angry dispute") and fight.n.04 ("an intense verbal dispute", under controversy.n.01), less "difference"
    "dispute.n.01": "dispute conflict quarrel wrangle row fight",
    "court.n.02": "court tribunal judicature",
    "cadaver.n.01": "body corpse cadaver remains",  # with its hypernym body.n.01: the dead returned in a swap
    "boss.n.01": "boss chief honcho",  # "a person who exercises control over workers"
    "reduce.v.01": "reduce cut trim",  # a reduction agreed or demanded: of duties, troops, debts, quotas
    # limit.v.01 ("place limits on") with its hyponym cap.v.02 ("restrict the number or amount of"), and the
    # noun ceiling.n.03 ("an upper limit on what is allowed"): a cap on payments, fees, troops or quotas
    "limit.v.01": "limit restrict cap ceiling",
    # meeting.n.01 with its hyponym session.n.01 (a sitting), and meet.v.01 with convene.v.01 and reconvene.v.01;
    # talks are also met in "rounds" and "resumed" (the Oxford senses "one of a succession of meetings", "begin
    # again"): "When are they due to resume talks?" is dated by "…and reconvene in Lindqvar on Nov. 17"
    "meeting.n.01": "meeting meet session sitting round convene reconvene resume",
    # levy.n.01 ("a charge imposed and collected") with its hyponym tax.n.01, and duty.n.03 ("a government tax on
    # imports or exports"), kept apart: talks over a digital tax and the tariffs set against it are two matters
    "levy.n.01": "levy tax taxation",
    "duty.n.03": "duty tariff",
    # appoint.v.01 ("create and charge with a task or function"): an arbitrator "named by 31 January" is appointed
    "appoint.v.01": "appoint name nominate constitute",
    # end.v.01 ("have an end, in a temporal… sense") with "conclude": Quirk et al.'s aspectual verbs of stopping
    # (§16.48, as `tense.py` reads them), so talks that "ended on 3 October" concluded then
    "end.v.01": "end stop finish terminate cease conclude",
}
# ...and the verbs by which a party asks for what it wants, one meaning to a question ("How many prisoners is X
# asking to free?" is answered by "X wants 410 of its people out"): the suasive verbs of Quirk et al. §16.32
# and the verbs of desire, in every form; and `english.PROPOSING_FORMS` as written, since their stems are nouns' too
# ("the bank tabled a compromise" suggested one; "at the table" suggests nothing).
WANTING = inflections(
    tuple("ask demand desire insist propose recommend request require seek suggest urge want wish".split())
)

# ...and the aspectual verbs of starting (`english.BEGINNING_VERBS`): talks that "opened on 6 February" started then.
BEGINNING = inflections(tuple(BEGINNING_VERBS))


@cache
def _sets() -> dict[str, frozenset[str]]:
    """Each word's key (its stem, or a form kept whole), and the keys of its set."""
    out: dict[str, frozenset[str]] = {}
    sets = [*((words.split(), ()) for words in SYNSETS.values()), (WANTING, PROPOSING_FORMS), (BEGINNING, ())]
    for lemmas, exact in sets:
        group = frozenset(stems(lemmas)) | frozenset(exact)
        out.update((key, group) for key in group)
    return out


def _keys(words: list[str]) -> list[str]:
    """Each word's key in `_sets`: the word as written when it is one of the forms kept whole, else its stem."""
    return [w.lower() if w.lower() in PROPOSING_FORMS else stem for w, stem in zip(words, stems(words), strict=True)]


def same_things(words: list[str], candidates: list[str]) -> set[str]:
    """Those of `words` of whose set one of `candidates` is a word ("negotiations" for "talks")."""
    sets = _sets()
    found = {key for key in _keys(candidates) if key in sets}
    return {w for w, key in zip(words, _keys(words), strict=True) if found & sets.get(key, frozenset())}


# The sets whose synset WordNet files under noun.person: their first word names whoever does what their verbs say
_DOERS = ("mediator.n.01", "boss.n.01")


def doer_of(verb: str) -> str | None:
    """The person noun of the set `verb` is a word of, when that set names persons ("mediated", "brokered":
    "mediator"), or None."""
    kin = kin_of(verb)
    return kin[0] if kin and " ".join(kin) in (SYNSETS[k] for k in _DOERS) else None


@cache
def kin_of(word: str) -> tuple[str, ...]:
    """The words of the set `word` is of ("broker", "mediator", … for "go-between"), or none."""
    stem = stems([word])[0]
    return next((tuple(w.split()) for w in SYNSETS.values() if stem in stems(w.split())), ())


def own_words_only(words: list[str], candidates: list[str]) -> set[str]:
    """No near-synonyms at all, where only a word itself counts (stemmed or respelled): none of `words`."""
    return set()
