import { Hono } from "hono";
import { movementAllows } from "../../domain/movements/movement";
import { NotFound } from "../../platform/errors";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf, workflowStep, type RecordPage } from "../../web/workflow";
import { findVisibleUnit } from "../units/find-visible-unit";
import { createMovement } from "./create-movement";
import { getCriterionForEditing, getMovementForEditing } from "./get-movement-for-editing";
import { acceptRegistration, returnRegistration } from "./decide-registration";
import { rowId, type UnitRow } from "./find-movement";
import { launchablePlans, launchingUnits, linkableMovements, participantChoices } from "./form-choices";
import { getMovement, getRegistration } from "./get-movement";
import { closeMovement, launchMovement } from "./launch-movement";
import { launchToSubordinates } from "./launch-to-subordinates";
import { listMovements } from "./list-movements";
import { movementFormToInput, registrationFormToInput } from "./movement-input";
import { ChooseUnitPage } from "./pages/choose-unit";
import { CriterionPage } from "./pages/criterion";
import { MovementFormPage } from "./pages/form";
import { MovementsPage } from "./pages/list";
import { MovementPage, type OverviewForms } from "./pages/movement";
import { RegistrationPage, type RegistrationForms } from "./pages/registration";
import { nominationPolicy } from "../nominations/policy";
import { movementPolicy } from "./policy";
import { addCriterion, updateCriterion } from "./save-criterion";
import { submitRegistration } from "./submit-registration";
import { updateMovement } from "./update-movement";

export const movementsRoutes = new Hono<AppEnv>();
for (const path of ["/movements", "/movements/*"]) movementsRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const movementIdOf = (c: Ctx) => rowId(c.req.param("id"), "movement");

const NOTICES = {
  created: "movements.created", saved: "movements.saved", launched: "movements.launched", closed: "movements.closed_notice",
  criterion: "criteria.saved", parts: "movements.parts_created", registered: "registrations.submitted", accepted: "registrations.accepted", returned: "registrations.returned",
} as const;


movementsRoutes.get("/movements", async (c) => {
  const actor = actorOf(c);
  const list = await listMovements(actor, db(c), c.req.query());
  return c.html(<MovementsPage v={viewOf(c)} list={list} canCreate={movementPolicy.manageSomewhere(actor)} notice={noticeOf(c, NOTICES)} />);
});

// ---- creating and editing a movement

async function formChoices(c: Ctx, unit: UnitRow, movementId: number | null) {
  const [plans, linkable, participants] = await Promise.all([launchablePlans(db(c), unit), linkableMovements(db(c), unit, movementId), participantChoices(db(c), unit)]);
  return { unit: { id: unit.id, name: unit.name }, plans, linkable, participants };
}

/** Empty milestone lines are the form's spare ones; the rest are renumbered as the use case sees them. */
function compacted(values: Record<string, string>): Record<string, string> {
  const input = movementFormToInput(values);
  const rest = Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith("milestones.")));
  input.milestones.forEach((m, i) => Object.assign(rest, { [`milestones.${i}.on`]: m.on ?? "", [`milestones.${i}.name`]: m.name ?? "", [`milestones.${i}.kind`]: m.kind ?? "other" }));
  return rest;
}

async function showNew(c: Ctx, unitValue: string | undefined, form: FormState, status: 200 | 422 = 200) {
  const actor = actorOf(c);
  const units = await launchingUnits(actor, db(c));
  const chosen = unitValue ? units.find((u) => String(u.id) === unitValue) : units.length === 1 ? units[0] : undefined;
  if (!chosen) {
    if (unitValue) throw new NotFound("unit");
    return c.html(<ChooseUnitPage v={viewOf(c)} units={units} />, status);
  }
  const unit = await findVisibleUnit(actor, db(c), chosen.id);
  return c.html(<MovementFormPage v={viewOf(c)} form={form} choices={await formChoices(c, unit, null)} movementId={null} />, status);
}

movementsRoutes.get("/movements/new", (c) => showNew(c, c.req.query("unit"), emptyForm({ kind: "campaign", planDocumentId: c.req.query("plan") ?? "" })));

