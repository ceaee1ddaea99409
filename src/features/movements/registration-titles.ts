// The catalogue a registration's titles are read against: the one in force on the movement's
// start date (today for a movement without one) for the registering unit.
import type { DbOrTx } from "../../db/client";
import type { Catalogue } from "../../domain/catalogue/in-force";
import { todayInVietnam } from "../../domain/text/dates";
import { loadCatalogue } from "../catalogue/load-catalogue";

export function titleCatalogue(db: DbOrTx, movement: { startsOn: string | null }, unitPath: string | null): Promise<Catalogue> {
  return loadCatalogue(db, movement.startsOn ?? todayInVietnam(), unitPath);
}
