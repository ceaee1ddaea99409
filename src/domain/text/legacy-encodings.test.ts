import { describe, expect, it } from "vitest";
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  detectColumnEncoding,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  isPlausibleVietnamese,
  isVietnameseSyllable,
  legacyFontEncoding,
} from "./legacy-encodings";

const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]; // ngang, huyền, hỏi, ngã, sắc, nặng
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
/** Every Vietnamese letter that is not plain ASCII, small: 12 vowels × 6 tones (less the 6 ASCII vowels) + đ. */
const SMALL_LETTERS = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v.normalize("NFD") + t).normalize("NFC"))).filter((l) => l > "\u007f"),
  "đ",
];
const CAPITAL_LETTERS = SMALL_LETTERS.map((l) => l.toUpperCase());

// Real names with their legacy forms as the published tables give them. TCVN3 has no capitals with tones, so a name
// starting with one (Ánh, Ẩn, Ỷ, Ợt, Ích) has only a capitals-font form (.VnTimeH): the name in capitals, typed small.
const NAMES: { unicode: string; tcvn3?: string; tcvn3Capitals?: string; vni: string }[] = [
  { unicode: "Nguyễn Văn Bình", tcvn3: "NguyÔn V¨n B×nh", vni: "Nguyeãn Vaên Bình" },
  { unicode: "Trần Thị Ánh Tuyết", tcvn3Capitals: "trÇn thÞ ¸nh tuyÕt", vni: "Traàn Thò AÙnh Tuyeát" },
  { unicode: "Phạm Ngọc Ẩn", tcvn3Capitals: "ph¹m ngäc Èn", vni: "Phaïm Ngoïc AÅn" },
  { unicode: "Đỗ Xuân Chiến", tcvn3: "§ç Xu©n ChiÕn", vni: "Ñoã Xuaân Chieán" },
  { unicode: "Lê Thị Ươm", tcvn3: "Lª ThÞ ¦¬m", vni: "Leâ Thò Öôm" },
  { unicode: "Huỳnh Thị Ỷ", tcvn3Capitals: "huúnh thÞ û", vni: "Huyønh Thò YÛ" },
  { unicode: "Võ Ưng Hoàng", tcvn3: "Vâ ¦ng Hoµng", vni: "Voõ Öng Hoaøng" },
  { unicode: "Bùi Thị Ợt", tcvn3Capitals: "bïi thÞ ît", vni: "Buøi Thò ÔÏt" },
  { unicode: "Hồ Xuân Hương", tcvn3: "Hå Xu©n H\u00ad¬ng", vni: "Hoà Xuaân Höông" },
  { unicode: "Đặng Thị Hải Yến", tcvn3: "§Æng ThÞ H¶i YÕn", vni: "Ñaëng Thò Haûi Yeán" },
  { unicode: "Lưu Quang Vũ", tcvn3: "L\u00adu Quang Vò", vni: "Löu Quang Vuõ" },
  { unicode: "Tạ Thị Mỹ Lệ", tcvn3: "T¹ ThÞ Mü LÖ", vni: "Taï Thò Myõ Leä" },
  { unicode: "Ông Ích Khiêm", tcvn3Capitals: "«ng Ých khiªm", vni: "OÂng Ích Khieâm" },
  { unicode: "Kiều Thị Thủy", tcvn3: "KiÒu ThÞ Thñy", vni: "Kieàu Thò Thuûy" },
  { unicode: "Đinh Mạnh Cường", tcvn3: "§inh M¹nh C\u00adêng", vni: "Ñinh Maïnh Cöôøng" },
  { unicode: "Lý Thị Thắm", tcvn3: "Lý ThÞ Th¾m", vni: "Lyù Thò Thaém" },
  { unicode: "Vương Đình Huệ", tcvn3: "V\u00ad¬ng §×nh HuÖ", vni: "Vöông Ñình Hueä" },
  { unicode: "Châu Ngọc Lĩnh", tcvn3: "Ch©u Ngäc LÜnh", vni: "Chaâu Ngoïc Lónh" },
  { unicode: "Ngô Bảo Châu", tcvn3: "Ng« B¶o Ch©u", vni: "Ngoâ Baûo Chaâu" },
];

