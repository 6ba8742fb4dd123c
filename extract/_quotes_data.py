"""Word lists for the quote extractor (data only; ``extract.quotes`` builds its patterns from them).

Every list is lower-case unless it lists capitalised words (titles, honorifics, org words). Keep the
verb table in sync with ``SPEECH_VERB_FORMS`` below: each lemma lists its inflections explicitly so
irregular forms (``said``, ``told``, ``wrote``) need no stemming code.
"""

from __future__ import annotations

# Speech verbs: lemma, then its inflected forms (3rd person, past, participle, gerund). Tier 1 are
# the verbs news copy uses to introduce direct speech; manner verbs follow.
_SPEECH_VERB_TABLE = """
say says said saying
tell tells told telling
add adds added adding
warn warns warned warning
state states stated stating
explain explains explained explaining
insist insists insisted insisting
claim claims claimed claiming
note notes noted noting
write writes wrote written writing
post posts posted posting
tweet tweets tweeted tweeting
ask asks asked asking
reply replies replied replying
respond responds responded responding
continue continues continued continuing
concede concedes conceded conceding
admit admits admitted admitting
argue argues argued arguing
urge urges urged urging
announce announces announced announcing
declare declares declared declaring
confirm confirms confirmed confirming
deny denies denied denying
vow vows vowed vowing
pledge pledges pledged pledging
stress stresses stressed stressing
recall recalls recalled recalling
acknowledge acknowledges acknowledged acknowledging
assert asserts asserted asserting
comment comments commented commenting
remark remarks remarked remarking
observe observes observed observing
suggest suggests suggested suggesting
predict predicts predicted predicting
promise promises promised promising
caution cautions cautioned cautioning
complain complains complained complaining
boast boasts boasted boasting
joke jokes joked joking
quip quips quipped quipping
sigh sighs sighed sighing
grumble grumbles grumbled grumbling
fume fumes fumed fuming
shout shouts shouted shouting
whisper whispers whispered whispering
mutter mutters muttered muttering
exclaim exclaims exclaimed exclaiming
plead pleads pleaded pled pleading
demand demands demanded demanding
testify testifies testified testifying
conclude concludes concluded concluding
emphasise emphasises emphasised emphasising
emphasize emphasizes emphasized emphasizing
maintain maintains maintained maintaining
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
counter counters countered countering
retort retorts retorted retorting
contend contends contended contending
allege alleges alleged alleging
answer answers answered answering
reveal reveals revealed revealing
recount recounts recounted recounting
describe describes described describing
accuse accuses accused accusing
call calls called calling
criticise criticises criticised criticising
criticize criticizes criticized criticizing
condemn condemns condemned condemning
dismiss dismisses dismissed dismissing
hail hails hailed hailing
praise praises praised praising
agree agrees agreed agreeing
brand brands branded branding
label labels labelled labeled labelling labeling
"""

#: Inflected form → lemma for every speech verb (``said`` → ``say``).
SPEECH_VERB_FORMS: dict[str, str] = {
    form: line.split()[0]
    for line in _SPEECH_VERB_TABLE.strip().splitlines()
    for form in line.split()
}

#: Verbs that introduce speech only in the context rule (``Alice began talking to Bob. "…"``).
TALK_VERB_FORMS: dict[str, str] = {
    form: line.split()[0]
    for line in """
talk talks talked talking
speak speaks spoke spoken speaking
""".strip().splitlines()
    for form in line.split()
}

#: Verbs that can stand before their subject after a quote (``"…," said Mr Doe``).
INVERTING_LEMMAS = frozenset(
    """
    say add tell ask reply respond continue insist explain write recall warn note admit concede
    sigh grumble shout whisper mutter exclaim plead quip joke boast complain answer retort counter
    declare confirm agree argue observe remark conclude repeat promise state
    """.split()
)

#: Adverbs and auxiliaries that may sit between a speaker and the verb (``he later said``).
VERB_MODIFIERS = frozenset(
    """
    has have had also later then previously earlier once reportedly just repeatedly recently again
    further publicly privately already since would will did does do has also simply quickly angrily
    tearfully calmly firmly bluntly proudly sadly contentedly quietly softly loudly flatly curtly
    smiling laughing began begins started starts
    """.split()
)

