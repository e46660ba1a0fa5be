/**
 * Actors current news about the Middle East is full of, written by hand for
 * Marsad (first version; to be seeded from the Phoenix / UniversalPetrarch
 * dictionaries next). `short` names are used for within-article coreference
 * only: «شويغو» is Sergei Shoigu once «سيرغي شويغو» has appeared.
 * `parent` is the organisation an actor belongs to; `country` its state.
 */
export interface ActorSeed {
  id: string;
  type: 'person' | 'government' | 'ministry' | 'military' | 'armed-group' | 'igo' | 'organisation';
  en: string;
  ar: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  shortEn?: string[];
  shortAr?: string[];
  /** Former names, still matched («جند الأقصى» is Ansar al-Tawhid today). */
  formerEn?: string[];
  formerAr?: string[];
  country?: string;
  parent?: string;
  role?: string;
}

export const ACTORS: ActorSeed[] = [
  // Russia
  { id: 'actor:org:ru-mod', type: 'ministry', en: 'Russian Ministry of Defence', ar: 'وزارة الدفاع الروسية', aliasesEn: ['Russian Defence Ministry', 'Russian Defense Ministry'], aliasesAr: ['الدفاع الروسية'], country: 'RU' },
  { id: 'actor:person:sergei-shoigu', type: 'person', en: 'Sergei Shoigu', ar: 'سيرغي شويغو', aliasesEn: ['Sergey Shoygu', 'Sergei Shoygu'], aliasesAr: ['سيرجي شويغو', 'سيرغي شويجو'], shortEn: ['Shoigu', 'Shoygu'], shortAr: ['شويغو', 'شويجو'], country: 'RU', parent: 'actor:org:ru-mod', role: 'Minister of Defence (2012–2024)' },
  { id: 'actor:person:vladimir-putin', type: 'person', en: 'Vladimir Putin', ar: 'فلاديمير بوتين', shortEn: ['Putin'], shortAr: ['بوتين'], country: 'RU', role: 'President' },
  { id: 'actor:person:sergei-lavrov', type: 'person', en: 'Sergei Lavrov', ar: 'سيرغي لافروف', aliasesAr: ['سيرجي لافروف'], shortEn: ['Lavrov'], shortAr: ['لافروف'], country: 'RU', role: 'Foreign Minister' },
  { id: 'actor:person:mikhail-mizintsev', type: 'person', en: 'Mikhail Mizintsev', ar: 'ميخائيل ميزينتسيف', shortEn: ['Mizintsev'], shortAr: ['ميزينتسيف'], country: 'RU', parent: 'actor:org:ru-mod', role: 'Head of the National Defence Management Centre' },
  // Syria
  { id: 'actor:org:sy-government', type: 'government', en: 'Syrian government', ar: 'الحكومة السورية', aliasesAr: ['الحكومة السورية'], country: 'SY' },
  { id: 'actor:org:sy-army', type: 'military', en: 'Syrian Arab Army', ar: 'الجيش العربي السوري', aliasesEn: ['Syrian army'], aliasesAr: ['الجيش السوري', 'قوات النظام السوري', 'قوات النظام'], country: 'SY' },
  { id: 'actor:person:bashar-al-assad', type: 'person', en: 'Bashar al-Assad', ar: 'بشار الأسد', aliasesEn: ['Bashar Assad'], shortEn: ['Assad'], shortAr: ['الأسد'], country: 'SY', parent: 'actor:org:sy-government', role: 'President' },
  { id: 'actor:person:walid-al-muallem', type: 'person', en: 'Walid al-Muallem', ar: 'وليد المعلم', aliasesEn: ['Walid Muallem', 'Walid al-Moallem'], shortEn: ['Muallem'], shortAr: ['المعلم'], country: 'SY', parent: 'actor:org:sy-government', role: 'Foreign Minister' },
  { id: 'actor:person:hussein-makhlouf', type: 'person', en: 'Hussein Makhlouf', ar: 'حسين مخلوف', shortEn: ['Makhlouf'], shortAr: ['مخلوف'], country: 'SY', parent: 'actor:org:sy-government', role: 'Minister of Local Administration and Environment' },
  { id: 'actor:org:syrian-arab-red-crescent', type: 'organisation', en: 'Syrian Arab Red Crescent', ar: 'الهلال الأحمر العربي السوري', aliasesAr: ['الهلال الأحمر السوري'], country: 'SY' },
  // Armed groups
  { id: 'actor:group:hts', type: 'armed-group', en: 'Hayat Tahrir al-Sham', ar: 'هيئة تحرير الشام', aliasesEn: ['HTS', 'Tahrir al-Sham'], formerEn: ['Jabhat al-Nusra', 'Nusra Front', 'Jabhat Fateh al-Sham'], formerAr: ['جبهة النصرة', 'النصرة', 'جبهة فتح الشام'], country: 'SY' },
  { id: 'actor:group:isis', type: 'armed-group', en: 'Islamic State', ar: 'تنظيم الدولة الإسلامية', aliasesEn: ['ISIS', 'ISIL', 'Daesh'], aliasesAr: ['داعش', 'تنظيم داعش', 'الدولة الإسلامية'] },
  { id: 'actor:group:ansar-al-tawhid', type: 'armed-group', en: 'Ansar al-Tawhid', ar: 'أنصار التوحيد', aliasesAr: ['تنظيم أنصار التوحيد'], formerEn: ['Jund al-Aqsa'], formerAr: ['جند الأقصى'], country: 'SY' },
  { id: 'actor:group:sdf', type: 'armed-group', en: 'Syrian Democratic Forces', ar: 'قوات سوريا الديمقراطية', aliasesEn: ['SDF'], aliasesAr: ['قسد'], country: 'SY' },
  { id: 'actor:group:hezbollah', type: 'armed-group', en: 'Hezbollah', ar: 'حزب الله', aliasesEn: ['Hizbullah', 'Hizballah'], country: 'LB' },
  { id: 'actor:group:hamas', type: 'armed-group', en: 'Hamas', ar: 'حركة حماس', aliasesAr: ['حماس'], country: 'PS' },
  // Turkey, Iran, US, North Korea
  { id: 'actor:person:recep-tayyip-erdogan', type: 'person', en: 'Recep Tayyip Erdogan', ar: 'رجب طيب أردوغان', shortEn: ['Erdogan'], shortAr: ['أردوغان'], country: 'TR', role: 'President' },
  { id: 'actor:org:irgc', type: 'military', en: 'Islamic Revolutionary Guard Corps', ar: 'الحرس الثوري الإيراني', aliasesEn: ['IRGC', 'Revolutionary Guards'], aliasesAr: ['الحرس الثوري'], country: 'IR' },
  { id: 'actor:org:us-state-department', type: 'ministry', en: 'US State Department', ar: 'وزارة الخارجية الأمريكية', aliasesEn: ['State Department'], aliasesAr: ['الخارجية الأمريكية', 'الخارجية الأميركية', 'وزارة الخارجية الأميركية'], country: 'US' },
  { id: 'actor:org:pentagon', type: 'ministry', en: 'US Department of Defense', ar: 'وزارة الدفاع الأمريكية', aliasesEn: ['Pentagon'], aliasesAr: ['البنتاغون', 'وزارة الدفاع الأميركية'], country: 'US' },
  { id: 'actor:person:pak-myong-guk', type: 'person', en: 'Pak Myong Guk', ar: 'باك ميونغ غوك', shortAr: ['باك'], country: 'KP', role: 'Deputy Foreign Minister' },
  // International organisations
  { id: 'actor:igo:un', type: 'igo', en: 'United Nations', ar: 'الأمم المتحدة', aliasesEn: ['UN', 'U.N.'], aliasesAr: ['منظمة الأمم المتحدة', 'الأمم المتحدة'] },
  { id: 'actor:igo:un-security-council', type: 'igo', en: 'UN Security Council', ar: 'مجلس الأمن الدولي', aliasesEn: ['Security Council'], aliasesAr: ['مجلس الأمن'], parent: 'actor:igo:un' },
  { id: 'actor:igo:unhcr', type: 'igo', en: 'UNHCR', ar: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', aliasesEn: ['UN refugee agency'], aliasesAr: ['مفوضية اللاجئين'], parent: 'actor:igo:un' },
  { id: 'actor:igo:arab-league', type: 'igo', en: 'Arab League', ar: 'جامعة الدول العربية', aliasesAr: ['الجامعة العربية'] },
  { id: 'actor:igo:csto', type: 'igo', en: 'Collective Security Treaty Organization', ar: 'منظمة معاهدة الأمن الجماعي', aliasesEn: ['CSTO'] },
  { id: 'actor:igo:nato', type: 'igo', en: 'NATO', ar: 'حلف شمال الأطلسي', aliasesAr: ['الناتو', 'حلف الناتو'] },
  { id: 'actor:org:icrc', type: 'organisation', en: 'International Committee of the Red Cross', ar: 'اللجنة الدولية للصليب الأحمر', aliasesEn: ['ICRC', 'Red Cross'], aliasesAr: ['الصليب الأحمر'] },
];