describe("TCVN3 (ABC, TCVN 5712:1993 VN3)", () => {
  it("decodes the known sample", () => {
    expect(decodeTcvn3("NguyÔn V¨n B×nh")).toBe("Nguyễn Văn Bình");
    expect(decodeTcvn3("hép møt tÕt")).toBe("hộp mứt tết");
  });

  it("decodes and encodes real names", () => {
    for (const { unicode, tcvn3, tcvn3Capitals } of NAMES) {
      if (tcvn3 !== undefined) {
        expect(decodeTcvn3(tcvn3), tcvn3).toBe(unicode);
        expect(encodeTcvn3(unicode), unicode).toBe(tcvn3);
      } else {
        expect(() => encodeTcvn3(unicode), unicode).toThrow(RangeError);
      }
      const capitals = tcvn3Capitals ?? encodeTcvn3(unicode.toLowerCase());
      expect(decodeTcvn3(capitals, { capitals: true }), capitals).toBe(unicode.toUpperCase());
      expect(encodeTcvn3(unicode.toUpperCase(), { capitals: true })).toBe(capitals);
    }
  });

  it("holds the whole table as the standard lays it out", () => {
    // Each vowel with huyền, hỏi, ngã, sắc, nặng, at the bytes TCVN 5712:1993 VN3 gives them (read as cp1252).
    const table: [string, string][] = [
      ["µ¶·¸¹", "àảãáạ"], ["»¼½¾Æ", "ằẳẵắặ"], ["ÇÈÉÊË", "ầẩẫấậ"], ["ÌÎÏÐÑ", "èẻẽéẹ"], ["ÒÓÔÕÖ", "ềểễếệ"],
      ["×ØÜÝÞ", "ìỉĩíị"], ["ßáâãä", "òỏõóọ"], ["åæçèé", "ồổỗốộ"], ["êëìíî", "ờởỡớợ"], ["ïñòóô", "ùủũúụ"],
      ["õö÷øù", "ừửữứự"], ["úûüýþ", "ỳỷỹýỵ"],
      ["¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"], ["¨©ª«¬\u00ad®", "ăâêôơưđ"],
    ];
    for (const [legacy, letters] of table) {
      expect(decodeTcvn3(legacy)).toBe(letters);
      expect(encodeTcvn3(letters)).toBe(legacy);
    }
    expect(table.map(([legacy]) => legacy).join("")).toHaveLength(74);
  });

  it("gives every small letter one byte of its own in 0xA1–0xFE, and round-trips it", () => {
    expect(SMALL_LETTERS).toHaveLength(67);
    const codes = new Set<string>();
    for (const letter of SMALL_LETTERS) {
      const legacy = encodeTcvn3(letter);
      expect(legacy, letter).toHaveLength(1);
      expect(legacy.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(legacy.charCodeAt(0)).toBeLessThanOrEqual(0xfe);
      codes.add(legacy);
      expect(decodeTcvn3(legacy)).toBe(letter);
      expect(decodeTcvn3(`x${legacy}x`)).toBe(`x${letter}x`);
    }
    for (const capital of ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]) {
      codes.add(encodeTcvn3(capital));
      expect(decodeTcvn3(encodeTcvn3(capital))).toBe(capital);
    }
    expect(codes.size).toBe(74);
  });

  it("writes capitals with tones only for a capitals font (.VnTimeH), which draws small positions as capitals", () => {
    for (const capital of CAPITAL_LETTERS) {
      const legacy = encodeTcvn3(capital, { capitals: true });
      expect(legacy).toBe(encodeTcvn3(capital.toLowerCase()));
      expect(decodeTcvn3(legacy, { capitals: true })).toBe(capital);
    }
    expect(() => encodeTcvn3("Ánh")).toThrow(RangeError);
    expect(() => encodeTcvn3("Ánh")).toThrow(/capitals/);
    expect(encodeTcvn3("NGUYỄN VĂN BÌNH", { capitals: true })).toBe("nguyÔn v¨n b×nh");
    expect(decodeTcvn3("nguyÔn v¨n b×nh", { capitals: true })).toBe("NGUYỄN VĂN BÌNH");
    expect(decodeTcvn3("NGUYÔN V¨N B×NH", { capitals: true })).toBe("NGUYỄN VĂN BÌNH");
    expect(decodeTcvn3("§Æng ThÞ ¸nh", { capitals: true })).toBe("ĐẶNG THỊ ÁNH");
  });

  it("round-trips whole names of every letter and tone", () => {
    for (const v of VOWELS) {
      for (const t of TONES) {
        const letter = (v.normalize("NFD") + t).normalize("NFC");
        const word = `Ng${letter}n`;
        expect(decodeTcvn3(encodeTcvn3(word))).toBe(word);
        expect(decodeTcvn3(encodeTcvn3(word.toUpperCase(), { capitals: true }), { capitals: true })).toBe(word.toUpperCase());
      }
    }
  });

  it("takes decomposed input, leaves ASCII, digits and punctuation alone, and refuses what it cannot hold", () => {
    expect(encodeTcvn3("Nguyễn".normalize("NFD"))).toBe("NguyÔn");
    expect(decodeTcvn3("Tæ 5, th«n 3 – x· Hoµ B×nh (2024)")).toBe("Tổ 5, thôn 3 – xã Hoà Bình (2024)");
    expect(decodeTcvn3("an@example.vn")).toBe("an@example.vn");
    expect(() => encodeTcvn3("Zoë")).toThrow(RangeError);
    expect(() => encodeTcvn3("北")).toThrow(RangeError);
  });
});

