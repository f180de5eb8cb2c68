"""Phrasal verbs of news and diplomatic English and the one word each means, the data behind
`english.plain_verbs`. Nothing here matches text."""

# Phrasal verbs of news and diplomatic English and the one word they mean ("turn down" is "reject"), as a
# phrasal-verb dictionary gives them (the Oxford Phrasal Verbs Dictionary's senses); "{own}" stands for a
# possessive ("put their names on") and "{them}" for an object that may stand between the verb and its particle
# ("bring them back together"). A question that uses one also asks in that word (`plain_verbs`), since a
# text may say "rejected" where the user says "turned down".
PHRASAL_VERBS = {
    "ask for": "demand",
    "back away from": "retreat",
    "back down": "concede",
    "back out": "withdraw",
    "break down": "collapse",
    "break up": "collapse",  # "the talks broke up" (Merriam-Webster: "to fall apart")
    "break off": "suspend",
    "begin again": "resume",  # (Merriam-Webster's "resume": "to begin again after interruption")
    "bring about": "cause",
    "bring in": "appoint",  # someone, to do a job (Oxford: "to involve sb in a discussion, job, etc.")
    "bring up": "raise",
    # (Merriam-Webster's "convene": "to cause to assemble"; "reconvene": "to cause to come together again")
    "bring {them} together": "convene",
    "bring {them} back together": "reconvene",
    "call off": "cancel",
    "carry out": "implement",
    "cave in": "concede",
    "come back with": "counter",  # an offer (Oxford: "come back (at sb) with sth": "to reply to sb with sth")
    "come back to the table": "resume",  # the table of talks (Oxford: "come/get back to the negotiating table")
    "come to light": "disclose",  # a secret (Oxford: "to become known")
    "chip in": "contribute",
    "climb down": "concede",
    "come down": "reduce",
    "come up with": "propose",
    "cut back": "reduce",
    "drag on": "continue",
    "draw down": "reduce",
    "drop out": "withdraw",
    "end up": "eventually",
    "fall apart": "collapse",
    "fall through": "fail",
    "fend off": "resist",
    "get going": "begin",  # (Oxford: "to begin; to start happening")
    "get going again": "resume",
    "get under way": "begin",
    "get underway": "begin",
    "give back": "return",
    "give in": "concede",
    "give up": "abandon",
    "go after": "target",
    "go ahead with": "proceed",
    "go back to the table": "resume",
    "go along with": "accept",
    "go back on": "break",
    "hammer out": "negotiate",
    "hand down": "deliver",
    "hand over": "cede",
    "head off": "prevent",
    "hit back": "retaliate",
    "hold back": "withhold",
    "hold off": "delay",
    "hold on to": "keep",
    "hold out for": "demand",
    "hold up": "delay",
    "iron out": "resolve",
    "kick off": "begin",
    "lay out": "outline",
    "let go": "release",
    "let through": "release",
    "lock in": "secure",
    "lean on": "pressure",
    "make public": "disclose",  # (Oxford: "to tell people about something that was secret")
    "meet halfway": "compromise",
    "pay off": "repay",
    "pick up again": "resume",  # talks (Oxford: "pick up": "to start again; to continue", with "again": no arrest)
    "pile up": "accumulate",
    "point out": "note",
    "press for": "demand",
    "pull back": "withdraw",
    "pull off": "achieve",
    "pull out": "withdraw",
    "push back": "resist",
    "push for": "demand",
    "put forward": "propose",
    "put off": "postpone",
    "put on the table": "propose",
    "put {own} name on": "sign",
    "put {own} name to": "sign",
    "put {own} names on": "sign",
    "put {own} names to": "sign",
    # ...and a seal, as a treaty was signed (Oxford: "set your seal to/on sth": to make sth official)
    "set {own} seal to": "sign",
    "set {own} seals to": "sign",
    "remain in effect": "last",
    # ...and to begin to apply (Oxford: "take effect: to come into force"), which "From what date does it apply?"
    # asks of a rule that "takes effect on 1 March"
    "take effect": "apply",
    "come into effect": "apply",
    "go into effect": "apply",
    "come into force": "apply",
    "enter into force": "apply",
    "remain in force": "last",
    "return to the table": "resume",
    "roll back": "reverse",
    "rule out": "reject",
    "run out": "expire",
    "scale back": "reduce",
    "serve as": "be",
    "set off": "trigger",
    "set out": "outline",
    "set up": "establish",
    "shore up": "strengthen",
    "show up": "attend",
    "sign off on": "approve",
    "sign on to": "join",
    "sit down": "meet",  # "When will the two sides sit down again?", "…sit down with Putin"
    "sound out": "consult",
    "speak for": "represent",  # a group (Oxford: "to state the views or wishes of a person or group")
    "spell out": "specify",
    "stand by": "support",
    "start again": "resume",
    "stay in effect": "last",
    "stay in force": "last",  # an agreement "in force" is in effect (Oxford: "be in force")
    "step down": "resign",
    "step up": "increase",
    "stick to": "maintain",
    "stick with": "maintain",
    "take over": "seize",
    "take over as": "replace",
    "thrash out": "negotiate",
    "throw out": "reject",  # a proposal or bill (Oxford: "to reject a proposal, case, etc.")
    "turn down": "reject",
    "vote down": "reject",
    "walk away from": "abandon",
    "walk out": "strike",  # workers (Oxford: "to stop working in order to go on strike")
    "walk out of": "leave",  # a meeting (Oxford: "to leave a meeting… suddenly, especially to show disapproval")
    "water down": "weaken",
    "win over": "persuade",
    "work out": "resolve",
    "write off": "cancel",
    "wrap up": "conclude",
}

# The adverb particles after which a transitive phrasal verb's object may come ("turn the treaty down", "call the
# strike off"; Quirk et al. §16.4): such a verb's particle may follow its object.
MOVABLE_PARTICLES = frozenset("down off out up back over forward".split())
