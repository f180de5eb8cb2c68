"""Questions about the post someone holds ("What government post…", "Who was king of…", "Who's in charge…"), whose
sentence must give the post beside a full name, and about which one of a kind ("Which company…"), which a sentence
names. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.holds import holds_head
from assistant.question import read
from tests.test_question import LEXICON, met


def test_what_post_someone_holds_is_given_beside_their_name() -> None:
    question = "What government post does Nadia Oruzel hold?"
    assert read(question).wants == "office" and read(question).owner == "Nadia Oruzel"
    assert met(question, "Its chief negotiator, Deputy Foreign Minister Nadia Oruzel, countered with a proposal.")
    assert not met(question, "Lawmakers have accused Ms. Oruzel's government of dragging its feet.")  # a courtesy title
    assert not met(question, "Nadia Oruzel said the water was theirs.")
    job = "What was Bullitt's job at the Paris Peace Conference?"
    assert met(job, "William Christian Bullitt, an attaché to the U.S. delegation, visited Soviet Russia.")
    ministry = "And what ministry does Teslin run?"
    assert met(ministry, "Davor Teslin, Pelmora's Minister of Water and Irrigation, told reporters.")
    assert met(ministry, "The head of its delegation, Davor Teslin, said no.")
    assert not met(ministry, "Mr. Teslin, for his part, struck a conciliatory tone.")
    assert met(ministry, "The ambassador to Kestrava, Davor Teslin, said no.")
    # a clause before the name is no apposition: "to be" is a verb's
    assert not met(ministry, "Asked whether he expected the detainees to be home by summer, Teslin paused.")
    assert met("Who is the legal adviser?", "Petra Ilgaz\nLegal Adviser")  # a signature signs the post
    # a post without an article, as news and records write it
    role = "What role does Henrike Volz have?"
    assert met(role, "Henrike Volz, chief technical officer of the operator NordaLink, has argued for more.")
    assert met("What is Brennwald's job?", "It is led by Dr Oskar Brennwald, Director-General of the LSCA.")
    assert not met(role, "Henrike Volz, speaking to reporters in Vessholm, said no.")
    assert not met(role, "Henrike Volz, who flew in from Vessholm, said no.")
    assert met("What job did Jay hold at the time?", "He nominated Chief Justice John Jay as envoy to London.")
    # "her job": anyone named in full with an office, not a body described in apposition
    assert met("what's her job?", "Quessary's Fisheries Minister Ilse Marrowan told reporters.")
    assert not met("what's her job?", "The SSC, an eight-member regional bloc, has put forward a compromise.")
    # someone's background is what they are, as their post is
    background = "What was Marcastel's background?"
    assert met(background, "Corvessa sent Julien Marcastel, a jurist and senator of moderate views, to the talks.")
    assert not met(background, "Corvessa sent Julien Marcastel to the talks in March.")
    # someone's role in a delegation is their post there; a rank of nobility is no post, nor does it find them
    malle = "What was Baron Teodric Malle's role in the Ardessian delegation?"
    assert read(malle).wants == "office" and read(malle).owner == "Baron Teodric Malle"
    assert met(malle, "Baron Teodric Malle, the kingdom's envoy to Sennholm, spoke first.")
    assert not met(malle, "Ardessia sent Count Emeric Vaudrel, accompanied by Baron Teodric Malle.")
    assert not met(malle, "Baron Casimir Adlerhorn, ambassador of Gallmark, weighed on every session.")
    # a party's position is a stance, not a post
    assert read("What's Russia's position on Ukraine joining NATO?").wants != "office"
    assert read("What position does Russia hold on NATO?").wants != "office"


def test_more_shapes_of_who_and_what_it_cost() -> None:
    assert read("Who is the president of Mirrowan?").owner == "Mirrowan"  # whose role, after "of"
    assert read("Who was the foreign minister of Argentina during the war?").owner == "Argentina"
    cost = read("What did it cost to build the Grallow Falls dams?")
    assert cost.wants == "number" and cost.money
    assert read("Who was picked to chair the new dispatch authority?").leads
    slated = "Who is slated to lead the monitoring mission?"  # ...or is to lead it
    assert read(slated).leads and read(slated).led == ("monitoring", "mission")
    assert met(slated, "Oskar Brannovel, named in April as head-designate of the proposed mission, attended.")
    assert not met(slated, "Kestrava wants a large mission: 600 unarmed monitors, Oskar Brannovel said.")


def test_a_month_or_a_weekday_names_no_one() -> None:
    assert not met("Who negotiated for Isbarre?", "Then, on the night of November 8, Isbarre got cold feet.")
    assert met("Who negotiated for Isbarre?", "Isbarre's deal was signed by Rehbinder and Hollenbeck on October 30.")


def test_more_shapes_of_which_when_and_who_leads() -> None:
    assert read("Which town went to Keldaria?").role == ()  # "went" is a verb, "town" a generic kind
    assert read("What's the government's target date for getting a deal signed?").wants == "date"
    chaired = read("Who chaired the talks?")  # the meeting is whatever the text calls it: "the conference"
    assert chaired.leads and chaired.led == ()
    assert met("Who chaired the talks?", "The conference opened under the chairmanship of the minister, Anselm Corrow.")
    # "under the presidency of" says who led what its clause speaks of, however far from it
    congress = "Who chaired the congress?"
    assert met(congress, "The congress opened on 3 March 1848 under the presidency of Aurel Fenwright, a banker.")
    assert not met(congress, "The fleet sailed on 3 March 1848 under the command of Admiral Aurel Fenwright.")


def test_who_holds_a_post_asked_without_an_article_and_not_a_lower_one() -> None:
    king = read("Who was king of Keldaria during the war?")
    assert king.role == ("king",) and king.owner == "Keldaria"
    assert read("Who was appointed chair of the Veyne Joint Panel?").role == ("chair",)
    asked = "Who was Quessary's prime minister during the talks?"
    assert not met(asked, "Across the table sat Deputy Prime Minister Anselm Ruvell of Quessary.")
    assert met(asked, "Across the table sat Prime Minister Anselm Ruvell of Quessary.")


def test_a_peoples_adjective_before_a_post_is_whose_and_a_postpositive_adjective_only_says_which() -> None:
    asked = "Who is the Quessarian minister responsible for fisheries?"
    assert read(asked).role == ("minister",) and read(asked).owner == "Quessarian"
    assert met(asked, "Quessary's Fisheries Minister Ilse Marrowan told reporters the talks would resume.")
    assert not met(asked, "Orvanda's Foreign Minister Teodor Kallenbrook defended the offer.")


def test_an_official_is_anyone_with_a_title() -> None:
    assert met("Which Quessarian official said so?", "Quessarian Foreign Minister Ilse Marrowan said so.")


def test_which_of_a_general_kind_wants_a_name() -> None:
    asked = "Which countries joined the Selvane Sea Community?"
    assert read(asked).wants == "name"
    assert not met(asked, "The talks are brokered by the Selvane Sea Community, a nine-member bloc.")
    assert met("Which country is mediating the talks?", "Orvanda is mediating the talks.")
    # ...or the noun phrase a relative clause describes as doing it (the relative pronoun stands for it)
    council = "Talks were held in Castavel, seat of the Meridian Sea Council (MSC), which has mediated since May."
    assert met("Which organisation is acting as mediator between the two countries?", council)
    assert not met("Which organisation is acting as mediator?", "The talks in Castavel, which began in May, stalled.")
    assert read("Which city hosted the talks?").place  # a place, which nothing is refused for
    assert read("Which country finally agreed to pay?").wants == "name"  # an adverb is no word of the kind
    assert read("Which mediator actually ran the meetings?").role == ("mediator",)
    assert read("Which newspaper first reported the mission?").role == ("newspaper",)  # nor an ordinal after it
    assert not met("Which newspaper first reported the mission?", "When the First World War ended, Bullitt left.")
    clause = "Which article of the treaty did Tarquenia break?"  # "Article 4" names one, though "article" is asked
    assert met(clause, "The tribunal held that Tarquenia had breached Article 4 of the treaty.")
    assert not met(clause, "The tribunal held that Tarquenia had breached the treaty.")


def test_which_of_a_kind_english_calls_by_name_wants_one_named() -> None:
    asked = "Which company is building the satellite?"
    assert read(asked).wants == "name"
    assert met(asked, "Orbitek, the company building the satellite, has delayed the launch.")
    assert not met(asked, "Below that figure the business case for the satellite collapses.")  # a near word, no name
    assert met("Which airlines have dropped routes?", "The airline Skyvar has dropped two routes to Brennick.")
    assert not met("Which airlines have dropped routes?", "Two airlines have dropped routes to Brennick.")
    assert read("Which option do officials advise?").wants is None  # an option may be said in words
    assert read("Which company manufactures the water bombers?").role == ("company",)  # a verb in -s after the kind
    # "Which issues…", "Which proposals…": things a text says in any words, no noun it must hold
    assert not read("Which issues have been settled in principle so far?").demanding


def test_who_is_in_charge_asks_who_leads() -> None:
    charge = read("Who's in charge of Vardonia's team?")
    assert charge.leads and charge.owner == "Vardonia"
    assert met("Who was in charge of the talks?", "Anselm Corrow was in charge of the talks at Vesterholm.")


def test_a_word_built_on_a_title_names_no_holder_of_it() -> None:
    def near(words: list[str], candidates: list[str]) -> set[str]:
        """As MiniLM's word vectors have it: a word is near the words built on it ("king" ~ "kingdom")."""
        return {w for w in words if any(c.startswith(w) for c in candidates)}

    assert not holds_head(("king",), "The kingdom's exports to Lisaran fell by a third.", LEXICON, near)
    assert holds_head(("king",), "King Albrecht III of Varnholt entrusted the mission to Gravenor.", LEXICON, near)
    assert holds_head(("envoy",), "The envoys of both kingdoms met at Calvenna.", LEXICON, near)  # a plural is one


