/**
 * Event triggers written by hand: the conflict and politics vocabulary the
 * desks read every day, in the forms news prints. Each row is a CAMEO code
 * (the PLOVER type and mode come from it, see cameo-plover.ts, unless the
 * row names them) and its phrases. Arabic nouns are written bare; the
 * matcher also finds them with the article («هجوم» matches «الهجوم»,
 * «والهجوم»). A noun with an adjective is written both ways (`definite`).
 *
 * Decisions:
 * - «اشتباكات», «اشتبك», "clashes": ASSAULT 'firearms' (CAMEO 193, small
 *   arms): news uses them for ground fighting with rifles and machine guns.
 * - «تصدى», «التصدي»: the defender's side of a fight («تصدت الفصائل لهجوم»,
 *   «تصدت الدفاعات الجوية لصواريخ»). It is fighting all the same: ASSAULT,
 *   CAMEO 190, no mode; the attacker is the recipient, not the actor.
 * - «قصف» alone is shelling, 'heavy-weapons' (194); «قصف جوي» and the
 *   air-strike words are 'aerial' (195); drones are 'drone' (195).
 * - «انفجار» ("explosion") is kept as 'explosives' (183): in conflict news
 *   it is nearly always a bomb; a gas-tank explosion will be a false alert.
 * - «حشد» alone is not a trigger: «الحشد الشعبي» is an Iraqi force's name.
 *   Such names are listed in EXCLUDED: matched like triggers, then dropped.
 * - Signing (CAMEO 057) is AGREE, as PLOVER's manual says for formal
 *   agreements, although the 2021 conversion table lists 057 under SUPPORT.
 */
import { verbForms } from './arabic-verb-forms.js';
import type { PloverType } from '../../../libs/contracts/src/enriched-article/plover.js';

export interface HandRow {
  cameo: string;
  ar?: string[];
  en?: string[];
  /** Override the type (and mode) the code gives. */
  type?: PloverType;
  mode?: string;
}

/** The conjugated forms of sound verbs (arabic-verb-forms.ts), followed by `tail` («على»). */
const v = (lemma: string, tail = ''): string[] => verbForms(lemma).verb.map((f) => (tail ? `${f} ${tail}` : f));
/** A noun and its adjectives, bare and definite: «غارات جوية», «الغارات الجوية». */
const definite = (phrase: string): string[] => [phrase, phrase.split(' ').map((w) => `ال${w}`).join(' ')];
/** English verb forms given in full (no guessing at doubling). */
const en = (...forms: string[]): string[] => forms;

