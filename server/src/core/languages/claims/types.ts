/**
 * What the claim and speaker algorithms need to know about one language, as
 * data. All words are lower-case; "stems" match the end of a compound
 * ("Regierungskreisen" ends with "kreisen").
 */
export interface ClaimLanguageData {
  readonly code: 'de' | 'en';

  // ── Who says so ────────────────────────────────────────────────────────────
  /** Stance and speech verbs beyond the profile's reporting verbs ("bestritt", "rejected"). */
  readonly stanceVerbs: readonly string[];
  /** Verbs that report only with a companion word later in the clause: "hält … für", "geht … davon aus". */
  readonly particleVerbs: Readonly<Record<string, readonly string[]>>;
  /** Verbs whose subject is evidence ("Das zeigen Daten der …"): a source only when it is a data or document noun. */
  readonly evidenceVerbs: readonly string[];
  /** Verbs of impersonal reports, with "es": "hieß es", "heißt es", "verlautete". */
  readonly impersonalVerbs: readonly string[];
  /** Single words or word sequences that take the source after them: "laut", "according to", "unter Berufung auf". */
  readonly sourceBefore: readonly string[];
  /** Postpositions that take the source before them: "zufolge". */
  readonly sourceAfter: readonly string[];
  /** Prepositions that, with a source noun, take the source after it: "nach Angaben von …". */
  readonly sourceNounPrepositions: readonly string[];
  /** Source nouns: "Angaben", "Einschätzung", "Sicht", "Informationen". */
  readonly sourceNouns: readonly string[];
  /** Words that name the last source again: "demnach". */
  readonly contextWords: readonly string[];
  /** Possessive determiners that point back to a speaker: "nach seinen Worten", "seiner Ansicht nach". */
  readonly possessives: readonly string[];
  /** "nach eigenen Angaben": the sentence's own subject is the source. */
  readonly selfWords: readonly string[];
  /** Nouns of unnamed sources, as compound endings ("kreisen", "beobachter", "officials"). */
  readonly vagueSourceStems: readonly string[];
  /** Unnamed sources that stay vague in the singular ("ein Diplomat", "a source", "a person familiar"). */
  readonly hiddenSourceStems: readonly string[];
  /** Of those, the ones a named owner never makes specific ("Kreise des Ministeriums" is still vague). */
  readonly alwaysVagueStems: readonly string[];
  /** Quantifiers that make a source unnamed: "einige", "zwei", "some", "people". */
  readonly vagueQuantifiers: readonly string[];
  /** Quantifiers that make any noun an unnamed selection ("mehrerer Banken", "some investors"). */
  readonly unnamedQuantifiers: readonly string[];
  /** "dieser Zeitung", "unserer Redaktion": the outlet's own unnamed information. */
  readonly ownOutletDeterminers: readonly string[];
  /** Nouns that, before a colon at the start of a headline, name where it comes from ("Studie: …", "Medienbericht: …"). */
  readonly headlineSourceNouns: readonly string[];
  /** Documents and data that can be a named source: "Erklärung", "Studie", "statement". */
  readonly documentNouns: readonly string[];
  /** Hearsay adverbs and adjectives: "angeblich", "mutmaßlich", "reportedly". */
  readonly hearsayWords: readonly string[];
  /** Hearsay modal ("soll … haben"); with a perfect infinitive or a stative verb it reports hearsay. */
  readonly hearsayModals: readonly string[];
  /** Infinitives after the hearsay modal that mark a perfect infinitive ("haben", "sein"). */
  readonly perfectInfinitives: readonly string[];
  /** Infinitives after the hearsay modal that report a state, not a plan ("ausgehen", "planen"). */
  readonly hearsayStativeInfinitives: readonly string[];
  /** Finite verbs of reputation followed by "als": "gilt als". */
  readonly reputationVerbs: readonly string[];
  readonly reputationParticle: string;
  /** Passive auxiliaries for impersonal attribution ("wird erwartet", "is said to"). */
  readonly passiveAuxiliaries: readonly string[];
  /** Participles of impersonal attribution: "erwartet", "vermutet", "said", "believed". */
  readonly impersonalParticiples: readonly string[];
  /** Phrases of impersonal attribution, as word sequences: "it is believed", "ist zu hören". */
  readonly impersonalPhrases: readonly string[];
  /** Sentence starts that refer the previous sentence to the source named here: "das", "dies". */
  readonly backReferences: readonly string[];
  /** Longer sentence openings that refer the previous sentence to a source named later in the clause: "that was what". */
  readonly backReferenceOpeners: readonly string[];
  /**
   * Pronominal adverbs that open reported speech about the previous sentence ("Darauf hätten sich … geeinigt,
   * teilte X mit"): with reported speech and a named reporting verb later in the sentence, X is the previous sentence's source.
   */
  readonly backReferenceAdverbs: readonly string[];
  /** Things a quotation can be written on, as compound endings ("Plakat", "banner"): what they say has no speaker. */
  readonly inscriptionNouns: readonly string[];
  /** Subjects that name no one ("jemand", "eine Stimme", "someone", "a voice"). */
  readonly anonymousSubjects: readonly string[];
  /** "Mit diesen Worten …": the next sentence names the speaker of a quotation. */
  readonly followingSpeakerPhrases: readonly string[];