#: Honorifics: the title and the gender it implies (``None`` when it implies none).
HONORIFICS: dict[str, str | None] = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "baroness": "f",
    "baron": "m",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
    "professor": None,
    "rev": None,
    "rev.": None,
    # Other regions' honorifics: Singapore and Malaysia (``Madam Tan``, ``Encik Rahman``), South
    # Asia (``Shri``, ``Smt``), West Africa (``Alhaji``), German and Spanish (``Herr``, ``Señora``).
    "madam": "f",
    "madame": "f",
    "mme": "f",
    "mdm": "f",
    "mdm.": "f",
    "puan": "f",
    "encik": "m",
    "datuk": None,
    "datin": "f",
    "dato": None,
    "shri": "m",
    "smt": "f",
    "smt.": "f",
    "alhaji": "m",
    "alhaja": "f",
    "hajiya": "f",
    "herr": "m",
    "frau": "f",
    "señor": "m",
    "señora": "f",
    "monsieur": "m",
}

#: Titles written before a name (``President Putin``, ``Nets Coach Jacque Vaughn``); lower-case here.
NAME_TITLES = frozenset(
    """
    president vice prime minister chancellor senator sen sen. rep rep. representative governor gov
    gov. mayor secretary general gen gen. colonel col col. captain capt capt. officer detective det
    det. sergeant sgt sgt. inspector chief judge justice commissioner chairwoman chairman chair
    speaker coach king queen prince princess pope bishop archbishop father sister ambassador
    councillor councilman councilwoman superintendent constable lieutenant lt lt. deputy director
    premier attorney sheriff admiral adm adm. marshal commander corporal private trooper agent
    dean principal nurse foreign defence defense interior finance health home house state
    congressman congresswoman assemblyman assemblywoman minister-president crown first lady
    executive managing forecaster meteorologist controller spokesman spokeswoman spokesperson
    insp insp. supt supt. fr fr. cllr cllr. gda gda. garda maj maj. major cpl cpl. pc dci dcs di ds
    councilor councilmember alderwoman selectman selectwoman supervisor treasurer comptroller
    auditor assessor magistrate coroner warden ranger patrolman patrolwoman
    mla mp td msp mep alderman taoiseach tánaiste tanaiste reverend rev rev. brig brig. const const. hon hon. pres pres.
    """.split()
)

#: Role nouns a descriptor or appositive can head (``the mayor``, ``a doctor``, ``the US president``).
ROLE_NOUNS = frozenset(
    """
    president minister mayor governor premier chancellor senator congressman congresswoman
    lawmaker mp representative secretary spokesman spokeswoman spokesperson official officer
    detective sheriff chief commander general colonel captain ambassador envoy diplomat judge
    prosecutor lawyer attorney doctor nurse surgeon professor researcher scientist economist
    analyst teacher principal coach manager director executive chairman chairwoman chair founder
    owner leader head witness resident survivor victim clown father mother son daughter wife
    husband brother sister king queen prince princess pope bishop priest pastor imam rabbi singer
    actor actress player striker goalkeeper midfielder defender captain driver farmer engineer
    councillor councilman councilwoman superintendent constable commissioner inspector sergeant
    lieutenant deputy activist campaigner candidate organiser organizer volunteer student pupil
    worker employee boss ceo chef author writer historian expert pilot soldier veteran
    firefighter paramedic medic man woman boy girl neighbour neighbor friend relative uncle aunt
    grandmother grandfather journalist reporter editor presenter host negotiator adviser advisor
    strategist pollster governor-general monarch dictator opposition treasurer councilor
    councilmember selectman selectwoman
    """.split()
)

#: Role nouns that imply a gender (for pronoun agreement).
GENDERED_ROLES: dict[str, str] = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "councilman": "m",
    "councilwoman": "f",
    "father": "m",
    "mother": "f",
    "son": "m",
    "daughter": "f",
    "wife": "f",
    "husband": "m",
    "brother": "m",
    "sister": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "actress": "f",
    "man": "m",
    "woman": "f",
    "boy": "m",
    "girl": "f",
    "uncle": "m",
    "aunt": "f",
    "grandmother": "f",
    "grandfather": "m",
}

#: Nouns that make a speaker phrase a group or organisation (``officials said``, ``the ministry said``).
GROUP_NOUNS = frozenset(
    """
    police officials authorities ministry government department office agency service council
    committee commission company firm spokesperson spokespeople sources source statement
    prosecutors investigators officers residents witnesses analysts experts organisers organizers
    campaigners protesters campaign team club party military army navy forces kremlin
    administration court board union group airline bank hospital trust charity watchdog regulator
    network broadcaster newspaper outlet network university school embassy consulate crew
    railways railway operator ministries councils
    """.split()
)

