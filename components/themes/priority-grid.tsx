/**
 * Our priority (across) against the counterpart's (up): agreed high priorities sit top right;
 * themes only we care about sit bottom right. Themes with no known counterpart priority are listed apart.
 */
export function PriorityGrid({
  themes,
}: {
  themes: {
    id: string;
    title: string;
    ourPriority: number;
    theirPriority: number | null;
    sanctionsSensitive: boolean;
  }[];
}) {
  const levels = [5, 4, 3, 2, 1];
  const unknown = themes.filter((theme) => theme.theirPriority === null);
  return (
    <figure className="space-y-2">
      <table className="border-collapse text-xs" aria-label="Themes by our priority and the counterpart's">
        <tbody>
          {levels.map((theirs) => (
            <tr key={theirs}>
              <th scope="row" className="pr-2 text-right font-normal text-slate-500">
                {theirs}
              </th>
              {[1, 2, 3, 4, 5].map((ours) => (
                <td key={ours} className="h-16 w-28 border border-slate-200 bg-white p-1 align-top">
                  {themes
                    .filter((theme) => theme.ourPriority === ours && theme.theirPriority === theirs)
                    .map((theme) => (
                      <span key={theme.id} className="mb-1 block rounded bg-slate-100 px-1">
                        {theme.title}
                        {theme.sanctionsSensitive ? " ⚠" : ""}
                      </span>
                    ))}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <td />
            {[1, 2, 3, 4, 5].map((ours) => (
              <th key={ours} scope="col" className="pt-1 font-normal text-slate-500">
                {ours}
              </th>
            ))}
          </tr>
        </tbody>
      </table>
      <figcaption className="text-xs text-slate-600">
        Across: our priority. Up: the counterpart's. ⚠ touched by sanctions.
        {unknown.length ? ` Counterpart priority unknown: ${unknown.map((theme) => theme.title).join(", ")}.` : ""}
      </figcaption>
    </figure>
  );
}
