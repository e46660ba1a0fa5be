/**
 * Consonant skeletons, to tell when an Arabic-script name and a Latin
 * transliteration are the same name: «نوري المالكي» and "Nouri al-Maliki"
 * both reduce to N R M L K. Vowels, weak letters (و ي ا), h-sounds, ʿayn and
 * hamza drop out, the article goes, letters transliterated alike share a class
 * (ط ت ث د ض ذ ظ ز: T; س ص ش: S; ك ق غ خ ج: K), and doubled letters count once.
 * Used only together with an equal country, and only where one actor matches.
 */
const AR_CLASS: Record<string, string> = {
  ب: 'B', ت: 'T', ط: 'T', ث: 'T', د: 'T', ض: 'T', ذ: 'T', ظ: 'T', ز: 'T',
  س: 'S', ص: 'S', ش: 'S', ك: 'K', ق: 'K', غ: 'K', خ: 'K', ج: 'K', ف: 'F', ل: 'L', م: 'M', ن: 'N', ر: 'R',
};

const collapse = (s: string): string => s.replace(/(.)\1+/g, '$1');

export function arabicSkeleton(name: string): string {
  const words = name
    .replace(/[\u064B-\u0652\u0670\u0640]/gu, '')
    .split(/\s+/)
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join(' ')
    .replace(/عبد ال/gu, 'عبد');
  return collapse([...words].map((ch) => AR_CLASS[ch] ?? '').join(''));
}

export function latinSkeleton(name: string): string {
  let s = ` ${name.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  s = s.replace(/ (al|el|ad|ar|as|ash|an|az|at|ud|ul) /g, ' ').replace(/ (al|el) /g, ' ');
  s = s.replace(/abd[eu]l/g, 'abd').replace(/abd (al|el|ul) /g, 'abd ');
  s = s.replace(/kh|gh|q|c|g|j|k/g, 'K').replace(/sh|ch|s|x/g, 'S').replace(/th|dh|t|d|z/g, 'T').replace(/ph|f|v/g, 'F');
  s = s.replace(/b|p/g, 'B').replace(/l/g, 'L').replace(/m/g, 'M').replace(/n/g, 'N').replace(/r/g, 'R');
  return collapse(s.replace(/[a-z\s]/g, ''));
}

const ROMAN: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ء: '', ئ: 'i', ؤ: 'u', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r',
  ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a', ' ': ' ',
};

/** A plain romanisation for ids only («نوري المالكي» → "nwry almalky"), not for display. */
export const romanise = (name: string): string => [...name].map((ch) => ROMAN[ch] ?? '').join('');
