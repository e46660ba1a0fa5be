/**
 * Named sites that conflict news refers to by name — camps, bases,
 * crossings, dams, nuclear plants, straits — written by hand for Marsad, with
 * the province (or Syrian governorate) that contains them. Coordinates are
 * approximate (to about a kilometre or two), enough to place them on a map.
 *
 * Arabic aliases are the full forms («مخيم الهول», «قاعدة العديد») wherever
 * the bare name is a word or a village of its own («الهول», «العديد» "many").
 */
export interface SiteSeed {
  slug: string;
  en: string;
  ar: string;
  aliasesEn: string[];
  aliasesAr: string[];
  country: string;
  /** Canonical id of the enclosing place (governorate or country). */
  parent: string;
  lat: number;
  lon: number;
}

export const SITES: SiteSeed[] = [
  { slug: 'rukban-camp', en: 'Rukban camp', ar: 'مخيم الركبان', aliasesEn: ['Rukban', 'al-Rukban camp'], aliasesAr: ['الركبان'], country: 'SY', parent: 'place:ocha:SY04', lat: 33.30, lon: 38.70 },
  { slug: 'al-tanf', en: 'al-Tanf', ar: 'التنف', aliasesEn: ['Tanf', 'al-Tanf base', 'al-Tanf crossing', 'al-Tanf garrison'], aliasesAr: ['قاعدة التنف', 'معبر التنف'], country: 'SY', parent: 'place:ocha:SY04', lat: 33.50, lon: 38.62 },
  { slug: 'hmeimim-air-base', en: 'Hmeimim air base', ar: 'قاعدة حميميم', aliasesEn: ['Hmeimim', 'Khmeimim', 'Hmeimim airbase'], aliasesAr: ['مطار حميميم', 'حميميم'], country: 'SY', parent: 'place:ocha:SY06', lat: 35.40, lon: 35.95 },
  { slug: 'bab-al-hawa-crossing', en: 'Bab al-Hawa crossing', ar: 'معبر باب الهوى', aliasesEn: ['Bab al-Hawa'], aliasesAr: ['باب الهوى'], country: 'SY', parent: 'place:ocha:SY07', lat: 36.23, lon: 36.67 },
  { slug: 'kant-air-base', en: 'Kant air base', ar: 'قاعدة كانت', aliasesEn: ['Kant'], aliasesAr: ['قاعدة كانت الجوية'], country: 'KG', parent: 'place:geonames-admin1:KG.02', lat: 42.85, lon: 74.85 },
  { slug: 'al-hol-camp', en: 'al-Hol camp', ar: 'مخيم الهول', aliasesEn: ['al-Hol camp', 'Al-Hol camp', 'al-Hawl camp'], aliasesAr: [], country: 'SY', parent: 'place:ocha:SY08', lat: 36.38, lon: 41.15 },
  { slug: 'roj-camp', en: 'Roj camp', ar: 'مخيم روج', aliasesEn: ['Roj camp'], aliasesAr: [], country: 'SY', parent: 'place:ocha:SY08', lat: 36.98, lon: 42.12 },
  { slug: 't4-air-base', en: 'T4 air base', ar: 'مطار التيفور', aliasesEn: ['Tiyas air base', 'T-4 air base', 'T4 airbase', 'Tiyas airbase', 'Tiyas'], aliasesAr: ['مطار التيفور العسكري', 'قاعدة التيفور', 'مطار التياس', 'مطار تياس العسكري', 'التيفور'], country: 'SY', parent: 'place:ocha:SY04', lat: 34.52, lon: 37.63 },
  { slug: 'shayrat-air-base', en: 'Shayrat air base', ar: 'مطار الشعيرات', aliasesEn: ['Shayrat airbase', 'Shayrat airfield', 'al-Shayrat air base'], aliasesAr: ['مطار الشعيرات العسكري', 'قاعدة الشعيرات'], country: 'SY', parent: 'place:ocha:SY04', lat: 34.49, lon: 36.91 },
  { slug: 'tishreen-dam', en: 'Tishreen Dam', ar: 'سد تشرين', aliasesEn: ['Tishrin Dam', 'Tishreen dam'], aliasesAr: [], country: 'SY', parent: 'place:ocha:SY02', lat: 36.38, lon: 38.18 },
  { slug: 'tabqa-dam', en: 'Tabqa Dam', ar: 'سد الطبقة', aliasesEn: ['Euphrates Dam', 'Tabqa dam', 'al-Thawra Dam'], aliasesAr: ['سد الفرات'], country: 'SY', parent: 'place:ocha:SY11', lat: 35.87, lon: 38.57 },
  { slug: 'tabqa-air-base', en: 'Tabqa air base', ar: 'مطار الطبقة العسكري', aliasesEn: ['Tabqa airbase', 'Tabqa military airport'], aliasesAr: ['مطار الطبقة'], country: 'SY', parent: 'place:ocha:SY11', lat: 35.75, lon: 38.57 },
  { slug: 'bab-al-salam-crossing', en: 'Bab al-Salam crossing', ar: 'معبر باب السلامة', aliasesEn: ['Bab al-Salama', 'Bab al-Salama crossing', 'Bab al-Salam'], aliasesAr: ['باب السلامة'], country: 'SY', parent: 'place:ocha:SY02', lat: 36.63, lon: 37.07 },
  { slug: 'nasib-crossing', en: 'Nasib crossing', ar: 'معبر نصيب', aliasesEn: ['Nassib crossing', 'Nasib border crossing', 'Nasib-Jaber crossing'], aliasesAr: ['معبر نصيب الحدودي'], country: 'SY', parent: 'place:ocha:SY12', lat: 32.55, lon: 36.22 },
  { slug: 'jarablus-crossing', en: 'Jarablus crossing', ar: 'معبر جرابلس', aliasesEn: ['Jarablus border crossing'], aliasesAr: [], country: 'SY', parent: 'place:ocha:SY02', lat: 36.82, lon: 38.01 },
  { slug: 'tal-abyad-crossing', en: 'Tal Abyad crossing', ar: 'معبر تل أبيض', aliasesEn: ['Akcakale crossing', 'Tal Abyad border crossing'], aliasesAr: [], country: 'SY', parent: 'place:ocha:SY11', lat: 36.70, lon: 38.95 },
  { slug: 'semalka-crossing', en: 'Semalka crossing', ar: 'معبر سيمالكا', aliasesEn: ['Semalka', 'Faysh Khabur crossing', 'Fishkhabour crossing'], aliasesAr: ['معبر فيشخابور', 'معبر فيش خابور'], country: 'SY', parent: 'place:ocha:SY08', lat: 37.12, lon: 42.15 },
  { slug: 'al-bukamal-crossing', en: 'al-Bukamal crossing', ar: 'معبر البوكمال', aliasesEn: ['Albu Kamal crossing', 'al-Qaim crossing', 'Qaim-Bukamal crossing'], aliasesAr: ['معبر القائم', 'معبر البوكمال القائم'], country: 'SY', parent: 'place:ocha:SY09', lat: 34.45, lon: 40.93 },
  { slug: 'yarmouk-camp', en: 'Yarmouk camp', ar: 'مخيم اليرموك', aliasesEn: ['Yarmouk refugee camp', 'Yarmuk camp'], aliasesAr: [], country: 'SY', parent: 'place:ocha:SY01', lat: 33.47, lon: 36.30 },
  { slug: 'mezzeh-air-base', en: 'Mezzeh military airport', ar: 'مطار المزة العسكري', aliasesEn: ['Mezzeh air base', 'Mezzeh airbase', 'Mezzeh airport'], aliasesAr: ['مطار المزة'], country: 'SY', parent: 'place:ocha:SY01', lat: 33.48, lon: 36.22 },
  { slug: 'kuweires-air-base', en: 'Kuweires air base', ar: 'مطار كويرس العسكري', aliasesEn: ['Kuweires airbase', 'Kweires air base', 'Kuweires military airport'], aliasesAr: ['مطار كويرس'], country: 'SY', parent: 'place:ocha:SY02', lat: 36.19, lon: 37.58 },
  { slug: 'deir-ez-zor-airport', en: 'Deir ez-Zor military airport', ar: 'مطار دير الزور العسكري', aliasesEn: ['Deir ez-Zor airport', 'Deir ez-Zor air base'], aliasesAr: ['مطار دير الزور'], country: 'SY', parent: 'place:ocha:SY09', lat: 35.28, lon: 40.18 },
  { slug: 'hama-airport', en: 'Hama military airport', ar: 'مطار حماة العسكري', aliasesEn: ['Hama airport', 'Hama air base'], aliasesAr: ['مطار حماة'], country: 'SY', parent: 'place:ocha:SY05', lat: 35.12, lon: 36.71 },
  { slug: 'tartus-naval-base', en: 'Tartus naval base', ar: 'قاعدة طرطوس البحرية', aliasesEn: ['Tartus naval facility', 'Russian naval base in Tartus'], aliasesAr: ['القاعدة البحرية في طرطوس'], country: 'SY', parent: 'place:ocha:SY10', lat: 34.90, lon: 35.87 },
  { slug: 'qamishli-airport', en: 'Qamishli airport', ar: 'مطار القامشلي', aliasesEn: ['Qamishli air base'], aliasesAr: [], country: 'SY', parent: 'place:ocha:SY08', lat: 37.02, lon: 41.19 },
  { slug: 'conoco-gas-field', en: 'Conoco gas field', ar: 'حقل كونيكو', aliasesEn: ['Conoco gas plant', 'Conoco field'], aliasesAr: ['معمل غاز كونيكو', 'حقل كونوكو'], country: 'SY', parent: 'place:ocha:SY09', lat: 35.35, lon: 40.33 },
  { slug: 'al-omar-oil-field', en: 'al-Omar oil field', ar: 'حقل العمر النفطي', aliasesEn: ['al-Omar oilfield', 'Omar oil field'], aliasesAr: ['حقل العمر'], country: 'SY', parent: 'place:ocha:SY09', lat: 35.05, lon: 40.52 },
  { slug: 'ain-al-asad-air-base', en: 'Ain al-Asad air base', ar: 'قاعدة عين الأسد', aliasesEn: ['Ain al-Asad', 'Al Asad Airbase', 'Ain al-Assad air base', 'Ayn al-Asad'], aliasesAr: ['عين الأسد', 'قاعدة عين الأسد الجوية'], country: 'IQ', parent: 'place:geonames-admin1:IQ.01', lat: 33.80, lon: 42.44 },
  { slug: 'mosul-dam', en: 'Mosul Dam', ar: 'سد الموصل', aliasesEn: ['Mosul dam'], aliasesAr: [], country: 'IQ', parent: 'place:geonames-admin1:IQ.15', lat: 36.63, lon: 42.82 },
  { slug: 'harir-air-base', en: 'Harir air base', ar: 'قاعدة حرير', aliasesEn: ['Harir airbase', 'Harir base'], aliasesAr: ['قاعدة حرير الجوية'], country: 'IQ', parent: 'place:geonames-admin1:IQ.11', lat: 36.53, lon: 44.36 },
  { slug: 'balad-air-base', en: 'Balad air base', ar: 'قاعدة بلد الجوية', aliasesEn: ['Balad airbase', 'Balad Air Base'], aliasesAr: ['قاعدة بلد'], country: 'IQ', parent: 'place:geonames-admin1:IQ.18', lat: 33.94, lon: 44.36 },
  { slug: 'baghdad-airport', en: 'Baghdad International Airport', ar: 'مطار بغداد الدولي', aliasesEn: ['Baghdad airport'], aliasesAr: ['مطار بغداد'], country: 'IQ', parent: 'place:geonames-admin1:IQ.07', lat: 33.26, lon: 44.23 },
  { slug: 'zaatari-camp', en: 'Zaatari camp', ar: 'مخيم الزعتري', aliasesEn: ["Za'atari camp", 'Zaatari refugee camp'], aliasesAr: [], country: 'JO', parent: 'place:geonames-admin1:JO.15', lat: 32.29, lon: 36.32 },
  { slug: 'azraq-camp', en: 'Azraq camp', ar: 'مخيم الأزرق', aliasesEn: ['Azraq refugee camp'], aliasesAr: [], country: 'JO', parent: 'place:geonames-admin1:JO.17', lat: 31.90, lon: 36.58 },
  { slug: 'jaber-crossing', en: 'Jaber crossing', ar: 'معبر جابر', aliasesEn: ['Jaber border crossing'], aliasesAr: ['معبر جابر الحدودي'], country: 'JO', parent: 'place:geonames-admin1:JO.15', lat: 32.54, lon: 36.21 },
  { slug: 'al-udeid-air-base', en: 'Al Udeid Air Base', ar: 'قاعدة العديد', aliasesEn: ['al-Udeid', 'Al Udeid', 'al-Udeid air base'], aliasesAr: ['قاعدة العديد الجوية'], country: 'QA', parent: 'place:geonames-admin1:QA.06', lat: 25.12, lon: 51.32 },
  { slug: 'al-dhafra-air-base', en: 'Al Dhafra Air Base', ar: 'قاعدة الظفرة الجوية', aliasesEn: ['al-Dhafra air base', 'Al Dhafra'], aliasesAr: ['قاعدة الظفرة'], country: 'AE', parent: 'place:geonames-admin1:AE.01', lat: 24.25, lon: 54.55 },
  { slug: 'ali-al-salem-air-base', en: 'Ali Al Salem Air Base', ar: 'قاعدة علي السالم الجوية', aliasesEn: ['Ali al-Salem air base'], aliasesAr: ['قاعدة علي السالم'], country: 'KW', parent: 'place:geonames-admin1:KW.05', lat: 29.35, lon: 47.52 },
  { slug: 'camp-arifjan', en: 'Camp Arifjan', ar: 'معسكر عريفجان', aliasesEn: ['Arifjan'], aliasesAr: [], country: 'KW', parent: 'place:geonames-admin1:KW.04', lat: 28.93, lon: 48.10 },
  { slug: 'incirlik-air-base', en: 'Incirlik Air Base', ar: 'قاعدة إنجرليك', aliasesEn: ['Incirlik', 'Incirlik air base', 'İncirlik'], aliasesAr: ['إنجرليك', 'انجرليك', 'إنجيرليك', 'قاعدة إنجرليك الجوية'], country: 'TR', parent: 'place:geonames-admin1:TR.81', lat: 37.00, lon: 35.43 },
  { slug: 'abqaiq', en: 'Abqaiq oil processing plant', ar: 'معمل بقيق', aliasesEn: ['Abqaiq'], aliasesAr: ['بقيق', 'أبقيق', 'معامل بقيق'], country: 'SA', parent: 'place:geonames-admin1:SA.06', lat: 25.93, lon: 49.67 },
  { slug: 'ras-tanura', en: 'Ras Tanura terminal', ar: 'رأس تنورة', aliasesEn: ['Ras Tanura'], aliasesAr: ['ميناء رأس تنورة'], country: 'SA', parent: 'place:geonames-admin1:SA.06', lat: 26.64, lon: 50.16 },
  { slug: 'strait-of-hormuz', en: 'Strait of Hormuz', ar: 'مضيق هرمز', aliasesEn: ['Hormuz Strait', 'Straits of Hormuz'], aliasesAr: [], country: 'IR', parent: 'place:geonames-admin1:IR.11', lat: 26.57, lon: 56.25 },
  { slug: 'bab-el-mandeb', en: 'Bab el-Mandeb', ar: 'مضيق باب المندب', aliasesEn: ['Bab al-Mandab', 'Bab-el-Mandeb strait'], aliasesAr: ['باب المندب'], country: 'YE', parent: 'place:geonames-admin1:YE.25', lat: 12.58, lon: 43.33 },
  { slug: 'suez-canal', en: 'Suez Canal', ar: 'قناة السويس', aliasesEn: ['Suez canal'], aliasesAr: [], country: 'EG', parent: 'place:geonames-admin1:EG.07', lat: 30.50, lon: 32.35 },
  { slug: 'camp-lemonnier', en: 'Camp Lemonnier', ar: 'معسكر ليمونييه', aliasesEn: ['Camp Lemonier'], aliasesAr: ['قاعدة ليمونييه'], country: 'DJ', parent: 'place:geonames-admin1:DJ.07', lat: 11.55, lon: 43.15 },
  { slug: 'manas-air-base', en: 'Manas air base', ar: 'قاعدة ماناس', aliasesEn: ['Transit Center at Manas', 'Manas airbase'], aliasesAr: ['مطار ماناس', 'قاعدة ماناس الجوية'], country: 'KG', parent: 'place:geonames-admin1:KG.02', lat: 43.06, lon: 74.48 },
  { slug: 'natanz', en: 'Natanz enrichment facility', ar: 'منشأة نطنز', aliasesEn: ['Natanz', 'Natanz nuclear facility'], aliasesAr: ['نطنز', 'مفاعل نطنز'], country: 'IR', parent: 'place:geonames-admin1:IR.28', lat: 33.72, lon: 51.73 },
  { slug: 'fordow', en: 'Fordow enrichment facility', ar: 'منشأة فوردو', aliasesEn: ['Fordow', 'Fordo'], aliasesAr: ['فوردو', 'مفاعل فوردو'], country: 'IR', parent: 'place:geonames-admin1:IR.39', lat: 34.88, lon: 50.99 },
  { slug: 'bushehr-nuclear-plant', en: 'Bushehr nuclear power plant', ar: 'محطة بوشهر النووية', aliasesEn: ['Bushehr reactor', 'Bushehr nuclear plant'], aliasesAr: ['مفاعل بوشهر', 'مفاعل بوشهر النووي'], country: 'IR', parent: 'place:geonames-admin1:IR.22', lat: 28.83, lon: 50.89 },
  { slug: 'arak-reactor', en: 'Arak heavy water reactor', ar: 'مفاعل آراك', aliasesEn: ['Arak reactor', 'Arak heavy-water reactor'], aliasesAr: ['مفاعل أراك', 'مفاعل آراك للماء الثقيل'], country: 'IR', parent: 'place:geonames-admin1:IR.34', lat: 34.37, lon: 49.24 },
  { slug: 'dimona-reactor', en: 'Dimona reactor', ar: 'مفاعل ديمونا', aliasesEn: ['Dimona nuclear reactor', 'Negev Nuclear Research Center'], aliasesAr: ['مفاعل ديمونة'], country: 'IL', parent: 'place:geonames-admin1:IL.01', lat: 31.00, lon: 35.15 },
  { slug: 'nevatim-air-base', en: 'Nevatim air base', ar: 'قاعدة نيفاتيم', aliasesEn: ['Nevatim Airbase', 'Nevatim'], aliasesAr: ['قاعدة نيفاتيم الجوية', 'نيفاتيم'], country: 'IL', parent: 'place:geonames-admin1:IL.01', lat: 31.21, lon: 35.01 },
  { slug: 'rafah-crossing', en: 'Rafah crossing', ar: 'معبر رفح', aliasesEn: ['Rafah border crossing'], aliasesAr: ['معبر رفح البري'], country: 'PS', parent: 'place:geonames-admin1:PS.GZ', lat: 31.25, lon: 34.26 },
  { slug: 'kerem-shalom-crossing', en: 'Kerem Shalom crossing', ar: 'معبر كرم أبو سالم', aliasesEn: ['Kerem Shalom', 'Karem Abu Salem crossing'], aliasesAr: ['كرم أبو سالم', 'معبر كرم شالوم', 'كرم شالوم'], country: 'IL', parent: 'place:geonames-admin1:IL.01', lat: 31.22, lon: 34.28 },
  { slug: 'erez-crossing', en: 'Erez crossing', ar: 'معبر بيت حانون', aliasesEn: ['Erez border crossing', 'Beit Hanoun crossing'], aliasesAr: ['معبر إيرز', 'حاجز إيرز', 'معبر إيريز'], country: 'IL', parent: 'place:geonames-admin1:IL.01', lat: 31.56, lon: 34.54 },
  { slug: 'allenby-bridge', en: 'Allenby Bridge crossing', ar: 'جسر الملك حسين', aliasesEn: ['Allenby Bridge', 'King Hussein Bridge'], aliasesAr: ['جسر اللنبي', 'معبر الكرامة', 'جسر اللمبي'], country: 'PS', parent: 'place:geonames-admin1:PS.WE', lat: 31.87, lon: 35.54 },
  { slug: 'jabalia-camp', en: 'Jabalia camp', ar: 'مخيم جباليا', aliasesEn: ['Jabalia refugee camp', 'Jabaliya camp'], aliasesAr: [], country: 'PS', parent: 'place:geonames-admin1:PS.GZ', lat: 31.53, lon: 34.48 },
  { slug: 'nuseirat-camp', en: 'Nuseirat camp', ar: 'مخيم النصيرات', aliasesEn: ['Nuseirat refugee camp'], aliasesAr: [], country: 'PS', parent: 'place:geonames-admin1:PS.GZ', lat: 31.45, lon: 34.39 },
  { slug: 'jenin-camp', en: 'Jenin camp', ar: 'مخيم جنين', aliasesEn: ['Jenin refugee camp'], aliasesAr: [], country: 'PS', parent: 'place:geonames-admin1:PS.WE', lat: 32.46, lon: 35.29 },
  { slug: 'ain-al-hilweh-camp', en: 'Ain al-Hilweh camp', ar: 'مخيم عين الحلوة', aliasesEn: ['Ain al-Hilweh', 'Ein el-Hilweh camp'], aliasesAr: ['عين الحلوة'], country: 'LB', parent: 'place:geonames-admin1:LB.06', lat: 33.54, lon: 35.38 },
  { slug: 'nahr-al-bared-camp', en: 'Nahr al-Bared camp', ar: 'مخيم نهر البارد', aliasesEn: ['Nahr el-Bared camp', 'Nahr al-Bared'], aliasesAr: ['نهر البارد'], country: 'LB', parent: 'place:geonames-admin1:LB.09', lat: 34.51, lon: 35.95 },
  { slug: 'shatila-camp', en: 'Shatila camp', ar: 'مخيم شاتيلا', aliasesEn: ['Shatila refugee camp', 'Chatila camp'], aliasesAr: [], country: 'LB', parent: 'place:geonames-admin1:LB.04', lat: 33.86, lon: 35.50 },
];
