import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * How often each word sequence occurs in ordinary Arabic news (SaudiNewsNet,
 * read from ../shared, never copied). A village called «الحرية» ("freedom")
 * or «البارد» ("cold") would otherwise turn every such word into a place.
 */
export function countInCorpus(dir: string, keys: ReadonlySet<string>, maxWords: number, tokenize: (text: string) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort()) {
    const json = execFileSync('unzip', ['-p', `${dir}/${file}`], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
    for (const article of JSON.parse(json) as { title?: string; content?: string }[]) {
      const words = tokenize(`${article.title ?? ''}\n${article.content ?? ''}`);
      for (let i = 0; i < words.length; i++) {
        let key = '';
        for (let n = 0; n < maxWords && i + n < words.length; n++) {
          key = n === 0 ? words[i]! : `${key} ${words[i + n]}`;
          if (keys.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}