movementsRoutes.post("/movements/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => createMovement(actorOf(c), movementFormToInput(values), db(c)),
    (form) => showNew(c, values.unitId, { ...form, values: compacted(values) }, 422),
    (m) => c.redirect(`/movements/${m.id}?created=1`, 303),
  );
});

/** A stored movement as the flat values of its form. */
function storedValues({ movement, milestones, links, participants }: Awaited<ReturnType<typeof getMovementForEditing>>): Record<string, string> {
  const values: Record<string, string> = {
    name: movement.name, kind: movement.kind, planDocumentId: movement.planDocumentId ? String(movement.planDocumentId) : "",
    startsOn: movement.startsOn, endsOn: movement.endsOn, registrationDeadline: movement.registrationDeadline ?? "", description: movement.description,
  };
  milestones.forEach((m, i) => Object.assign(values, { [`milestones.${i}.on`]: m.on, [`milestones.${i}.name`]: m.name, [`milestones.${i}.kind`]: m.kind }));
  for (const l of links) values[`linked.${l.linkedId}`] = "on";
  for (const p of participants) values[`participant.${p.unitId}`] = "on";
  return values;
}

async function showEdit(c: Ctx, id: number, form: FormState | null, status: 200 | 422 = 200) {
  const stored = await getMovementForEditing(actorOf(c), db(c), id);
  const { movement, unit } = stored;
  if (!movementAllows(movement.status, "edit")) return c.redirect(`/movements/${id}`, 303);
  const state = form ?? emptyForm(storedValues(stored));
  return c.html(<MovementFormPage v={viewOf(c)} form={state} choices={await formChoices(c, unit, id)} movementId={id} />, status);
}

movementsRoutes.get("/movements/:id/edit", (c) => showEdit(c, movementIdOf(c), null));

movementsRoutes.post("/movements/:id/edit", async (c) => {
  const id = movementIdOf(c);
  const values = await readForm(c);
  return handleForm(
    values,
    () => updateMovement(actorOf(c), id, movementFormToInput(values), db(c)),
    (form) => showEdit(c, id, { ...form, values: compacted(values) }, 422),
    () => c.redirect(`/movements/${id}?saved=1`, 303),
  );
});

// ---- the overview and what is done from it

async function showMovement(c: Ctx, id: number, forms: Partial<OverviewForms> = {}, status: 200 | 422 = 200) {
  const data = await getMovement(actorOf(c), db(c), id);
  const all: OverviewForms = { criterion: emptyForm(), launch: emptyForm(), subordinates: emptyForm(), ...forms };
  return c.html(<MovementPage v={viewOf(c)} data={data} forms={all} notice={noticeOf(c, NOTICES)} canNominate={nominationPolicy.createSomewhere(c.get("actor")!)} />, status);
}

movementsRoutes.get("/movements/:id{[0-9]+}", (c) => showMovement(c, movementIdOf(c)));

const movementPage: RecordPage<keyof OverviewForms> = {
  address: (c) => `/movements/${movementIdOf(c)}`,
  showAgain: (c, forms) => showMovement(c, movementIdOf(c), forms, 422),
};

workflowStep(movementsRoutes, "/movements/:id/launch", movementPage, { form: "launch", run: (c) => launchMovement(actorOf(c), movementIdOf(c), db(c)), done: "launched" });
workflowStep(movementsRoutes, "/movements/:id/close", movementPage, { form: "launch", run: (c) => closeMovement(actorOf(c), movementIdOf(c), db(c)), done: "closed" });
workflowStep(movementsRoutes, "/movements/:id/criteria", movementPage, { form: "criterion", run: (c, values) => addCriterion(actorOf(c), movementIdOf(c), values, db(c)), done: "criterion" });
workflowStep(movementsRoutes, "/movements/:id/subordinates", movementPage, {
  form: "subordinates",
  run: (c, values) => {
    const unitIds = Object.entries(values).flatMap(([k, v]) => (/^sub\.\d+$/.test(k) && v ? [k.slice(4)] : []));
    return launchToSubordinates(actorOf(c), movementIdOf(c), { unitIds }, db(c));
  },
  done: "parts",
});

