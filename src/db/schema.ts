// One schema for the embedded database (PGlite) and a PostgreSQL server, one file per area
// in schema/ (drizzle.config.ts reads them all). This index re-exports every area, so that
// the app imports its tables from one place and the connection (client.ts) knows them all:
// a new area adds its file there and one line here.
export * from "./schema/platform";
export * from "./schema/registry";
export * from "./schema/documents";
export * from "./schema/movements";
export * from "./schema/commendation";
export * from "./schema/nominations";
export * from "./schema/disclosure";
export * from "./schema/council";
export * from "./schema/decisions";
export * from "./schema/proposals";
export * from "./schema/certificates";
