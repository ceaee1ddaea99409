import type { Endpoint } from "../../web/api";
import { FairnessInput, getFairness } from "./fairness-view";

export const fairnessEndpoints: Endpoint[] = [
  {
    method: "get", path: "/fairness", tag: "fairness", query: FairnessInput,
    summary: "Who is nominated and awarded in a year, by gender, ethnicity, age group, frontline workers, leaders and sub-unit, beside everyone of the unit; warnings where the law asks for priority",
    handle: ({ actor, c, query }) => getFairness(actor, c.get("deps").database.db, query),
  },
];
