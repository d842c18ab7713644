/**
 * Organisation-name normalisation for conflict.possible-name-match, exactly as the spec
 * lists it: lower case, punctuation to spaces, "&" read as "and", the words "the",
 * "ltd", "limited", "surgery", "practice" and "medical centre" dropped, runs of
 * spaces collapsed. Two names match when their normal forms are equal.
 */

const DROPPED_WORDS = new Set(['the', 'ltd', 'limited', 'surgery', 'practice']);

export function normaliseOrganisationName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Letters and digits of any script survive; everything else is punctuation or space.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'medical' && words[i + 1] === 'centre') {
      i++;
      continue;
    }
    if (words[i] !== '' && !DROPPED_WORDS.has(words[i])) kept.push(words[i]);
  }
  return kept.join(' ');
}
