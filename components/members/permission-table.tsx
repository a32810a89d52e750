import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { permissions, roleLabels, roles } from "@/lib/authz";

/** The permission table from lib/authz.ts, as members see it. */
export function PermissionTable() {
  return (
    <Table>
      <caption className="sr-only">What each role may do</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Permission</TableHead>
          {roles.map((role) => (
            <TableHead key={role} className="text-center">
              {roleLabels[role]}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {Object.entries(permissions).map(([key, permission]) => (
          <TableRow key={key}>
            <TableCell className="max-sm:pb-1 max-sm:font-medium">{permission.label}</TableCell>
            {roles.map((role) => (
              <TableCell key={role} label={roleLabels[role]} className="text-center">
                {(permission.roles as readonly string[]).includes(role) ? (
                  <>
                    <span aria-hidden="true">✓</span>
                    <span className="sr-only">yes</span>
                  </>
                ) : (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">no</span>
                  </>
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
