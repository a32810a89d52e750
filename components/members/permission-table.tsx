import { permissions, roleLabels, roles } from "@/lib/authz";

/** The permission table from lib/authz.ts, as members see it. */
export function PermissionTable() {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">What each role may do</caption>
      <thead>
        <tr className="border-b border-border">
          <th className="py-2 pr-4 font-medium">Permission</th>
          {roles.map((role) => (
            <th key={role} className="px-2 py-2 text-center font-medium">
              {roleLabels[role]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Object.entries(permissions).map(([key, permission]) => (
          <tr key={key} className="border-b border-border">
            <td className="py-2 pr-4">{permission.label}</td>
            {roles.map((role) => (
              <td key={role} className="px-2 py-2 text-center">
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
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
