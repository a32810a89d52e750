import { badgeVariants } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { AlertTriangleIcon } from "@/components/ui/icons";
import { Link } from "@/components/ui/link";
import { Tooltip } from "@/components/ui/tooltip";

type GridTheme = {
  id: string;
  title: string;
  ourPriority: number;
  theirPriority: number | null;
  sanctionsSensitive: boolean;
};

const levels = [1, 2, 3, 4, 5];
const high = (priority: number) => priority >= 4;
const low = (priority: number) => priority <= 2;

/** The tint of a cell's quadrant; the middle row and column (3) belong to none. */
function quadrantTint(ours: number, theirs: number) {
  if (high(ours) && high(theirs)) return "bg-status-answered-bg/60";
  if (high(ours) && low(theirs)) return "bg-status-progress-bg/60";
  if (low(ours) && high(theirs)) return "bg-status-stale-bg/60";
  if (low(ours) && low(theirs)) return "bg-muted";
  return "bg-card";
}

/** The corner cell that names its quadrant. */
const corners: Record<string, string> = {
  "5-5": "Shared priority",
  "5-1": "Ours only",
  "1-5": "Theirs only",
  "1-1": "Neither",
};

function ThemeBadge({ theme, href }: { theme: GridTheme; href: string }) {
  const theirs = theme.theirPriority === null ? "unknown" : `${theme.theirPriority}/5`;
  return (
    <Tooltip
      content={`Ours ${theme.ourPriority}/5 · theirs ${theirs}${theme.sanctionsSensitive ? " · touched by sanctions" : ""}`}
    >
      <Link
        href={href}
        scroll={false}
        data-slot="badge"
        className={cn(
          badgeVariants({ tone: "outline" }),
          "max-w-full whitespace-normal bg-card text-left [overflow-wrap:anywhere] hover:bg-muted",
        )}
      >
        {theme.sanctionsSensitive ? (
          <AlertTriangleIcon aria-label="touched by sanctions" className="text-status-stale" />
        ) : null}
        {theme.title}
      </Link>
    </Tooltip>
  );
}

/**
 * Our priority (across) against the counterpart's (up), in four named quadrants: shared priorities
 * top right, ours only bottom right, theirs only top left, neither bottom left. Each theme is a badge
 * that opens it; themes whose counterpart priority is unknown are listed beside the grid.
 */
export function PriorityGrid({ themes, themeHref }: { themes: GridTheme[]; themeHref: (id: string) => string }) {
  const unknown = themes.filter((theme) => theme.theirPriority === null);
  return (
    <div className="flex flex-col gap-4 lg:flex-row">
      <figure className="min-w-0 flex-1">
        <div className="flex gap-1">
          <p
            aria-hidden="true"
            className="flex w-5 shrink-0 items-center justify-center text-xs font-medium text-muted-foreground [writing-mode:vertical-rl] rotate-180"
          >
            their priority →
          </p>
          <table className="w-full table-fixed border-collapse text-xs" aria-labelledby="priority-grid-caption">
            <tbody>
              {[...levels].reverse().map((theirs) => (
                <tr key={theirs}>
                  <th scope="row" className="w-6 pr-1 text-right font-normal text-muted-foreground">
                    <span className="sr-only">Their priority </span>
                    {theirs}
                  </th>
                  {levels.map((ours) => {
                    const corner = corners[`${ours}-${theirs}`];
                    return (
                      <td
                        key={ours}
                        className={cn("h-16 border border-border p-1 align-top", quadrantTint(ours, theirs))}
                        data-testid={`grid-${ours}-${theirs}`}
                      >
                        {corner ? (
                          <p className="mb-1 text-[0.6875rem] font-medium uppercase tracking-wide text-muted-foreground">
                            {corner}
                          </p>
                        ) : null}
                        <div className="flex flex-wrap gap-1">
                          {themes
                            .filter((theme) => theme.ourPriority === ours && theme.theirPriority === theirs)
                            .map((theme) => (
                              <ThemeBadge key={theme.id} theme={theme} href={themeHref(theme.id)} />
                            ))}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr>
                <td />
                {levels.map((ours) => (
                  <th key={ours} scope="col" className="pt-1 font-normal text-muted-foreground">
                    <span className="sr-only">Our priority </span>
                    {ours}
                  </th>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        <p aria-hidden="true" className="mt-1 pl-12 text-center text-xs font-medium text-muted-foreground">
          our priority →
        </p>
        <figcaption id="priority-grid-caption" className="sr-only">
          Themes by our priority (columns, 1 to 5) and the counterpart's (rows, 5 at the top)
        </figcaption>
      </figure>
      <aside aria-labelledby="unknown-priority" className="space-y-2 lg:w-56">
        <h4 id="unknown-priority" className="text-sm font-medium">
          Their priority unknown
        </h4>
        {unknown.length ? (
          <ul className="flex flex-wrap gap-1">
            {unknown.map((theme) => (
              <li key={theme.id}>
                <ThemeBadge theme={theme} href={themeHref(theme.id)} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">None: every theme has a counterpart priority.</p>
        )}
      </aside>
    </div>
  );
}
