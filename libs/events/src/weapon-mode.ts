/**
 * The weapon a sentence names, as a PLOVER ASSAULT mode. The trigger often
 * says only that something happened («مقتل 18 … في سقوط صاروخ», «قصف طيران
 * التحالف …»): the mode is in the words around it. Strongest first, as a
 * sentence naming several weapons is about the deadliest («انتحاري يفجر
 * سيارة مفخخة» is a suicide attack; «الطائرات قصفت بالصواريخ» an air strike).
 */
const CLITICS = '(?:^|[\\s«"(])(?:[وفبلك]|لل)?(?:ال)?';
const word = (stems: string) => new RegExp(`${CLITICS}(?:${stems})`, 'u');

const MODES: readonly (readonly [mode: string, words: RegExp])[] = [
  ['suicide-attack', word('انتحاري|انتحارية|انتحاريين|انتحاريون')],
  ['explosives', word('عبوة|عبوات|ناسفة|ناسفتين|مفخخة|مفخخات|مفخخ|ملغومة|ملغمة|لغم|ألغام|الغام')],
  // Not «قاعدة جوية», «الخطوط الجوية»: an air base or an airline is no air strike.
  ['aerial', word('طيران|طائرات|طائرة|مقاتلات|مروحيات|مروحية|غارة|غارات|براميل متفجرة|البراميل المتفجرة|براميل|(?<!(?:قاعدة|القاعدة|الخطوط|خطوط|قواعد)\\s)(?:ال)?جوية|جوي(?![\\u0621-\\u064A])')],
  ['heavy-weapons', word('صاروخ|صواريخ|صاروخية|قذيفة|قذائف|هاون|مدفعي|مدفعية|كاتيوشا|راجمات|دبابة|دبابات')],
  ['firearms', word('رصاص|أعيرة|اعيرة|عيار|قناص|قناصة|إطلاق النار|اطلاق النار|إطلاق نار|اطلاق نار')],
];

/** Modes a trigger gives that the words around it may make more exact («قصف» with «الطيران» is an air strike). */
const REFINABLE = new Set([undefined, 'heavy-weapons', 'firearms']);
const RANK = new Map(MODES.map(([mode], i) => [mode, i]));

/**
 * The mode of an ASSAULT: the trigger's own («غارة» → aerial), unless the
 * sentence names a weapon the trigger's mode understates.
 */
export function weaponModeOf(sentence: string, triggerMode: string | undefined): string | undefined {
  if (!REFINABLE.has(triggerMode)) return triggerMode;
  const named = MODES.find(([, words]) => words.test(sentence))?.[0];
  if (named === undefined) return triggerMode;
  if (triggerMode === undefined) return named;
  // Only a stronger weapon overrides: «قصف … بالرصاص» stays shelling.
  return RANK.get(named)! < RANK.get(triggerMode)! ? named : triggerMode;
}