describe("VNI (VNI Windows)", () => {
  it("decodes and encodes real names", () => {
    expect(decodeVni("Nguyeãn Vaên Bình")).toBe("Nguyễn Văn Bình");
    for (const { unicode, vni } of NAMES) {
      expect(decodeVni(vni), vni).toBe(unicode);
      expect(encodeVni(unicode), unicode).toBe(vni);
    }
  });

  it("holds the whole table as VNI Windows lays it out", () => {
    // Each vowel with huyền, hỏi, ngã, sắc, nặng: a letter and a mark byte (ø û õ ù ï for a tone alone; à å ã á ä with
    // the circumflex, è ú ü é ë with the breve), or one byte (ô ö ñ for ơ ư đ, ì æ ó í ò for the i's, î for ỵ).
    const table: [string, string][] = [
      ["aø aû aõ aù aï", "à ả ã á ạ"], ["aè aú aü aé aë", "ằ ẳ ẵ ắ ặ"], ["aà aå aã aá aä", "ầ ẩ ẫ ấ ậ"],
      ["eø eû eõ eù eï", "è ẻ ẽ é ẹ"], ["eà eå eã eá eä", "ề ể ễ ế ệ"], ["ì æ ó í ò", "ì ỉ ĩ í ị"],
      ["oø oû oõ où oï", "ò ỏ õ ó ọ"], ["oà oå oã oá oä", "ồ ổ ỗ ố ộ"], ["ôø ôû ôõ ôù ôï", "ờ ở ỡ ớ ợ"],
      ["uø uû uõ uù uï", "ù ủ ũ ú ụ"], ["öø öû öõ öù öï", "ừ ử ữ ứ ự"], ["yø yû yõ yù î", "ỳ ỷ ỹ ý ỵ"],
      ["aê aâ eâ oâ ô ö ñ", "ă â ê ô ơ ư đ"],
      // Capitals take the capital form of the mark, 0x20 below the small one.
      ["AØ AÚ AÃ OÙ ÔÏ ÖØ Ò Î Ñ", "À Ẳ Ẫ Ó Ợ Ừ Ị Ỵ Đ"],
    ];
    for (const [legacy, letters] of table) {
      expect(decodeVni(legacy)).toBe(letters);
      expect(encodeVni(letters)).toBe(legacy);
    }
  });

  it("round-trips every letter, small and capital, with every tone", () => {
    expect(SMALL_LETTERS.length + CAPITAL_LETTERS.length).toBe(134);
    const forms = new Set<string>();
    for (const letter of [...SMALL_LETTERS, ...CAPITAL_LETTERS]) {
      const legacy = encodeVni(letter);
      forms.add(legacy);
      expect(decodeVni(legacy), `${letter} ${legacy}`).toBe(letter);
      expect(decodeVni(`Ng${legacy}n`)).toBe(`Ng${letter}n`);
    }
    expect(forms.size).toBe(134);
  });

  it("reads a mark whose case does not match its letter's, as typists left them", () => {
    expect(decodeVni("Aùnh")).toBe("Ánh");
    expect(decodeVni("NGUYEãN")).toBe("NGUYỄN");
  });

  it("leaves ASCII, digits, punctuation and stray marks alone, and refuses what it cannot hold", () => {
    expect(decodeVni("Toå 5, thoân 3 – xaõ Hoaø Bình (2024)")).toBe("Tổ 5, thôn 3 – xã Hoà Bình (2024)");
    expect(decodeVni("an@example.vn")).toBe("an@example.vn");
    expect(decodeVni("Zoë")).toBe("Zoë"); // ë (breve + dot) is a mark for a only
    expect(encodeVni("Nguyễn".normalize("NFD"))).toBe("Nguyeãn");
    expect(() => encodeVni("Zoë")).toThrow(RangeError);
  });
});