#: Capitalised words that mark an organisation or place name, never a person (``Sussex Police``).
ORG_WORDS = frozenset(
    """
    Police Department Ministry Office Council Government Agency Service Services Authority
    Commission Committee Party Company Inc Ltd Corp Group Bank University Hospital Trust
    Association Union Court Army Forces Navy Guard Kremlin House Pentagon Street Foundation
    Institute Board News Times Post Network Airlines Airways Club United City County State
    Republic Kingdom Federation Organisation Organization Council Parliament Congress Senate
    Assembly Cabinet Court Tribunal Bureau Administration Corporation Media Press Social Daily
    Herald Telegraph Guardian Journal Reuters AFP Nato NATO EU UN FBI CIA NHS BBC CNN
    Square Avenue Road Bridge River Airport Station Hall Centre Center Stadium Park Church
    Ukraine Russia America Britain England France Germany China Israel Europe Africa Asia
    Confederation Chamber Society Federation Alliance Coalition Campaign Fund Council Railways
    League Festival Co-operative Cooperative Institution Academy Commission Constabulary
    Holdings Plc PLC LLC Limited Partners Capital Industries Technologies Systems Solutions
    Pharmaceuticals Motors Foods Brands Resources Mining Insurance Investments Properties
    Logistics Telecom Communications Entertainment Studios Labs Software Networks Energy
    Orchestra Band Choir Ensemble Quartet Quintet Trio Symphony Philharmonic Opera Ballet Theatre
    Theater Museum Gallery Library Zoo Cathedral Chapel Mosque Temple Synagogue School College
    Diner Cafe Café Restaurant Inn Hotel Pub Tavern Bakery Brewery Store Stores Shop Market Mall
    Co Dairy Farms Inspectorate Executive Midlands Highlands Shire
    """.split()
)

#: Compass and position words that open a place name (``West Midlands``, ``North Yorkshire``,
#: ``South Australia``): a run they open is a place, never a person.
PLACE_OPENERS = frozenset(
    """
    North South East West Northern Southern Eastern Western Central Upper Lower Greater Mid
    North-East North-West South-East South-West
    """.split()
)

#: Capitalised words that start sentences or clauses and are never part of a name.
NOT_NAME_WORDS = frozenset(
    """
    The A An And But Or So Yet For Nor In On At By To From With Without Of As After Before
    During Since Until While When Where Why How What Who Which That This These Those It Its He
    She They We I You His Her Their Our My Your Then There Here However Meanwhile Also Still Even
    Asked According Speaking Writing Later Earlier Today Yesterday Tomorrow Tonight Last Next
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December If Although Though Because
    Despite Instead Now Not No Yes One Two Three Some Many Most All Both Each Every Other Another
    Such Only Just Once Twice In-person Police Officials Authorities Separately Overall Asked
    Instead Despite Please Thank Thanks Oh Well Sir Madam Dear God Christmas Easter
    """.split()
)

#: Demonyms and country names that agree (``the Russian president`` ↔ ``Russia’s president``).
COUNTRY_OF: dict[str, str] = {
    "us": "us",
    "u.s.": "us",
    "american": "us",
    "america": "us",
    "america’s": "us",
    "america's": "us",
    "uk": "uk",
    "british": "uk",
    "britain": "uk",
    "britain’s": "uk",
    "britain's": "uk",
    "russian": "ru",
    "russia": "ru",
    "russia’s": "ru",
    "russia's": "ru",
    "ukrainian": "ua",
    "ukraine": "ua",
    "ukraine’s": "ua",
    "ukraine's": "ua",
    "french": "fr",
    "france": "fr",
    "france’s": "fr",
    "france's": "fr",
    "german": "de",
    "germany": "de",
    "germany’s": "de",
    "germany's": "de",
    "chinese": "cn",
    "china": "cn",
    "china’s": "cn",
    "china's": "cn",
    "israeli": "il",
    "israel": "il",
    "israel’s": "il",
    "israel's": "il",
}

#: Pronouns a cue can use, with the gender (``m``/``f``) or ``g`` for groups and organisations.
PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "g", "it": "g", "we": "g", "i": "s"}

