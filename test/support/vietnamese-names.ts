// Generated Vietnamese names and the reference order they must sort in, for the sort-key tests
// (pure and on both databases).

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Âu", "Ông", "Ưng", "Đinh"];
const MIDDLE = ["", "Văn", "Thị", "Thị Ngọc", "Ngọc", "Thị Kiều", "Hữu", "Đức", "Minh", "Thị Thu", "Thu", "Văn Hữu", "Ánh", "Ân", "Ăn"];
const GIVEN = ["An", "Ân", "Anh", "Ánh", "Bình", "Cường", "Dung", "Dũng", "Đạt", "Hà", "Hạ", "Hả", "Hoa", "Hòa", "Huyền", "Nhung", "Thảo", "Thắng", "Ơn", "Ước", "Ửng", "Yến", "Ý", "Dư", "Du"];

/** A seeded generator, so that a failing order can be reproduced. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** `n` names, some in capitals, some typed in decomposed Unicode. */
export function generatedNames(n: number, seed = 1): string[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, () => {
    const name = [pick(FAMILY), pick(MIDDLE), pick(GIVEN)].filter(Boolean).join(" ");
    const r = next();
    return r < 0.05 ? name.toLocaleUpperCase("vi") : r < 0.1 ? name.normalize("NFD") : name;
  });
}

const collator = new Intl.Collator("vi", { sensitivity: "accent" });
const fields = (name: string) => {
  const words = name.normalize("NFC").trim().split(/\s+/);
  return { given: words.at(-1)!, middle: words.slice(1, -1), family: words[0]! };
};
function compareWords(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = collator.compare(a[i]!, b[i]!);
    if (c) return c;
  }
  return a.length - b.length;
}

/** ICU's Vietnamese order, given name first, then the middle name word by word, then the family name; ties keep their order. */
export function referenceOrder(names: string[]): string[] {
  return names
    .map((name, i) => ({ name, i, f: fields(name) }))
    .sort((a, b) => collator.compare(a.f.given, b.f.given) || compareWords(a.f.middle, b.f.middle) || collator.compare(a.f.family, b.f.family) || a.i - b.i)
    .map((x) => x.name);
}
