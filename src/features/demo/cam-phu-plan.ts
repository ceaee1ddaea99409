// The real plan that the product is built from: Kế hoạch of Phường Cam Phú (thành phố Cam
// Ranh, tỉnh Khánh Hòa), 21/3/2024, "Phát động phong trào thi đua chào mừng kỷ niệm 70 năm
// Chiến thắng Điện Biên Phủ…" (on the basis of Công văn 1240/UBND-NV of UBND thành phố Cam Ranh), word
// for word in plan markup, small typos included ("ngày thành lập ngày thành lập", "kỷ niệm
// kỷ niệm"), so that the demo reads like the original. Only the two sentences that a page
// break split into two paragraphs in the source are joined again.
import type { DocumentHeader, PlanContent } from "../../domain/plans/plan-content";

export const CAM_PHU_PLAN: PlanContent = {
  summary:
    "Phát động phong trào thi đua chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân",
  basis: "Thực hiện công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh về việc đẩy mạnh phong trào thi đua chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân.",
  introduction: "UBND phường xây dựng kế hoạch phát động phong trào thi đua cụ thể như sau:",
  purposes: `
- Thông qua phong trào thi đua để tuyên truyền sâu rộng trong toàn thể cán bộ, công chức và các tầng lớp Nhân dân trên địa bàn nhằm phát huy cao độ tinh thần yêu nước, ý chí tự lực, tự cường, sức mạnh đại đoàn kết toàn dân tộc.

- Nhằm đẩy mạnh phong trào thi đua yêu nước, lập thành tích chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024); 80 năm Ngày thành lập ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024)

- Nhằm tạo khí thế thi đua sôi nổi với nhiều hình thức đa dạng, phong phú, sáng tạo hiệu quả, thu hút toàn thể cán bộ, công chức và các tầng lớp Nhân dân trên địa bàn tích cực hưởng ứng, tham gia Phong trào thi đua, lập thành tích chào mừng nhân kỷ niệm kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân.

- Thông qua Phong trào thi đua để kịp thời phát hiện, biểu dương, khen thưởng, nhân rộng các điển hình tiên tiến, những sáng kiến, kinh nghiệm hay, mô hình mới, cách làm sáng tạo, hiệu quả của các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong tham gia Phong trào thi đua.
`,
  requirements: `
- Phong trào thi đua phải trở thành nhiệm vụ trọng tâm năm 2024 của cấp ủy đảng, chính quyền, cơ quan, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội và các tầng lớp Nhân dân trên địa bàn.

- Phong trào thi đua được triển khai sâu rộng, phát huy được tinh thần đoàn kết, sáng tạo của tập thể, cá nhân tham gia thi đua; xây dựng cụ thể các nội dung, tiêu chí thi đua; công tác khen thưởng phải đảm bảo chính xác, công bằng, công khai, kịp thời, đúng quy định, đúng đối tượng, tiêu chuẩn và thành tích đạt được.
`,
  contents: `
1. Tổ chức phát động phong trào thi đua thiết thực, hiệu quả gắn với đẩy mạnh phong trào thi đua yêu nước, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; thực hiện thắng lợi các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh; triển khai thực hiện hiệu quả Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 và Kế hoạch tổ chức các hoạt động kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam, 35 năm Ngày hội Quốc phòng toàn dân; tạo khí thế thi đua sôi nổi, lập thành tích chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân.

2. Tuyên truyền sâu rộng đến cán bộ, công chức, người lao động và Nhân dân về lòng yêu nước, niềm tự hào dân tộc, lịch sử đấu tranh cách mạng, những thành tựu trong sự nghiệp đấu tranh giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc, khơi dậy lòng tự hào, tự tôn dân tộc, tinh thần quyết chiến quyết thắng của Quân đội nhân dân, truyền thống vẻ vang qua 80 năm xây dựng, chiến đấu và trưởng thành của Quân đội nhân dân Việt Nam anh hùng và lực lượng vũ trang địa phương; đẩy mạnh các hoạt động tuyên truyền về Ngày hội Quốc phòng toàn dân, xây dựng “thế trận lòng dân” vững chắc gắn với các phong trào thi đua do Chủ tịch UBND phường phát động: *“Vì người nghèo - Không để ai bị bỏ lại phía sau”*, *“Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”*, *“Cả nước chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025”*, *“Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”*, *“Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030”* và các phong trào thi đua của tỉnh: phong trào thi đua đặc biệt thực hiện thắng lợi các nghị quyết của Trung ương về xây dựng và phát triển tỉnh Khánh Hòa đến năm 2030 và tầm nhìn 2045; phong trào thi đua *“Tăng tốc thực hiện các nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, xây dựng Khánh Hòa đô thị văn minh, nông thôn hiện đại giai đoạn 2024 - 2025”*.

3. Tổ chức các hoạt động tôn vinh, giao lưu với nhân chứng lịch sử, sinh hoạt chuyên đề, giới thiệu truyền thống lịch sử cho thế hệ trẻ để tuyên truyền về các gương điển hình là Anh hùng lực lượng vũ trang Nhân dân trong các cuộc kháng chiến, trong thời kỳ xây dựng và bảo vệ Tổ quốc; tôn vinh các anh hùng, thương binh, gia đình liệt sĩ, gia đình chính sách, người có công với cách mạng trong cuộc kháng chiến giải phóng dân tộc, sự nghiệp xây dựng và bảo vệ Tổ quốc. Khơi dậy niềm tự hào dân tộc và phát huy tinh thần, phẩm chất anh Bộ đội Cụ Hồ, dám nghĩ, dám làm, đoàn kết, năng động sáng tạo, góp phần hoàn thành thắng lợi nhiệm vụ phát triển kinh tế, xã hội trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và hội nhập quốc tế.

4. Phát hiện, xây dựng, tôn vinh và nhân rộng các gương điển hình tiên tiến và đẩy mạnh tuyên truyền các điển hình tiên tiến, gương người tốt, việc tốt, cách làm hay, sáng tạo, hiệu quả trong thực hiện nhiệm vụ quân sự, quốc phòng trên các phương tiện thông tin đại chúng, góp phần cổ vũ, động viên cán bộ, chiến sĩ toàn quân và Nhân dân thi đua hoàn thành thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh.

5. Triển khai sâu rộng, chất lượng, hiệu quả với các nội dung thiết thực, có chỉ tiêu, thời gian cụ thể; kịp thời biểu dương, khen thưởng theo thẩm quyền cho các tập thể, cá nhân tiêu biểu trong các phong trào thi đua yêu nước; các tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ và trong tổ chức, triển khai, thực hiện các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân.
`,
  assignments: [
    {
      party: "Thường trực Hội đồng Thi đua - Khen thưởng",
      dueDate: "2024-11-20",
      duties: `
Có trách nhiệm theo dõi, triển khai việc tổ chức thực hiện kế hoạch này.

Tham mưu Chủ tịch UBND phường kiểm tra, đôn đốc, thực hiện tốt công tác quản lý Nhà nước về thi đua, khen thưởng và thường xuyên báo cáo Chủ tịch UBND phường kết quả thực hiện Kế hoạch này.

Bình chọn, xét khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, xứng đáng để khen thưởng hoặc đề nghị UBND thành phố theo Luật Thi đua khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP của Chính phủ.

Lựa chọn cá nhân tập thể có thành tích tiêu biểu giới thiệu gương điển hình tiên tiến.

Tham mưu báo cáo kết quả gửi phòng Nội vụ **trước ngày 20/11/2024**.
`,
    },
    {
      party: "Ủy ban Mặt trận TQVN và các tổ chức chính trị - xã hội",
      duties: `
Vận động đoàn viên, hội viên tổ chức tham gia thực hiện tốt Phong trào thi đua.

Giới thiệu cho Hội đồng thi đua khen thưởng phường các tập thể cá nhân đạt được thành tích tiêu biểu để giới thiệu gương điển hình tiên tiến
`,
    },
    {
      party: "Công chức Văn hóa – Xã hội",
      duties: `
Thực hiện viết tin, bài, kịp thời đưa tin, tuyên truyền kế hoạch này đến mọi tầng lớp Nhân dân.
`,
    },
  ],
  closing: "Yêu cầu cán bộ, công chức nghiêm túc thực hiện nội dung kế hoạch này./.",
};

