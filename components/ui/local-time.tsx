"use client";

import { useEffect, useState } from "react";

/** A time in the viewer's own time zone; the server renders UTC until the browser takes over. */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(`${iso.slice(0, 16).replace("T", " ")} UTC`);
  useEffect(() => {
    setText(
      new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZoneName: "short" }).format(
        new Date(iso),
      ),
    );
  }, [iso]);
  return <time dateTime={iso}>{text}</time>;
}