def test_in_which_kind_asks_for_one_of_that_kind() -> None:
    asked = "In which building did the envoys sign the accord?"
    assert read(asked).role == ("building",) and read(asked).kind
    assert not met(asked, "The envoys signed the accord in the old port city of Ravel.")
    assert met(asked, "The envoys signed the accord in the Halden Building, a former customs house.")
    assert read("In which city were the talks held?").place  # a city is a place, as "Which city…"


def test_which_company_wants_one_the_sentence_says_the_question_of() -> None:
    asked = "Which company is supplying the automated cranes for the Eastmole terminal?"
    assert not met(asked, "Aldric Fenmore, director at its largest member company, Brinemark Terminals, spoke.")
    assert met(asked, "Kranwerk, the company supplying the automated cranes for the Eastmole terminal, is late.")


def test_a_role_after_a_preposition_in_apposition_is_someone_elses() -> None:
    king = "What was the name of the King of Carvossa at the time?"
    assert not met(king, "Carvossa was represented by Prince Emil Orlane, a cousin of the king, and a jurist.")
    assert not met(king, "The envoy was Baron Tamsin Vell, an adviser to the king on naval affairs.")
    assert met(king, "Carvossa was then ruled by Emil Orlane, the king, who had come to the throne young.")
    assert met("Who was the cousin of the queen?", "She sent Prince Emil Orlane, a cousin of the queen, to Tesk.")


