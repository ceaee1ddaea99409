import type { Endpoint } from "../../web/api";
import { createMovement } from "./create-movement";
import { acceptRegistration, returnRegistration } from "./decide-registration";
import { findVisibleMovement, rowId } from "./find-movement";
import { getMovement, missingRegistrations } from "./get-movement";
import { closeMovement, launchMovement } from "./launch-movement";
import { launchToSubordinates } from "./launch-to-subordinates";
import { ListMovementsInput, listMovements } from "./list-movements";
import { CreateMovementInput, CriterionInput, MovementFields, RegistrationInput, ReturnRegistrationInput, SubordinatesInput } from "./movement-input";
import { addCriterion, updateCriterion } from "./save-criterion";
import { submitRegistration } from "./submit-registration";
import { updateMovement } from "./update-movement";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const movementId = (params: Record<string, string>) => rowId(params.id, "movement");
const tag = "movements";

export const movementsEndpoints: Endpoint[] = [
  { method: "get", path: "/movements", summary: "Movements of the caller's units and those their units take part in", tag, query: ListMovementsInput, handle: ({ actor, c, query }) => listMovements(actor, db(c), query) },
  {
    method: "post", path: "/movements", summary: "Start a movement as a draft, from an issued plan or on its own", tag, body: CreateMovementInput, status: 201,
    handle: ({ actor, c, body }) => createMovement(actor, body, db(c)),
  },
  {
    method: "get", path: "/movements/:id", summary: "A movement with its milestones, links, participants, criteria by group, registrations and who has not registered", tag,
    handle: ({ actor, c, params }) => getMovement(actor, db(c), movementId(params)),
  },
  {
    method: "post", path: "/movements/:id", summary: "Edit a draft movement (milestones, links and participants are replaced)", tag, body: MovementFields,
    handle: ({ actor, c, params, body }) => updateMovement(actor, movementId(params), body, db(c)),
  },
  { method: "post", path: "/movements/:id/launch", summary: "Launch a draft (needs a participant and a criterion); its criteria are then fixed", tag, handle: ({ actor, c, params }) => launchMovement(actor, movementId(params), db(c)) },
  { method: "post", path: "/movements/:id/close", summary: "Close a launched movement", tag, handle: ({ actor, c, params }) => closeMovement(actor, movementId(params), db(c)) },
  {
    method: "post", path: "/movements/:id/launch-to-subordinates", summary: "Give all (\"all\") or some subordinate units their own part of the movement; units that already have one are skipped", tag,
    body: SubordinatesInput, handle: ({ actor, c, params, body }) => launchToSubordinates(actor, movementId(params), body, db(c)),
  },
  {
    method: "post", path: "/movements/:id/criteria", summary: "Add a criterion with its target (while the movement is a draft)", tag, body: CriterionInput, status: 201,
    handle: ({ actor, c, params, body }) => addCriterion(actor, movementId(params), body, db(c)),
  },
  {
    method: "post", path: "/movements/:id/criteria/:criterionId", summary: "Change a criterion (while the movement is a draft)", tag, body: CriterionInput,
    handle: ({ actor, c, params, body }) => updateCriterion(actor, movementId(params), rowId(params.criterionId, "criterion"), body, db(c)),
  },
  {
    method: "post", path: "/movements/:id/registrations", summary: "Register a participant unit (targets by criterion id, titles); submitting again updates a submitted or returned registration", tag,
    body: RegistrationInput, handle: ({ actor, c, params, body }) => submitRegistration(actor, movementId(params), body, db(c)),
  },
  {
    method: "get", path: "/movements/:id/not-registered", summary: "Participants that have not registered, overdue once the deadline has passed", tag,
    handle: async ({ actor, c, params }) => {
      const { movement } = await findVisibleMovement(actor, db(c), movementId(params));
      const missing = await missingRegistrations(db(c), movement);
      return { deadline: movement.registrationDeadline, units: missing.map((m) => ({ unitId: m.participant.unitId, name: m.participant.name, code: m.participant.code, overdue: m.overdue })) };
    },
  },
  { method: "post", path: "/registrations/:id/accept", summary: "Accept a submitted registration", tag, handle: ({ actor, c, params }) => acceptRegistration(actor, rowId(params.id, "registration"), db(c)) },
  {
    method: "post", path: "/registrations/:id/return", summary: "Return a submitted registration with the reason", tag, body: ReturnRegistrationInput,
    handle: async ({ actor, c, params, body }) => {
      const returned = await returnRegistration(actor, rowId(params.id, "registration"), body, db(c), { baseUrl: c.get("deps").config.baseUrl });
      c.get("deps").jobs.kick(); // the reporter's e-mail
      return returned;
    },
  },
];
