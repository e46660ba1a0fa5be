/**
 * World regions a monitoring desk names, defined by their member countries
 * (ISO 3166-1 alpha-2). A country may sit in several (Syria: Levant, Middle
 * East, Arab world). Written for Marsad; boundaries follow common news usage.
 */
export interface Region {
  slug: string;
  en: string;
  ar: string;
  aliasesEn: string[];
  aliasesAr: string[];
  countries: string[];
}

export const REGIONS: Region[] = [
  {
    slug: 'middle-east', en: 'Middle East', ar: 'الشرق الأوسط', aliasesEn: ['Mideast'], aliasesAr: ['منطقة الشرق الأوسط'],
    countries: ['BH', 'CY', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE'],
  },
  { slug: 'levant', en: 'Levant', ar: 'بلاد الشام', aliasesEn: ['the Levant'], aliasesAr: ['المشرق العربي', 'الشام'], countries: ['SY', 'LB', 'JO', 'PS', 'IL'] },
  {
    slug: 'gulf', en: 'Gulf', ar: 'الخليج', aliasesEn: ['Persian Gulf', 'Arabian Gulf', 'Gulf states'],
    aliasesAr: ['الخليج العربي', 'دول الخليج', 'منطقة الخليج'], countries: ['BH', 'KW', 'OM', 'QA', 'SA', 'AE'],
  },
  {
    slug: 'north-africa', en: 'North Africa', ar: 'شمال أفريقيا', aliasesEn: ['Maghreb'], aliasesAr: ['شمال إفريقيا', 'المغرب العربي'],
    countries: ['DZ', 'EG', 'LY', 'MA', 'TN', 'MR', 'EH'],
  },
  { slug: 'sahel', en: 'Sahel', ar: 'الساحل الأفريقي', aliasesEn: ['the Sahel'], aliasesAr: ['منطقة الساحل', 'الساحل الإفريقي'], countries: ['BF', 'TD', 'ML', 'MR', 'NE', 'SN', 'SD'] },
  { slug: 'horn-of-africa', en: 'Horn of Africa', ar: 'القرن الأفريقي', aliasesEn: [], aliasesAr: ['القرن الإفريقي'], countries: ['DJ', 'ER', 'ET', 'SO'] },
  { slug: 'central-asia', en: 'Central Asia', ar: 'آسيا الوسطى', aliasesEn: [], aliasesAr: [], countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] },
  { slug: 'caucasus', en: 'Caucasus', ar: 'القوقاز', aliasesEn: ['the Caucasus', 'South Caucasus'], aliasesAr: ['جنوب القوقاز'], countries: ['AM', 'AZ', 'GE'] },
  {
    slug: 'arab-world', en: 'Arab world', ar: 'العالم العربي', aliasesEn: ['Arab states'], aliasesAr: ['الوطن العربي', 'الدول العربية'],
    countries: ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'],
  },
];