export const HAND_TRIGGERS: HandRow[] = [
  // ASSAULT, conventional force
  { cameo: '190', ar: ['هجوم', 'هجمات', 'هجوما', 'هجمة', ...v('هاجم'), 'مهاجمة', 'شن هجوما', 'شنت هجوما', 'شنوا هجوما', 'يشن هجوما', 'تشن هجوما', 'شن هجمات', 'شنت هجمات', ...v('استهدف'), 'استهداف', 'استهدافه', 'معارك', 'معركة', 'قتال', 'اقتتال', 'عملية عسكرية', 'العملية العسكرية', 'هجوم بري', 'الهجوم البري', 'توغل', ...v('توغل'), 'اقتحام', ...v('اقتحم')],
    en: en('attack', 'attacks', 'attacked', 'attacking', 'assault', 'assaulted', 'offensive', 'strike', 'strikes', 'raids', 'fighting', 'raid', 'raided', 'stormed', 'targeted', 'incursion') },
  { cameo: '190', ar: ['تصدى', 'تصدت', 'تصدوا', 'يتصدى', 'تتصدى', 'يتصدون', 'التصدي', 'تصد', 'صد هجوما', 'صدت هجوما'], en: en('repelled', 'repulsed') },
  { cameo: '1823', ar: ['قتل', 'قتلت', 'قتلوا', 'يقتل', 'تقتل', 'مقتل', 'لقي حتفه', 'لقوا حتفهم', 'لقي مصرعه', 'لقوا مصرعهم', 'سقوط قتلى',
    // The victim's side: «استشهد ثلاثة … إثر سقوط قذيفة» reports the attack by its dead.
    'استشهد', 'استشهدت', 'استشهدوا', 'استشهاد', 'أصيب بجروح', 'أصيبوا بجروح', 'أصيبت بجروح'], en: en('killed', 'killing', 'killings', 'shot dead') },
  // ASSAULT, air
  { cameo: '195', ar: ['غارة', 'غارات', ...definite('غارة جوية'), ...definite('غارات جوية'), ...definite('ضربة جوية'), ...definite('ضربات جوية'), ...definite('قصف جوي'), 'شن غارات', 'شنت غارات', 'يشن غارات', 'تشن غارات', 'شن غارة', 'شنت غارة', 'قصف بالطيران', 'الطيران الحربي', 'طائرات حربية', 'الطائرات الحربية', 'سلاح الجو',
    // Barrel bombs are dropped from helicopters: an air strike.
    ...definite('براميل متفجرة'), ...definite('برميل متفجر'), 'ألقى براميل', 'ألقت براميل'],
    en: en('air strike', 'air strikes', 'airstrike', 'airstrikes', 'air raid', 'air raids', 'bombed', 'bombing raid', 'warplanes') },
  { cameo: '195', mode: 'drone', type: 'ASSAULT', ar: [...definite('طائرة مسيرة'), ...definite('طائرات مسيرة'), 'مسيرة انتحارية', 'مسيرات', 'المسيرات', 'درون', 'طائرة من دون طيار', 'طائرة بدون طيار', 'طائرات بدون طيار'],
    en: en('drone strike', 'drone strikes', 'drone attack', 'drones') },
  // ASSAULT, artillery and rockets
  { cameo: '194', ar: ['قصف', 'قصفت', 'قصفوا', 'يقصف', 'تقصف', ...definite('قصف مدفعي'), ...definite('قصف صاروخي'), 'قذائف', 'قذيفة', 'قذائف هاون', ...definite('قصف عنيف'), 'استهداف مدفعي', 'صواريخ', 'صاروخ', 'رشقة صاروخية', 'مقذوفات', 'مقذوف'],
    en: en('shelled', 'shelling', 'artillery', 'rockets', 'rocket fire', 'mortar', 'mortars', 'missile strike') },
  // ASSAULT, small arms
  { cameo: '193', ar: ['اشتباكات', 'اشتباك', ...v('اشتبك'), 'إطلاق نار', 'إطلاق النار', 'أطلق النار', 'أطلقوا النار', 'فتح النار', 'برصاص', 'قنص', 'أعيرة نارية', 'بأعيرة نارية', 'عيار ناري', 'بعيار ناري'],
    en: en('clashes', 'clashed', 'gunfire', 'opened fire', 'gunmen', 'shooting', 'sniper') },
  // ASSAULT, bombs
  { cameo: '183', ar: ['تفجير', 'تفجيرات', ...v('فجر'), 'انفجار', 'انفجارات', ...v('انفجر'), 'عبوة', 'عبوات', 'لغم', 'ألغام', 'مفخخة', 'قنبلة'],
    en: en('bombing', 'bombings', 'explosion', 'blast', 'bomb', 'explosive device', 'ied', 'landmine') },
  { cameo: '1833', ar: [...definite('عبوة ناسفة'), ...definite('عبوات ناسفة'), 'لغم أرضي'], en: en('roadside bomb', 'roadside bombing') },
  { cameo: '1832', ar: [...definite('سيارة مفخخة'), 'مفخخة', ...definite('دراجة مفخخة')], en: en('car bomb', 'car bombing') },
  { cameo: '1831', ar: ['انتحاري', 'انتحارية', 'الانتحاري', 'هجوم انتحاري', 'الهجوم الانتحاري', 'تفجير انتحاري', 'التفجير الانتحاري', 'حزام ناسف', 'حزاما ناسفا', 'فجر نفسه'],
    en: en('suicide bomber', 'suicide bombing', 'suicide attack', 'blew himself up') },
  // ASSAULT, targeted, abduct, torture, destroy
  { cameo: '186', ar: ['اغتيال', 'اغتيالات', 'اغتال', 'اغتالت', 'اغتالوا', 'يغتال', 'تغتال', 'محاولة اغتيال', 'تصفية'], en: en('assassinated', 'assassination', 'assassinate') },
  { cameo: '181', ar: ['خطف', 'خطفت', 'خطفوا', 'يخطف', 'اختطاف', ...v('اختطف'), 'مختطفين', 'رهائن', 'احتجاز رهائن', 'أسرت', 'أسروا', 'أسرى'], en: en('kidnapped', 'kidnapping', 'abducted', 'abduction', 'hostages', 'hijacked') },
  { cameo: '1822', ar: ['تعذيب', 'عذب', 'عذبت', 'تحت التعذيب', 'صلب', 'صلبت', 'صلبوا'], en: en('tortured', 'torture', 'crucified') },
  { cameo: '1712', ar: ['تدمير', 'دمر', 'دمرت', 'دمروا', 'يدمر', 'هدم', 'هدمت', 'أحرق', 'أحرقت', 'إحراق'], en: en('destroyed', 'demolished', 'torched') },
  { cameo: '202', type: 'ASSAULT', ar: ['مجزرة', 'مجازر', 'مذبحة', 'إبادة'], en: en('massacre', 'massacred', 'genocide') },
  { cameo: '2041', ar: [...definite('هجوم كيماوي'), ...definite('أسلحة كيماوية'), ...definite('غاز سام')], en: en('chemical attack', 'chemical weapons') },
  // COERCE
  { cameo: '173', ar: [...v('اعتقل'), 'اعتقال', 'اعتقالات', 'القبض على', 'ألقى القبض', 'ألقت القبض', 'ألقوا القبض', 'تلقي القبض', 'يلقي القبض', 'إلقاء القبض', ...v('احتجز'), 'احتجاز', 'توقيف', 'أوقف', 'أوقفت', 'موقوفين', 'معتقلين', 'معتقلا', 'حملة دهم', 'مداهمة', 'مداهمات', 'دهم', 'داهمت', 'داهم', 'حكم بالسجن', 'الحكم بالسجن',
    // «ضبط» is also restraint and control («ضبط النفس», «ضبط الحدود»): only its arrest phrasings.
    'تم ضبط', 'ضبطت', 'من ضبط', 'ضبط خلية', 'اقتياد', 'اقتادت', 'اقتادوا', 'اقتاد'],
    en: en('arrested', 'arrest', 'arrests', 'detained', 'detention', 'detaining', 'jailed', 'sentenced', 'raids') },
  { cameo: '192', ar: ['سيطر على', 'سيطرت على', 'سيطروا على', 'سيطر', 'سيطرت', 'سيطروا', 'بسط سيطرته', 'بسطت سيطرتها', 'فرض سيطرته', 'فرضت سيطرتها', 'فرض سيطرته على', 'فرضت سيطرتها على', 'يسيطر على', 'تسيطر على', 'السيطرة على', 'سيطرتها على', 'استولى', 'استولت', 'استولوا', 'الاستيلاء', 'احتل', 'احتلت', 'احتلال'],
    en: en('seized', 'captured', 'took control', 'occupied', 'occupation', 'overran') },
  { cameo: '191', ar: ['حصار', 'حاصر', 'حاصرت', 'يحاصر', 'تحاصر', 'إغلاق المعابر', 'تطويق', 'طوق', 'طوقت', 'طوقوا',
    'غلق منافذ', 'إغلاق منافذ', 'أغلق منافذ', 'أغلقت منافذ', 'غلق مداخل', 'إغلاق مداخل', 'أغلقت مداخل'], en: en('blockade', 'besieged', 'siege', 'closed the border') },
  { cameo: '1723', ar: ['حظر التجول', 'حظر تجول', 'حظر التجوال', 'حظر تجوال', 'حظرا للتجول', 'حظرا للتجوال'], en: en('curfew') },
  { cameo: '1724', ar: ['حالة الطوارئ', 'الأحكام العرفية'], en: en('state of emergency', 'martial law') },
  { cameo: '174', ar: ['ترحيل', 'تهجير'], en: en('deported', 'deportation', 'expelled from') },
  // PROTEST (not the participants: «اقتياد المتظاهرين» is an arrest of protesters, not a protest)
  { cameo: '141', ar: [...v('تظاهر'), 'مظاهرة', 'مظاهرات', 'تظاهرة', 'تظاهرات', 'احتجاج', 'احتجاجات', ...v('احتج'), 'احتجوا', 'وقفة احتجاجية', 'اعتصام', 'اعتصم', 'اعتصموا', 'مسيرة احتجاجية', 'مسيرات احتجاجية'],
    en: en('protest', 'protests', 'protested', 'protesters', 'protestors', 'demonstration', 'demonstrations', 'demonstrators', 'rally', 'rallied', 'sit-in') },
  { cameo: '143', mode: 'strike', type: 'PROTEST', ar: ['إضراب', 'إضرابا', 'إضرابات', 'أضرب', 'أضربت', 'أضربوا', 'مضربين'], en: en('went on strike', 'general strike', 'strike action', 'walkout') },
  { cameo: '142', ar: ['إضراب عن الطعام', 'إضرابا عن الطعام', 'الإضراب عن الطعام'], en: en('hunger strike') },
  { cameo: '143', ar: ['قاطع', 'قاطعت'], en: en('boycott', 'boycotted') },
  { cameo: '145', ar: ['أعمال شغب', 'شغب', 'أعمال عنف'], en: en('riot', 'riots', 'rioters') },
  { cameo: '144', ar: ['قطع الطرق', 'قطعوا الطريق', 'إغلاق الطرق'], en: en('blocked roads', 'roadblocks') },
  // THREATEN
  { cameo: '130', ar: [...v('هدد'), 'تهديد', 'تهديدات', 'توعد', 'توعدت', 'يتوعد', 'حذر من', 'حذرت من', 'يحذر من'], en: en('threatened', 'threatens', 'threat', 'threats', 'warned', 'warns') },
  { cameo: '1384', ar: ['هدد بشن', 'هددت بشن', 'التهديد بشن'], en: en('threatened to attack') },
  { cameo: '139', ar: ['إنذار', 'مهلة'], en: en('ultimatum') },
  // ACCUSE
  { cameo: '112', mode: 'allege', type: 'ACCUSE', ar: [...v('اتهم'), 'اتهموا', 'يتهم', 'تتهم', 'يتهمون', 'اتهام', 'اتهامات', 'حمل مسؤولية', 'حملت مسؤولية', 'يحمل مسؤولية', 'تحمل مسؤولية'], en: en('accused', 'accuses', 'accusation', 'accusations', 'blamed', 'blames') },
  { cameo: '111', ar: ['أدان', 'أدانت', 'أدانوا', 'يدين', 'تدين', 'إدانة', 'إدانات', 'ندد', 'نددت', 'يندد', 'تندد', 'تنديد', 'استنكر', 'استنكرت', 'يستنكر', 'تستنكر', 'استنكار', 'شجب', 'شجبت', 'انتقد', 'انتقدت', 'ينتقد', 'تنتقد', 'انتقادات',
    'رفضه', 'رفضها', 'أعرب عن رفضه', 'أعربت عن رفضها', 'أعلن رفضه', 'أعلنت رفضها'],
    en: en('condemned', 'condemns', 'condemnation', 'denounced', 'denounces', 'criticised', 'criticized', 'deplored') },
  { cameo: '090', ar: ['تحقيق', 'التحقيق في', 'فتح تحقيقا', 'فتحت تحقيقا', 'لجنة تحقيق'], en: en('investigation', 'investigating', 'probe', 'inquiry') },
  // REQUEST
  { cameo: '100', ar: [...v('طالب'), 'مطالبة', 'مطالبات', 'طالبوا', 'يطالبون', 'يطالبان', 'تطالبان'], en: en('demanded', 'demands', 'urged', 'urges') },
  { cameo: '020', ar: ['دعا إلى', 'دعت إلى', 'دعوا إلى', 'يدعو إلى', 'تدعو إلى', 'دعوة إلى', 'يدعو', 'تدعو', 'يدعوان', 'تدعوان', 'يدعون', 'ناشد', 'ناشدت', 'يناشد', 'مناشدة', 'دعا', 'دعت', 'دعوا'], en: en('called for', 'calls for', 'appealed', 'appeals to') },
  // Summoning a diplomat is a protest at what his state did (the gold codes it so).
  { cameo: '111', ar: ['استدعى', 'استدعت', 'استدعاء', 'أعرب عن قلقه', 'أعربت عن قلقها', 'أبدى قلقه', 'أبدت قلقها', 'أعرب عن أسفه'], en: en('summoned', 'expressed concern') },
  { cameo: '051', ar: ['أعرب عن تقديره', 'أعربت عن تقديرها', 'أعرب عن شكره', 'أعربت عن شكرها', 'ثمن', 'ثمنت'], en: en('expressed gratitude', 'thanked') },
  { cameo: '115', type: 'SANCTION', mode: 'convict', ar: ['قضت محكمة', 'قضت المحكمة', 'حكمت محكمة', 'حكمت المحكمة', 'أصدرت محكمة', 'أصدرت المحكمة', 'أدانت محكمة', 'أدانت المحكمة'], en: en('convicted', 'court sentenced') },
  { cameo: '130', ar: ['لوح', 'لوحت', 'لوحوا'], en: en('brandished the threat') },
  { cameo: '1053', ar: ['طالب بالإفراج', 'طالبت بالإفراج', 'المطالبة بالإفراج'], en: en('demanded the release') },
  // REJECT
  // Rejecting a proposal or demand; «أعرب عن رفضه …» (his rejection of an act) is disapproval, under ACCUSE.
  { cameo: '120', ar: ['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'يرفضون'], en: en('rejected', 'rejects', 'refused', 'refuses', 'rebuffed', 'vetoed') },
  // CONSULT
  { cameo: '040', ar: ['مع نظيره', 'مع نظيرته', 'مع نظرائه', 'التقى', 'التقت', 'يلتقي', 'تلتقي', 'لقاء', 'اجتمع', 'اجتمعت', 'يجتمع', 'تجتمع', 'اجتماع', 'اجتماعا', 'مباحثات', 'محادثات', 'مشاورات', 'بحث مع', 'بحثت مع', 'يبحث مع', 'تبحث مع', 'قمة', 'القمة'],
    en: en('met', 'meets', 'meeting', 'talks', 'discussed', 'held talks', 'summit') },
  { cameo: '041', ar: ['اتصال هاتفي', 'اتصالا هاتفيا', 'الاتصال الهاتفي', 'مكالمة هاتفية'], en: en('phone call', 'telephone call', 'spoke by phone') },
  { cameo: '042', ar: ['زار', 'زارت', 'زاروا', 'يزور', 'تزور', 'زيارة', 'زيارته'], en: en('visited', 'visits', 'visit', 'arrived in') },
  { cameo: '043', ar: ['استقبل', 'استقبلت', 'يستقبل', 'تستقبل'], en: en('hosted', 'received') },
  { cameo: '046', ar: ['مفاوضات', 'تفاوض', 'يتفاوض', 'المفاوضات'], en: en('negotiations', 'negotiated', 'negotiating') },
  { cameo: '045', ar: ['وساطة', 'الوساطة', 'وسيط'], en: en('mediation', 'mediated', 'mediator') },
  // AGREE
  { cameo: '030', ar: [...v('اتفق'), 'تم التوافق', 'التوافق على', 'توافقت', 'توافقوا', 'اتفاق', 'اتفاقا', 'اتفاقية', 'اتفاقيات', 'توصل إلى اتفاق', 'توصلا إلى اتفاق', 'تعهد', 'تعهدت', 'يتعهد', 'وعد', 'وعدت'], en: en('agreed', 'agreement', 'pledged', 'promised') },
  { cameo: '057', type: 'AGREE', ar: ['وقع اتفاق', 'وقعت اتفاق', 'وقع اتفاقية', 'وقعت اتفاقية', 'وقعا اتفاقية', 'توقيع', 'توقيع اتفاق', 'توقيع اتفاقية', 'مذكرة تفاهم'], en: en('signed', 'signing', 'memorandum of understanding') },
  // SUPPORT
  { cameo: '051', ar: ['أيد', 'أيدت', 'أيدوا', 'يؤيد', 'تؤيد', 'تأييد', 'أشاد', 'أشادت', 'يشيد', 'تشيد', 'رحب', 'رحبت', 'يرحب', 'ترحب', 'ترحيب', 'دعمه', 'دعمها', 'أعرب عن دعمه', 'أعربت عن دعمها',
    // «دعم» alone is too often a means («بدعم جوي», «بدعم من الغارات»); these say a stance.
    'استمرار دعم', 'مواصلة دعم', 'أكد دعم', 'أكدت دعم', 'الوقوف إلى جانب', 'وقوفها إلى جانب', 'وقوفه إلى جانب', 'التضامن مع', 'تضامنها مع', 'تضامنه مع', 'أعرب عن تضامنه', 'أعربت عن تضامنها'], en: en('backed', 'supported', 'endorsed', 'praised', 'welcomed') },
  // AID
  { cameo: '070', ar: ['مساعدات', 'معونات', 'قافلة', 'قوافل', 'قافلة مساعدات', 'قوافل مساعدات', 'شحنة مساعدات', 'إغاثة'], en: en('aid', 'assistance', 'aid convoy', 'relief') },
  { cameo: '073', ar: [...definite('مساعدات إنسانية'), ...definite('مساعدات غذائية'), 'إغاثية', 'الإغاثية'], en: en('humanitarian aid', 'food aid') },
  { cameo: '072', ar: [...definite('مساعدات عسكرية'), 'شحنة أسلحة', 'صفقة أسلحة'], en: en('military aid', 'arms deliveries', 'weapons package') },
  { cameo: '075', ar: ['لجوء', 'حق اللجوء', 'منح اللجوء'], en: en('asylum') },
  // SANCTION
  { cameo: '163', ar: ['عقوبات', 'فرض عقوبات', 'فرضت عقوبات', 'يفرض عقوبات', 'تفرض عقوبات', 'حزمة عقوبات'], en: en('sanctions', 'sanctioned', 'embargo', 'imposed sanctions') },
  { cameo: '166', ar: ['طرد', 'طردت', 'طردوا', 'يطرد', 'تطرد'], en: en('expelled', 'expels', 'expulsion') },
  { cameo: '161', ar: ['قطع العلاقات', 'قطعت العلاقات', 'استدعى السفير', 'استدعت السفير', 'سحب السفير', 'سحبت سفيرها'], en: en('severed ties', 'cut ties', 'recalled its ambassador', 'summoned the ambassador') },
  { cameo: '164', ar: ['علق المفاوضات', 'علقت المفاوضات', 'تعليق المفاوضات'], en: en('suspended talks') },
  { cameo: '162', ar: ['أوقف المساعدات', 'أوقفت المساعدات', 'وقف المساعدات', 'تعليق المساعدات'], en: en('suspended aid', 'cut aid') },
  // MOBILIZE
  { cameo: '154', ar: [...definite('تعزيزات عسكرية'), 'تعزيزات', 'أرسل تعزيزات', 'أرسلت تعزيزات', 'الدفع بتعزيزات', 'دفعت بتعزيزات', 'حشود', ...definite('حشود عسكرية'), 'حشد قوات', 'حشدت قوات', 'نشر قوات', 'نشرت قوات', 'استنفار', 'رفع الجاهزية', 'مناورات', 'المناورات', ...definite('مناورات عسكرية')],
    en: en('deployed', 'deployment', 'reinforcements', 'troop buildup', 'mobilised', 'mobilized', 'military drills', 'exercises') },
  { cameo: '152', ar: ['حالة التأهب', 'رفع حالة التأهب', 'استنفار أمني'], en: en('high alert', 'on alert') },
  { cameo: '153', ar: ['انتشار أمني', 'تعزيزات أمنية', 'التعزيزات الأمنية', 'انتشار الشرطة'], en: en('police deployed', 'riot police') },
  // RETREAT
  { cameo: '0874', type: 'RETREAT', mode: 'withdraw', ar: [...v('انسحب'), 'انسحاب', 'الانسحاب', 'سحب قواته', 'سحبت قواتها', 'سحب القوات', 'استسلام', 'استسلم'], en: en('withdrew', 'withdrawal', 'withdrawn', 'pulled out', 'retreated', 'surrendered') },
  { cameo: '0841', ar: ['إطلاق سراح', 'أطلق سراح', 'أطلقت سراح', 'أفرج', 'أفرجت', 'يفرج', 'تفرج', 'الإفراج', 'الإفراج عن', 'إفراج', 'تبادل الأسرى', 'صفقة تبادل', 'مفرج عنهم'], en: en('released', 'freed', 'prisoner swap', 'prisoner exchange') },
  { cameo: '0871', ar: ['هدنة', 'الهدنة', 'وقف إطلاق النار', 'وقف لإطلاق النار', 'وقف النار', 'تهدئة', 'التهدئة', 'وقف الأعمال القتالية', 'اتفاق وقف إطلاق النار'], en: en('ceasefire', 'cease-fire', 'truce', 'armistice') },
  { cameo: '0873', ar: ['تسليم السلاح', 'نزع السلاح', 'تسوية أوضاع'], en: en('disarmament', 'disarm', 'laid down their weapons') },
  { cameo: '0863', ar: ['دخول المساعدات', 'إدخال المساعدات', 'ممر إنساني', 'ممرات إنسانية'], en: en('humanitarian corridor', 'aid access') },
  { cameo: '083', type: 'RETREAT', mode: 'resign', ar: ['استقالة', 'استقال', 'استقالت', 'يستقيل', 'تقديم استقالته'], en: en('resigned', 'resignation', 'stepped down') },
];

/**
 * Phrases that contain a trigger but are names or idioms, not events: the
 * matcher finds them like triggers (so the longest match wins) and drops them.
 */
export const EXCLUDED = {
  ar: ['الحشد الشعبي', 'حشد الشعب', 'هيئة الحشد', 'قوات الحشد', 'مسيرة العودة', 'مسيرة حياته', 'مسيرته', 'مسيرتها', 'المسيرة السياسية', 'المسيرة التعليمية',
    'سلاح الجو الملكي', 'لا يرفض', 'حظر انتشار', 'نشر الأخبار', 'نشر صورا', 'نشرت صورا', 'نشر مقطع', 'نشرت مقطع', 'نشر فيديو', 'نشرت وكالة', 'نشرته', 'نشرتها',
    'قمة الجبل', 'ضبط النفس', 'القاتل',
    // «فجر» is dawn before a day («فجر اليوم», «فجر الخميس») far more often than "detonated".
    'فجر اليوم', 'فجر أمس', 'فجر الأول', 'فجر يوم', 'فجر السبت', 'فجر الأحد', 'فجر الاثنين', 'فجر الثلاثاء', 'فجر الأربعاء', 'فجر الخميس', 'فجر الجمعة', 'منذ فجر',
    'الحديد والصلب', 'صلب الموضوع',
    // «الاحتلال» names the occupier as often as the occupation: «قوات الاحتلال» is an army, not a seizure.
    'قوات الاحتلال', 'جيش الاحتلال', 'جنود الاحتلال', 'سلطات الاحتلال', 'دولة الاحتلال', 'حكومة الاحتلال', 'سجون الاحتلال', 'جرائم الاحتلال', 'الاحتلال الإسرائيلي', 'القاتلة', 'طرد مركزي', 'الطرد المركزي', 'أجهزة الطرد', 'رفع العقوبات', 'المعركة الإعلامية', 'تقدم بطلب', 'تقدمت بطلب', 'تقدم بشكوى', 'تقدم التكنولوجيا', 'رصاصة الرحمة', 'قتل الوقت'],
  en: ['strike a deal', 'struck a deal', 'press release', 'released a statement', 'released a report', 'released a video', 'signed off', 'met with criticism', 'shot up', 'a shot at', 'big deal',
    'deal with', 'dealing with', 'rally in prices', 'relief rally', 'strike price', 'exercises its'],
};
