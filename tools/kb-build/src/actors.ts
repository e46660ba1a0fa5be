/**
 * Actors current news about the Middle East is full of, written by hand for
 * Marsad; actor-build.ts adds the actors seeded from the Phoenix and
 * UniversalPetrarch dictionaries and merges them into these. `short` names
 * are used for within-article coreference only: «شويغو» is Sergei Shoigu once «سيرغي شويغو» has appeared.
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
  { id: 'actor:org:irgc', type: 'military', en: 'Islamic Revolutionary Guard Corps', ar: 'الحرس الثوري الإيراني', aliasesEn: ['IRGC', 'Revolutionary Guards'], aliasesAr: ['الحرس الثوري', 'حرس الثورة', 'حرس الثورة الإسلامية'], country: 'IR' },
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
  // ---- Added with the dictionary seeding: the actors current news is full of that the dictionaries lack or date.
  // Syria
  { id: 'actor:person:ahmed-al-sharaa', type: 'person', en: 'Ahmed al-Sharaa', ar: 'أحمد الشرع', aliasesEn: ['Ahmad al-Sharaa', 'Abu Mohammad al-Julani', 'Abu Mohammad al-Jolani', 'Abu Mohammed al-Golani'], aliasesAr: ['أبو محمد الجولاني'], shortEn: ['Sharaa', 'Julani', 'Jolani'], shortAr: ['الشرع', 'الجولاني'], country: 'SY', parent: 'actor:group:hts', role: 'Leader of Hayat Tahrir al-Sham; President of Syria (2025–)' },
  { id: 'actor:person:faisal-mekdad', type: 'person', en: 'Faisal Mekdad', ar: 'فيصل المقداد', aliasesEn: ['Faisal al-Mekdad', 'Faisal Miqdad'], shortEn: ['Mekdad'], shortAr: ['المقداد'], country: 'SY', parent: 'actor:org:sy-mofa', role: 'Foreign Minister (2020–2024)' },
  { id: 'actor:person:asaad-al-shaibani', type: 'person', en: 'Asaad al-Shaibani', ar: 'أسعد الشيباني', aliasesEn: ["As'ad al-Shaibani"], shortEn: ['Shaibani'], shortAr: ['الشيباني'], country: 'SY', parent: 'actor:org:sy-mofa', role: 'Foreign Minister (2024–)' },
  { id: 'actor:person:murhaf-abu-qasra', type: 'person', en: 'Murhaf Abu Qasra', ar: 'مرهف أبو قصرة', shortAr: ['أبو قصرة'], country: 'SY', parent: 'actor:org:sy-mod', role: 'Defence Minister (2024–)' },
  { id: 'actor:org:sy-mofa', type: 'ministry', en: 'Syrian Ministry of Foreign Affairs and Expatriates', ar: 'وزارة الخارجية والمغتربين', aliasesEn: ['Syrian Foreign Ministry'], aliasesAr: ['وزارة الخارجية والمغتربين السورية', 'الخارجية السورية', 'وزارة الخارجية السورية'], country: 'SY', parent: 'actor:org:sy-government' },
  { id: 'actor:org:sy-local-administration', type: 'ministry', en: 'Syrian Ministry of Local Administration and Environment', ar: 'وزارة الإدارة المحلية والبيئة', aliasesAr: ['وزارة الإدارة المحلية والبيئة السورية', 'وزارة الإدارة المحلية'], country: 'SY', parent: 'actor:org:sy-government' },
  { id: 'actor:group:syrian-national-army', type: 'armed-group', en: 'Syrian National Army', ar: 'الجيش الوطني السوري', aliasesEn: ['SNA'], formerEn: ['Free Syrian Army'], formerAr: ['الجيش السوري الحر', 'الجيش الحر'], country: 'SY' },
  { id: 'actor:group:jaysh-al-islam', type: 'armed-group', en: 'Jaysh al-Islam', ar: 'جيش الإسلام', aliasesEn: ['Jaish al-Islam', 'Army of Islam'], country: 'SY' },
  { id: 'actor:group:ahrar-al-sham', type: 'armed-group', en: 'Ahrar al-Sham', ar: 'حركة أحرار الشام', aliasesEn: ['Harakat Ahrar al-Sham al-Islamiyya', 'Ahrar ash-Sham'], aliasesAr: ['أحرار الشام', 'حركة أحرار الشام الإسلامية'], country: 'SY' },
  { id: 'actor:group:hurras-al-din', type: 'armed-group', en: 'Hurras al-Din', ar: 'تنظيم حراس الدين', aliasesEn: ['Hurras al-Deen', 'Guardians of Religion'], aliasesAr: ['حراس الدين'], country: 'SY', parent: 'actor:group:al-qaeda' },
  { id: 'actor:group:turkistan-islamic-party', type: 'armed-group', en: 'Turkistan Islamic Party', ar: 'الحزب الإسلامي التركستاني', aliasesEn: ['TIP'], country: 'SY' },
  { id: 'actor:group:ypg', type: 'armed-group', en: "People's Protection Units", ar: 'وحدات حماية الشعب', aliasesEn: ['YPG'], aliasesAr: ['وحدات حماية الشعب الكردية'], country: 'SY', parent: 'actor:group:sdf' },
  // Iraq
  { id: 'actor:person:mohammed-shia-al-sudani', type: 'person', en: "Mohammed Shia' al-Sudani", ar: 'محمد شياع السوداني', aliasesEn: ['Mohammed Shia al-Sudani', 'Mohammed al-Sudani'], shortEn: ['Sudani'], shortAr: ['السوداني'], country: 'IQ', parent: 'actor:org:iq-government', role: 'Prime Minister (2022–)' },
  { id: 'actor:person:fuad-hussein', type: 'person', en: 'Fuad Hussein', ar: 'فؤاد حسين', country: 'IQ', parent: 'actor:org:iq-mofa', role: 'Foreign Minister (2020–)' },
  { id: 'actor:person:muqtada-al-sadr', type: 'person', en: 'Muqtada al-Sadr', ar: 'مقتدى الصدر', shortEn: ['Sadr'], shortAr: ['الصدر'], country: 'IQ', role: 'Leader of the Sadrist movement' },
  { id: 'actor:person:ali-al-sistani', type: 'person', en: 'Ali al-Sistani', ar: 'علي السيستاني', shortEn: ['Sistani'], shortAr: ['السيستاني'], country: 'IQ', role: 'Grand Ayatollah' },
  { id: 'actor:group:pmf', type: 'armed-group', en: 'Popular Mobilization Forces', ar: 'الحشد الشعبي', aliasesEn: ['PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces', 'Popular Mobilization Units'], aliasesAr: ['هيئة الحشد الشعبي', 'قوات الحشد الشعبي'], country: 'IQ' },
  { id: 'actor:group:kataib-hezbollah', type: 'armed-group', en: "Kata'ib Hezbollah", ar: 'كتائب حزب الله', aliasesEn: ['Kataib Hezbollah'], aliasesAr: ['كتائب حزب الله العراقية'], country: 'IQ', parent: 'actor:group:pmf' },
  { id: 'actor:group:asaib-ahl-al-haq', type: 'armed-group', en: 'Asaib Ahl al-Haq', ar: 'عصائب أهل الحق', country: 'IQ', parent: 'actor:group:pmf' },
  // Iran
  { id: 'actor:person:ali-khamenei', type: 'person', en: 'Ali Khamenei', ar: 'علي خامنئي', aliasesEn: ['Ayatollah Ali Khamenei'], aliasesAr: ['علي الخامنئي'], shortEn: ['Khamenei'], shortAr: ['خامنئي', 'الخامنئي'], country: 'IR', role: 'Supreme Leader' },
  { id: 'actor:person:masoud-pezeshkian', type: 'person', en: 'Masoud Pezeshkian', ar: 'مسعود بزشكيان', aliasesAr: ['مسعود پزشکیان'], shortEn: ['Pezeshkian'], shortAr: ['بزشكيان'], country: 'IR', parent: 'actor:org:ir-government', role: 'President (2024–)' },
  { id: 'actor:person:abbas-araghchi', type: 'person', en: 'Abbas Araghchi', ar: 'عباس عراقجي', aliasesEn: ['Abbas Araqchi'], shortEn: ['Araghchi', 'Araqchi'], shortAr: ['عراقجي'], country: 'IR', parent: 'actor:org:ir-mofa', role: 'Foreign Minister (2024–)' },
  { id: 'actor:person:ebrahim-raisi', type: 'person', en: 'Ebrahim Raisi', ar: 'إبراهيم رئيسي', shortEn: ['Raisi'], country: 'IR', parent: 'actor:org:ir-government', role: 'President (2021–2024)' },
  { id: 'actor:person:hossein-amir-abdollahian', type: 'person', en: 'Hossein Amir-Abdollahian', ar: 'حسين أمير عبد اللهيان', aliasesEn: ['Hossein Amir Abdollahian'], shortEn: ['Amir-Abdollahian', 'Abdollahian'], shortAr: ['عبد اللهيان'], country: 'IR', parent: 'actor:org:ir-mofa', role: 'Foreign Minister (2021–2024)' },
  { id: 'actor:person:qasem-soleimani', type: 'person', en: 'Qasem Soleimani', ar: 'قاسم سليماني', aliasesEn: ['Qassem Soleimani'], shortEn: ['Soleimani'], shortAr: ['سليماني'], country: 'IR', parent: 'actor:org:quds-force', role: 'Commander of the Quds Force (1998–2020)' },
  { id: 'actor:person:esmail-qaani', type: 'person', en: 'Esmail Qaani', ar: 'إسماعيل قاآني', aliasesEn: ['Ismail Qaani'], shortEn: ['Qaani'], shortAr: ['قاآني'], country: 'IR', parent: 'actor:org:quds-force', role: 'Commander of the Quds Force (2020–)' },
  { id: 'actor:org:quds-force', type: 'military', en: 'Quds Force', ar: 'فيلق القدس', aliasesAr: ['فيلق القدس الإيراني'], country: 'IR', parent: 'actor:org:irgc' },
  // Turkey
  { id: 'actor:person:hakan-fidan', type: 'person', en: 'Hakan Fidan', ar: 'هاكان فيدان', shortEn: ['Fidan'], shortAr: ['فيدان'], country: 'TR', parent: 'actor:org:tr-mofa', role: 'Foreign Minister (2023–); intelligence chief (2010–2023)' },
  { id: 'actor:person:yasar-guler', type: 'person', en: 'Yasar Guler', ar: 'يشار غولر', aliasesEn: ['Yaşar Güler'], aliasesAr: ['يشار جولر'], shortEn: ['Guler'], shortAr: ['غولر'], country: 'TR', parent: 'actor:org:tr-mod', role: 'Defence Minister (2023–)' },
  { id: 'actor:group:pkk', type: 'armed-group', en: "Kurdistan Workers' Party", ar: 'حزب العمال الكردستاني', aliasesEn: ['PKK', 'Kurdistan Workers Party'], country: 'TR' },
  // Israel and Palestine
  { id: 'actor:person:benjamin-netanyahu', type: 'person', en: 'Benjamin Netanyahu', ar: 'بنيامين نتنياهو', aliasesAr: ['بنيامين نتانياهو'], shortEn: ['Netanyahu'], shortAr: ['نتنياهو', 'نتانياهو'], country: 'IL', parent: 'actor:org:il-government', role: 'Prime Minister' },
  { id: 'actor:person:yoav-gallant', type: 'person', en: 'Yoav Gallant', ar: 'يوآف غالانت', aliasesAr: ['يوآف جالانت'], shortEn: ['Gallant'], shortAr: ['غالانت'], country: 'IL', parent: 'actor:org:il-mod', role: 'Defence Minister (2022–2024)' },
  { id: 'actor:person:israel-katz', type: 'person', en: 'Israel Katz', ar: 'يسرائيل كاتس', aliasesAr: ['يسرائيل كاتز'], shortEn: ['Katz'], shortAr: ['كاتس'], country: 'IL', parent: 'actor:org:il-mod', role: 'Defence Minister (2024–)' },
  { id: 'actor:person:isaac-herzog', type: 'person', en: 'Isaac Herzog', ar: 'إسحاق هرتسوغ', shortEn: ['Herzog'], shortAr: ['هرتسوغ'], country: 'IL', role: 'President (2021–)' },
  { id: 'actor:person:mahmoud-abbas', type: 'person', en: 'Mahmoud Abbas', ar: 'محمود عباس', aliasesEn: ['Abu Mazen'], aliasesAr: ['أبو مازن'], country: 'PS', parent: 'actor:org:palestinian-authority', role: 'President of the Palestinian Authority' },
  { id: 'actor:org:palestinian-authority', type: 'government', en: 'Palestinian Authority', ar: 'السلطة الفلسطينية', aliasesEn: ['Palestinian National Authority', 'PA'], aliasesAr: ['السلطة الوطنية الفلسطينية'], country: 'PS' },
  { id: 'actor:person:ismail-haniyeh', type: 'person', en: 'Ismail Haniyeh', ar: 'إسماعيل هنية', shortEn: ['Haniyeh'], shortAr: ['هنية'], country: 'PS', parent: 'actor:group:hamas', role: 'Head of the Hamas political bureau (2017–2024)' },
  { id: 'actor:person:yahya-sinwar', type: 'person', en: 'Yahya Sinwar', ar: 'يحيى السنوار', shortEn: ['Sinwar'], shortAr: ['السنوار'], country: 'PS', parent: 'actor:group:hamas', role: 'Hamas leader in Gaza (2017–2024)' },
  { id: 'actor:group:qassam-brigades', type: 'armed-group', en: 'Izz ad-Din al-Qassam Brigades', ar: 'كتائب عز الدين القسام', aliasesEn: ['Qassam Brigades', 'al-Qassam Brigades'], aliasesAr: ['كتائب القسام'], country: 'PS', parent: 'actor:group:hamas' },
  { id: 'actor:group:palestinian-islamic-jihad', type: 'armed-group', en: 'Palestinian Islamic Jihad', ar: 'حركة الجهاد الإسلامي', aliasesEn: ['Islamic Jihad', 'PIJ'], aliasesAr: ['حركة الجهاد الإسلامي في فلسطين', 'الجهاد الإسلامي'], country: 'PS' },
  { id: 'actor:group:al-quds-brigades', type: 'armed-group', en: 'Al-Quds Brigades', ar: 'سرايا القدس', aliasesEn: ['Saraya al-Quds'], country: 'PS', parent: 'actor:group:palestinian-islamic-jihad' },
  { id: 'actor:org:fatah', type: 'organisation', en: 'Fatah', ar: 'حركة فتح', aliasesAr: ['حركة التحرير الوطني الفلسطيني'], country: 'PS' },
  // Lebanon
  { id: 'actor:person:hassan-nasrallah', type: 'person', en: 'Hassan Nasrallah', ar: 'حسن نصر الله', aliasesEn: ['Hassan Nasrallah'], aliasesAr: ['حسن نصرالله'], shortEn: ['Nasrallah'], shortAr: ['نصر الله', 'نصرالله'], country: 'LB', parent: 'actor:group:hezbollah', role: 'Secretary-General of Hezbollah (1992–2024)' },
  { id: 'actor:person:naim-qassem', type: 'person', en: 'Naim Qassem', ar: 'نعيم قاسم', aliasesEn: ['Naim Qasem'], shortEn: ['Qassem'], country: 'LB', parent: 'actor:group:hezbollah', role: 'Secretary-General of Hezbollah (2024–)' },
  { id: 'actor:person:joseph-aoun', type: 'person', en: 'Joseph Aoun', ar: 'جوزيف عون', country: 'LB', role: 'President (2025–); army commander (2017–2025)' },
  { id: 'actor:person:najib-mikati', type: 'person', en: 'Najib Mikati', ar: 'نجيب ميقاتي', shortEn: ['Mikati'], shortAr: ['ميقاتي'], country: 'LB', parent: 'actor:org:lb-government', role: 'Prime Minister (2021–2025)' },
  { id: 'actor:org:amal-movement', type: 'organisation', en: 'Amal Movement', ar: 'حركة أمل', country: 'LB' },
  // Gulf, Egypt, Jordan, Yemen
  { id: 'actor:person:mohammed-bin-salman', type: 'person', en: 'Mohammed bin Salman', ar: 'محمد بن سلمان', aliasesEn: ['Mohammad bin Salman', 'MBS'], shortEn: [], country: 'SA', parent: 'actor:org:sa-government', role: 'Crown Prince and Prime Minister' },
  { id: 'actor:person:king-salman', type: 'person', en: 'King Salman bin Abdulaziz', ar: 'سلمان بن عبد العزيز', aliasesEn: ['Salman bin Abdulaziz'], aliasesAr: ['سلمان بن عبد العزيز آل سعود'], country: 'SA', role: 'King (2015–)' },
  { id: 'actor:person:faisal-bin-farhan', type: 'person', en: 'Faisal bin Farhan', ar: 'فيصل بن فرحان', aliasesEn: ['Prince Faisal bin Farhan'], country: 'SA', parent: 'actor:org:sa-mofa', role: 'Foreign Minister (2019–)' },
  { id: 'actor:person:mohamed-bin-zayed', type: 'person', en: 'Mohamed bin Zayed', ar: 'محمد بن زايد', aliasesEn: ['Mohammed bin Zayed', 'Mohamed bin Zayed Al Nahyan'], aliasesAr: ['محمد بن زايد آل نهيان'], country: 'AE', role: 'President of the UAE (2022–)' },
  { id: 'actor:person:tamim-bin-hamad', type: 'person', en: 'Tamim bin Hamad Al Thani', ar: 'تميم بن حمد آل ثاني', aliasesEn: ['Tamim bin Hamad'], aliasesAr: ['تميم بن حمد'], country: 'QA', role: 'Emir of Qatar (2013–)' },
  { id: 'actor:person:abdel-fattah-el-sisi', type: 'person', en: 'Abdel Fattah el-Sisi', ar: 'عبد الفتاح السيسي', aliasesEn: ['Abdel Fattah al-Sisi', 'Abdel-Fattah el-Sissi'], shortEn: ['Sisi'], shortAr: ['السيسي'], country: 'EG', parent: 'actor:org:eg-government', role: 'President (2014–)' },
  { id: 'actor:person:king-abdullah-ii', type: 'person', en: 'King Abdullah II', ar: 'عبد الله الثاني', aliasesEn: ['Abdullah II of Jordan'], aliasesAr: ['عبد الله الثاني بن الحسين'], country: 'JO', role: 'King (1999–)' },
  { id: 'actor:person:ayman-safadi', type: 'person', en: 'Ayman Safadi', ar: 'أيمن الصفدي', shortEn: ['Safadi'], shortAr: ['الصفدي'], country: 'JO', parent: 'actor:org:jo-mofa', role: 'Foreign Minister (2017–)' },
  { id: 'actor:group:houthis', type: 'armed-group', en: 'Ansar Allah', ar: 'جماعة أنصار الله', aliasesEn: ['Houthis', 'Houthi movement', 'Ansarallah'], aliasesAr: ['أنصار الله', 'الحوثيون', 'الحوثيين', 'جماعة الحوثي', 'جماعة الحوثيين', 'حركة أنصار الله'], country: 'YE' },
  { id: 'actor:person:abdul-malik-al-houthi', type: 'person', en: 'Abdul-Malik al-Houthi', ar: 'عبد الملك الحوثي', aliasesEn: ['Abdulmalik al-Houthi'], country: 'YE', parent: 'actor:group:houthis', role: 'Leader of Ansar Allah' },
  { id: 'actor:group:rsf', type: 'armed-group', en: 'Rapid Support Forces', ar: 'قوات الدعم السريع', aliasesEn: ['RSF'], aliasesAr: ['الدعم السريع'], country: 'SD' },
  // Russia, US, Central Asia, UN
  { id: 'actor:person:andrei-belousov', type: 'person', en: 'Andrei Belousov', ar: 'أندريه بيلوسوف', aliasesEn: ['Andrey Belousov'], shortEn: ['Belousov'], shortAr: ['بيلوسوف'], country: 'RU', parent: 'actor:org:ru-mod', role: 'Defence Minister (2024–)' },
  { id: 'actor:person:valery-gerasimov', type: 'person', en: 'Valery Gerasimov', ar: 'فاليري غيراسيموف', aliasesAr: ['فاليري جيراسيموف'], shortEn: ['Gerasimov'], shortAr: ['غيراسيموف'], country: 'RU', parent: 'actor:org:ru-army', role: 'Chief of the General Staff (2012–)' },
  { id: 'actor:person:dmitry-peskov', type: 'person', en: 'Dmitry Peskov', ar: 'دميتري بيسكوف', aliasesAr: ['ديمتري بيسكوف'], shortEn: ['Peskov'], shortAr: ['بيسكوف'], country: 'RU', role: 'Kremlin spokesman' },
  { id: 'actor:person:maria-zakharova', type: 'person', en: 'Maria Zakharova', ar: 'ماريا زاخاروفا', shortEn: ['Zakharova'], shortAr: ['زاخاروفا'], country: 'RU', parent: 'actor:org:ru-mofa', role: 'Foreign Ministry spokeswoman' },
  { id: 'actor:org:ru-aerospace-forces', type: 'military', en: 'Russian Aerospace Forces', ar: 'القوات الجوية الفضائية الروسية', aliasesEn: ['Russian Air Force'], aliasesAr: ['الطيران الحربي الروسي', 'القوات الجوية الروسية', 'سلاح الجو الروسي', 'الطيران الروسي'], country: 'RU', parent: 'actor:org:ru-army' },
  { id: 'actor:org:ru-defence-management-centre', type: 'military', en: 'National Defence Management Centre', ar: 'المركز الوطني لإدارة الدفاع', aliasesEn: ['National Defense Management Center'], aliasesAr: ['المركز الوطني لإدارة الدفاع الروسي'], country: 'RU', parent: 'actor:org:ru-mod' },
  { id: 'actor:org:ru-sy-coordination-hq', type: 'military', en: 'Joint Russian-Syrian Coordination Headquarters', ar: 'مقر التنسيق المشترك الروسي السوري', aliasesAr: ['مقرّ التنسيق المشترك الروسي – السوري', 'مقر التنسيق المشترك الروسي - السوري', 'مقرّ التنسيق المشترك الروسي السوري'], country: 'RU', parent: 'actor:org:ru-mod' },
  { id: 'actor:group:wagner', type: 'armed-group', en: 'Wagner Group', ar: 'مجموعة فاغنر', aliasesEn: ['Wagner', 'PMC Wagner'], aliasesAr: ['فاغنر', 'مجموعة فاجنر', 'قوات فاغنر'], country: 'RU' },
  { id: 'actor:group:africa-corps', type: 'armed-group', en: 'Africa Corps', ar: 'الفيلق الأفريقي', aliasesEn: ['Russian Africa Corps'], aliasesAr: ['الفيلق الإفريقي'], country: 'RU', parent: 'actor:org:ru-mod' },
  { id: 'actor:person:yevgeny-prigozhin', type: 'person', en: 'Yevgeny Prigozhin', ar: 'يفغيني بريغوجين', aliasesAr: ['يفغيني بريغوجين'], shortEn: ['Prigozhin'], shortAr: ['بريغوجين'], country: 'RU', parent: 'actor:group:wagner', role: 'Founder of the Wagner Group (–2023)' },
  { id: 'actor:person:joe-biden', type: 'person', en: 'Joe Biden', ar: 'جو بايدن', aliasesEn: ['Joseph Biden', 'Joseph R. Biden'], shortEn: ['Biden'], shortAr: ['بايدن'], country: 'US', role: 'President (2021–2025)' },
  { id: 'actor:person:donald-trump', type: 'person', en: 'Donald Trump', ar: 'دونالد ترامب', aliasesEn: ['Donald J. Trump'], aliasesAr: ['دونالد ترمب'], shortEn: ['Trump'], shortAr: ['ترامب', 'ترمب'], country: 'US', role: 'President (2017–2021, 2025–)' },
  { id: 'actor:person:antony-blinken', type: 'person', en: 'Antony Blinken', ar: 'أنتوني بلينكن', shortEn: ['Blinken'], shortAr: ['بلينكن'], country: 'US', parent: 'actor:org:us-state-department', role: 'Secretary of State (2021–2025)' },
  { id: 'actor:person:marco-rubio', type: 'person', en: 'Marco Rubio', ar: 'ماركو روبيو', shortEn: ['Rubio'], shortAr: ['روبيو'], country: 'US', parent: 'actor:org:us-state-department', role: 'Secretary of State (2025–)' },
  { id: 'actor:person:lloyd-austin', type: 'person', en: 'Lloyd Austin', ar: 'لويد أوستن', shortEn: ['Austin'], shortAr: ['أوستن'], country: 'US', parent: 'actor:org:pentagon', role: 'Secretary of Defense (2021–2025)' },
  { id: 'actor:person:pete-hegseth', type: 'person', en: 'Pete Hegseth', ar: 'بيت هيغسيث', shortEn: ['Hegseth'], shortAr: ['هيغسيث'], country: 'US', parent: 'actor:org:pentagon', role: 'Secretary of Defense (2025–)' },
  { id: 'actor:person:raimberdi-duishenbiev', type: 'person', en: 'Raimberdi Duishenbiev', ar: 'رايم بردي دويشنبييف', aliasesEn: ['Raimberdi Duyshenbiev'], aliasesAr: ['رايمبردي دويشنبييف'], shortEn: ['Duishenbiev'], shortAr: ['دويشنبييف'], country: 'KG', parent: 'actor:org:kg-general-staff', role: 'Chief of the General Staff of the Armed Forces (2017–2019)' },
  { id: 'actor:org:kg-general-staff', type: 'military', en: 'General Staff of the Armed Forces of Kyrgyzstan', ar: 'هيئة الأركان العامة للقوات المسلحة القرغيزية', aliasesAr: ['هيئة الأركان العامة للقوات المسلحة القيرغيزية', 'هيئة الأركان القرغيزية'], country: 'KG', parent: 'actor:org:kg-army' },
  { id: 'actor:person:antonio-guterres', type: 'person', en: 'António Guterres', ar: 'أنطونيو غوتيريش', aliasesEn: ['Antonio Guterres'], aliasesAr: ['أنطونيو غوتيريس'], shortEn: ['Guterres'], shortAr: ['غوتيريش'], parent: 'actor:igo:un', role: 'UN Secretary-General (2017–)' },
  { id: 'actor:person:geir-pedersen', type: 'person', en: 'Geir Pedersen', ar: 'غير بيدرسن', aliasesAr: ['غير بيدرسون'], shortEn: ['Pedersen'], shortAr: ['بيدرسن'], parent: 'actor:igo:un', role: 'UN Special Envoy for Syria (2019–2025)' },
  // Jihadist groups
  { id: 'actor:group:al-qaeda', type: 'armed-group', en: 'al-Qaeda', ar: 'تنظيم القاعدة', aliasesEn: ['Al-Qaeda', 'al-Qaida', 'Al Qaeda'] },
  { id: 'actor:group:aqap', type: 'armed-group', en: 'al-Qaeda in the Arabian Peninsula', ar: 'تنظيم القاعدة في جزيرة العرب', aliasesEn: ['AQAP', 'Al-Qaeda in the Arabian Peninsula'], aliasesAr: ['القاعدة في جزيرة العرب'], country: 'YE', parent: 'actor:group:al-qaeda' },
  { id: 'actor:group:al-shabaab', type: 'armed-group', en: 'al-Shabaab', ar: 'حركة الشباب المجاهدين', aliasesEn: ['Al-Shabaab', 'Harakat al-Shabaab al-Mujahideen'], aliasesAr: ['حركة الشباب', 'حركة الشباب الصومالية'], country: 'SO', parent: 'actor:group:al-qaeda' },
  { id: 'actor:group:boko-haram', type: 'armed-group', en: 'Boko Haram', ar: 'جماعة بوكو حرام', aliasesAr: ['بوكو حرام'], country: 'NG' },
  { id: 'actor:group:taliban', type: 'armed-group', en: 'Taliban', ar: 'حركة طالبان', aliasesEn: ['the Taliban', 'Islamic Emirate of Afghanistan'], aliasesAr: ['طالبان'], country: 'AF' },
  { id: 'actor:group:isis-k', type: 'armed-group', en: 'Islamic State Khorasan Province', ar: 'ولاية خراسان', aliasesEn: ['ISIS-K', 'ISKP'], aliasesAr: ['تنظيم ولاية خراسان'], country: 'AF', parent: 'actor:group:isis' },
  { id: 'actor:person:abu-bakr-al-baghdadi', type: 'person', en: 'Abu Bakr al-Baghdadi', ar: 'أبو بكر البغدادي', shortEn: ['Baghdadi'], shortAr: ['البغدادي'], parent: 'actor:group:isis', role: 'Leader of the Islamic State (2010–2019)' },
  // International organisations
  { id: 'actor:igo:eu', type: 'igo', en: 'European Union', ar: 'الاتحاد الأوروبي', aliasesEn: ['EU'] },
  { id: 'actor:igo:gcc', type: 'igo', en: 'Gulf Cooperation Council', ar: 'مجلس التعاون الخليجي', aliasesEn: ['GCC', 'Cooperation Council for the Arab States of the Gulf'], aliasesAr: ['مجلس التعاون لدول الخليج العربية'] },
  { id: 'actor:igo:oic', type: 'igo', en: 'Organisation of Islamic Cooperation', ar: 'منظمة التعاون الإسلامي', aliasesEn: ['OIC', 'Organization of Islamic Cooperation'], formerEn: ['Organization of the Islamic Conference'], formerAr: ['منظمة المؤتمر الإسلامي'] },
  { id: 'actor:igo:african-union', type: 'igo', en: 'African Union', ar: 'الاتحاد الأفريقي', aliasesAr: ['الاتحاد الإفريقي'] },
  { id: 'actor:igo:iaea', type: 'igo', en: 'International Atomic Energy Agency', ar: 'الوكالة الدولية للطاقة الذرية', aliasesEn: ['IAEA'], parent: 'actor:igo:un' },
  { id: 'actor:igo:who', type: 'igo', en: 'World Health Organization', ar: 'منظمة الصحة العالمية', aliasesEn: ['WHO'], parent: 'actor:igo:un' },
  { id: 'actor:igo:unrwa', type: 'igo', en: 'UNRWA', ar: 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين', aliasesAr: ['الأونروا', 'وكالة الأونروا'], parent: 'actor:igo:un' },
  { id: 'actor:igo:wfp', type: 'igo', en: 'World Food Programme', ar: 'برنامج الأغذية العالمي', aliasesEn: ['WFP'], parent: 'actor:igo:un' },
  { id: 'actor:igo:icc', type: 'igo', en: 'International Criminal Court', ar: 'المحكمة الجنائية الدولية', aliasesEn: ['ICC'] },
  { id: 'actor:igo:opcw', type: 'igo', en: 'Organisation for the Prohibition of Chemical Weapons', ar: 'منظمة حظر الأسلحة الكيميائية', aliasesEn: ['OPCW', 'Organization for the Prohibition of Chemical Weapons'] },

  // Found missing while annotating the event gold (test/gold/events/README.md, "Gaps"). Where Phoenix has the
  // person under an English spelling only, the seed takes its id and spelling, so Phoenix merges into it.
  { id: 'actor:person:barack-obama', type: 'person', en: 'Barack Obama', ar: 'باراك أوباما', aliasesAr: ['باراك اوباما'], shortEn: ['Obama'], shortAr: ['أوباما', 'اوباما'], country: 'US', role: 'President (2009–2017)' },
  { id: 'actor:person:john-kerry', type: 'person', en: 'John Kerry', ar: 'جون كيري', shortEn: ['Kerry'], shortAr: ['كيري'], country: 'US', parent: 'actor:org:us-state-department', role: 'Secretary of State (2013–2017)' },
  { id: 'actor:person:ashton-carter', type: 'person', en: 'Ashton Carter', ar: 'آشتون كارتر', aliasesAr: ['أشتون كارتر', 'اشتون كارتر'], shortEn: ['Carter'], shortAr: ['كارتر'], country: 'US', parent: 'actor:org:pentagon', role: 'Secretary of Defense (2015–2017)' },
  { id: 'actor:person:mohammad-zarif-khonsari', type: 'person', en: 'Mohammad Javad Zarif', ar: 'محمد جواد ظريف', aliasesEn: ['Mohammad Zarif Khonsari', 'Javad Zarif'], aliasesAr: ['جواد ظريف'], shortEn: ['Zarif'], shortAr: ['ظريف'], country: 'IR', role: 'Foreign Minister (2013–2021)' },
  { id: 'actor:person:ali-akbar-velayati', type: 'person', en: 'Ali Akbar Velayati', ar: 'علي أكبر ولايتي', aliasesAr: ['علي اكبر ولايتي'], shortEn: ['Velayati'], shortAr: ['ولايتي'], country: 'IR', role: "Adviser to the Supreme Leader" },
  { id: 'actor:person:mohammed-bin-nayef', type: 'person', en: 'Mohammed bin Nayef', ar: 'محمد بن نايف', aliasesAr: ['الأمير محمد بن نايف', 'محمد بن نايف بن عبدالعزيز'], country: 'SA', role: 'Crown Prince and Minister of Interior (2015–2017)' },
  { id: 'actor:person:yusuf-al-qaradawi', type: 'person', en: 'Yusuf al-Qaradawi', ar: 'يوسف القرضاوي', shortEn: ['Qaradawi'], shortAr: ['القرضاوي'], country: 'QA', role: 'Cleric' },
  { id: 'actor:person:abdullatif-al-zayani', type: 'person', en: 'Abdullatif al-Zayani', ar: 'عبد اللطيف الزياني', aliasesAr: ['عبداللطيف الزياني', 'عبد اللطيف بن راشد الزياني'], shortAr: ['الزياني'], country: 'BH', parent: 'actor:igo:gcc', role: 'GCC Secretary-General (2011–2020)' },
  { id: 'actor:person:riyadh-yassin', type: 'person', en: 'Riyadh Yassin', ar: 'رياض ياسين', country: 'YE', role: 'Foreign Minister (2015)' },
  { id: 'actor:person:abd-al-rab-mansur-al-hadi', type: 'person', en: 'Abd al Rab Mansur al Hadi', ar: 'عبد ربه منصور هادي', aliasesEn: ['Abd Rabbuh Mansour Hadi', 'Abdrabbuh Mansur Hadi'], aliasesAr: ['عبدربه منصور هادي'], country: 'YE', role: 'President (2012–2022)' },
  { id: 'actor:person:ali-abdullah-saleh', type: 'person', en: 'Ali Abdullah Saleh', ar: 'علي عبد الله صالح', aliasesAr: ['علي عبدالله صالح'], country: 'YE', role: 'Former President' },
  { id: 'actor:person:sameh-hassan-shoukry', type: 'person', en: 'Sameh Hassan Shoukry', ar: 'سامح شكري', aliasesEn: ['Sameh Shoukry'], shortAr: ['شكري'], country: 'EG', role: 'Foreign Minister (2014–2024)' },
  { id: 'actor:person:khalid-bin-ahmad-al-khalifa', type: 'person', en: 'Khalid bin Ahmad al Khalifa', ar: 'خالد بن أحمد آل خليفة', aliasesAr: ['خالد بن احمد آل خليفة'], country: 'BH', role: 'Foreign Minister (2005–2020)' },
  { id: 'actor:person:zeid-raad-zeid-al-hussein', type: 'person', en: 'Zeid Raad Zeid al Hussein', ar: 'زيد رعد الحسين', aliasesEn: ["Zeid Ra'ad al-Hussein"], aliasesAr: ['زيد بن رعد الحسين', 'زيد رعد زيد الحسين'], country: 'JO', parent: 'actor:igo:un', role: 'UN High Commissioner for Human Rights (2014–2018)' },
  { id: 'actor:person:styfan-dy-mystwra', type: 'person', en: 'Staffan de Mistura', ar: 'ستيفان دي ميستورا', aliasesAr: ['ستيفان دي مستورا'], shortEn: ['de Mistura'], shortAr: ['دي ميستورا', 'دي مستورا'], country: 'IT', parent: 'actor:igo:un', role: 'UN Special Envoy for Syria (2014–2019)' },
  { id: 'actor:group:jaish-al-fatah', type: 'armed-group', en: 'Jaish al-Fatah', ar: 'جيش الفتح', aliasesEn: ['Army of Conquest'], country: 'SY' },
  { id: 'actor:org:syrian-national-coalition', type: 'organisation', en: 'Syrian National Coalition', ar: 'الائتلاف الوطني السوري', aliasesAr: ['الائتلاف السوري المعارض', 'الائتلاف الوطني لقوى الثورة والمعارضة السورية', 'ائتلاف قوى الثورة والمعارضة السورية'], country: 'SY' },
  { id: 'actor:group:peshmerga', type: 'armed-group', en: 'Peshmerga', ar: 'البيشمركة', aliasesEn: ['Kurdish Peshmerga'], aliasesAr: ['قوات البيشمركة', 'البشمركة', 'قوات البشمركة', 'البيشمركة الكردية'], country: 'IQ' },
  { id: 'actor:group:ndf-syria', type: 'armed-group', en: 'National Defence Forces', ar: 'قوات الدفاع الوطني', aliasesEn: ['National Defense Forces'], country: 'SY' },
  { id: 'actor:group:aqim', type: 'armed-group', en: 'al-Qaeda in the Islamic Maghreb', ar: 'تنظيم القاعدة في بلاد المغرب الإسلامي', aliasesEn: ['AQIM'], aliasesAr: ['القاعدة في بلاد المغرب الإسلامي', 'القاعدة في المغرب الإسلامي'], parent: 'actor:group:al-qaeda' },
  { id: 'actor:igo:saudi-led-coalition', type: 'igo', en: 'Saudi-led coalition', ar: 'التحالف العربي', aliasesEn: ['Arab coalition'], aliasesAr: ['قوات التحالف العربي', 'التحالف العربي بقيادة السعودية', 'تحالف دعم الشرعية', 'طيران التحالف العربي'] },
  // Not «التحالف الدولي» alone: the 2001 coalition in Afghanistan was one too.
  { id: 'actor:igo:us-led-coalition', type: 'igo', en: 'US-led coalition against ISIS', ar: 'التحالف الدولي ضد تنظيم داعش', aliasesAr: ['التحالف الدولي بقيادة الولايات المتحدة', 'التحالف الدولي ضد داعش', 'التحالف الدولي لمحاربة داعش', 'التحالف الدولي لمحاربة تنظيم داعش'] },
  { id: 'actor:org:knesset', type: 'government', en: 'Knesset', ar: 'الكنيست', aliasesAr: ['الكنيست الإسرائيلي'], country: 'IL' },
];
