import type { ArticleEvent, Entity } from '#contracts';

/**
 * Where an event was told, for deciding whether a later sentence tells it again.
 * - `sentence`: index of its sentence in the text;
 * - `anaphoric`: its trigger refers back («الهجوم», «الانفجار», «هذه الغارات»,
 *   «الحادث») rather than introducing a happening;
 * - `reported`: a source speaks before its trigger («وقال المصدر إن …»,
 *   «وأضاف المرصد …»), as a retelling with details usually does.
 */
export interface Telling {
  sentence: number;
  anaphoric: boolean;
  reported: boolean;
  /** Its sentence opens by turning to another happening («من جهة أخرى», «إلى ذلك»). */
  turns: boolean;
  /** Its place is named in its own sentence, not borrowed from the sentence before. */
  placeNamed: boolean;
}

const differ = <T>(a: T | undefined, b: T | undefined): boolean => a !== undefined && b !== undefined && a !== b;

/**
 * What makes two tellings two happenings whatever else ties them: other
 * figures of killed or wounded («مقتل 24» then «مقتل 18» in the same town),
 * or another weapon («قذائف» then «مقاتلات التحالف»; modes are read from the
 * sentence's own words, weapon-mode.ts, so «قصف طيران التحالف» and «غارات»
 * both read as air strikes).
 */
export const disagree = (a: ArticleEvent, b: ArticleEvent): boolean =>
  differ(a.killed, b.killed) || differ(a.wounded, b.wounded) || differ(a.mode, b.mode);

/**
 * News tells a happening, then tells it again with details: «أفاد مصدر …
 * بمقتل 17 حوثياً … في مأرب» then «وقال المصدر إن 17 حوثياً قتلوا …».
 * A desk wants one event, so a later event of the same type in the same
 * story is taken as a retelling of an earlier one when nothing in it
 * disagrees (no other casualty figure, no place outside the earlier one's,
 * no other weapon or known attacker) and something ties them:
 * - the same figure of killed or wounded, alone;
 * - otherwise a trigger that refers back («الهجوم الجوي», «هذه الغارات») or a
 *   source speaking in the very next sentence («وقالت المصادر إن …»), with
 *   the same place (or one inside the other), or with no place of its own.
 * A place alone ties nothing: a round-up names several raids in one city.
 * A sentence that turns to another matter («من جهة أخرى») is never a retelling.
 * Without a tie, two raids in one story stay two events: a round-up of
 * shellings in several towns is several happenings.
 */
export function isRetelling(earlier: ArticleEvent, was: Telling, later: ArticleEvent, now: Telling, places: PlaceTree): boolean {
  if (earlier.type !== later.type || earlier.story !== later.story || earlier.evidence.field !== later.evidence.field) return false;
  // Clauses of one sentence are a round-up's separate happenings; «من جهة أخرى» announces another.
  if (was.sentence === now.sentence || now.turns) return false;
  if (disagree(earlier, later)) return false;
  if (earlier.place !== undefined && later.place !== undefined && !places.related(earlier.place, later.place)) return false;
  // Another attacker from the knowledge base is another happening, unless the later trigger points back at
  // the earlier one. A name the knowledge base lacks is too often a mistaken one (a victim, a speaker) to decide.
  const known = (id: string | undefined) => id !== undefined && !id.startsWith('unlinked:');
  if (known(earlier.source) && known(later.source) && earlier.source !== later.source && !now.anaphoric) return false;
  const sameFigure = (earlier.killed !== undefined && earlier.killed === later.killed) || (earlier.wounded !== undefined && earlier.wounded === later.wounded);
  // A place the later sentence borrowed from the one before ties nothing.
  const samePlace = earlier.place !== undefined && later.place !== undefined && now.placeNamed;
  // A reference back or a source speaking next ties only a telling that names no place of its own:
  // «وأضاف المصدر أن الطائرات الروسية استهدفت … في الجنابرة» is a second happening.
  const placeless = !now.placeNamed;
  const nextSaid = now.reported && now.sentence === was.sentence + 1;
  // A weapon the first telling did not name («… تحت وابل من نيران الطيران الحربي الروسي») starts another
  // happening, unless the figures or a reference back say it is the same.
  if (earlier.mode === undefined && later.mode !== undefined && !sameFigure && !now.anaphoric) return false;
  return sameFigure || ((samePlace || placeless) && (now.anaphoric || nextSaid));
}

/**
 * The earlier event with what the retelling adds: a more specific place,
 * figures, actors and mode it lacked. Its evidence stays the first telling.
 */
export function absorb(earlier: ArticleEvent, later: ArticleEvent, places: PlaceTree): ArticleEvent {
  const place = earlier.place !== undefined && later.place !== undefined && places.within(later.place, earlier.place) ? later.place : earlier.place ?? later.place;
  return {
    ...later,
    ...earlier,
    ...(place !== undefined ? { place } : {}),
    evidence: earlier.evidence,
    story: earlier.story,
    confidence: Math.max(earlier.confidence, later.confidence),
  };
}

/** Place containment from the entities' ancestor chains (town → district → governorate → country). */
export class PlaceTree {
  private readonly ancestors = new Map<string, readonly string[]>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) if (e.type === 'LOCATION') this.ancestors.set(e.id, e.ancestors);
  }

  /** `inner` is `outer` or lies inside it. */
  within(inner: string, outer: string): boolean {
    return inner === outer || (this.ancestors.get(inner) ?? []).includes(outer);
  }

  related(a: string, b: string): boolean {
    return this.within(a, b) || this.within(b, a);
  }
}
