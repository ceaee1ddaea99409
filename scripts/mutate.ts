// `npm run mutate`: plants one small bug at a time in the domain rules and the use cases of
// documents, movements, progress and people (a flipped comparison, a dropped check), runs the
// tests that cover that file, and reports every mutant the tests did not notice. Not in CI:
// a full run takes hours. Options: --files a,b (the files whose path holds one of these),
// --limit N (per file), --list, --tests a,b (run these test files or folders instead of the
// ones chosen for the file: a quicker first pass), --again (only the last run's survivors, from
// test-results/mutants-surviving.json: to check a first pass's survivors with the usual tests,
// or new tests), --db postgres.
// Survivors judged harmless are written down in scripts/mutants-harmless.json with the reason.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: opts } = parseArgs({
  options: { files: { type: "string" }, limit: { type: "string" }, list: { type: "boolean" }, db: { type: "string" }, tests: { type: "string" }, again: { type: "boolean" } },
});

/** One textual change: the pattern, what it becomes, and what it means. */
const OPERATORS: { name: string; find: RegExp; replace: string }[] = [
  { name: "=== becomes !==", find: /===/g, replace: "!==" },
  { name: "!== becomes ===", find: /!==/g, replace: "===" },
  { name: "<= becomes <", find: /(?<![<=])<=(?!=)/g, replace: "<" },
  { name: ">= becomes >", find: /(?<![>=])>=(?!=)/g, replace: ">" },
  { name: "< becomes <=", find: / < /g, replace: " <= " },
  { name: "> becomes >=", find: / > /g, replace: " >= " },
  { name: "&& becomes ||", find: /&&/g, replace: "||" },
  { name: "|| becomes &&", find: /\|\|/g, replace: "&&" },
  { name: "a check is dropped", find: /^([ \t]*)(authorize\(|if \(.*\) throw )/gm, replace: "$1if (false) $2" },
  { name: "+ 1 becomes - 1", find: /\+ 1\b/g, replace: "- 1" },
];

const AREAS = ["documents", "movements", "progress", "people", "catalogue", "awards", "eligibility", "nominations", "fairness", "disclosure", "council", "decisions", "certificates", "proposals"];
/** Integration tests of an area whose names do not start with it. */
const MORE_TESTS: Record<string, string[]> = { movements: ["registration-returned.test.ts"] };

function targets(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(ROOT, "src/domain"));
  for (const area of AREAS) {
    for (const f of readdirSync(path.join(ROOT, "src/features", area))) {
      if (/\.ts$/.test(f) && !/(\.test|^api|^cli)\.ts$/.test(f)) files.push(path.join(ROOT, "src/features", area, f));
    }
  }
  return files.filter((f) => !opts.files || opts.files.split(",").some((part) => path.relative(ROOT, f).includes(part)));
}

/** The tests that speak for a file: its own unit tests, and for a use case its area's integration tests. */
function testsFor(file: string): string[] {
  if (opts.tests) return opts.tests.split(",");
  const rel = path.relative(ROOT, file);
  const own = file.replace(/\.ts$/, ".test.ts");
  const tests = existsSync(own) ? [path.relative(ROOT, own)] : [];
  const dir = path.dirname(rel);
  if (rel.startsWith("src/domain/")) tests.push(dir);
  const area = /^src\/features\/([^/]+)\//.exec(rel)?.[1];
  if (area) {
    tests.push(`src/features/${area}`);
    for (const t of readdirSync(path.join(ROOT, "test/integration"))) {
      if (t.startsWith(area.replace(/s$/, "")) || MORE_TESTS[area]?.includes(t) || t === "cross-unit.test.ts" || t === "races.test.ts") tests.push(`test/integration/${t}`);
    }
  }
  return [...new Set(tests)];
}

interface Mutant {
  file: string;
  line: number;
  operator: string;
  before: string;
  after: string;
}

function mutantsOf(file: string): { mutant: Mutant; source: string }[] {
  const text = readFileSync(file, "utf8");
  const out: { mutant: Mutant; source: string }[] = [];
  const lines = text.split("\n");
  for (const op of OPERATORS) {
    for (const m of text.matchAll(op.find)) {
      const at = m.index!;
      const line = text.slice(0, at).split("\n").length;
      const lineText = lines[line - 1]!;
      if (/^\s*(\/\/|\*|import )/.test(lineText)) continue; // comments and imports
      const replaced = m[0].replace(new RegExp(op.find.source, op.find.flags.replace("g", "")), op.replace);
      const source = text.slice(0, at) + replaced + text.slice(at + m[0].length);
      out.push({ mutant: { file: path.relative(ROOT, file), line, operator: op.name, before: lineText.trim(), after: source.split("\n")[line - 1]!.trim() }, source });
    }
  }
  return opts.limit ? out.slice(0, Number(opts.limit)) : out;
}

const harmlessFile = path.join(ROOT, "scripts/mutants-harmless.json");
const harmless: { file: string; after: string; why: string }[] = existsSync(harmlessFile) ? JSON.parse(readFileSync(harmlessFile, "utf8")) : [];
const isHarmless = (m: Mutant) => harmless.some((h) => h.file === m.file && h.after === m.after);
const reportFile = path.join(ROOT, "test-results/mutants-surviving.json");
const lastSurvivors: Mutant[] | null = opts.again ? JSON.parse(readFileSync(reportFile, "utf8")) : null;
const wanted = (m: Mutant) => !lastSurvivors || lastSurvivors.some((s) => s.file === m.file && s.after === m.after);

// A run stopped half-way (Ctrl-C) must not leave a planted bug in the sources.
let planted: { file: string; original: string } | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (planted) writeFileSync(planted.file, planted.original);
    process.exit(130);
  });
}

const survivors: Mutant[] = [];
let killed = 0;
let total = 0;
for (const file of targets()) {
  const original = readFileSync(file, "utf8");
  const tests = testsFor(file);
  for (const { mutant, source } of mutantsOf(file)) {
    if (!wanted(mutant)) continue;
    total++;
    if (opts.list) {
      console.log(`${mutant.file}:${mutant.line} ${mutant.operator}: ${mutant.after}`);
      continue;
    }
    planted = { file, original };
    writeFileSync(file, source);
    try {
      execFileSync("npx", ["vitest", "run", "--bail", "1", "--reporter", "dot", ...tests], { cwd: ROOT, stdio: "ignore", env: { ...process.env, TEST_DATABASE: opts.db ?? "pglite" }, timeout: 600_000 });
      if (!isHarmless(mutant)) survivors.push(mutant);
      console.log(`SURVIVED ${mutant.file}:${mutant.line} ${mutant.operator}\n  ${mutant.before}\n  ${mutant.after}`);
    } catch {
      killed++;
      console.log(`killed   ${mutant.file}:${mutant.line} ${mutant.operator}`);
    } finally {
      writeFileSync(file, original);
      planted = null;
    }
  }
}
if (!opts.list) {
  console.log(`\n${total} mutants, ${killed} killed, ${survivors.length} survived (not written down as harmless)`);
  mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  writeFileSync(reportFile, JSON.stringify(survivors, null, 2));
  process.exitCode = survivors.length > 0 ? 1 : 0;
}