  // ── Reported speech (German Konjunktiv) ────────────────────────────────────
  /** Unambiguous Konjunktiv I forms ("sei", "habe", "gebe"). */
  readonly subjunctiveI: readonly string[];
  /** Konjunktiv II forms that continue reported speech ("hätten", "würden"); not "dürfte"/"könnte". */
  readonly subjunctiveII: readonly string[];
  /** Lower-case words ending in -e that are not verbs (for the Konjunktiv I guess). */
  readonly notVerbsInE: readonly string[];

  // ── Claim signals ──────────────────────────────────────────────────────────
  readonly numberWords: readonly string[];
  /** Quantity words and stems: "Prozent", "Drittel", "verdoppelt", "percent", "dozens". */
  readonly quantityWords: readonly string[];
  /** Ordinals that state a rank or count: "dritte", "third". */
  readonly ordinalWords: readonly string[];
  /** Words after a number that make it a clock time: "Uhr". */
  readonly timeWords: readonly string[];
  readonly causeWords: readonly string[];
  /** Multi-word cause markers: "zurückzuführen auf", "due to", "because of". */
  readonly causePhrases: readonly string[];
  /** Cause words that count only after a comma (", da …", ", so …"). */
  readonly causeAfterComma: readonly string[];
  readonly assessmentWords: readonly string[];
  /** Assessment stems matched at the end of words ("verschärft", "unverhältnismäßig"). */
  readonly assessmentStems: readonly string[];
  /** Superlative endings ("-sten") and the words that merely look like one. */
  readonly superlativePattern: RegExp;
  readonly superlativeExceptions: readonly string[];
  readonly predictionWords: readonly string[];
  readonly predictionPhrases: readonly string[];
  /** Future auxiliaries: "wird", "werden", "will"; with an infinitive they predict. */
  readonly futureAuxiliaries: readonly string[];
  /** Words that make a future statement a schedule ("am Mittwoch", "on Thursday"). */
  readonly scheduleWords: readonly string[];
  readonly allegationWords: readonly string[];
  readonly allegationStems: readonly string[];
  readonly backgroundWords: readonly string[];
  readonly backgroundPhrases: readonly string[];
  /** "seit"/"since": background when followed by a year, a month or a span of time. */
  readonly sinceWords: readonly string[];
  readonly timeSpanWords: readonly string[];
  /** "erste"/"first": background only with a "since"-like companion in the sentence. */
  readonly firstWords: readonly string[];
  readonly firstCompanions: readonly string[];
  /** Copulas before "the first" that make it a record: "ist die erste", "became the first". */
  readonly copulas: readonly string[];
  /** Generalisations in the journalist's voice: "in der Regel", "meist", "usually", "tend to". */
  readonly generalisationWords: readonly string[];
  readonly generalisationPhrases: readonly string[];
  /** Evaluative idioms: "rote Zahlen", "wake-up call". */
  readonly assessmentPhrases: readonly string[];
  /** The particle of a comparison ("als", "than") and comparatives that state a quantity or nothing ("mehr", "rather"). */
  readonly comparisonParticle: string;
  readonly notComparatives: readonly string[];
  /** Nouns (as compound endings) before a number that make the number a name: "Bundesstraße 51", "Linie 14", "Flight 212". */
  readonly numberDesignators: readonly string[];
  /** Words that open an indirect question ("ob", "wie", "whether"): "Ob …, ist offen" asserts nothing. */
  readonly questionOpeners: readonly string[];
  /** Predicates that say only that something is not known: "offen", "unklar", "unclear". */
  readonly openPredicates: readonly string[];
  /** Groups that service information addresses ("Anwohner sollen …"): an instruction, not a plan (compound endings). */
  readonly addresseeStems: readonly string[];