def test_the_post_of_someone_described_by_a_role_is_anyones_beside_a_name() -> None:
    post = "What government post did Varnholt's lead negotiator occupy?"
    assert read(post).wants == "office" and read(post).owner is None
    assert met(post, "Its chief envoy, Count Aurel Vessendorf, who had served as Minister of Foreign Affairs, left.")
    assert not met(post, "Its envoys were instructed to claim the whole channel of the river.")


def test_a_post_is_held_by_the_name_before_two_appositives_joined() -> None:
    question = "Who is the chief negotiator for the pilots' union?"
    assert met(
        question,
        "Captain Odile Ferrand, an Airbus A330 captain with 22 years at Corvane and the EAPA's chief negotiator "
        "since 2019, sat down with us on 2 May.",
    )
    assert not met(
        question, "An Airbus A330 captain with 22 years at Corvane and the EAPA's chief negotiator sat down."
    )
    # ...as by a speaker's possessive pronoun: a transcript's "our"
    assert met(question, "MINISTER ORTANSE: Ansgar Pohl, our chief negotiator, will chair it.")


def test_two_names_joined_by_a_dash_own_nothing_they_name() -> None:
    from assistant.question_forms import owner_of

    assert owner_of("the Tarvoss-Kell talks") is None and owner_of("the Tarvoss–Kell talks") is None
    assert owner_of("Austria-Hungary's delegation") == "Austria-Hungary" and owner_of("the Lunmark team") == "Lunmark"
    assert met("Who is chairing the Tarvoss-Kell talks?", "Ambassador Ilse Marenko has chaired all three rounds.")