#: Words after which a quoted span is a name, title or term, not speech (``the so-called “…”``).
TERM_CUES = (
    "so-called",
    "so called",
    "dubbed",
    "known as",
    "nicknamed",
    "branded",
    "labelled",
    "labeled",
    "titled",
    "entitled",
    "the word",
    "the phrase",
    "the term",
    "the name",
    "the slogan",
    "called",
    "named",
    "headlined",
    "billed as",
    "marked",
    "reads",
    "read",
)

#: Term cues that only ever name, never introduce speech: a quote after one is a term even when a
#: speech cue follows it.
STRONG_TERM_CUES = ("so-called", "so called", "dubbed", "nicknamed", "known as", "billed as")

#: Function words allowed lower-case inside a Title Case title (``One Hundred Years of Solitude``).
TITLE_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but nor by with from as vs de la le du von van".split()
)

#: Words that end an inverted speaker phrase (``said Paul Martin, a detective who …``).
SPEAKER_STOP_WORDS = frozenset(
    """
    who whom which that of from in at on with as after before when while during to for via by
    about into over under across through outside inside near told according on in at
    yesterday today tonight tomorrow earlier later last this next recently adding noting
    """.split()
)

#: Elisions that begin with an apostrophe (``’Tis``, ``rock ’n’ roll``), never an opening quote.
ELISIONS = frozenset("tis twas em im n cause cos til till bout round ello er ave s".split())

#: Nouns after ``told``/``in`` that name the channel rather than the speaker.
CHANNEL_HINTS = frozenset(
    "reporters journalists the bbc cnn a news conference a press conference a statement".split()
)

#: Roles usually held by someone other than the story's main person: a descriptor headed by one of
#: these is kept as written rather than resolved by salience (``the spokesman said``).
UNRESOLVED_ROLES = frozenset(
    """
    spokesman spokeswoman spokesperson official source witness resident neighbour neighbor
    friend relative man woman boy girl survivor victim volunteer student pupil worker employee
    expert analyst officer medic paramedic firefighter soldier
    """.split()
)

#: Conjunctions that start a second clause sharing the first clause's subject (``… but warned``).
COORDINATORS = frozenset("but and yet while – — - ; then".split())

#: Auxiliaries that make a speech verb passive or non-speech (``was asked``): no speaker.
PASSIVE_AUXILIARIES = frozenset("was were is are be been being get got".split())

#: Determiners that open a descriptor (``the mayor``, ``a doctor``, ``his lawyer``).
DETERMINERS = frozenset("the a an his her their its our this that these those one another".split())

#: Speech lemmas whose bare form is more often a noun (``the state``, ``a post``): the bare form
#: counts as a verb only after a plural pronoun (``they state``).
NOUN_LIKE_LEMMAS = frozenset(
    """
    state post note comment answer counter demand promise claim remark repeat tweet joke quip
    sigh shout whisper boast plead pledge vow stress caution reply respond praise hail dismiss call
    brand label
    """.split()
)

#: Title abbreviations written with a full stop before a name (``Dr. Hannah Lindqvist``, ``Gov.
#: Harlan Beaudoin``): the stop belongs to the title, it neither ends the phrase nor the sentence.
#: UK copy writes the same titles without the stop (``Det Supt``, ``Insp``, ``Cllr``).
TITLE_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Dr",
    "Prof",
    "Gov",
    "Sen",
    "Rep",
    "Gen",
    "Col",
    "Lt",
    "Maj",
    "Capt",
    "Cpl",
    "Sgt",
    "Det",
    "Insp",
    "Supt",
    "Rev",
    "Fr",
    "Cllr",
    "Gda",
    "Adm",
    "Cmdr",
    "Pres",
    "Hon",
    "Atty",
    "Gov",
    "Lt-Col",
    "Brig",
    "Const",
    "Sr",
    "Jr",
    "St",
)

