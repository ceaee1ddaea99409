// An entry's value in words, as the catalogue page and `thidua catalogue show` say it:
// "10 ngày làm việc", "1,5 × mức lương cơ sở", "Tối đa 15 % số Lao động tiên tiến".
import type { CatalogueEntry, EntryKind, EntryValues } from "../../domain/catalogue/entries";
import { formName, type Catalogue } from "../../domain/catalogue/in-force";
import type { Lang } from "../../domain/text/dates";
import type { Translate } from "../../i18n";

const numberOf = (n: number, lang: Lang) => new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 4 }).format(n);
const percentOf = (share: number, lang: Lang) => `${numberOf(share * 100, lang)} %`;

/** The catalogue's kinds in the order the page shows them. */
export const KIND_ORDER: readonly EntryKind[] = [
  "form",
  "commendation_kind",
  "criterion",
  "chain",
  "dossier",
  "bonus",
  "base_salary",
  "bonus_rule",
  "disclosure",
  "quorum",
  "ballot_threshold",
  "council_rule",
  "decision_basis",
  "quota",
  "processing",
  "authority",
];

/** Kinds whose code is a form's code, or "*" for every form. */
export const FORM_KEYED: readonly EntryKind[] = ["authority", "criterion", "chain", "dossier", "disclosure", "ballot_threshold", "quota", "processing"];

/** What an entry's code names: a form ("LDTT — Lao động tiên tiến"), every form, a form for a kind of recipient. */
export function codeLabel(t: Translate, lang: Lang, catalogue: Catalogue | null, entry: Pick<CatalogueEntry, "kind" | "code">): string {
  const { kind, code } = entry;
  if (code === "*") return t("catalogue.code_any");
  if (kind === "dossier" && code === "simplified") return t("catalogue.code_simplified");
  const name = (c: string) => (catalogue ? formName(catalogue, c, lang) : c);
  if (kind === "bonus") {
    const [form = code, recipient] = code.split(".");
    return recipient ? `${code} — ${name(form)} (${t(`catalogue.opt.recipients.${recipient}`)})` : code;
  }
  if (FORM_KEYED.includes(kind) || kind === "form") {
    const n = name(code);
    return n === code ? code : `${code} — ${n}`;
  }
  return code;
}

