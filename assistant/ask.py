"""What a question asks for, as requirements on the one sentence that answers it (`Ask`), and whether a
sentence meets them (`Ask.met_by`): a date, number or name it states anew, the role or thing asked about, whose
it is. `question.read` reads an `Ask`; the judge refuses when no retrieved sentence meets it, and the generator
leads with one that does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import clauses, counting, figures, holds, ordinals, post_holders, posts, shares, stages, tense
from assistant.antecedents import referred_back
from assistant.births import TELLS_BIRTH
from assistant.english import is_noun, plain_verbs
from assistant.holds import Synonyms
from assistant.layout import DATELINE, speaker_of
from assistant.lexicon import Lexicon, words
from assistant.money import states_money
from assistant.persons import counts_persons
from assistant.places import names_a_place
from assistant.quantities import measures_another, quantities
from assistant.question_forms import PROPOSING
from assistant.recurrence import STATES_FREQUENCY
from assistant.tokens import is_participle

# A list of names, "A, B and C", of which one may have a noun after it: "Ostmere and the Orrun region"
_NAMED = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+(?!and\b|or\b)[a-z]+)?"
_LISTED = re.compile(rf"\b{_NAMED}(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?{_NAMED})+")
_KINDS = {"date": "a date", "number": "a number", "duration": "a span of time", "name": "a name", "office": "a post"}
_KINDS |= {"frequency": "a frequency", "time": "a time of day", "birth": "a birth"}
_TOLD_BY = {"frequency": STATES_FREQUENCY, "time": tense.CLOCK, "birth": TELLS_BIRTH}  # the words that tell each


@dataclass(frozen=True)
class Ask:
    """What a question asks for, as requirements on one sentence that answers it:
    - `wants`: the kind of answer ("date", "number", "duration", "name"), which the sentence must state anew
      (not a date, number or name the question itself gives), or the "office" of the `owner` ("What post does
      X hold?"), given beside the name;
    - `topic`: for a date or number, the question's content words, of which the sentence (with its
      antecedent) must hold half (three of more than six), as such, respelled or by a near-synonym: the date
      must be the date of what was asked about;
    - `counted`: what "how many" counts, whose head noun the sentence must hold ("fishing boats": boats);
    - `role`: the role asked about ("foreign minister"), whose head noun and half of whose other words the
      sentence must hold, and its `owner` ("Argentina"), whom the passage must name and no other owner hold
      the role in the sentence; a `kind` ("Which treaty…") may instead be half named;
    - `speaker`: whose words or reaction are asked for ("What did Orlando say…", "How did Japan respond…"):
      the sentence must have them state, say or do something about it (a stance or reporting verb), in a
      passage that holds a word of the `topic` when one is named ("…say about whaling?");
    - `leads` ("Who heads…", "who's leading Carvossa's team…"): the sentence must say who is in charge, with a
      verb of leading or its doer's noun ("led by", "the army's commander"), of the `owner`'s when one is named;
    - a role's holder must be named beside the role ("Foreign Minister X"). A day of a month is no number; a
      sentence that says the figure or date is not known ("has not yet been determined") answers the question."""

    wants: str | None = None
    topic: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()
    stuff: str | None = None  # "How much cobalt…": what an amount measures ("210,000 tonnes of copper" is none)
    persons: bool = False  # "How many people…": a number of something other than a measure ("six members")
    wanted: bool = False  # "How many prisoners does the OVPM want freed?": a figure someone wants may answer
    having: bool = False  # "How many boats does Quessary have?": not "…detained 40 of the other's vessels"
    event: str | None = None  # "How many people were killed": not "41,000 people displaced"
    one_side: bool = True  # of the party it names, not of "each side": not a figure of another party's
    role: tuple[str, ...] = ()
    owner: str | None = None
    speaker: str | None = None
    proposes: bool = False  # "Whose idea was…": the sentence must have someone propose it ("X suggested…")
    leads: bool = False  # "Who heads…": the sentence must say who is in charge ("led by", "commander")
    led: tuple[str, ...] = ()  # ...of what ("the Brevonian navy"), as the question writes it; its head must be held
    focus: bool = False  # the role is a thing asked about or measured, required where the corpus knows its head
    kind: bool = False  # the role is a kind ("Which treaty…"), which the answer may name by a narrower word
    money: bool = False  # the number is an amount of money ("How much money…", "…worth…")
    proportion: bool = False  # "How much of the region…": "the entire region" answers as "20%" does
    whole: tuple[str, ...] = ()  # ...the topic words of the whole, which a share of it need not name again
    outcome: bool = False  # "What was agreed at…": a decision said to be taken, not one still to come...
    decision: bool = False  # ...asked by its verb ("How did it vote…?"), which the sentence must hold in some form
    decider: tuple[str, ...] = ()  # ...and by whom ("Kestrava's parliament"), whom the sentence must name
    age: bool = False  # "How old…": an age or a year (`figures.AGE`), not any number ("one of them")
    share: bool = False  # "What percentage…": a share ("27 per cent", "half", "a third"), not any number
    rate: bool = False  # "What interest rate…": a share, or a figure per unit ("$9 per tonne")
    year: bool = False  # the date is a year ("What year…")
    month: bool = False  # ...or a month ("What month…")
    day: bool = False  # ...or a day ("On what exact day…": "in November" is none)
    deadline: bool = False  # "By when must…?": a time limit, which "within 60 days" gives as a date does
    to_come: bool = False  # "When is the next round?": the date of what is still to come, not of what has been
    place: bool = False  # "Where…?": a place the question does not name ("at the Lindenport headquarters")
    lasting: bool = False  # "How long has X been…?": a span up to then ("since 2011"), not "within four years"
    length: str | None = None  # "How far…": a length, "distance" from Y; "size" for "How wide…", "How long is the X?"
    dated: tuple[str, ...] = ()  # "…since January?", "…back in 2014?": the time asked about, which its passage names
    asked: frozenset[str] = frozenset()  # the question's own words: an answer must bring something new
    names: tuple[str, ...] = ()  # names a date's or figure's passage must name: "When did Queen Maren II sign…"
    given: tuple[str, ...] = ()  # "Who represented Tavrein…": names given, of whose party a new name must be
    acts_for: bool = False  # ...and which the sentence itself (or the one it leans on) names, not only its passage
    several: bool = False  # "Which three groups own X?": names listed ("A, B and C") where the topic is held
    series: tuple[str, str] | None = None  # "…the third round…": the one of a series asked about, not another
    what_next: bool = False  # "What happens next?": a sentence of what is still to come
    condition: bool = False  # "What happens if…?": a sentence that says what follows on a condition, of the topic
    sides: bool = False  # "Who are the parties?": a sentence that names two of them ("Quessary and Orvanda ended…")

    def describe(self) -> str:
        """What was asked for, in words: "a date", "a name for foreign minister"."""
        kind = "a year" if self.year else "an amount of money" if self.money else _KINDS.get(self.wants or "", "")
        kind = ("a rate" if self.rate else "a share") if self.share else kind  # "What share of union members voted…?"
        kind = "a length" if self.length and self.wants == "number" else kind
        about = " ".join(self.role) or (f"what {self.speaker} said or did" if self.speaker else "")
        about = about or ("who is in charge" if self.leads else "") or ("what is to come" if self.what_next else "")
        about = about or ("what follows if that happens" if self.condition else "")
        return " for ".join(x for x in (kind, about) if x) or "what was asked"

    @property
    def demanding(self) -> bool:
        asked = (self.outcome, self.what_next, self.condition, bool(self.role))
        return self.wants is not None or self.speaker is not None or any(asked)

    @property
    def checked(self) -> bool:
        """Whether sentences are checked against it: it demands something, or prefers a year or a place."""
        return self.demanding or bool(self.dated) or self.place

    def met_by(self, sentence: str, context: str, passage: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
        """Whether `sentence` (read with `context`, its antecedent, in its `passage`) holds what was asked; a
        story's dateline holds none of it but the place it was filed from ("CADRENNE — … ended here")."""
        filed, sentence = sentence, DATELINE.sub("", sentence)
        if self.what_next:
            return tense.tells_to_come(sentence)
        if self.condition and not (
            tense.CONDITIONAL.search(sentence) and holds.enough(self.topic, context, lexicon, synonyms)
        ):
            return False
        if self.sides and lexicon.party_names:
            return lexicon.parties_named(sentence) >= min(2, len(lexicon.party_names))
        if self.series and any(ordinals.another_of_series(self.series, t) for t in (sentence, passage)):
            return False  # "Where was the third round held?": not where the fourth was, nor in its paragraph
        if self.wants in ("date", "number") and figures.UNSTATED.search(sentence):
            return self._about(context, passage, lexicon, synonyms)  # "…has not yet been determined"
        if self.wants == "date" and not (
            figures.states_date(sentence, self.asked, self.year, self.month, self.day)
            or (self.deadline and figures.WITHIN_SPAN.search(sentence))
        ):
            return False
        if self.wants == "date" and (tense.other_aspect(self.topic, sentence) or stages.another_stage(self, sentence)):
            return False  # when it began, not when it ended; when it was voted on, not when it was put forward
        if self.to_come and all(map(tense.only_past, clauses.stating(self, sentence))):
            return False  # "Tarvoss holds elections in March 2026, and Oderen has accused…" dates what is to come
        if self.age and not figures.AGE.search(sentence):
            return False  # "How old…": an age or a year, which `states_number` counts no number
        if (
            self.wants == "number"
            and not self.age
            and not figures.states_number(sentence, self.asked, self.proportion, bool(self.counted))
            # "How many rounds have there been so far?": "It was the fifth formal round"
            and not (self.counted and ordinals.of_series(self.counted[-1].removesuffix("s"), sentence))
        ):
            return False
        if self.dated and not any(re.search(tense.said_of_time(d), passage, re.I) for d in self.dated):
            return False
        if self.place and not names_a_place(filed, self.asked):
            return False
        unnamed = [n for n in self.names if not lexicon.mentions(passage, n, True) and not lexicon.mentions(context, n)]
        # ...by any name: "the Dalvenian government" asked about is the text's "national government"
        unnamed = [n for n in unnamed if not holds.by_party_name(n.lower(), passage, lexicon)]
        if not all(holds.called_again(n, context) for n in unnamed):  # "Our": X's
            return False  # "Rekke accepted the line on 9 May" dates the Gravlin Line asked about
        if self.outcome and (tense.only_to_come(sentence) or (self.decision and not tense.states_decision(sentence))):
            return False
        if self.decider and not holds.names_decider(self.decider, context, lexicon, synonyms):
            return False  # "How did Kestrava's parliament vote?": not "the Ashmarran parliament passed…"
        shared = bool(figures.SHARE.search(sentence) or figures.PROPORTION.search(sentence))
        if self.share and not (shared or (self.rate and figures.PER_UNIT.search(sentence))):  # "$9 per tonne"
            return False
        if (
            self.share
            and self.whole
            and not shares.of_whole(sentence, lambda w: holds.enough(self.whole, w, lexicon, synonyms))
        ):
            return False  # "What share of union members voted…?": not "most of the city's bus services"
        if self.money and not (states_money(sentence, self.asked) or (self.proportion and shared)):
            return False  # "How much of the fund will Kollmark pay?": "15 per cent"
        if (
            self.length
            and not figures.states_length(sentence, self.length == "size", self.length == "distance")
            and (self.wants == "number" or not figures.DURATION.search(sentence))
        ):
            return False
        told = _TOLD_BY.get(self.wants or "")
        if told is not None and not told.search(sentence):  # "every quarter", "at 17:30", "born in Ambrevel"
            return False
        if self.wants == "duration" and not (figures.states_span(sentence, self.asked) or self.length):
            return False
        if self.lasting and not figures.LASTING.search(sentence):
            return False
        # "Pieter Oskarov's Social Labour Alliance" names its leader (one of the party's names); "Dravonia sent its
        # Chancellor, Count Mathis Brenner" its envoy; "Orvanda is mediating the talks" its mediator (`agents`)
        named_for = bool(self.role) and posts.named_for_party(self.role, self.owner or "", sentence, lexicon)
        portrayed = bool(self.role) and post_holders.described(self.role, sentence)  # "The Kessalians… were conscripts"
        if self.wants == "name" and not named_for and not portrayed:
            new = holds.new_names(sentence, self.asked, lexicon, bool(self.role) and not self.focus)
            new = new or (post_holders.agents(self.role[-1], sentence) if self.role else [])
            if not new or holds.others_only(new, self.given, lexicon):
                return False
            # ...names the question does not give: a headline's "what X, Y and the TCU want" lists no TCU members
            listed = self.several and any(not set(words(m.group())) & self.asked for m in _LISTED.finditer(sentence))
            if self.several and not (listed and holds.enough(self.topic, context, lexicon, synonyms)):
                return False
            if self.acts_for and not (
                all(lexicon.mentions(context, g) for g in self.given)  # not "Kollmark is represented by…" for Ostalind
                and any(posts.acts_for(g, sentence, lexicon) for g in self.given or ("",))
            ):
                return False
        if self.wants == "office" and not posts.office_beside(sentence, self.owner, lexicon):
            return False
        # "How much cobalt…": not "210,000 tonnes of copper"; of a place by its name, "How much of Kesselwerth…",
        # not "eleven barges" nor "48,000 thalers" (but "How much of Maruvia's debt…": "$9.8 billion")
        named = self.proportion and not self.money and not any(map(is_noun, self.whole))
        stuff = (self.stuff,) if self.stuff else self.whole if named else ()
        if (self.persons and not counts_persons(sentence)) or (
            stuff
            and measures_another(sentence, lambda w: holds.share(stuff, w, lexicon, synonyms) == 1, bool(self.stuff))
        ):
            return False
        # what a number counts is its noun: "1,140 tariff lines" answers "How many product lines…?" (`counting`)
        if not counting.counts_asked(self, sentence, context, lexicon, synonyms):
            return False
        sent = bool(self.led) and self.led[-1] in posts.DELEGATIONS and posts.sends(self.owner or "", sentence, lexicon)
        if self.leads and not (
            sent or (posts.leading(sentence) and (not self.owner or lexicon.mentions(context, self.owner)))
        ):
            return False
        if self.led and not posts.says_who_leads(self.led, sentence, context, lexicon, synonyms):
            return False
        # ...a proposal of something the question names: "Which side first proposed the phytosanitary chapter?"
        if self.proposes and not (PROPOSING.search(sentence) and holds.share(self.topic, context, lexicon, synonyms)):
            return False
        if self.focus:
            # "How large was the disputed island?": a participle only says which ("some four hundred acres")
            known = tuple(w for w in self.role if not lexicon.unknown_terms(w) and not is_participle(w))
            if self.role[-1] in known and not holds.holds_head(known, sentence, lexicon, synonyms):
                return False
        elif self.role and not named_for:
            if not (
                holds.holds_head(self.role, sentence, lexicon, synonyms, beside=True)
                or (
                    self.kind
                    and holds.enough(self.role, sentence, lexicon, synonyms)
                    and holds.named_beside(self.role, sentence, self.asked, lexicon)
                )
            ):
                return False
            if self.kind and holds.anonymous(self.role[-1], sentence):
                return False
            if self.kind and self.topic and not holds.enough(self.topic, context, lexicon, synonyms):
                return False  # "Which company is supplying the cranes?": not "its largest member company, Brinemark"
            owner = self.owner or next(filter(lexicon.is_party_name, self.role[:-1]), None)  # "the Valmorel minister"
            if owner and (
                # the owner named, or one of its people by the table: "Finance Minister Rafael Amundi" is Ondara's
                not (lexicon.mentions(passage, owner) or lexicon.mentions(sentence, owner, voice=True))
                or posts.other_owner(sentence, self.role, owner, lexicon)
                or holds.other_party_only((owner.lower(),), context, lexicon)  # "Kesteria's delegation, led by…"
            ):
                return False
            if self.wants == "name" and not (
                holds.named_beside(
                    self.role[-1:], sentence, self.asked, lexicon
                )  # "Which company…": "NordaLink, the operator"
                if self.kind
                else post_holders.holder_of_kin_named(self.role, sentence, self.asked, lexicon) or portrayed
            ):
                return False
        elif not self._about(context, passage, lexicon, synonyms) or not clauses.in_one_clause(
            self, sentence, context, lexicon, synonyms
        ):
            return False
        unheard = bool(self.topic) and not holds.share(self.topic, passage, lexicon, synonyms)  # "…about whaling?"
        if self.speaker and unheard and not any(lexicon.mentions(passage, w) for w in self.topic):  # a word of it
            return False
        return not self.speaker or holds.speaks(self.speaker, context, lexicon, synonyms)

    def _about(self, context: str, passage: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
        """Whether a date, figure or span in `context` (of `passage`) is of what was asked (half its topic words)."""
        if not ((self.wants in ("date", "number", *_TOLD_BY) or self.length == "size" or self.outcome) and self.topic):
            return True
        if self.one_side and holds.other_party_only(self.topic, context, lexicon):
            return False  # "How many megawatts has Ketharra asked for?": not "Mirrowan is seeking 1,400 megawatts"
        again = holds.named_again(self.topic, context, passage, lexicon)  # "the valley": the Sennet Valley
        # a phrasal verb of the sentence holds the word it means, as the question's does ("broke down": collapse)
        said = " ".join([plain_verbs(context), referred_back(context, passage), *again])
        said += f" {quantities(context, self.stuff)} {speaker_of(context, passage)}"  # "I expect…": the minister does
        said += f" {counting.people_counted(self, context, lexicon)}"  # "six Ostravelians" for "how many prisoners"
        # "…spend on its bus subsidy?"; a part of a whole ("How much of the fund…") is of the whole, unnamed; a
        # thing named by its name is one too ("What did it cost to build the Gravenhal Dam?")
        things = tuple(w for w in self.topic if is_noun(w)) if self.money and not self.proportion else ()
        named = tuple(w for w in self.topic if " " in w)
        if things and not holds.share(things + named, said, lexicon, synonyms):  # a sum is of a thing it names
            return False  # not "Marrowgate's $84 million gap in next year's spending plan"
        part = tuple(w for w in self.topic if w not in self.whole)  # "…agreed to put in 15 per cent" of the fund
        topic = tuple(w for w in self.topic if w not in tense.OCCURRING)  # "…be held?": of the round, held or not
        return holds.enough(topic, said, lexicon, synonyms) or bool(
            self.whole and part and holds.enough(part, said, lexicon, synonyms)
        )