#: Titles and their abbreviations → the role noun a later descriptor uses (``Gov. Harlan Beaudoin``
#: … ``the governor said``; ``Mr Justice Kiely`` … ``the judge``).
TITLE_ROLES: dict[str, str] = {
    "gov": "governor",
    "governor": "governor",
    "sen": "senator",
    "senator": "senator",
    "rep": "representative",
    "representative": "representative",
    "congressman": "congressman",
    "congresswoman": "congresswoman",
    "det": "detective",
    "detective": "detective",
    "supt": "superintendent",
    "superintendent": "superintendent",
    "insp": "inspector",
    "inspector": "inspector",
    "sgt": "sergeant",
    "sergeant": "sergeant",
    "gen": "general",
    "general": "general",
    "col": "colonel",
    "colonel": "colonel",
    "lt": "lieutenant",
    "lieutenant": "lieutenant",
    "maj": "major",
    "major": "major",
    "capt": "captain",
    "captain": "captain",
    "cpl": "corporal",
    "adm": "admiral",
    "admiral": "admiral",
    "cmdr": "commander",
    "commander": "commander",
    "dr": "doctor",
    "prof": "professor",
    "professor": "professor",
    "judge": "judge",
    "justice": "judge",
    "cllr": "councillor",
    "councillor": "councillor",
    "mayor": "mayor",
    "president": "president",
    "pres": "president",
    "premier": "premier",
    "chancellor": "chancellor",
    "minister": "minister",
    "secretary": "secretary",
    "ambassador": "ambassador",
    "sheriff": "sheriff",
    "chief": "chief",
    "coach": "coach",
    "commissioner": "commissioner",
    "gda": "garda",
    "garda": "garda",
    "constable": "constable",
    "pc": "constable",
    "fr": "priest",
    "rev": "minister",
    "bishop": "bishop",
    "archbishop": "archbishop",
    "mla": "legislator",
    "mp": "mp",
    "td": "td",
}

#: Words after a surname that are not part of it (``Rónán Kiely SC``, ``Martin Hale Jr.``, ``Jane
#: Orr MP``): stripped before the surname is keyed. Lower-case, without dots.
NAME_SUFFIXES = frozenset(
    "jr sr ii iii iv sc kc qc mp msp mla mep td md phd obe mbe cbe kbe dbe esq".split()
)

#: Capitalised descriptors that open a name run without being a given name (``Commuter Nadia
#: Benali``, ``Fly-half Niamh Doherty``, ``Frontman Danny Holloway``), beside ROLE_NOUNS.
DESCRIPTOR_NOUNS = frozenset(
    """
    commuter shopper passenger motorist cyclist pedestrian resident residents homeowner tenant
    landlord landlady shopkeeper trader vendor stallholder customer patient pensioner retiree
    parent grandparent voter fan supporter spectator onlooker bystander eyewitness witness
    frontman frontwoman singer guitarist drummer bassist rapper dj comedian novelist poet
    artist musician photographer filmmaker   designer architect builder plumber
    electrician mechanic cleaner carer caregiver midwife dentist vet pharmacist lecturer academic
    economist entrepreneur investor businessman businesswoman banker accountant consultant
    winger   hooker flanker  fullback full-back fly-half scrum-half outside-half
      skipper keeper goalkeeper striker  midfielder defender opener batter
    batsman bowler pitcher catcher quarterback linebacker  jockey trainer  swimmer
    sprinter  boxer golfer cricketer footballer striker manager coach captain
    councillor campaigner activist protester organiser organizer volunteer survivor widow widower
    miner fisherman  farmer grower rancher teacher headteacher headmaster headmistress
    nurse doctor paramedic firefighter officer soldier veteran sailor pilot
    chef owner publican barista student undergraduate pupil mum mom dad grandmother grandfather
    mother father neighbour neighbor  villager islander trucker cabbie baker butcher welder
    carpenter logger waiter waitress bartender cashier clerk janitor caretaker dockworker postman
    postwoman lifeguard shepherd nanny porter courier rider decorator roofer bricklayer labourer
    laborer hairdresser barber florist fishmonger greengrocer grocer innkeeper hotelier
    hawker stallkeeper
    """.split()
)

#: Lower-case nouns that name an organisation by its kind: ``the agency said``, ``the co-operative
#: said``. A descriptor headed by one of them resolves to an organisation named earlier.
ORG_NOUNS = frozenset(
    """
    agency ministry department government council company firm group co-operative cooperative
    co-op coop festival club union party charity trust bank lender insurer regulator watchdog
    airline carrier operator broadcaster network newspaper paper publisher retailer supermarket
    chain brewer distillery manufacturer maker carmaker developer  utility hospital
    university college school board commission committee authority service organisation
    organization association federation league band team side court tribunal army navy force
    embassy consulate foundation institute museum gallery theatre orchestra venue event
       league startup start-up giant conglomerate exporter
      fund campaign church parliament assembly office bureau administration
    """.split()
)

