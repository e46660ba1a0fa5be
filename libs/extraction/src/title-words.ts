/**
 * Word lists for finding names by the titles and roles that introduce them
 * (title-patterns.ts). Written for Marsad; Arabic is listed as written and
 * folded when loaded.
 */

/** Titles and roles that stand right before a person's name, longest form first where they nest. */
export const PERSON_TITLES_AR = [
  'وزير', 'وزيرة', 'نائب وزير', 'وكيل وزارة', 'رئيس الوزراء', 'رئيس الحكومة', 'رئيس الجمهورية', 'الرئيس', 'رئيس', 'نائب الرئيس', 'نائب رئيس',
  'الملك', 'الأمير', 'ولي العهد', 'الشيخ', 'السلطان', 'السفير', 'سفير', 'القنصل',
  'المتحدث باسم', 'المتحدثة باسم', 'الناطق باسم', 'الناطقة باسم', 'المتحدث الرسمي باسم', 'الناطق الرسمي باسم', 'المتحدث الرسمي', 'الناطق الرسمي',
  'المشير', 'الفريق أول', 'الفريق', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'الجنرال', 'الأدميرال',
  'رئيس هيئة الأركان', 'رئيس هيئة الأركان العامة', 'رئيس الأركان', 'قائد', 'القائد', 'زعيم', 'أمير', 'مفتي',
  'المبعوث', 'مبعوث', 'المبعوثة', 'الأمين العام', 'المدير العام', 'مدير', 'محافظ', 'النائب', 'القاضي', 'المستشار', 'مستشار',
  'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'المرشح', 'المرشحة',
  // Women's titles: «رئيسة لاتفيا …», «المستشارة الألمانية …».
  'رئيسة', 'الرئيسة', 'رئيسة الوزراء', 'رئيسة الحكومة', 'نائبة', 'نائبة الرئيس', 'نائبة رئيس', 'الملكة', 'الأميرة', 'الشيخة', 'السفيرة', 'سفيرة',
  'المستشارة', 'مستشارة', 'الأمينة العامة', 'المديرة العامة', 'مديرة', 'النائبة', 'القاضية', 'زعيمة', 'قائدة',
];

export const PERSON_TITLES_EN = [
  'President', 'Vice President', 'Prime Minister', 'Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister',
  'Deputy Foreign Minister', 'Deputy Minister', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Secretary',
  'King', 'Crown Prince', 'Prince', 'Sheikh', 'Emir', 'Ambassador', 'envoy', 'Envoy', 'Special Envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'Spokesman', 'Spokeswoman',
  'General', 'Gen.', 'Gen', 'Major General', 'Maj. Gen.', 'Maj Gen', 'Lieutenant General', 'Lt. Gen.', 'Brigadier General', 'Brig. Gen.',
  'Colonel', 'Col.', 'Col', 'Lieutenant Colonel', 'Lt. Col.', 'Major', 'Captain', 'Admiral', 'Marshal',
  'Chief of Staff', 'chief of staff', 'Chief of the General Staff', 'commander', 'Commander', 'leader', 'Governor', 'Senator', 'Judge',
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.',
];

/**
 * Words between a title and the name that belong to the title: the body it
 * heads («رئيس مجلس الشعب …», «المتحدث باسم وزارة الخارجية …»). Words with
 * the article («الخارجية», «الروسي») are skipped without being listed.
 */
export const TITLE_LINKS_AR = [
  'وزارة', 'هيئة', 'مجلس', 'لجنة', 'باسم', 'شؤون', 'لشؤون', 'حركة', 'جبهة', 'حزب', 'جيش', 'قوات', 'منظمة', 'مكتب', 'دولة', 'جمهورية', 'إدارة', 'شرطة', 'بعثة', 'مفوضية',
  // Portfolios in construct state: «وزير خارجية روسيا», «رئيس أركان الجيش».
  'خارجية', 'دفاع', 'داخلية', 'مالية', 'عدل', 'صحة', 'إعلام', 'اقتصاد', 'نفط', 'طاقة', 'تربية', 'تعليم', 'ثقافة', 'نقل', 'زراعة', 'عمل', 'سياحة', 'أركان', 'حكومة',
];

/** Words that never start or continue a name: function words, time words, and verbs of saying and meeting that follow names. */
export const NOT_NAME_AR = [
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'الذي', 'التي', 'الذين', 'هو', 'هي', 'ما', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'بعد', 'قبل', 'خلال', 'حول', 'بين', 'عند', 'منذ', 'حتى', 'أو', 'ثم', 'كما', 'لكن', 'هذا', 'هذه', 'ذلك', 'تلك', 'كل', 'بعض', 'غير',
  'اليوم', 'أمس', 'غدا', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'صباح', 'مساء', 'ليلة',
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'صرح', 'أوضح', 'أشار', 'ذكر', 'بحث', 'التقى', 'استقبل', 'زار', 'وصل', 'دعا', 'يزور', 'يلتقي', 'يبحث', 'نفى', 'حذر', 'طالب', 'أضاف', 'تابع', 'شدد',
  'السابق', 'السابقة', 'الحالي', 'الجديد', 'المقبل', 'الأسبق',
];

/** Heads that introduce an organisation's name in quotes: تنظيم «…», the group "…". */
export const ORG_HEADS_AR = ['تنظيم', 'جماعة', 'حركة', 'فصيل', 'جبهة', 'ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات', 'كتائب', 'كتيبة', 'لواء', 'فيلق', 'جيش', 'حزب', 'ائتلاف', 'تحالف', 'هيئة', 'منظمة', 'شركة', 'وكالة'];
export const ORG_HEADS_EN = ['group', 'organisation', 'organization', 'movement', 'militia', 'faction', 'front', 'party', 'company', 'agency'];

