// Who a unit is on paper: the People's Committee of a province, commune, ward or
// special zone issues its documents as "ỦY BAN NHÂN DÂN …" with the symbol "UBND".
// The Front, the mass organisations and residential groups sign under their own body, symbol
// and head (organisation-bodies.ts); other units (agencies) under their own name, their symbol
// typed by the clerk once (it has no rule to derive it from).
import type { UnitKind } from "../access/unit-kinds";
import { localityOf, organisationOf } from "./organisation-bodies";

const KIND_PREFIX: Partial<Record<UnitKind, string>> = {
  province: "Tỉnh",
  commune: "Xã",
  ward: "Phường",
  special_zone: "Đặc khu",
};

export const GOVERNMENT_KINDS: readonly UnitKind[] = ["province", "commune", "ward", "special_zone"];

export interface IssuingBody {
  parentBody: string | null;
  issuingBody: string;
  issuerCode: string;
  /** The place in the date line: the unit's name without its kind ("Cam Phú"). */
  place: string;
  collectiveBody: string | null;
  headTitle: string;
}

const upper = (s: string) => s.toLocaleUpperCase("vi");

/** "Phường Cam Phú" → "Cam Phú"; "Thành phố Hà Nội" stays a city's name as written. */
export function placeName(unit: { name: string; kind: UnitKind }): string {
  const prefix = KIND_PREFIX[unit.kind];
  const name = unit.name.normalize("NFC").trim();
  if (prefix && name.toLocaleLowerCase("vi").startsWith(`${prefix.toLocaleLowerCase("vi")} `)) return name.slice(prefix.length + 1);
  return name;
}

/**
 * How a sentence names the unit as the issuer of its documents, in a citation:
 * "Phường Cam Phú" → "UBND phường Cam Phú", "Thành phố Hà Nội" → "UBND thành phố Hà Nội";
 * other units (the Front, an organisation, an agency) by their own name.
 */
export function citedIssuer(unit: { name: string; kind: UnitKind }): string {
  const name = unit.name.normalize("NFC").trim();
  if (!GOVERNMENT_KINDS.includes(unit.kind)) return name;
  const lower = name.toLocaleLowerCase("vi");
  const prefix = ["tỉnh", "thành phố", "xã", "phường", "đặc khu"].find((p) => lower.startsWith(`${p} `));
  return `UBND ${prefix ? prefix + name.slice(prefix.length) : name}`;
}

export function issuingBodyOf(unit: { name: string; kind: UnitKind }, parent: { name: string; kind: UnitKind } | null): IssuingBody {
  if (GOVERNMENT_KINDS.includes(unit.kind)) {
    return {
      parentBody: parent && GOVERNMENT_KINDS.includes(parent.kind) ? `UBND ${upper(parent.name)}` : null,
      issuingBody: `ỦY BAN NHÂN DÂN ${upper(unit.name)}`,
      issuerCode: "UBND",
      place: placeName(unit),
      collectiveBody: "ỦY BAN NHÂN DÂN",
      headTitle: "CHỦ TỊCH",
    };
  }
  const org = organisationOf(unit);
  if (org) {
    const locality = localityOf(unit, parent);
    const government = parent && GOVERNMENT_KINDS.includes(parent.kind) ? parent : null;
    return {
      // The Front and the associations are not under the People's Committee: no parent line.
      parentBody: org.bodyName === null && government ? `UBND ${upper(government.name)}` : null,
      // "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "PHƯỜNG CAM PHÚ": the line break is kept by the renderers.
      issuingBody: org.bodyName && locality ? `${org.bodyName}\n${upper(locality)}` : upper(unit.name),
      issuerCode: org.issuerCode,
      place: government ? placeName(government) : locality ? placeName({ name: locality.replace(/^\S/, (c) => c.toLocaleUpperCase("vi")), kind: kindOfLocality(locality) }) : placeName(unit),
      collectiveBody: org.collectiveBody,
      headTitle: org.headTitle,
    };
  }
  return {
    parentBody: parent ? upper(parent.name) : null,
    issuingBody: upper(unit.name),
    issuerCode: "",
    place: parent ? placeName(parent) : placeName(unit),
    collectiveBody: null,
    headTitle: "TRƯỞNG BAN",
  };
}

/** The kind a locality's first word names ("phường Cam Phú" → ward), for its place name. */
function kindOfLocality(locality: string): UnitKind {
  const lower = locality.toLocaleLowerCase("vi");
  if (lower.startsWith("phường ")) return "ward";
  if (lower.startsWith("xã ")) return "commune";
  if (lower.startsWith("đặc khu ")) return "special_zone";
  if (lower.startsWith("tỉnh ")) return "province";
  return "other";
}