#: Capitalised words at the end of an organisation's name → the kinds it belongs to (``Federal
#: Aviation Administration`` is an agency; ``Kōwhai Dairy Co-operative`` a co-operative).
ORG_HEAD_KINDS: dict[str, tuple[str, ...]] = {
    "administration": ("agency", "administration", "regulator"),
    "agency": ("agency",),
    "authority": ("authority", "agency", "regulator", "council"),
    "commission": ("commission", "agency", "regulator"),
    "bureau": ("bureau", "agency"),
    "service": ("service", "agency"),
    "office": ("office", "agency", "department"),
    "ministry": ("ministry", "government", "department"),
    "department": ("department", "ministry", "agency"),
    "co-operative": ("co-operative", "cooperative", "co-op", "coop", "company", "group"),
    "cooperative": ("co-operative", "cooperative", "co-op", "coop", "company", "group"),
    "co-op": ("co-operative", "cooperative", "co-op", "coop", "company", "group"),
    "company": ("company", "firm", "group"),
    "co": ("company", "firm"),
    "corp": ("company", "firm"),
    "corporation": ("company", "firm", "corporation"),
    "inc": ("company", "firm"),
    "ltd": ("company", "firm"),
    "plc": ("company", "firm", "group"),
    "group": ("group", "company", "firm"),
    "holdings": ("company", "firm", "group"),
    "bank": ("bank", "lender"),
    "airlines": ("airline", "carrier", "company"),
    "airways": ("airline", "carrier", "company"),
    "air": ("airline", "carrier"),
    "festival": ("festival", "event"),
    "fest": ("festival", "event"),
    "club": ("club", "side", "team"),
    "union": ("union",),
    "party": ("party",),
    "council": ("council", "authority"),
    "board": ("board",),
    "trust": ("trust", "charity"),
    "foundation": ("foundation", "charity"),
    "charity": ("charity",),
    "university": ("university",),
    "college": ("college",),
    "school": ("school",),
    "hospital": ("hospital",),
    "police": ("police", "force"),
    "constabulary": ("police", "force"),
    "court": ("court",),
    "tribunal": ("tribunal", "court"),
    "league": ("league", "association", "organisation"),
    "association": ("association", "organisation", "group"),
    "federation": ("federation", "organisation"),
    "institute": ("institute",),
    "network": ("network", "broadcaster"),
    "committee": ("committee",),
    "government": ("government",),
    "parliament": ("parliament",),
    "fund": ("fund",),
    "utilities": ("utility", "company"),
    "energy": ("company", "firm", "utility"),
    "water": ("utility", "company"),
    "rail": ("operator", "company"),
    "capital": ("company", "firm", "fund", "investor"),
    "partners": ("company", "firm"),
    "industries": ("company", "firm", "group", "manufacturer"),
    "technologies": ("company", "firm"),
    "systems": ("company", "firm"),
    "motors": ("company", "carmaker", "manufacturer"),
    "pharmaceuticals": ("company", "firm", "drugmaker"),
    "mining": ("company", "miner"),
    "resources": ("company", "miner"),
    "foods": ("company", "firm"),
    "insurance": ("insurer", "company"),
    "limited": ("company", "firm"),
    "llc": ("company", "firm"),
    "railways": ("operator", "company"),
    # Broadcasters: ``BBC Radio Ulster`` is never ``the operator`` or ``the company``.
    "radio": ("broadcaster", "station", "network"),
    "tv": ("broadcaster", "station", "network"),
    "television": ("broadcaster", "station", "network"),
}

#: Generic organisation roles: ``the operator said`` with no organisation of that kind named
#: resolves to the organisation named most recently (``Translink has suspended …``).
GENERIC_ORG_ROLES = frozenset(
    """
    operator company firm group agency provider utility airline carrier retailer broadcaster
    insurer lender regulator organisation organization business
    """.split()
)

#: Nouns for people who speak on behalf of an organisation: ``Organisers of Brackenfield Live
#: said`` → Brackenfield Live; ``a spokesman for Linscott said`` → Linscott.
ORG_VOICE_NOUNS = frozenset(
    """
    organisers organizers organiser organizer spokesman spokeswoman spokesperson spokespeople
    representatives representative officials bosses executives management managers staff
    members owners directors
    """.split()
)