/** The value in words: one line, or several for a criterion and a dossier. */
export function describeValue(t: Translate, lang: Lang, catalogue: Catalogue | null, entry: Pick<CatalogueEntry, "kind" | "value">): string[] {
  const title = (code: string) => (catalogue ? formName(catalogue, code, lang) : code);
  const kind = entry.kind;
  switch (kind) {
    case "form": {
      const v = entry.value as EntryValues["form"];
      return [
        `${lang === "en" ? v.nameEn : v.name} (${t(`catalogue.opt.category.${v.category}`)})`,
        t("catalogue.words.recipients", { list: v.recipients.map((r) => t(`catalogue.opt.recipients.${r}`)).join(", ") }) + (v.yearly ? `; ${t("catalogue.words.yearly")}` : ""),
      ];
    }
    case "authority": {
      const v = entry.value as EntryValues["authority"];
      return [`${v.decidedBy} (${t(`catalogue.opt.tier.${v.tier}`)})`];
    }
    case "commendation_kind": {
      const v = entry.value as EntryValues["commendation_kind"];
      return [
        lang === "en" ? v.nameEn : v.name,
        [t(v.countsTowardMerit ? "catalogue.words.counts" : "catalogue.words.not_counts"), ...(v.simplifiedProcedure ? [t("catalogue.words.simplified")] : [])].join("; "),
      ];
    }
    case "criterion": {
      const v = entry.value as EntryValues["criterion"];
      const params: string[] = [];
      if (v.minRating) params.push(t("catalogue.words.min_rating", { rating: t(`catalogue.opt.minRating.${v.minRating}`) }));
      if (v.includesTitle) params.push(t("catalogue.words.includes_title", { title: title(v.includesTitle) }));
      if (v.initiative) {
        const scope = v.initiativeScope ? t("catalogue.words.initiative_scope", { scope: t(`catalogue.opt.initiativeScope.${v.initiativeScope}`) }) : "";
        params.push(t(v.initiative === "and" ? "catalogue.words.initiative_and" : "catalogue.words.initiative_or") + scope);
      }
      if (v.memberTitle && v.memberShare !== undefined) params.push(t("catalogue.words.member_share", { share: percentOf(v.memberShare, lang), title: title(v.memberTitle) }));
      if (v.memberDisciplineFrom) params.push(t("catalogue.words.member_discipline", { form: t(`catalogue.opt.disciplineFrom.${v.memberDisciplineFrom}`) }));
      if (v.disciplineFrom) params.push(t("catalogue.words.discipline", { form: t(`catalogue.opt.disciplineFrom.${v.disciplineFrom}`) }));
      return [v.text, ...(params.length ? [params.join("; ")] : [])];
    }
    case "chain": {
      const v = entry.value as EntryValues["chain"];
      return [t("catalogue.words.chain", { n: v.consecutiveYears, title: title(v.requires) })];
    }
    case "dossier": {
      const v = entry.value as EntryValues["dossier"];
      return v.items.map((i, n) => `${n + 1}. ${lang === "en" ? i.nameEn : i.name}`);
    }
    case "bonus": {
      const v = entry.value as EntryValues["bonus"];
      if (typeof v.coefficient === "number") return [t("catalogue.words.coefficient", { k: numberOf(v.coefficient, lang) })];
      if (typeof v.ofPersonAmount === "number") return [t("catalogue.words.of_person", { k: numberOf(v.ofPersonAmount, lang) })];
      return [t("catalogue.words.unknown")];
    }
    case "bonus_rule": {
      const v = entry.value as EntryValues["bonus_rule"];
      return [t("catalogue.words.base_on_issue"), v.roundUpTo ? t("catalogue.words.round_up", { n: numberOf(v.roundUpTo, lang) }) : t("catalogue.words.no_rounding")];
    }
    case "base_salary":
      return [t("catalogue.words.amount", { n: numberOf((entry.value as EntryValues["base_salary"]).amount, lang) })];
    case "disclosure":
      return [t("catalogue.words.disclosure", { n: (entry.value as EntryValues["disclosure"]).workingDays })];
    case "processing":
      return [t("catalogue.words.processing", { n: (entry.value as EntryValues["processing"]).workingDays })];
    case "quorum": {
      const v = entry.value as EntryValues["quorum"];
      return [t("catalogue.words.quorum", { share: `${v.numerator}/${v.denominator}` })];
    }
    case "ballot_threshold": {
      const v = entry.value as EntryValues["ballot_threshold"];
      const share = v.denominator === 100 ? `${v.numerator} %` : `${v.numerator}/${v.denominator}`;
      const key = v.strict ? "catalogue.words.threshold_over" : "catalogue.words.threshold_at_least";
      return [t(key, { share, of: t(`catalogue.opt.over.${v.over}`) }) + (v.secret ? `; ${t("catalogue.words.secret")}` : "")];
    }
    case "council_rule": {
      const v = entry.value as EntryValues["council_rule"];
      return [
        t(v.recuseOwnOrganisation ? "catalogue.words.recuse_organisation" : "catalogue.words.no_recuse_organisation"),
        t(`catalogue.words.recused_${v.recusedCount}`),
        t(`catalogue.words.opinions_${v.writtenOpinions}`),
        t(`catalogue.words.receipts_${v.receipts}`),
      ];
    }
    case "decision_basis":
      return (entry.value as EntryValues["decision_basis"]).lines;
    case "quota": {
      const v = entry.value as EntryValues["quota"];
      return [v.maxShare === null ? t("catalogue.words.no_quota", { of: title(v.of) }) : t("catalogue.words.quota", { share: percentOf(v.maxShare, lang), of: title(v.of) })];
    }
    default:
      return [JSON.stringify(entry.value)];
  }
}