describe("decodeLegacy", () => {
  it("decodes with the named encoding and gives Unicode and ASCII back as NFC", () => {
    expect(decodeLegacy("NguyÔn", "tcvn3")).toBe("Nguyễn");
    expect(decodeLegacy("nguyÔn", "tcvn3", { capitals: true })).toBe("NGUYỄN");
    expect(decodeLegacy("Nguyeãn", "vni")).toBe("Nguyễn");
    expect(decodeLegacy("Nguyễn".normalize("NFD"), "unicode")).toBe("Nguyễn");
    expect(decodeLegacy("Lan", "ascii")).toBe("Lan");
  });
});

describe("the syllable check", () => {
  // One real word for every rhyme of the written language, and the spellings after qu and gi.
  const WORDS = `ba bác sách hai cam bàn làng xanh cao tháp hát sau tay mặc tắm ăn thắng gặp mắt bậc tâm xuân tầng tập thật
    châu mây xe séc em đèn leng kẹo đẹp khét lê ếch đêm tên bệnh bếp tết kêu đi mía thích tim tin bình kịp ít dịu việc kiếm
    tiền giếng nghiệp việt nhiều bò học nói xóm con trong họp ngọt soóc xoong cô quốc tôi hôm thôn ông hộp một thơ mới cơm
    sơn lớp ớt thu mua cúc vui chùm bún dũng giúp bút cuộc tuổi buồm muốn xuống chuột thư mưa đức gửi hừm chưn hưng nứt hưu
    nước người ươm vườn hương mướp lướt rượu lý yếm yên yểng yết yêu hoa khoác hoạch ngoài ngoạm toàn hoàng doanh ngoáo
    ngoạp hoạt xoay ngoặc khoằm xoăn hoẵng ngoắt khoẻ hoen ngoẹo khoét khuâng luật khuấy thuê nguệch huênh thuở huy khuya
    huých huynh tuýp huýt khuỵu nguyễn tuyết quá quý quỳnh quyết quân quê quen quăng quơ già giữ gìn giường ghế nghĩ kỳ`;

  it("accepts real words, in any case and normalisation, with the tone old-style or new-style on oa, oe, uy", () => {
    for (const word of WORDS.split(/\s+/).filter(Boolean)) {
      expect(isVietnameseSyllable(word), word).toBe(true);
      expect(isVietnameseSyllable(word.toUpperCase()), word).toBe(true);
      expect(isVietnameseSyllable(word.normalize("NFD")), word).toBe(true);
    }
    for (const word of ["hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe", "Nguyễn", "ĐẶNG", "Ươm", "Ỷ", "Ợt"]) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
  });

  it("refuses what Vietnamese spelling does not allow", () => {
    const refused = [
      "bâ", // â and ă need a final consonant
      "ka", "ci", "ghá", "ngé", "gé", "tyên", // k, gh, ngh before i e ê y only; yê after no consonant
      "bàt", "mãc", // a syllable ending in p t c ch takes only the sharp or heavy tone
      "hòan", "miá", "thuỳên", // tone on the wrong vowel
      "quu", "đđ", "ươ", "xyz",
      "café", "noël", "zoë", "jó", // letters Vietnamese does not use
      "nguyeãn", "quyù", "hoaøng", "v¨n", "nguyôn", // legacy text read as Unicode
    ];
    for (const word of refused) expect(isVietnameseSyllable(word), word).toBe(false);
  });

  it("judges text word by word; plain ASCII words pass", () => {
    expect(isPlausibleVietnamese("Nguyễn Văn Bình, tổ 5 – thôn Đông")).toBe(true);
    expect(isPlausibleVietnamese("Nguyen Van An, an@example.vn")).toBe(true);
    expect(isPlausibleVietnamese("Hà Nội (2024)")).toBe(true);
    expect(isPlausibleVietnamese("Đ/c Lê Đ. Hùng, ĐT 0912, HĐND")).toBe(true); // initials and abbreviations in capitals
    expect(isPlausibleVietnamese("bđ")).toBe(false); // but not any run of consonants
    expect(isPlausibleVietnamese("NguyÔn V¨n B×nh")).toBe(false);
    expect(isPlausibleVietnamese("Nguyeãn Vaên Bình")).toBe(false);
    expect(isPlausibleVietnamese("Café au lait")).toBe(false);
  });
});