# Given names by gender: a hint for pronoun agreement (``she said`` after ``Hannah Lindqvist`` and
# ``Paul Ekdahl``), never stronger than what the text says (honorifics, roles, bound pronouns).
# Names common to both genders (Alex, Sam, Jordan, Kim, Jean, Andrea) are left out.
_FEMALE_NAMES = """
    anne annie mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah
    stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
    megan cheryl hannah martha gloria teresa ann sara madison frances kathryn janice abigail
    alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
    diana natalie brittany charlotte marie kayla alexis lori rose jane claire eleanor lucy
    chloe ella mia ava amelia isla freya poppy holly niamh aoife siobhan sinead orla ciara
    roisin saoirse caoimhe grainne maeve mairead bridget eileen kathleen sian rhiannon cerys
    bethan ffion carys nia megan fiona kirsty morag ailsa eilidh mhairi agnes hilda edith
    ingrid astrid sigrid freja maja elin linnea birgit greta heidi ursula brigitte monika
    sabine petra katrin anja julia sophie lea lena marie camille chloe manon juliette
    amelie elodie isabelle sylvie nathalie valerie brigitte francoise genevieve giulia
    francesca chiara alessandra valentina elena sofia lucia carmen pilar dolores rosa lucia
    ana isabel beatriz ines mariana gabriela fernanda juliana leticia adriana ximena
    guadalupe marta agnieszka katarzyna malgorzata ewa magdalena joanna olga tatiana svetlana
    natalia irina yulia anastasia ekaterina oksana iryna olena kateryna yelena ludmila
    fatima aisha amina zainab khadija mariam maryam noor layla leila yasmin salma huda rania
    nadia samira amira zahra farah hana hanna priya ananya sunita anita kavita pooja neha
    divya lakshmi meena radha sita rekha shreya aishwarya deepika nisha asha usha geeta
    mei xiu wei-ling yuki yuko akiko keiko haruka sakura naomi
    hyun-joo ji-yeon min-ji seo-yeon soo-jin chidinma ngozi amara chiamaka adaeze folake
    funmilayo yetunde abena akosua ama adwoa wanjiru wambui achieng nomvula thandiwe
    lerato palesa zanele aroha mere anahera kiri moana leilani malia
    tamar miriam esther rivka leah shira yael talia daphne penelope harriet imogen
    beatrice florence matilda phoebe rosie lily evie georgia jasmine jade kate katie
    jenny joanne louise nicola tracey wendy zoe ellie molly sally gemma paula
    dawn gail jill joy lynn meg nora rita tina vera wanda yvonne
    greta hazel iris ivy june mabel mavis nellie olive pearl ruby stella violet
"""
_MALE_NAMES = """
    anand james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
    tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
    joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell elijah louis bobby philip johnny tom tim bill bob mike dave steve jim ben
    harry oliver jake charlie alfie oscar archie leo freddie theo hugo rory callum connor
    liam conor cian sean seamus padraig ronan eoin oisin niall declan colm donal fergal
    diarmuid cathal eamon eamonn ciaran darragh tadhg brendan kieran gareth rhys dafydd
    gwyn iwan owain huw aled emyr alun hamish angus fraser euan ewan murdo alasdair
    lars anders erik magnus henrik nils olaf sven bjorn gunnar johan mikael jonas hans
    klaus jurgen wolfgang dieter stefan uwe helmut heinz friedrich matthias tobias lukas
    pierre jean-pierre jacques francois philippe olivier nicolas julien mathieu antoine
    laurent thierry didier benoit emmanuel giovanni giuseppe marco luca matteo alessandro
    lorenzo francesco pablo carlos javier miguel alejandro diego fernando
    jorge manuel rafael antonio francisco sergio ricardo eduardo joao pedro tiago rodrigo
    andrzej piotr krzysztof tomasz pawel marcin jakub wojciech dmitry sergei vladimir
    alexei ivan nikolai mikhail andrei oleg igor yuri oleksandr volodymyr mykola taras
    bohdan mohammed muhammad mohamed ahmed ahmad ali omar hassan hussein ibrahim youssef
    yusuf khalid mahmoud mustafa abdullah karim tariq bilal hamza faisal nasser salim
    rahul amit vijay sanjay raj rajesh suresh ramesh arjun anil sunil vikram ravi
    deepak manoj pradeep ashok rohit nikhil sachin
    hao jian ming lei tao hiroshi takeshi kenji haruto yuto satoshi daisuke
    min-jun ji-ho seo-jun hyun-woo jae-in chinedu emeka chukwuma obinna tunde olu
    segun femi kwame kofi kwesi yaw kojo jomo uhuru kamau otieno thabo sipho mandla
    themba tane wiremu rawiri hemi manaia
    david moshe yosef avi eitan yair noam
    hugh ivor nigel neville rupert giles crispin tristan percy reginald cecil clive
    colin derek graham malcolm trevor barry kenny ken ray ron len stan ted vic
    danny jimmy tommy sammy frankie andy rob robbie greg craig dean dale glen
    grant kurt lance neil rod ross wade warren dan wes abe ron hal sid
 """

