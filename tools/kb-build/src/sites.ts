/**
 * Named sites that conflict news refers to by name — camps, bases,
 * crossings — written by hand for Marsad, with the place that contains them.
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
  { slug: 'al-tanf', en: 'al-Tanf', ar: 'التنف', aliasesEn: ['Tanf', 'al-Tanf base', 'al-Tanf crossing'], aliasesAr: ['قاعدة التنف', 'معبر التنف'], country: 'SY', parent: 'place:ocha:SY04', lat: 33.50, lon: 38.62 },
  { slug: 'hmeimim-air-base', en: 'Hmeimim air base', ar: 'قاعدة حميميم', aliasesEn: ['Hmeimim', 'Khmeimim'], aliasesAr: ['مطار حميميم', 'حميميم'], country: 'SY', parent: 'place:ocha:SY06', lat: 35.40, lon: 35.95 },
  { slug: 'bab-al-hawa-crossing', en: 'Bab al-Hawa crossing', ar: 'معبر باب الهوى', aliasesEn: ['Bab al-Hawa'], aliasesAr: ['باب الهوى'], country: 'SY', parent: 'place:ocha:SY07', lat: 36.23, lon: 36.67 },
  { slug: 'kant-air-base', en: 'Kant air base', ar: 'قاعدة كانت', aliasesEn: ['Kant'], aliasesAr: ['قاعدة كانت الجوية'], country: 'KG', parent: 'place:country:KG', lat: 42.85, lon: 74.85 },
];
