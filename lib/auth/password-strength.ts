import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/**
 * zxcvbn's estimate of how many guesses a password takes, with its common-password and English
 * dictionaries. Parley holds who meets whom in discreet diplomacy, so it asks for the top score
 * (about 10^10 guesses): "Summer2024!!!" (10^8) is refused, four plain words pass.
 */
export const REQUIRED_SCORE = 4;

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  // Levenshtein matching stays off: it makes each check take up to a second, a cost anyone could trigger.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, parley: ["parley", "track", "dialogue", "convener"] },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/** Null for a strong enough password; else one sentence saying why not and what to do. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  const result = estimator().check(password, userInputs);
  if (result.score >= REQUIRED_SCORE) return null;
  const why = result.feedback.warning ?? "It follows a common pattern and is easy to guess.";
  const advice = result.feedback.suggestions[0] ?? "Add more words that are less common.";
  return `This password is too easy to guess. ${why} ${advice}`;
}