// ---- editing one criterion (while the movement is a draft)

async function showCriterion(c: Ctx, id: number, criterionId: number, form: FormState | null, status: 200 | 422 = 200) {
  const { movement, criterion: row } = await getCriterionForEditing(actorOf(c), db(c), id, criterionId);
  if (!movementAllows(movement.status, "edit_criteria")) return c.redirect(`/movements/${id}`, 303);
  const values = {
    groupName: row.groupName, name: row.name, measure: row.measure, target: row.target === null ? "" : String(row.target), unitLabel: row.unitLabel ?? "",
    maxPoints: row.maxPoints === null ? "" : String(row.maxPoints), bonusPoints: row.bonusPoints === null ? "" : String(row.bonusPoints), appliesTo: row.appliesTo ?? "",
  };
  return c.html(<CriterionPage v={viewOf(c)} movement={movement} criterionId={criterionId} form={form ?? emptyForm(values)} />, status);
}

movementsRoutes.get("/movements/:id/criteria/:cid", (c) => showCriterion(c, movementIdOf(c), rowId(c.req.param("cid"), "criterion"), null));

movementsRoutes.post("/movements/:id/criteria/:cid", async (c) => {
  const id = movementIdOf(c);
  const criterionId = rowId(c.req.param("cid"), "criterion");
  const values = await readForm(c);
  return handleForm(
    values,
    () => updateCriterion(actorOf(c), id, criterionId, values, db(c)),
    (form) => showCriterion(c, id, criterionId, form, 422),
    () => c.redirect(`/movements/${id}?criterion=1`, 303),
  );
});

// ---- registrations

async function showRegistration(c: Ctx, id: number, unitId: number, forms: Partial<RegistrationForms> = {}, status: 200 | 422 = 200) {
  const data = await getRegistration(actorOf(c), db(c), id, unitId);
  if (!data) throw new NotFound("participant");
  const all: RegistrationForms = { submit: emptyForm(), decide: emptyForm(), ...forms };
  return c.html(<RegistrationPage v={viewOf(c)} data={data} forms={all} notice={noticeOf(c, NOTICES)} />, status);
}

const unitIdOf = (c: Ctx) => rowId(c.req.param("unitId"), "unit");

movementsRoutes.get("/movements/:id/registrations/:unitId", (c) => showRegistration(c, movementIdOf(c), unitIdOf(c)));

const registrationPage: RecordPage<keyof RegistrationForms> = {
  address: (c) => `/movements/${movementIdOf(c)}/registrations/${unitIdOf(c)}`,
  showAgain: (c, forms) => showRegistration(c, movementIdOf(c), unitIdOf(c), forms, 422),
};

workflowStep(movementsRoutes, "/movements/:id/registrations/:unitId", registrationPage, {
  form: "submit",
  run: (c, values) => submitRegistration(actorOf(c), movementIdOf(c), registrationFormToInput({ ...values, unitId: String(unitIdOf(c)) }), db(c)),
  done: "registered",
});

/** The registration of this participant, as the decision routes address it. */
async function registrationIdOf(c: Ctx, id: number, unitId: number): Promise<number> {
  const data = await getRegistration(actorOf(c), db(c), id, unitId);
  if (!data?.registration) throw new NotFound("registration");
  return data.registration.id;
}

workflowStep(movementsRoutes, "/movements/:id/registrations/:unitId/accept", registrationPage, {
  form: "decide",
  run: async (c) => acceptRegistration(actorOf(c), await registrationIdOf(c, movementIdOf(c), unitIdOf(c)), db(c)),
  done: "accepted",
});
workflowStep(movementsRoutes, "/movements/:id/registrations/:unitId/return", registrationPage, {
  form: "decide",
  run: async (c, values) => {
    const returned = await returnRegistration(actorOf(c), await registrationIdOf(c, movementIdOf(c), unitIdOf(c)), values, db(c), { baseUrl: c.get("deps").config.baseUrl });
    c.get("deps").jobs.kick(); // the reporter's e-mail
    return returned;
  },
  done: "returned",
});
