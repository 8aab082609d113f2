package quotes

import (
	"strings"

	"brief/internal/wordtab"
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// cues are the verbs that introduce direct speech.
var cues = set(`said says say saying told tells telling added adds adding wrote writes writing
asked asks explained explains noted notes stated states continued continues argued argues
insisted insists declared declares tweeted tweets posted recalled recalls warned warns
acknowledged acknowledges admitted admits claimed claims replied replies responded responds
remarked remarks announced announces concluded concludes conceded concedes commented comments
observed observes suggested suggests predicted predicts joked jokes quipped quips shouted
yelled exclaimed boasted boasts complained complains charged charges countered counters
cautioned cautions urged urges emphasized emphasised emphasizes stressed stresses
testified mused muses wondered wonders vowed vows promised promises pledged pledges
demanded demands asserted asserts contended contends maintained maintains agreed agrees
confirmed confirms denied denies revealed reveals opined reads read screamed chanted
according reiterated reiterates retorted lamented laments proclaimed proclaims
assured assures thundered sneered shot fired scoffed scoffs acknowledging writing
explaining adding noting arguing insisting telling warning reported reporting
described describes describing called calls calling labeled labelled labels dubbed dubs
referred refers branded brands termed terms characterized characterised characterizes
answered answers interjected interjects pressed reacted reacts replied responding
asking stating claiming declaring announcing recalling predicting promising vowing
pledging suggesting acknowledging admitting conceding complaining charging urging
cautioning stressing emphasizing quipping joking boasting lamenting retorting
yelling shouting screaming exclaiming reports
countering contending asserting tweeting posting blogged wrote echoed echoing
sniped snapped barked griped grumbled gushed raved ranted railed fumed blasted
slammed mocked derided dismissed praised hailed lauded touted accused criticized
criticised attacked condemned denounced decried bemoaned lambasted scolded chided
welcomed thanked cited cites citing quoted quotes quoting summed concluding
argue insist explain note claim warn admit recall suggest predict promise ask
write tweet describe call declare acknowledge`)

// participles open a clause whose speaker is the subject of the
// sentence (Sanders compared himself to Clinton, saying, "...").

// addressCues name the listener after the verb (X told reporters), so the
// words after them are never the speaker.
var addressCues = set(`told tells telling asked asks assured assures warned warns urged urges
call called calls calling described describes describing labeled labelled labels dubbed dubs branded
brands termed terms praised hailed lauded thanked accused criticized criticised attacked
slammed blasted mocked derided dismissed welcomed quoted quotes quoting cited cites citing
answered pressed`)

// auxiliaries and adverbs that sit between a speaker and the cue.
var betweenWords = set(`also later then has had have was were is are once previously recently
repeatedly further simply just reportedly quickly flatly bluntly publicly privately again
will would could might may should did does do often frequently still already earlier
then-candidate himself herself itself themselves however too not never on
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight night
morning afternoon evening last week this`)

var pronouns = set(`he she they it i we you`)

// determiners open a description (the official, a senior aide).
var determiners = set(`the a an his her their its one another some many several two three
four five our my your this that these those each`)

// joiners may sit inside a proper name (Bank of America, Osama bin Laden).
var joiners = set(`of de del della da al bin van von der la le du dos das y`)

// abbreviations keep their full stop inside a word.
var abbreviations = set(`mr mrs ms dr sen rep gov gen adm col lt sgt capt maj prof rev st jr sr
inc corp co ltd no vs etc jan feb mar apr aug sept sep oct nov dec ft mt pres supt cmdr insp
det sec atty brig cpl pvt messrs mme hon del sens reps govs`)

// honorifics are dropped from a name (Mr. Trump is Trump) but kept as a
// role when they name an office (Sen., Gov.).
var honorifics = set(`mr. mrs. ms. dr. messrs. mme. miss mr mrs ms dr sir dame lord lady sens. reps. govs. del.`)

// titleWords name offices and ranks; in a run of capitalised words they
// belong to the role, not the name (NATO Secretary General Ander Fogh
// Rasmussen).
var titleWords = set(`president vice secretary general minister prime foreign defense defence
chief director ambassador chairman chairwoman chair spokesman spokeswoman spokesperson senator
sen. gov. rep. gen. adm. col. lt. sgt. capt. maj. prof. rev. cmdr. sec. atty. brig. governor
mayor representative congressman congresswoman speaker leader majority minority deputy assistant
commander admiral colonel lieutenant sergeant captain major former attorney judge justice
chancellor king queen prince princess pope sheikh candidate nominee press executive officer ceo
founder professor analyst adviser advisor coach host anchor editor correspondent state whip
commissioner inspector superintendent sheriff chairperson diplomat envoy counsel lawyer
first lady gop democratic republican democrat nominee co-founder presidential
vice-presidential then-republican then-democratic incumbent interim acting special senior
national security homeland intelligence interior treasury justice energy commerce labor
education health transportation agriculture veterans house senate rev. pastor bishop
cardinal archbishop rabbi imam dr. general's attorney-general pentagon white strategist
manager campaign pollster economist researcher activist organizer author writer columnist
reporter journalist producer official officials aide aides staff`)

// roleNouns end a description of a speaker (the official, a spokesman).
var roleNouns = set(`official officials spokesman spokeswoman spokesperson spokesmen aide aides
adviser advisers advisor advisors minister ministry secretary president senator governor
leader leaders source sources analyst analysts expert experts officer officers diplomat diplomats
statement report reports campaign agency department office government administration
committee council alliance army military police commander general chief director
ambassador envoy candidate nominee chairman chairwoman chair lawyer attorney attorneys
prosecutor prosecutors judge spokesperson representative representatives lawmaker
lawmakers congressman congresswoman member members group groups organization company firm
newspaper paper magazine network website site blog editorial article letter study survey
poll pollster strategist strategists manager director executive founder author writer
columnist reporter journalist correspondent host anchor voter voters supporter supporters
resident residents woman man women men person people student students worker workers
critic critics observer observers witness witnesses father mother son daughter wife husband
friend friends neighbor neighbour veteran veterans soldier soldiers protester protesters
activist activists organizer economist researcher researchers scientist scientists doctor
professor teacher owner owners pastor police spokeswoman staff staffer staffers team
ministry's union party parliament court board bank university institute foundation
commission service services forces force command headquarters embassy consulate
administration's regime authorities authority observer insiders insider`)

// documents are things that speak for their author (Rasmussen's article).
var documents = set(`article op-ed oped essay column letter statement report post blog tweet
tweets book memo memoir speech interview editorial piece commentary message remarks
release email e-mail note paper study`)

// orgWords mark a run of capitalised words as an organisation.
var orgWords = set(`department ministry office house committee council agency party campaign
times post journal news network institute foundation university association union
commission bureau service administration court congress senate pentagon kremlin nato
parliament government army navy force forces command corporation corp. inc. company group
center centre fund bank organization organisation alliance embassy cnn fbi cia nsa un eu
reuters ap afp xinhua tass press magazine tribune herald gazette globe review daily
television tv radio channel media politifact staff team club league board authority
guard police coalition movement front brigade caucus chamber chambers`)

// nonNames are capitalised words at a sentence start that do not begin a
// name (However, Yesterday, The).
var nonNames = set(`the a an however but and or so yet in on at after before when while
this that these those yesterday today tomorrow meanwhile then also still there here it its he
she they we i his her their our as if for from with by to of since until because although
though despite instead last next earlier later now some many most several both all each
every such what which who whom where why how one another other more no not only even just neither either nor
monday tuesday wednesday thursday friday saturday sunday asked told said says according
speaking writing mr mrs ms whether unless once whereas ` + bothApostrophes(`i'd i'm i'll i've
we'd we're we'll we've you'd you're you'll you've he'd he'll she'd she'll they'd they're they'll
they've let's`))

// bothApostrophes lists each word with a straight and a curly apostrophe
// (I'd, I’d), as texts write either.
func bothApostrophes(words string) string {
	return words + " " + strings.ReplaceAll(words, "'", "’")
}

// placeWords mark a run of capitalised words as a place, not a person
// (New York, the United States, Cook County).
var placeWords = set(`new north south east west san los las fort saint st. santa united states
city county island islands republic kingdom valley river street avenue beach hills park
mountains lake bay coast district province region square capitol hill`)

// passiveWords before a cue verb make it passive (when asked, was told).
var passiveWords = set(`was were been being be is are when if once after before unless`)

// articles open a description walked back from its head noun.
var articles = set(`the a an his her their its`)

// clauseWords end a walk back over a description.
var clauseWords = set(`that which who whom whose to than what where while and or but not`)

// class is a bit set of the word lists above that a lower-case word
// belongs to: the tokenizer looks each word up once, and the attribution
// rules test bits instead of hashing the word again for every list.
type class uint32

const (
	cCue class = 1 << iota
	cAddressCue
	cBetween
	cPronoun
	cDeterminer
	cJoiner
	cHonorific
	cTitle
	cRoleNoun
	cDocument
	cOrg
	cNonName
	cPlace
	cPassive
	cArticle
	cClause
	cIntro
	cPreposition
	cObject
	cListenerPrep
	cTitleJoiner
	cCueLike // a cue, or a word isCue reads further (according, put)
)

// classOf returns the classes of a lower-case word.
func classOf(w string) class { return classes.Get(w) }

// classes holds each listed word with its classes. (Package initialisation
// builds it after the lists it reads, wherever they are declared.)
var classes = wordtab.New(buildClasses())

func buildClasses() map[string]class {
	m := map[string]class{}
	for _, l := range []struct {
		c    class
		list map[string]bool
	}{
		{cCue, cues}, {cAddressCue, addressCues}, {cBetween, betweenWords}, {cPronoun, pronouns},
		{cDeterminer, determiners}, {cJoiner, joiners}, {cHonorific, honorifics}, {cTitle, titleWords},
		{cRoleNoun, roleNouns}, {cDocument, documents}, {cOrg, orgWords}, {cNonName, nonNames},
		{cPlace, placeWords}, {cPassive, passiveWords}, {cArticle, articles}, {cClause, clauseWords},
		{cIntro, introWords}, {cPreposition, prepositions}, {cObject, objectWords},
		{cListenerPrep, listenerPreps}, {cTitleJoiner, titleJoiners},
		{cCueLike, cues}, {cCueLike, set(`according put puts`)},
	} {
		for w := range l.list {
			m[w] |= l.c
		}
	}
	return m
}
