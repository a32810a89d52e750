/**
 * Korean names in Latin letters, for search (#10). A name written in Hangul yields its Revised
 * Romanization (RR, South Korea's official system) and McCune–Reischauer (MR, the basis of North
 * Korea's own spellings) forms, and the surname's conventional spellings (이/리: Lee, Yi, Rhee, Ri).
 *
 * Written here rather than taken from npm: of the romanizers there, @romanize/korean 0.1.3 gives
 * MR "cŏng" for 정 and "cosŏn" for 조선 (MR has "ch"), hangul-romanization does RR only, and
 * aromanize transliterates letter by letter. None splits surname from given name. Names are
 * romanized syllable by syllable, as both systems do for personal names, without the sound changes
 * between syllables that ordinary words get.
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

// Indexed by the initial, medial and final jamo of a precomposed syllable, in Unicode order.
const RR_INITIALS = [
  "g",
  "kk",
  "n",
  "d",
  "tt",
  "r",
  "m",
  "b",
  "pp",
  "s",
  "ss",
  "",
  "j",
  "jj",
  "ch",
  "k",
  "t",
  "p",
  "h",
];
const RR_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split(" ");
/** Final consonants as both systems write them before a pause. */
const FINALS = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];

/** MR initials: [at the start of a word or after a voiceless final, after a vowel or a voiced final]. */
const MR_INITIALS: [string, string][] = [
  ["k", "g"],
  ["kk", "kk"],
  ["n", "n"],
  ["t", "d"],
  ["tt", "tt"],
  ["r", "r"],
  ["m", "m"],
  ["p", "b"],
  ["pp", "pp"],
  ["s", "s"],
  ["ss", "ss"],
  ["", ""],
  ["ch", "j"],
  ["tch", "tch"],
  ["ch'", "ch'"],
  ["k'", "k'"],
  ["t'", "t'"],
  ["p'", "p'"],
  ["h", "h"],
];
/** MR writes RR's eo as ŏ and eu as ŭ. */
const MR_MEDIALS = RR_MEDIALS.map((vowel) =>
  vowel.replace("eo", "ŏ").replace("eu", "ŭ").replace(/^wo$/, "wŏ").replace(/^ui$/, "ŭi"),
);
/** Finals after which MR voices the next syllable's k, t, p, ch: none, n, l, m, ng. */
const VOICING_FINALS = new Set([0, 4, 5, 6, 8, 16, 21]);

/**
 * Surnames whose conventional spellings differ from either system, each with its spellings; the
 * first is the key search folds them all to.
 */
const SURNAMES: Record<string, string[]> = {
  이: ["ri", "lee", "yi", "rhee", "i", "rhie"],
  리: ["ri", "lee", "yi", "rhee", "i", "rhie"],
  박: ["pak", "park", "bak"],
  최: ["choe", "choi", "chae"],
  정: ["jong", "jeong", "jung", "chong", "chung"],
  김: ["kim", "gim"],
  조: ["jo", "cho"],
  강: ["kang", "gang"],
  장: ["jang", "chang"],
  윤: ["yun", "yoon"],
  임: ["rim", "lim", "im", "yim"],
  림: ["rim", "lim", "im", "yim"],
  유: ["ryu", "yu", "yoo", "you"],
  류: ["ryu", "yu", "yoo", "you"],
  노: ["ro", "noh", "no", "roh"],
  로: ["ro", "noh", "no", "roh"],
  권: ["kwon", "gwon"],
  안: ["an", "ahn"],
  전: ["jon", "jeon", "jun", "chon", "chun"],
  고: ["ko", "go"],
  문: ["mun", "moon"],
  양: ["ryang", "yang"],
  량: ["ryang", "yang"],
  배: ["pae", "bae"],
  백: ["paek", "baek", "paik"],
  허: ["ho", "heo", "hur", "huh"],
  신: ["sin", "shin"],
  심: ["sim", "shim"],
  서: ["so", "seo", "suh"],
  성: ["song", "seong", "sung"],
  주: ["ju", "joo", "chu"],
  우: ["u", "woo"],
  구: ["ku", "koo", "gu"],
  진: ["jin", "chin"],
  변: ["pyon", "byun", "byeon"],
  곽: ["kwak", "gwak"],
  오: ["o", "oh"],
  염: ["ryom", "yeom", "yom"],
  려: ["ryo", "yeo", "yo"],
  여: ["ryo", "yeo", "yo"],
};