/** «منظمة …» names an organisation even without quotes when words with the article follow: «منظمة الصحة العالمية». */
export const ORG_HEADS_UNQUOTED_AR = ['منظمة'];

/**
 * Masculine heads that name an organisation with the masculine adjectives
 * after them: «البنك التجاري», «المصرف المركزي», «البنك الدولي» (not «البنك
 * الرأسمالية», where the adjective belongs to what follows). On ANERcorp
 * train, 7 of the 8 so found are organisations with those bounds.
 */
export const ORG_HEADS_UNQUOTED_MASCULINE_AR = ['البنك', 'بنك', 'المصرف', 'مصرف'];

/** Small English words that may stand inside a name ("Bashar al-Assad", "Osama bin Laden"). */
export const NAME_PARTICLES_EN = ['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'van', 'von', 'der', 'la', 'le'];

/** Words that join the parts of an Arabic name: «بن», «آل», «أبو», «عبد». */
export const NAME_LINKS_AR = ['بن', 'بنت', 'ابن', 'آل', 'أبو', 'ابو', 'عبد'];

/**
 * Titles that almost always stand before a person's name (ranks and
 * honorifics): after one of these a name of two words or more is taken even
 * when neither the tagger nor the name lists know it («اللواء رايم بردي
 * دويشنبييف»). «الفريق» is left out: it is also "the team".
 */
export const STRONG_TITLES_AR = ['المشير', 'الفريق أول', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الجنرال', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة'];

/**
 * Professions that stand before a person's name in news («الفنان طلعت
 * زكريا», «المدافع الدولي العاجي كولو توريه», «مهاجمه صامويل إيتو»):
 * after one of these (and the adjectives in PROFESSION_MODIFIERS_AR or of
 * nationality), a word that can be a name starts a person's name and the
 * tagger decides how far it runs (person-cues.ts). Offices are titles
 * (PERSON_TITLES_AR); «الحكم» (the referee, the rule) is left out.
 */
export const PROFESSIONS_AR = [
  'الفنان', 'الفنانة', 'الممثل', 'الممثلة', 'المطرب', 'المطربة', 'المغني', 'المغنية', 'النجم', 'النجمة', 'الموسيقار', 'الملحن', 'المخرج', 'المخرجة', 'السيناريست', 'المؤلف', 'المنتج',
  'الكاتب', 'الكاتبة', 'الشاعر', 'الشاعرة', 'الروائي', 'الروائية', 'الأديب', 'الأديبة', 'الناقد', 'الصحفي', 'الصحفية', 'الإعلامي', 'الإعلامية', 'المذيع', 'المذيعة', 'المؤرخ', 'المفكر', 'الفيلسوف', 'الباحث', 'الباحثة', 'الرسام', 'التشكيلي',
  'اللاعب', 'اللاعبة', 'المدافع', 'المهاجم', 'الحارس', 'المدرب', 'الكابتن', 'العداء', 'العداءة', 'الملاكم', 'المصارع', 'السباح', 'الدراج', 'الهداف',
  'مهاجمه', 'مدافعه', 'لاعبه', 'حارسه', 'مدربه', 'زميله', 'زميلها', 'مواطنه', 'مواطنها',
  'المهندس', 'المحامي', 'المحامية', 'الطبيب', 'الطبيبة', 'الأستاذ', 'الأستاذة', 'البروفيسور', 'الداعية', 'الراحل', 'الراحلة',
  'رجل الأعمال', 'سيدة الأعمال', 'لاعب الوسط', 'صانع الألعاب', 'المدير الفني',
  'الراقص', 'الراقصة', 'السينارست',
  // Credits: «تأليف …», «وإخراج …» (on ANERcorp train 26 of 26 followed by a person's name).
  'تأليف', 'وتأليف', 'إخراج', 'وإخراج', 'ألحان', 'وألحان',
];

/** Bylines: «كتب: …», «حوار ـ …» (the name after the colon or dash; on ANERcorp train 4 of 5). */
export const BYLINES_AR = ['كتب', 'كتبت', 'بقلم', 'حوار', 'متابعة', 'إعداد', 'تحرير'];

/** Adjectives that may stand between a profession and the name, besides nationalities: «المدافع الدولي …», «الفنان القدير …». */
export const PROFESSION_MODIFIERS_AR = [
  'الدولي', 'الدولية', 'السابق', 'السابقة', 'الأسبق', 'الشهير', 'الشهيرة', 'الكبير', 'الكبيرة', 'الشاب', 'الشابة', 'المخضرم', 'الراحل', 'الراحلة',
  'الصاعد', 'المعتزل', 'القدير', 'القديرة', 'المعروف', 'المعروفة', 'العالمي', 'العالمية', 'المتألق', 'الواعد', 'الجديد',
];

/** Nationality adjectives (masculine, definite) the knowledge base lacks: nations inside a country, and spellings. */
export const NATIONALITIES_EXTRA_AR = [
  'الإنجليزي', 'الإنكليزي', 'الإسكتلندي', 'الاسكتلندي', 'الويلزي', 'العاجي', 'الإيفواري', 'الأسباني', 'الأمريكى', 'الأميركى',
];

/**
 * Heads after which an organisation's name follows without quotes: «نادي
 * قطر», «صحيفة معاريف», «قناة المحور». ANERcorp, like a desk, leaves the
 * head outside the name; the tagger is told the name starts after it
 * (org-cues.ts). «شركة», «فريق», «وكالة» are left out: on ANERcorp train
 * the word after them is a name less than half the time.
 */
export const ORG_NAME_HEADS_AR = ['نادي', 'صحيفة', 'صحيفتا', 'صحيفتي', 'جريدة', 'مجلة', 'قناة'];
