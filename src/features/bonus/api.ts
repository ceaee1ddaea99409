import type { Endpoint } from "../../web/api";
import { BonusInput, calculateBonus } from "./calculate-bonus";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;

export const bonusEndpoints: Endpoint[] = [
  {
    method: "get", path: "/bonus", tag: "catalogue", query: BonusInput,
    summary:
      "The bonus of a form for a recipient on an issue date (and a unit's own rules): coefficient × the base salary of that day, before and after rounding, in Vietnamese words, with the articles applied. form is a catalogue code or words of its name in any order, with or without diacritics; several matches answer 422 listing them",
    handle: ({ actor, c, query }) => calculateBonus(actor, query, db(c)),
  },
];
