import type { Endpoint } from "../../web/api";
import { AuditFilters, listAudit } from "./list-audit";

export const auditEndpoints: Endpoint[] = [
  {
    method: "get",
    path: "/audit",
    summary: "Audit log entries, newest first (administrators)",
    tag: "audit",
    query: AuditFilters,
    handle: ({ actor, c, query }) => listAudit(actor, c.get("deps").database.db, query),
  },
];
