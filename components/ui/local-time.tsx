"use client";

import { useEffect, useState } from "react";

// dateStyle and timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
const parts = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;

/** A time in the viewer's own time zone; the server renders UTC until the browser takes over. */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(`${iso.slice(0, 16).replace("T", " ")} UTC`);
  useEffect(() => {
    setText(new Intl.DateTimeFormat(undefined, parts).format(new Date(iso)));
  }, [iso]);
  return <time dateTime={iso}>{text}</time>;
}
