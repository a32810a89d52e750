import { describe, expect, it } from "vitest";
import { foldName, romanizeKoreanName } from "./romanize";

// Fictional names, each with its Revised Romanization and McCune–Reischauer forms as the
// National Institute of Korean Language's and the 1939 MR rules give them for personal names.
const names = [
  ["리하늘", "Ri Ha-neul", "Ri Ha-nŭl"],
  ["최소라", "Choe So-ra", "Ch'oe So-ra"],
  ["박도윤", "Bak Do-yun", "Pak To-yun"],
  ["정서진", "Jeong Seo-jin", "Chŏng Sŏ-jin"],
  ["김한결", "Gim Han-gyeol", "Kim Han-gyŏl"],
  ["강석우", "Gang Seok-u", "Kang Sŏk-u"],
  ["신지우", "Sin Ji-u", "Shin Chi-u"],
  ["조은별", "Jo Eun-byeol", "Cho Ŭn-byŏl"],
  ["한국진", "Han Guk-jin", "Han Kuk-chin"],
] as const;

describe("romanizeKoreanName", () => {
  it.each(names)("%s is %s in RR and %s in MR", (hangul, rr, mr) => {
    expect(romanizeKoreanName(hangul)).toMatchObject({ rr, mr });
  });

  it("also gives the plain MR spelling, the surname's conventional spellings, and the name with a space", () => {
    const { variants } = romanizeKoreanName("리 하늘") ?? { variants: [] };
    for (const spelling of ["Ri Ha Nul", "Lee Ha-neul", "Yi Ha-neul", "Rhee Haneul", "Ri Ha-nul"])
      expect(variants).toContain(spelling);
    expect(romanizeKoreanName("최소라")?.variants).toEqual(expect.arrayContaining(["Choi So-ra", "Choe So Ra"]));
    expect(romanizeKoreanName("박도윤")?.variants).toEqual(expect.arrayContaining(["Park Do-yun", "Pak To Yun"]));
  });

  it("answers null for what is not a Hangul name", () => {
    expect(romanizeKoreanName("Ri Ha-neul")).toBeNull();
    expect(romanizeKoreanName("리")).toBeNull();
    expect(romanizeKoreanName("리하늘1")).toBeNull();
  });
});

describe("foldName", () => {
  it("ignores case, accents, hyphens, apostrophes and spaces", () => {
    expect(foldName("Chŏng Sŏ-jin")).toBe(foldName("chong so jin"));
    expect(foldName("Ch'oe So-ra")).toBe(foldName("CHOE SORA"));
    expect(foldName("  Émile   Dubois-Léger ")).toBe("emileduboisleger");
  });

  it("folds the common spellings of one surname together", () => {
    for (const spelling of ["Lee Ha-neul", "Yi Haneul", "Rhee Ha Neul", "Ri Ha-neul", "I Ha-neul"])
      expect(foldName(spelling)).toBe("rihaneul");
    expect(foldName("Park Do-yun")).toBe(foldName("Pak Doyun"));
    expect(foldName("Choi So-ra")).toBe(foldName("Choe So-ra"));
    expect(foldName("Jung Seo-jin")).toBe(foldName("Chong Seojin"));
  });
});
