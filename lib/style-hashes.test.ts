import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, it } from "vitest";
import { EMPTY_STYLE_HASH, SONNER_STYLE_HASH } from "./style-hashes";

it("admits exactly the stylesheet the installed Sonner inserts", () => {
  const source = readFileSync(createRequire(import.meta.url).resolve("sonner"), "utf8");
  const literal = /__insertCSS\((".*")\);\n/.exec(source)?.[1];
  expect(literal, "Sonner no longer inserts its stylesheet the way this test reads it").toBeTruthy();
  const css = JSON.parse(literal ?? '""') as string;
  expect(`sha256-${createHash("sha256").update(css, "utf8").digest("base64")}`).toBe(SONNER_STYLE_HASH);
});

it("admits the empty stylesheet and nothing else by the empty hash", () => {
  expect(`sha256-${createHash("sha256").update("", "utf8").digest("base64")}`).toBe(EMPTY_STYLE_HASH);
});