// Names for columns: surnames, middle names and given names, every vowel among them.
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lưu", "Tạ", "Quách"];
const MIDDLE = ["Văn", "Thị", "Ngọc", "Xuân", "Đức", "Minh", "Hữu", "Thanh", "Quốc", "Kim"];
const GIVEN = [
  "An", "Ánh", "Bảo", "Bình", "Châu", "Chiến", "Cúc", "Dũng", "Duyên", "Đức", "Hà", "Hải", "Hạnh", "Hằng", "Hiền", "Hoà",
  "Hồng", "Huệ", "Hùng", "Hương", "Huyền", "Khánh", "Kiên", "Lâm", "Lệ", "Liên", "Mỹ", "Ngân", "Ngọc", "Oanh", "Phúc",
  "Phương", "Quân", "Quý", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắm", "Thắng", "Thuỷ", "Tiến", "Toàn", "Tú", "Tuấn", "Tuyết",
  "Uyên", "Vân", "Việt", "Xuân", "Yến", "Ẩn", "Ươm", "Ỷ", "Ợt", "Ưng",
];
/** Deterministic "random" full names: every given name appears, with surnames and middle names cycling. */
function names(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) => {
    const k = i + offset;
    return `${SURNAMES[(k * 7) % SURNAMES.length]} ${MIDDLE[(k * 3) % MIDDLE.length]} ${GIVEN[k % GIVEN.length]}`;
  });
}
/** As a .VnTime typist wrote it: a capital with a tone cannot be typed, so it comes out small. */
const tcvn3Typed = (name: string) => encodeTcvn3(name.replace(/\p{Lu}/gu, (ch) => (/[A-ZĂÂÊÔƠƯĐ]/.test(ch) ? ch : ch.toLowerCase())));