/** The header of the seed plan as issued (number 35 is an example: the source leaves it blank). */
export const CAM_PHU_PLAN_HEADER_EXAMPLE: DocumentHeader = {
  parentBody: "UBND THÀNH PHỐ CAM RANH",
  issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ",
  numberLine: "Số: 35/KH-UBND",
  placeDateLine: "Cam Phú, ngày 21 tháng 3 năm 2024",
  signature: { authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signerName: "Đỗ Xuân Chiến", signed: true },
  recipients: [
    "Phòng Nội vụ tp",
    "Hội đồng TĐKT phường",
    "Thường trực Đảng ủy phường",
    "Thường trực HĐND, UBND phường",
    "Trang thông tin điện tử phường",
    "Lưu: VT, VP",
  ],
  draft: false,
  author: "UBND phường Cam Phú",
};

/** A timetable in plan markup, to give the long plan a table. */
const TIMETABLE = `
| STT | Nội dung | Thời gian | Chủ trì |
|---|---|---|---|
| 1 | Phát động phong trào thi đua | Tháng 3/2024 | UBND phường |
| 2 | Tuyên truyền, đưa tin về phong trào | Cả năm 2024 | Công chức Văn hóa – Xã hội |
| 3 | Giới thiệu gương điển hình tiên tiến | Tháng 10/2024 | Ủy ban Mặt trận TQVN phường |
| 4 | Báo cáo kết quả gửi phòng Nội vụ | **Trước ngày 20/11/2024** | Thường trực Hội đồng Thi đua - Khen thưởng |
`;

/**
 * The seed plan with its content part (and a timetable) repeated `times` times: a long
 * document for tests and the benchmark; 14 times make about 30 pages.
 */
export function longCamPhuPlan(times: number): PlanContent {
  return { ...CAM_PHU_PLAN, contents: Array.from({ length: times }, () => CAM_PHU_PLAN.contents + "\n\n" + TIMETABLE).join("\n\n") };
}