  // ── Syntax helpers ─────────────────────────────────────────────────────────
  readonly definiteArticles: readonly string[];
  readonly indefiniteArticles: readonly string[];
  /** Possessive and other determiners that can open a subject ("sein Verteidiger"). */
  readonly determiners: readonly string[];
  readonly prepositions: readonly string[];
  readonly pronounsMale: readonly string[];
  readonly pronounsFemale: readonly string[];
  /** Pronouns that may be plural or a group ("sie" with a plural verb, "they"). */
  readonly pronounsPlural: readonly string[];
  /** "es", "man", "it": no speaker. */
  readonly pronounsImpersonal: readonly string[];
  /** Of those, the ones that stand for an organisation as the subject of a reporting verb ("…, it said"). */
  readonly pronounsOrganisation: readonly string[];
  readonly objectPronouns: readonly string[];
  /** Words that stand between a subject and its verb ("has", "also", "repeatedly"). */
  readonly auxiliaries: readonly string[];
  /** Sentence-initial words that are not subjects ("Zugleich", "Dennoch", "Dies"). */
  readonly nonSubjectStarters: readonly string[];
  /** Adjectives that make a verb-like word a noun ("further recalls", "new claims"). */
  readonly nounModifiers: readonly string[];
  readonly conjunctions: readonly string[];
  /** Words that end a name or noun phrase going forward ("am", "vor", "in"). */
  readonly phraseStops: readonly string[];

  // ── People ─────────────────────────────────────────────────────────────────
  /** Nouns for a person that match only as whole words (nationalities: "der Däne", "die Belgierin"). */
  readonly personNouns: readonly string[];
  /** Role nouns as compound endings ("sprecherin", "minister", "spokesman"). */
  readonly roleStems: readonly string[];
  readonly femaleRoleStems: readonly string[];
  readonly maleRoleStems: readonly string[];
  /**
   * Role nouns of one field each (politics, medicine, sport …), as stems like
   * roleStems: "der CDU-Politiker" takes up a person introduced as
   * "Bildungsminister", "the physician" one introduced as "surgeon". Every
   * member also counts as a role stem.
   */
  readonly roleFamilies: readonly (readonly string[])[];
  /** A noun for a person by age ("der 61-Jährige", "the 58-year-old"), as one token. */
  readonly ageNoun: RegExp;
  /** Role words that may sit inside a title without being the person ("Foreign", "General" in English titles). */
  readonly titleWords: readonly string[];
  readonly femaleTitles: readonly string[];
  readonly maleTitles: readonly string[];
  readonly neutralTitles: readonly string[];
  /** Lower-case particles inside names: "de", "van", "von". */
  readonly nameParticles: readonly string[];
  /** Capitalised words that are never names (weekdays, months, "Uhr"). */
  readonly notNames: readonly string[];
}