describe("detecting one cell", () => {
  it("leaves genuine Unicode alone: names, precomposed or combining, and foreign words", () => {
    const unicode = [
      "Ngô Bảo Châu", "Đặng Thị Ánh", "Hồ Xuân Hương", "Nguyễn Thị Ngọc Huyền", "Café", "Noël", "Zoë", "Hélène Dupont",
      "José Martínez", "Müller", "Đ", "ă", "25°C", "Nº 5", "ABC®", "Ltd©", "½ ha", "€ 20", "Ðoàn", // signs used as signs
      // Vietnamese whose letters are all in Latin-1, so that the text alone must vouch for it
      "Hoàng", "Toàn", "Châu", "Lê", "Tô", "Võ", "Bình", "Ánh", "Tú", "Lý", "Hà", "Xuân", "Quân", "Duyên", "Yên", "Tiên",
      "Thúy", "Thùy", "Quý", "Giàu", "Tâm", "Lâm Thúy Vân", "Hoàng Xuân Vinh", "Tô Lâm",
    ];
    for (const text of unicode) {
      expect(detectLegacyEncoding(text), text).toBe("unicode");
      expect(detectLegacyEncoding(text.normalize("NFD")), text).toBe("unicode");
    }
    for (const name of names(GIVEN.length * 2)) expect(detectLegacyEncoding(name), name).toBe("unicode");
  });

  it("calls plain ASCII ascii", () => {
    for (const text of ["Nguyen Van An", "an.nguyen@example.vn", "Lan", "0912 345 678", "", "  "]) expect(detectLegacyEncoding(text), text).toBe("ascii");
  });

  it("names the encoding of encoded names", () => {
    expect(detectLegacyEncoding("NguyÔn V¨n B×nh")).toBe("tcvn3");
    expect(detectLegacyEncoding("Nguyeãn Vaên Bình")).toBe("vni");
    for (const { unicode, tcvn3, tcvn3Capitals, vni } of NAMES) {
      if (tcvn3) expect(detectLegacyEncoding(tcvn3), `${unicode} ${tcvn3}`).toBe("tcvn3");
      expect(detectLegacyEncoding(tcvn3Capitals ?? encodeTcvn3(unicode.toLowerCase())), unicode).toBe("tcvn3");
      expect(detectLegacyEncoding(vni), `${unicode} ${vni}`).toBe("vni");
    }
  });

  it("is ambiguous when both encodings make Vietnamese of the text, or neither does although it shows legacy signs", () => {
    expect(detectLegacyEncoding("LÖ")).toBe("ambiguous"); // TCVN3 "Lệ", VNI "LƯ"
    expect(decodeTcvn3("LÖ")).toBe("Lệ");
    expect(decodeVni("LÖ")).toBe("LƯ");
    expect(detectLegacyEncoding("V¨n Xyzª")).toBe("ambiguous"); // ª inside a word, yet no reading makes sense
  });

  it("says unicode when legacy text happens to be genuine Vietnamese too (a column tells better)", () => {
    expect(detectLegacyEncoding("Hoà Bình")).toBe("unicode"); // VNI for "Hồ Bình"
    expect(detectLegacyEncoding("Tó")).toBe("unicode"); // TCVN3 for "Tú"
  });
});

