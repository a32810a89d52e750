import { type ClassValue, clsx } from "clsx";
import { createTailwindMerge } from "tailwind-merge";

const any = () => true;
const fontSize = (value: string) => /^(xs|sm|base|lg|[2-9]?xl|\[.+\])$/.test(value);
const borderWidth = (value: string) => /^(0|2|4|8|\[\d+px\])$/.test(value);
const sides = ["t", "r", "b", "l", "x", "y", "s", "e"] as const;

/**
 * tailwind-merge with only the class groups our components are overridden in (spacing, sizing,
 * display, colours, borders, type). Its default table of every Tailwind class is 8 KB gzipped, on
 * every page; this is 2 KB. A class outside these groups is kept as given, as clsx would.
 */
const merge = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    display: ["block", "inline-block", "inline", "flex", "inline-flex", "grid", "inline-grid", "contents", "hidden"],
    position: ["static", "fixed", "absolute", "relative", "sticky"],
    overflow: [{ overflow: [any] }],
    "overflow-x": [{ "overflow-x": [any] }],
    "overflow-y": [{ "overflow-y": [any] }],
    whitespace: [{ whitespace: [any] }],
    w: [{ w: [any] }],
    "min-w": [{ "min-w": [any] }],
    "max-w": [{ "max-w": [any] }],
    h: [{ h: [any] }],
    size: [{ size: [any] }],
    gap: [{ gap: [any] }],
    items: [{ items: [any] }],
    justify: [{ justify: [any] }],
    flex: [{ flex: ["1", "auto", "initial", "none"] }],
    p: [{ p: [any] }],
    m: [{ m: [any] }],
    ...Object.fromEntries(
      sides.flatMap((side) => [
        [`p${side}`, [{ [`p${side}`]: [any] }]],
        [`m${side}`, [{ [`m${side}`]: [any] }]],
      ]),
    ),
    "font-size": [{ text: [fontSize] }],
    "text-color": [{ text: [any] }],
    "font-weight": [{ font: ["normal", "medium", "semibold", "bold"] }],
    "bg-color": [{ bg: [any] }],
    "border-w": ["border", { border: [borderWidth] }],
    "border-color": [{ border: [any] }],
    rounded: ["rounded", { rounded: [any] }],
    shadow: ["shadow", { shadow: [any] }],
  },
  conflictingClassGroups: {
    overflow: ["overflow-x", "overflow-y"],
    p: ["px", "py", "ps", "pe", "pt", "pr", "pb", "pl"],
    px: ["pr", "pl"],
    py: ["pt", "pb"],
    m: ["mx", "my", "ms", "me", "mt", "mr", "mb", "ml"],
    mx: ["mr", "ml"],
    my: ["mt", "mb"],
    size: ["w", "h"],
  },
  conflictingClassGroupModifiers: {},
  orderSensitiveModifiers: [],
}));

/** Class names joined, with a later Tailwind class winning over an earlier one it conflicts with. */
export function cn(...inputs: ClassValue[]) {
  return merge(clsx(inputs));
}