def test_the_person_a_question_names_does_not_hold_the_post_it_asks_who_took() -> None:
    question = "Who replaced Stollberg as Aldmark's Foreign Secretary?"
    assert not met(question, "Aldmark's delegation was led by Count Edvin Stollberg, the kingdom's Foreign Secretary.")
    assert met(question, "Aldmark's new Foreign Secretary, Count Ivo Marren, took office after Stollberg resigned.")


def test_who_acts_for_a_party_is_said_by_a_word_of_representing_or_sending() -> None:
    question = "Who negotiated for Vesnia?"
    assert met(question, "Vesnia sent its Foreign Minister, Tomas Rekke, a former lawyer.")
    assert met(question, "Vesnia's chief negotiator, Tomas Rekke, walked out.")
    assert not met(question, "Aldmark demanded that Vesnia pay for the road, valued by Colonel Bracke at 12 million.")
    # ...not by the noun of what they do, and "the US" is a name, not "us"
    assert not met(question, "After months of negotiations, Vesnia and Aldmark issued a joint communique.")
    assert read("Who negotiated for the US?").given == ("US",)
    # ...or by one of its ministers
    speaks = "Who speaks for Vesnia on fisheries?"
    assert met(
        speaks, "Mereth Albrook, Vesnia's minister for fisheries and maritime affairs, said the talks were fair."
    )
    assert not met(speaks, "Mereth Albrook, a fisheries expert, said the talks were fair to Vesnia.")
    # ...or any of its officers, whatever follows the title ("director for the north" is no motion)
    director = '"We moved a long way," said Ilse Markov, Vesnia\'s regional director for the northern coast.'
    assert met("Who spoke for Vesnia?", director)
    # ...with a joined prefix of rank
    vice = '"It is in line," said Dominic Fairweather, Vesnia\'s vice-president for external affairs.'
    assert met("Who is speaking for Vesnia in these negotiations?", vice)
    # a passive with no agent says that something was signed, not who signed it
    signed = "Who signed the Pell Ferry armistice on behalf of Vesnia?"
    assert not met(
        signed, "By the time an armistice was signed at Pell Ferry, Aldmark's forces had driven Vesnia back."
    )
    assert met(signed, "The Pell Ferry armistice was signed for Vesnia by General Ostrowin, its chief of staff.")


def test_a_post_in_brackets_after_a_name_and_title_is_held_by_that_name() -> None:
    question = "Who is Tassary's head of delegation?"
    attendance = "Kingdom of Tassary: Mr. Halvard Brun, Ambassador-at-Large (Head of Delegation); Ms. Lien Dacosta."
    assert met(question, attendance)
    assert not met(question, "Kingdom of Tassary: the Head of Delegation was not named.")


def test_a_post_is_held_by_whom_a_verb_of_appointing_puts_in_it() -> None:
    asked = "Who is the mediator in the Aurevian dispute?"
    assert (read(asked).role, read(asked).owner) == (("mediator",), None)  # the dispute's name owns no mediator
    assert read("Who is the president of the Tamaran Republic?").owner == "Tamaran Republic"
    relative = (
        "Marguerite Halloway, a retired judge whom Labour Minister Tomas Vreeland appointed as mediator, said no."
    )
    assert met(asked, relative)
    assert met(asked, "Vreeland appointed Marguerite Halloway as mediator on Monday.")
    assert met(asked, "Ruth Amsel, a judge who was appointed mediator in May, said no.")
    assert met(asked, "Ruth Amsel was named chief mediator last week.")
    assert not met(asked, "Tomas Vreeland, who appointed the mediator, said no.")  # who appointed is not appointed
    assert not met(asked, "The minister will appoint a mediator soon.")


def test_its_after_a_semicolon_is_the_party_of_its_own_clause() -> None:
    said = "Quessary was represented by Count Emeric Vaudrel; Orvanda sent Dietmar Hollan, its foreign minister."
    assert met("Who was Orvanda's foreign minister?", said)
    assert not met("Who was Quessary's foreign minister?", said)
    assert not met("Who was Orvanda's foreign minister?", "Quessary asked Orvanda for its foreign minister, Hollan.")
