/** Folded, lower-cased casualty vocabulary for findCasualties. */
export type CasualtyRole = 'killed' | 'wounded' | 'arrested';

const words = (role: CasualtyRole, list: string): [string, CasualtyRole][] => list.split(/\s+/u).filter(Boolean).map((w) => [w, role]);

/** Verbs and verbal nouns that take the count after them («مقتل 5», "killed 5"). */
export const TRIGGERS = new Map<string, CasualtyRole>([
  ...words('killed', `مقتل قتل قتلت قتلوا يقتل تقتل استشهاد استشهد استشهدت استشهدوا مصرع وفاه توفي لقي اعدام اعدم
    killed killing kills kill executed`),
  ...words('wounded', `اصابه اصيب اصيبت اصيبوا يصاب جرح جرحت جرحوا يجرح
    wounded wounding injured injuring hurt`),
  ...words('arrested', `اعتقال اعتقل اعتقلت اعتقلوا تعتقل يعتقل اسر اسرت اختطاف اختطف اختطفت خطف خطفت قبض القبض توقيف اوقف
    اوقفت احتجاز احتجز احتجزت arrested arresting arrests detained detaining abducted abducting kidnapped kidnapping captured`),
  // A running toll names its figure after the noun: «ارتفع عدد القتلى إلى 30».
  ...words('killed', 'القتلي الشهداء الوفيات'),
  ...words('wounded', 'الجرحي المصابين'),
  ...words('arrested', 'المعتقلين المعتقلون الموقوفين'),
]);

/** Nouns after the count that name the casualty («3 قتلى», "20 wounded"). */
export const ROLE_NOUNS = new Map<string, CasualtyRole>([
  ...words('killed', 'قتلي قتيل قتيلا شهداء شهيد شهيدا وفيات dead deaths fatalities killed'),
  ...words('wounded', 'جرحي جريح جريحا مصابين مصابا مصاب اصابات wounded injured injuries'),
  ...words('arrested', 'معتقلين معتقلا معتقل اسري اسيرا مختطفين مختطفا محتجزين موقوفين detainees arrests arrested detained'),
]);

/** Words that make a count a count of people («5 أشخاص», "5 soldiers"). */
export const PERSON_NOUNS = new Set(
  `اشخاص شخصا شخص جنود جنديا جندي مدنيين مدنيا مدني اطفال طفلا طفل نساء امراه رجال رجلا مسلحين مسلحا عناصر عنصرا
   مقاتلين مقاتلا مواطنين مواطنا اخرين اخرون اخر عسكريين عسكريا ضباط ضابطا شرطيين افراد فردا صحفيين صحفيا متظاهرين
   متظاهرا مهاجرين لاجئين مستوطنين طلاب عمال سجناء ركاب اشقاء اسره افراد اشخاصا اعضاء ناشطين ناشطا اشخاص اطفالا
   people persons person civilians civilian soldiers soldier children child women men militants fighters protesters
   officers policemen police others troops members workers journalists migrants residents students passengers
   prisoners demonstrators guards rebels insurgents gunmen suspects`.split(/\s+/u).filter(Boolean),
);

/**
 * A nisba names people too: plural «فلسطينيين»، «سوريون», or the singular
 * accusative that follows counts from 11 to 99 («15 فلسطينيا»), "Palestinians".
 */
export const isPersonNoun = (w: string): boolean =>
  PERSON_NOUNS.has(w) || /^[\u0621-\u064a]{3,}ي(ين|ون|ا)$/u.test(w) || /^[a-z]{3,}ians$/u.test(w);

/** Nouns that make a count something else: distances, money, time, weapons, buildings. */
export const NOT_PEOPLE = new Set(
  `كيلومتر كيلومترات كيلومترا كلم كم متر مترا امتار ميل اميال دولار دولارا دولارات يورو ريال ريالا دينار دينارا جنيه
   جنيها ليره شيكل درهم درهما عام عاما اعوام سنه سنوات سنين يوم يوما ايام ساعه ساعات دقيقه دقائق ثانيه شهر شهرا اشهر
   شهور اسبوع اسبوعا اسابيع بالمئه بالمائه المئه المائه cent طن اطنان لتر صاروخ صواريخ صاروخا قذيفه قذائف غاره غارات منزل منازل
   منزلا مبني مباني مبان مره مرات نقاط قريه قري بلدات مدن مواقع سياره سيارات طائرات مسيرات
   km kilometers kilometres miles meters metres dollars euros pounds years year days hours minutes percent rockets
   missiles strikes homes houses buildings times villages towns cars vehicles tons am pm`.split(/\s+/u).filter(Boolean),
);

/** Words between a trigger and its count that do not loosen the link («القبض على 15», «أسفر عن مقتل»). */
export const LINK_WORDS = new Set(['علي', 'عن', 'الي', 'to', 'at', 'by']);

/** Strips the conjunctions and prepositions a trigger or noun may carry («ومقتل», «بجروح»). */
export function bare(w: string, known: (w: string) => boolean): string {
  if (known(w)) return w;
  for (const p of ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب']) if (w.startsWith(p) && known(w.slice(p.length))) return w.slice(p.length);
  return w;
}
