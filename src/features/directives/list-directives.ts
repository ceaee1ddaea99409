import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { directives, units } from "../../db/schema";
import { withinScopes } from "../../db/scope";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { contentTypeOf } from "../../platform/uploads";
import { readStoredFile } from "../documents/stored-file";
import { directivePolicy } from "./policy";

const columns = {
  id: directives.id, numberSymbol: directives.numberSymbol, kind: directives.kind, issuer: directives.issuer, issuedOn: directives.issuedOn,
  summary: directives.summary, fileName: directives.fileName, fileSha256: directives.fileSha256, unitId: units.id, unitName: units.name,
};

/** Incoming directives of the actor's units, newest first. */
export async function listDirectives(actor: Actor, db: DbOrTx, unitId?: number) {
  const scope = withinScopes(units.path, directivePolicy.viewScopes(actor));
  return db
    .select(columns)
    .from(directives)
    .innerJoin(units, eq(units.id, directives.unitId))
    .where(unitId ? and(scope, eq(units.id, unitId)) : scope)
    .orderBy(desc(directives.issuedOn), desc(directives.id))
    .limit(500);
}

export async function getDirective(actor: Actor, db: DbOrTx, id: number) {
  const [row] = await db.select({ ...columns, unitPath: units.path }).from(directives).innerJoin(units, eq(units.id, directives.unitId)).where(eq(directives.id, id));
  if (!row || !directivePolicy.view(actor, { path: row.unitPath })) throw new NotFound("directive");
  return row;
}

/** A directive's attached file (.pdf or .docx), to download; not found if it has none. */
export async function directiveFile(actor: Actor, db: DbOrTx, id: number) {
  const directive = await getDirective(actor, db, id);
  if (!directive.fileSha256) throw new NotFound("file");
  const name = directive.fileName ?? "van-ban";
  return { name, bytes: await readStoredFile(db, directive.fileSha256), contentType: contentTypeOf(name.toLowerCase().endsWith(".pdf") ? "pdf" : "docx") };
}
