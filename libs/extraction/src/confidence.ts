/**
 * How often an entity found each way is right, as a 0–1 confidence on every
 * entity the enricher emits. Where ANERcorp annotates the kind of name, the
 * figure is its exact-span precision on ANERcorp dev
 * (`bin/marsad eval-ner ../shared/data/anercorp/dev.txt --by-source`, see
 * docs/QUALITY.md; a wrong boundary counts as wrong, so these are lower
 * bounds). Kinds ANERcorp does not annotate — adjectives, surnames after a
 * full name, common-word villages after a place word — were judged by hand
 * on the sample pages and set below full names.
 */
export const CONFIDENCE = {
  /** A full name or alias from the knowledge base (dev: 0.86 with the rules of 2026-11-30; its misses are mostly places inside club and company names, and common words that name small towns). */
  knowledgeBase: 0.86,
  /** A common-word village name after a place word («قرية …»). */
  cuedPlace: 0.75,
  /** One of several villages sharing a name, chosen by the district of places named near it. */
  contextPlace: 0.7,
  /** A place named by its adjective («الروسية»): it says the country is involved, not where. */
  adjective: 0.7,
  /** A surname after the full name in the same article (dev: 0.68). */
  shortName: 0.68,
  /** Names the tagger found that the knowledge base does not know, by type (dev). */
  tagger: { PERSON: 0.75, ORG: 0.72, LOCATION: 0.66 },
  /** A person whose name the tagger was told starts after a profession or a nationality («الفنان …», «البرازيلي …», «كتب: …»; dev: 0.79, 37 of 47). */
  cuedPerson: 0.79,
  /** An organisation whose name the tagger was told starts after a head that names its kind («نادي …», «صحيفة …»; dev: 11 of 12; ANERcorp train gold: the word after the head starts an organisation 41 times in 47). */
  cuedOrg: 0.87,
  /** A place name followed by a masculine nationality adjective, taken for a club («ليون الفرنسي»), and its other mentions (dev: 6 of 6; ANERcorp train gold: 50 of the 60 place or organisation names so followed are organisations). */
  club: 0.8,
  /** A region's name in quotes, taken for the newspaper or channel named after it («الشرق الأوسط»; dev: 4 of 4, ANERcorp train gold: 6 of 11). */
  quotedRegion: 0.6,
  /** A person right after a title or role («وزير الدفاع …», dev: 0.86). */
  titledName: 0.86,
  /** A run of capitalised English words typed by its words (no English gold here: judged, set low). */
  englishCapitals: 0.6,
} as const;
