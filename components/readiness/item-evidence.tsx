/**
 * What an answer rests on, for every reader: the answer itself where no edit form shows it, the
 * evidence, and its links as links (only http(s) links are ever stored).
 */
export function ItemEvidence({ answer, evidence, links }: { answer?: string; evidence: string; links: string[] }) {
  if (!answer && !evidence && links.length === 0) return null;
  return (
    <div className="space-y-1 text-sm" data-testid="item-evidence">
      {answer ? <p className="whitespace-pre-wrap">{answer}</p> : null}
      {evidence ? <p className="whitespace-pre-wrap text-muted-foreground">Evidence: {evidence}</p> : null}
      {links.length ? (
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {links.map((link) => (
            <li key={link}>
              <a href={link} target="_blank" rel="noopener noreferrer" className="break-all text-foreground underline">
                {link.replace(/^https?:\/\//, "")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
