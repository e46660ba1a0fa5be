import type { Entity } from '#contracts';

export interface Story {
  /** Character range in the article's text (the title belongs to story 0). */
  start: number;
  end: number;
}

/**
 * Words that open a new story in a news roundup: «إلى ذلك» ("meanwhile"),
 * «ميدانياً» ("on the ground"), «من جهة أخرى» … Folded forms are not needed:
 * these are matched at the very start of a paragraph, as written.
 */
const TRANSITIONS = [
  'إلى ذلك', 'الى ذلك', 'ميدانياً', 'ميدانيا', 'من جهة أخرى', 'من جهة ثانية', 'من ناحية أخرى', 'في سياق آخر', 'في سياق منفصل', 'على صعيد آخر',
  'على صعيد منفصل', 'في شأن آخر', 'في غضون ذلك', 'وفي سياق آخر', 'وعلى صعيد آخر', 'وفي شأن آخر', 'وفي غضون ذلك',
  'Meanwhile', 'Elsewhere', 'In other news', 'Separately',
];
const opensWithTransition = (paragraph: string): boolean => TRANSITIONS.some((t) => paragraph.startsWith(t));

/** A paragraph that continues the one before: it opens with a conjunction («وقال», «فيما») or a linking phrase. */
const CONTINUES = /^(?:و|ف|بدوره|بدورها|من جانبه|من جانبها|كما|فيما|حيث|لكن|غير أن|إلا أن|وفقا|وفقاً|According|He |She |They |It |The [a-z])/u;
/** Words whose «و» or «ف» is their own first letter, not a conjunction: a paragraph opening with one is a lead like any other. */
const NOT_A_CONJUNCTION = /^(?:وزير|وزيرة|وزارة|وكالة|وفد|وسط|واشنطن|ولاية|وحدات|وليد|وائل|وضع|وصل|وقع|وجه|فلسطين|فرنسا|فصائل|فريق|فرع)/u;
const continues = (paragraph: string): boolean => CONTINUES.test(paragraph) && !NOT_A_CONJUNCTION.test(paragraph);

/** Entities specific enough to tell stories apart: not countries or regions, which a whole page shares. */
const specific = (e: Entity): boolean => !e.id.startsWith('place:country:') && !e.id.startsWith('place:region:');

/**
 * Splits a page that carries several unrelated stories («دمشق وبيونغ
 * يانغ…», then a Rukban camp briefing, then Shoigu in Bishkek …) into
 * stories, by paragraph. A paragraph starts a new story when it opens with a
 * transition («إلى ذلك»), or when it opens as a lead (no conjunction) and
 * names people, bodies or places none of which the current story has named.
 * Countries do not count: every story of a Syrian page names Syria.
 */
export function segmentStories(text: string, entities: readonly Entity[]): Story[] {
  const paragraphs: Story[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) if (m[0].trim() !== '') paragraphs.push({ start: m.index, end: m.index + m[0].length });
  if (paragraphs.length === 0) return [{ start: 0, end: text.length }];
  const idsIn = (p: Story) =>
    new Set(entities.filter(specific).filter((e) => e.mentions.some((m) => m.field === 'text' && m.start >= p.start && m.end <= p.end)).map((e) => e.id));

  const stories: Story[] = [{ ...paragraphs[0]! }];
  let named = idsIn(paragraphs[0]!);
  for (const p of paragraphs.slice(1)) {
    const head = text.slice(p.start, p.end).trimStart();
    const ids = idsIn(p);
    const unrelated = ids.size > 0 && ![...ids].some((id) => named.has(id));
    if (opensWithTransition(head) || (!continues(head) && unrelated)) {
      stories.push({ ...p });
      named = ids;
    } else {
      stories.at(-1)!.end = p.end;
      for (const id of ids) named.add(id);
    }
  }
  stories[0]!.start = 0;
  stories.at(-1)!.end = text.length;
  return stories;
}

/** Index of the story holding a text offset. */
export function storyAt(stories: readonly Story[], offset: number): number {
  const i = stories.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? Math.max(0, stories.length - 1) : i;
}