describe("detecting a column", () => {
  it("leaves Unicode columns alone, including ones whose every cell has Latin-1 letters only", () => {
    expect(detectColumnEncoding(names(120))).toEqual({ encoding: "unicode" });
    expect(detectColumnEncoding(["Hoàng", "Toàn", "Hoà Bình", "Lâm", "Lan"])).toEqual({ encoding: "unicode" });
    expect(detectColumnEncoding(["Café", "Noël", "Zoë", "Hoàng"])).toEqual({ encoding: "unicode" });
    expect(detectColumnEncoding(names(20).map((n) => n.normalize("NFD")))).toEqual({ encoding: "unicode" });
  });

  it("finds the encoding of encoded columns, ASCII cells counting for any", () => {
    for (let offset = 0; offset < GIVEN.length; offset += 3) {
      const column = names(4, offset);
      expect(detectColumnEncoding(column.map(tcvn3Typed)), column.join()).toEqual({ encoding: "tcvn3", capitals: false });
      expect(detectColumnEncoding(column.map(encodeVni)), column.join()).toEqual({ encoding: "vni" });
    }
    const withAscii = ["Lan", "NguyÔn V¨n B×nh", "Nguyen Van An", "TrÇn ThÞ Lan", "Minh"];
    expect(detectColumnEncoding(withAscii)).toEqual({ encoding: "tcvn3", capitals: false });
    expect(detectColumnEncoding(["Lan", "Nguyeãn Vaên Bình", "Hoa", "", "Traàn Thò Mai"])).toEqual({ encoding: "vni" });
    // Cells that read as genuine Vietnamese alone follow the column: VNI "Hoà Bình" is "Hồ Bình".
    expect(detectColumnEncoding(["Hoà Bình", "Nguyeãn Vaên Bình"])).toEqual({ encoding: "vni" });
    expect(detectColumnEncoding(["Tó", "NguyÔn V¨n B×nh"])).toEqual({ encoding: "tcvn3", capitals: false });
  });

  it("is ascii when no cell has anything but ASCII", () => {
    expect(detectColumnEncoding(["Lan", "Nguyen Van An", "", "an@example.vn"])).toEqual({ encoding: "ascii" });
    expect(detectColumnEncoding([])).toEqual({ encoding: "ascii" });
  });

  it("tells capitals fonts apart by name, or by cells typed in capitals", () => {
    const capitals = names(6).map((n) => encodeTcvn3(n.toUpperCase(), { capitals: true }));
    // Typed with Caps Lock: ASCII letters capital, the lettters with marks at their small positions.
    const capsLock = capitals.map((cell) => cell.replace(/[a-z]/g, (ch) => ch.toUpperCase()));
    expect(detectColumnEncoding(capsLock)).toEqual({ encoding: "tcvn3", capitals: true });
    expect(decodeTcvn3(capsLock[0]!, { capitals: true })).toBe(names(1)[0]!.toUpperCase());
    expect(detectColumnEncoding(capitals, capitals.map(() => ".VnTimeH"))).toEqual({ encoding: "tcvn3", capitals: true });
    expect(detectColumnEncoding(capitals)).toEqual({ encoding: "tcvn3", capitals: false }); // all small: no telling without the font
  });

  it("lets fonts decide what the text leaves open, and not overrule what it shows", () => {
    const tcvn3 = ["NguyÔn V¨n B×nh", "Lan"];
    expect(detectColumnEncoding(tcvn3, [".VnTime", ".VnTime"])).toEqual({ encoding: "tcvn3", capitals: false });
    expect(detectColumnEncoding(["Lan", "Minh"], [".VnArialH", ".VnArialH"])).toEqual({ encoding: "tcvn3", capitals: true });
    expect(detectColumnEncoding(["Lan", "Minh"], ["VNI-Times", "VNI-Times"])).toEqual({ encoding: "vni" });
    // "Hoà Bình" alone is Unicode; in a VNI font it is VNI ("Hồ Bình").
    expect(detectColumnEncoding(["Hoà Bình"], ["VNI-Helve"])).toEqual({ encoding: "vni" });
    // Reads both ways: the font decides.
    expect(detectColumnEncoding(["LÖ"])).toEqual({ encoding: "ambiguous", likely: "tcvn3", capitals: false });
    expect(detectColumnEncoding(["LÖ"], ["VNI-Times"])).toEqual({ encoding: "vni" });
    expect(detectColumnEncoding(["LÖ"], [".VnTime"])).toEqual({ encoding: "tcvn3", capitals: false });
    // Text converted to Unicode but left in its old font: the letters win.
    expect(detectColumnEncoding(["Nguyễn Văn Bình", "Hoàng"], [".VnTime", ".VnTime"])).toEqual({ encoding: "unicode" });
    // A font contradicting text that reads one way only: refuse, naming what the text says.
    expect(detectColumnEncoding(tcvn3, ["VNI-Times", "VNI-Times"])).toEqual({ encoding: "ambiguous", likely: "tcvn3", capitals: false });
    expect(detectColumnEncoding(["Nguyeãn Vaên Bình"], [".VnTime"])).toEqual({ encoding: "ambiguous", likely: "vni" });
    // Fonts that do not say anything are no evidence.
    expect(detectColumnEncoding(tcvn3, ["Times New Roman", undefined])).toEqual({ encoding: "tcvn3", capitals: false });
  });

  it("calls a column holding TCVN3 cells and VNI cells, or legacy and Unicode cells, mixed", () => {
    const tcvn3 = names(5).map(tcvn3Typed);
    const vni = names(2, 7).map(encodeVni);
    expect(detectColumnEncoding([...tcvn3, ...vni])).toEqual({ encoding: "mixed", likely: "tcvn3", capitals: false });
    expect(detectColumnEncoding([...vni, ...names(3, 9).map(encodeVni), tcvn3[0]!])).toEqual({ encoding: "mixed", likely: "vni" });
    expect(detectColumnEncoding(["Nguyễn Văn Bình", "TrÇn ThÞ Lan"])).toEqual({ encoding: "mixed", likely: "tcvn3", capitals: false });
  });

  it("is ambiguous, naming the likely encoding, when a cell decodes to nonsense", () => {
    const column = [...names(4).map(tcvn3Typed), "Qu¨ ¸ªx"];
    expect(detectColumnEncoding(column)).toEqual({ encoding: "ambiguous", likely: "tcvn3", capitals: false });
    expect(detectColumnEncoding([...names(4).map(encodeVni), "Phaïm Thò ¨¸ª"])).toEqual({ encoding: "ambiguous", likely: "vni" });
  });

  it("takes abbreviations in legacy text for what they are", () => {
    expect(detectColumnEncoding(["§/c NguyÔn V¨n B×nh", "§T: 0912 345 678", "Lª §. Hïng"])).toEqual({ encoding: "tcvn3", capitals: false });
    expect(decodeTcvn3("§/c NguyÔn V¨n B×nh")).toBe("Đ/c Nguyễn Văn Bình");
  });

  it("counts a minority name that is not a Kinh syllable but is spelt with Vietnamese letters", () => {
    // Ê Đê and Gia Rai names such as "Kpă" break syllable rules but use Vietnamese letters only.
    expect(detectColumnEncoding(["Kp¨ Y Nhung", "NguyÔn V¨n B×nh"])).toEqual({ encoding: "tcvn3", capitals: false });
  });
});

describe("fonts", () => {
  it("reads the ABC and VNI font names", () => {
    expect(legacyFontEncoding(".VnTime")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(legacyFontEncoding(".VnTimeH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(legacyFontEncoding(".VnArial NarrowH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(legacyFontEncoding(".VnAvant")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(legacyFontEncoding("VNI-Times")).toEqual({ encoding: "vni", capitals: false });
    expect(legacyFontEncoding("VNI-Helve-Condense")).toEqual({ encoding: "vni", capitals: false });
    for (const font of ["Times New Roman", "Arial", "Calibri", "", undefined, "Vnitimes"]) expect(legacyFontEncoding(font), font).toBeUndefined();
  });
});