#: Given name (lower-case) → ``m`` or ``f``.
GIVEN_NAME_GENDER: dict[str, str] = {
    **{name: "m" for name in _MALE_NAMES.split()},
    **{name: "f" for name in _FEMALE_NAMES.split()},
}

#: Capitalised organisation heads whose name goes on with ``of``/``for`` (``Bank of England``,
#: ``Irish League of Credit Unions``, ``Department for Transport``). Person titles that take
#: ``of`` (``Archbishop of Canterbury``, ``Secretary of State``) are deliberately absent.
ORG_OF_HEADS = frozenset(
    """
    Bank Ministry Department Office University League Institute Institution Association
    Federation Council Board Church Union Society College School Academy Museum Commission
    Committee Court Chamber Confederation Bureau Agency Authority Trust Foundation Fund Port
    Corporation Organisation Organization Alliance Coalition Party Assembly Parliament House
    Museum Library Order Guild Federation Centre Center Service Services Police Government
    Republic Kingdom Network Conference Congress Campaign Friends Inspectorate
    """.split()
)

#: First words of an organisation's name that never stand for it alone (``National`` of
#: ``National Grid``): every other first word is an alias (``Nordhavn`` of ``Nordhavn Mining AB``).
#: Verbs (and verb + preposition) whose object is an organisation, never a person: the run after
#: them is a company (``founded Arctic Wings``, ``worked for Arctic Wings``).
ORG_INTRO_VERBS = frozenset(
    (
        "founded",
        "co-founded",
        "cofounded",
        "worked for",
        "works for",
        "work for",
        "working for",
        "employed by",
        "shares in",
        "stake in",
    )
)

GENERIC_ORG_OPENERS = frozenset(
    """
    The National Federal Royal International General United European American British Irish
    Scottish Welsh English New Great Central State Public Global World First Second Third Swedish
    Norwegian Danish Finnish German French Italian Spanish Dutch Australian Canadian Chinese
    Japanese Indian Russian Ukrainian Israeli Young Old Big Little Grand Saint St Mount Fort
    Regional Metropolitan County City Town Village Community Local Independent Democratic
    Republican Liberal Labour Conservative Green People's Peoples Associated Allied Consolidated
    """.split()
)

#: Legal suffixes left out of an organisation's initials (``Nordhavn Mining AB`` → ``NM``).
ORG_LEGAL_SUFFIXES = frozenset(
    "Ltd Inc AB Plc PLC LLC Co Corp SA AG NV BV GmbH Limited Group Holdings Oy ASA SpA".split()
)

#: Nouns for the governing body of an organisation: ``the board said`` after ``the Reserve
#: Bank`` speaks for that organisation when no organisation of that kind was named.
GOVERNING_NOUNS = frozenset("board management leadership directors trustees executive".split())

#: Kin nouns before a bare given name that share the surname of the person just named
#: (``Mark Fenwick and wife Tanya``), with the gender they give.
KIN_GENDER: dict[str, str] = {
    "wife": "f",
    "husband": "m",
    "son": "m",
    "daughter": "f",
    "brother": "m",
    "sister": "f",
    "mother": "f",
    "father": "m",
    "widow": "f",
    "widower": "m",
}

#: Party names written as an aside after a name (``Dana Kowalski, Democrat of Ohio, said``).
PARTY_WORDS = frozenset("Democrat Republican Independent Democrats Republicans".split())

#: Organisation or place words that are also common surnames (``Gov. Lena Park``, ``Tom Hall``):
#: after a title or a known given name they end a person's name.
SURNAME_ORG_WORDS = frozenset("Park Hall Church Bridge House Street Field Rivers River".split())