/** Every spelling a surname is known by, folded: each maps to its group's key. */
const SURNAME_KEYS = new Map<string, string>(
  Object.values(SURNAMES).flatMap((spellings) => spellings.map((spelling) => [spelling, spellings[0] ?? spelling])),
);

type Syllable = { initial: number; medial: number; final: number };

function syllables(text: string): Syllable[] | null {
  const result: Syllable[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < HANGUL_FIRST || code > HANGUL_LAST) return null;
    const offset = code - HANGUL_FIRST;
    result.push({ initial: Math.floor(offset / 588), medial: Math.floor((offset % 588) / 28), final: offset % 28 });
  }
  return result;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function rr({ initial, medial, final }: Syllable): string {
  return `${RR_INITIALS[initial]}${RR_MEDIALS[medial]}${FINALS[final]}`;
}

function mr({ initial, medial, final }: Syllable, previousFinal: number | null): string {
  const [plain, voiced] = MR_INITIALS[initial] ?? ["", ""];
  let start = previousFinal !== null && VOICING_FINALS.has(previousFinal) ? voiced : plain;
  // MR writes s before i and wi as sh: 시 shi, 쉬 shwi.
  if (initial === 9 && (medial === 20 || medial === 16)) start = "sh";
  return `${start}${MR_MEDIALS[medial]}${FINALS[final]}`;
}

/** ŏ → o, ŭ → u, no apostrophes: MR as it is usually typed, and as North Korea spells names. */
const plainMr = (text: string) => text.replace(/ŏ/g, "o").replace(/ŭ/g, "u").replace(/'/g, "");

export type Romanizations = {
  /** "Ri Seon-gwon" */
  rr: string;
  /** "Ri Sŏn-gwŏn" */
  mr: string;
  /** Every spelling worth finding the person by, the two above included. */
  variants: string[];
};

/**
 * The RR and MR forms of a Korean name written in Hangul (surname first, one syllable; "리선권"
 * or "리 선권"), and its common spellings. Null for anything that is not a Hangul name.
 */
export function romanizeKoreanName(original: string): Romanizations | null {
  const compact = original.replace(/\s+/g, "");
  const all = syllables(compact);
  if (!all || all.length < 2 || all.length > 5) return null;
  const [surname, ...given] = all as [Syllable, ...Syllable[]];
  const rrGiven = given.map(rr);
  const mrGiven = given.map((syllable, index) => mr(syllable, index === 0 ? null : (given[index - 1]?.final ?? null)));
  const rrSurname = capitalize(rr(surname));
  const mrSurname = capitalize(mr(surname, null));
  const rrName = `${rrSurname} ${capitalize(rrGiven.join("-"))}`;
  const mrName = `${mrSurname} ${capitalize(mrGiven.join("-"))}`;
  const surnames = [rrSurname, mrSurname, plainMr(mrSurname), ...(SURNAMES[compact.charAt(0)] ?? []).map(capitalize)];
  const givens = [
    capitalize(rrGiven.join("-")),
    capitalize(rrGiven.join("")),
    capitalize(mrGiven.join("-")),
    capitalize(plainMr(mrGiven.join("-"))),
    plainMr(mrGiven.map(capitalize).join(" ")),
  ];
  const variants = [rrName, mrName, ...surnames.flatMap((family) => givens.map((name) => `${family} ${name}`))];
  return { rr: rrName, mr: mrName, variants: [...new Set(variants)] };
}

/**
 * A name folded for comparison: no case, accents, apostrophes, hyphens or spaces, and a known
 * surname spelling (the first word) replaced by its group's key, so Lee, Yi, Rhee and Ri all match.
 */
export function foldName(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’ʼ`-]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const [first, ...rest] = words;
  if (first === undefined) return "";
  return [SURNAME_KEYS.get(first) ?? first, ...rest].join("");
}

/**
 * Every spelling a person can be found by, folded and space-separated: the name, the alternate
 * spellings, and for a Hangul original its RR and MR forms and the surname's usual spellings.
 */
export function searchNamesOf(person: { name: string; originalName: string; alternateSpellings: string[] }): string {
  const derived = romanizeKoreanName(person.originalName)?.variants ?? [];
  const spellings = [person.name, person.originalName, ...person.alternateSpellings, ...derived];
  return [...new Set(spellings.map(foldName).filter(Boolean))].join(" ");
}
