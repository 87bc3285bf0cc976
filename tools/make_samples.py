"""Generate the sample workbooks of data/samples/ from the data below.

The figures, narrative items (Section I, subsections 4–10), tasks (Section
II) and trade texts are those of the real March 2024 report of the Bắc Giang
Department of Industry and Trade (tests/golden/2024-03.txt). The previous-month,
same-period, year-to-date and plan values are chosen so that every
percentage baocao computes rounds to the one printed in that report, and so
that each breakdown adds up to its parent in every column.

2024-02.xlsx and 2023-03.xlsx are derived from them, for history. Run:

    python tools/make_samples.py [FOLDER]
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from baocao.excel import NewSheet, write_workbook
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, NHIEM_VU, THONG_TIN

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "data" / "samples"

INFO: list[tuple[object, object]] = [
    ("so_van_ban", None),
    ("ngay_ky", None),
    ("nhan_dinh_sxcn", None),
    ("thi_truong_xuat_khau", "Trung Quốc; Hàn Quốc; Mỹ; Ấn Độ; Tây Ban Nha"),
    ("thi_truong_nhap_khau", "Trung Quốc; Hàn Quốc; Đài Loan; Nhật Bản"),
    (
        "san_pham_xuat_khau",
        "Hàng dệt may, da giày; máy tính, sản phẩm điện tử, điện thoại và "
        "linh kiện các loại; thiết bị điện; sản phẩm từ chất dẻo...",
    ),
    (
        "san_pham_nhap_khau",
        "Nguyên liệu cho sản xuất xuất khẩu, gia công hàng xuất khẩu "
        "(Nguyên phụ liệu may mặc, sản xuất linh kiện điện tử, nguyên liệu sản xuất tấm pin năng "
        "lượng mặt trời, máy móc thiết bị...)",
    ),
]

# Figure subsections (Mục) of the seed report, for the default template.
INDUSTRY = "Về sản xuất công nghiệp"
TRADE = "Về hoạt động thương mại"
FOREIGN_TRADE = "Hoạt động xuất nhập khẩu"

# Mã, Ngành, Chỉ số so với cùng kỳ (%), Chỉ số lũy kế, Quyền số, Chỉ số so với tháng trước,
# Số lẻ %, Mục
IIP = [
    ("iip", "Toàn ngành công nghiệp", 123.89, None, None, None, None, INDUSTRY),
    ("iip.khai_khoang", "ngành khai khoáng", 124.95),
    ("iip.che_bien", "ngành công nghiệp chế biến chế tạo", 124.03),
    ("iip.dien", "ngành sản xuất, ngành phân phối điện", 115.65),
    ("iip.nuoc", "ngành cung cấp nước và xử lý rác thải", 107.03),
]
# The Mục of the indicators that open a subsection (the rows below continue it).
SECTIONS = {"gtsx": INDUSTRY, "ban_le": TRADE, "xuat_khau": FOREIGN_TRADE}

SECTOR = "Phân theo loại hình kinh tế"
BRANCH = "Phân theo ngành công nghiệp"
TY = "tỷ đồng"
USD = "triệu USD"
# Mã, Chỉ tiêu, Đơn vị, Tháng báo cáo, Tháng trước, Cùng kỳ, Lũy kế, Lũy kế cùng kỳ,
# Kế hoạch năm, Số lẻ, Thuộc, Nhóm
INDICATORS = [
    (
        "gtsx",
        "Giá trị sản xuất công nghiệp (giá thực tế)",
        TY,
        52716,
        43438,
        42200,
        153513,
        122900,
        665000,
        0,
        None,
        None,
    ),
    (
        "gtsx.nha_nuoc",
        "Khu vực kinh tế Nhà nước",
        TY,
        941,
        920.3,
        844.4,
        2750,
        2480,
        None,
        0,
        "gtsx",
        SECTOR,
    ),
    (
        "gtsx.ngoai_nha_nuoc",
        "Khu vực kinh tế ngoài Nhà nước",
        TY,
        5277,
        4756.2,
        4769.1,
        14900,
        13470,
        None,
        0,
        "gtsx",
        SECTOR,
    ),
    (
        "gtsx.fdi",
        "Khu vực kinh tế có vốn đầu tư nước ngoài",
        TY,
        46498,
        37761.5,
        36586.5,
        135863,
        106950,
        None,
        0,
        "gtsx",
        SECTOR,
    ),
    (
        "gtsx.khai_khoang",
        "Công nghiệp khai thác",
        TY,
        272,
        140,
        215.7,
        620,
        540,
        None,
        0,
        "gtsx",
        BRANCH,
    ),
    (
        "gtsx.che_bien",
        "Công nghiệp chế biến",
        TY,
        52133,
        43000.9,
        41713.6,
        151860,
        121580,
        None,
        0,
        "gtsx",
        BRANCH,
    ),
    (
        "gtsx.dien",
        "Sản xuất điện, điện, khí đốt, nước",
        TY,
        257,
        248.1,
        220.5,
        860,
        640,
        None,
        0,
        "gtsx",
        BRANCH,
    ),
    (
        "gtsx.nuoc",
        "Cung cấp nước, quản lý và xử lý rác thải, nước thải",
        TY,
        54,
        49,
        50.2,
        173,
        140,
        None,
        0,
        "gtsx",
        BRANCH,
    ),
    (
        "ban_le",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
        TY,
        5210,
        5151,
        4561,
        15400,
        13600,
        None,
        0,
        None,
        None,
    ),
    (
        "ban_le.hang_hoa",
        "Tổng mức bán lẻ hàng hoá",
        TY,
        3819,
        3791,
        3260,
        11290,
        9900,
        None,
        0,
        "ban_le",
        None,
    ),
    (
        "ban_le.dich_vu",
        "Doanh thu dịch vụ",
        TY,
        1391,
        1360,
        1301,
        4110,
        3700,
        None,
        0,
        "ban_le",
        None,
    ),
    (
        "xuat_khau",
        "Kim ngạch xuất khẩu",
        USD,
        1822.5,
        1673.0,
        1522.4,
        4985.3,
        4300.1,
        None,
        1,
        None,
        None,
    ),
    (
        "nhap_khau",
        "Kim ngạch nhập khẩu",
        USD,
        1447.2,
        1336.0,
        1440.0,
        3950.6,
        3700.2,
        None,
        1,
        None,
        None,
    ),
]

# Sections of Section I after the figures (numbered 4, 5, … in the report).
S4 = "Công tác quản lý Công nghiệp"
S5 = "Công tác quản lý Năng lượng"
S6 = "Công tác Kỹ thuật an toàn - Môi trường"
S7 = "Công tác quản lý Thương mại"
S8 = (
    "Công tác quản lý Xuất nhập khẩu, hội nhập kinh tế quốc tế, thương mại điện tử và chuyển đổi số"
)
S9 = "Công tác Khuyến công, Xúc tiến thương mại và Tiết kiệm năng lượng"
S10 = "Công tác Cải cách hành chính, kiểm soát TTHC"

# Mục, Cấp (0 plain, 1 "- ", 2 "+ "), Nội dung
ACTIVITIES = [
    (
        S4,
        1,
        "Thực hiện thu thập thông tin, xây dựng báo cáo thống kê định kỳ về giá trị sản xuất công nghiệp.",
    ),
    (
        S4,
        1,
        "Tham gia ý kiến thẩm định 22 hồ sơ đề nghị chấp thuận chủ trương đầu tư và điều chỉnh dự án đầu tư (trong đó có 11 dự án công nghiệp) trên địa bàn tỉnh; tham gia ý kiến đối với dự thảo Kế hoạch triển khai thực hiện kết luận, kiến nghị của Kiểm toán nhà nước về bảo vệ môi trường đối với các CCN và làng nghề.",
    ),
    (
        S4,
        1,
        "Báo cáo tổng hợp tình hình xử lý hồ sơ đề nghị xác nhận ưu đãi công nghiệp hỗ trợ tại địa phương (Báo cáo Cục Công nghiệp địa phương)",
    ),
    (
        S4,
        1,
        "Tổng hợp ý kiến tham gia của các sở, ngành, thẩm định hồ sơ, tham mưu UBND tỉnh ban hành Quyết định điều chỉnh tiến độ thực hiện dự án đầu tư xây dựng hạ tầng kỹ thuật CCN Nham Sơn, Yên Lư; xin ý kiến các ngành về điều chỉnh tiến độ thực hiện dự án đầu tư xây dựng cụm công nghiệp Hà Thịnh, huyện Hiệp Hòa.",
    ),
    (
        S4,
        1,
        "Hỗ trợ doanh nghiệp đăng ký tham gia chương trình phát triển công nghiệp hỗ trợ năm 2025 của Cục Công nghiệp địa phương.",
    ),
    (
        S4,
        1,
        "Tổ chức hội nghị tập huấn tuyên truyền, phổ biến chính sách về quản lý, phát triển cụm công nghiệp.",
    ),
    (
        S4,
        1,
        "Tổng hợp, xây dựng Báo cáo Tình hình thực hiện đầu tư xây dựng hạ tầng cụm công nghiệp trên địa bàn tỉnh từ ngày 25/02/2024 đến ngày 25/03/2024 (báo cáo Chủ tịch UBND tỉnh).",
    ),
    (
        S5,
        1,
        "Tham mưu trình Chủ tịch UBND tỉnh Bắc Giang triển khai Chỉ thị số 05/CT-TTg ngày 14/02/2024 của Thủ tướng Chính phủ.",
    ),
    (
        S5,
        1,
        "Kiểm tra công tác nghiệm thu hoàn thành công trình xây dựng: Nâng công suất MBA T1, T2 TBA 110kV Đồi Cốc, tỉnh Bắc Giang; thông báo kết quả thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở dự án: Trạm biến áp 110kV Tân Hưng và đường dây đấu nối.",
    ),
    (
        S5,
        1,
        "Tham gia ý kiến Tờ trình và dự thảo Nghị định của Chính phủ về phát triển và quản lý nhà ở xã hội. Dự thảo Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Nhà ở năm 2023; dự thảo Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Kinh doanh bất động sản và dự thảo Nghị định về xây dựng, quản lý hệ thống thông tin về nhà ở và thị trường bất động sản; góp ý xây dựng dự thảo Nghị định quy định về cải tạo và xây dựng lại nhà chung cư; tham gia ý kiến Báo cáo trình độ phát triển cơ sở hạ tầng các khu vực dự kiến thành lập phường trực thuộc thị xã Chũ, tỉnh Bắc Giang.",
    ),
    (
        S5,
        1,
        "Tham gia ý kiến thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng dự án: Khu số 1 thuộc Khu đô thị phía Bắc xã Đồng Sơn, thành phố Bắc Giang; Khu 1 khu dân cư mới xã Lãng Sơn, huyện Yên Dũng.",
    ),
    (
        S5,
        1,
        "Tham gia ý kiến thẩm định Dự thảo hồ sơ Chương trình phát triển đô thị Việt Yên, tỉnh Bắc Giang đến năm 2045.",
    ),
    (
        S5,
        1,
        "Báo cáo Cục Điều tiết điện lực về kết quả thực hiện một số nội dung quản lý nhà nước về lĩnh vực điện lực đã được phân cấp của Sở Công Thương Bắc Giang trong năm 2023.",
    ),
    (
        S5,
        1,
        "Báo cáo Chủ tịch UBND tỉnh Bắc Giang việc bàn giao công trình/hạng mục công trình điện tại các dự án khu đô thị, khu dân cư trên địa bàn tỉnh sang Tập đoàn Điện lực Việt Nam quản lý.",
    ),
    (
        S5,
        1,
        "Chủ trì buổi làm việc kiểm điểm về tiến độ đầu tư hạ tầng lưới điện cấp điện cho Khu công nghiệp Yên Lư, huyện Yên Dũng.",
    ),
    (
        S5,
        1,
        "Phối hợp với các Sở, Ban, ngành, đoàn thể và các đơn vị sản xuất, kinh doanh trong lĩnh vực Công Thương tổ chức triển khai các hoạt động hưởng ứng Chiến dịch Giờ Trái đất năm 2024 do Bộ Công Thương tổ chức.",
    ),
    (
        S5,
        1,
        "Xây dựng báo cáo sử dụng năng lượng, định mức tiêu hao năng lượng và cập nhật danh sách cơ sở sử dụng năng lượng trọng điểm trên địa bàn tỉnh Bắc Giang năm tham gia ý kiến thẩm định Chương trình phát triển đô thị thị trấn Vôi, huyện Lạng Giang, tỉnh Bắc Giang; báo cáo kết quả thực hiện tiết kiệm điện năm 2023 và kế hoạch sử dụng năm 2024.",
    ),
    (
        S5,
        1,
        "Tham gia ý kiến thẩm định hồ sơ Nhiệm vụ Quy hoạch: phân khu đô thị số 02 thị xã Việt Yên, tỷ lệ 1.2000; phân khu đô thị số 03 thị xã Việt Yên, tỷ lệ 1/2.000; phân khu xây dựng thuộc phân khu số 1, phân khu số 2, đô thị Chũ, tỉnh Bắc Giang (tỷ lệ 1/2.000).",
    ),
    (
        S6,
        1,
        "Xây dựng và ban hành các báo cáo: Số 47/BC-SCT ngày 22/02/2024 về thông tin bộ chỉ số đánh giá kết quả bảo vệ môi trường của tỉnh Bắc Giang năm 2023, trong đó báo cáo kết quả thực hiện chỉ số về tỷ lệ cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn kỹ thuật môi trường và chỉ số về Sản lượng điện sản xuất từ năng lượng tái tạo (kWh); số 53/BC-SCT ngày 27/02/2024 về kết quả thực hiện công tác phòng, chống tác hại của rượu bia năm 2023, trong đó báo cáo Hoạt động thông tin, giáo dục, truyền thông về PCTHRB, Thực hiện quy định địa điểm không uống rượu, bia; Quản lý việc khuyến mại, quảng cáo rượu, bia; việc tài trợ của tổ chức, cá nhân kinh doanh rượu, bia; công tác quản lý đối với sản xuất và kinh doanh rượu, bia; số 55/BC-SCT ngày 28/02/2024 về tình hình ứng dụng kết quả nghiên cứu KH&CN và đề xuất nhiệm vụ KH&CN năm 2025 thực hiện “Chương trình KH&CN trọng điểm cấp quốc gia phục vụ đổi mới, hiện đại hóa công nghệ khai thác và chế biến khoáng sản đến năm 2025” trên địa bàn tỉnh Bắc Giang; số 46/BC-SCT ngày 20/02/2024 về Kết quả công tác phối hợp kiểm soát các hoạt động hợp pháp liên quan đến ma túy năm 2023, trong đó báo cáo về kết quả công tác phối hợp trao đổi thông tin, quản lý cấp giấy chứng nhận đủ điều kiện, tuyên truyền phổ biến pháp luật, công tác kiểm tra giám sát và xử lý vi phạm, đề xuất giải pháp thực hiện năm 2024.",
    ),
    (
        S6,
        1,
        "Xây dựng và ban hành Kế hoạch số 22/KH-SCT, ngày 29/02/2024 về Triển khai giám sát mối nguy ô nhiễm thực phẩm của ngành công thương năm 2024, trong đó xây dựng kế hoạch về thời gian thực hiện, địa điểm giám sát mối nguy, đối tượng thực hiện giám sát mối nguy năm 2024; Kế hoạch số 26/KH-SCT ngày 05/3/2024 Triển khai công tác phòng, chống ma túy trong thanh, thiếu niên đến năm 2030, trong đó tập trung công tác tuyên truyền, phổ biến các quy định về công tác phòng, chống ma túy, triển khai công tác quản lý, kiểm tra, kiểm soát đối với các lĩnh vực thuộc thẩm quyền quản lý của ngành; Kế hoạch số 27/KH-SCT ngày 07/3/2024 Triển khai thực hiện Kế hoạch số 16/KH-UBND ngày 26/02/2024 của UBND tỉnh Bắc Giang về phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới.",
    ),
    (
        S6,
        1,
        "Ban hành văn bản số 322/SCT-KT ngày 11/3/2024 về việc tổng hợp kết quả thực hiện Quy chế phối hợp quản lý ngành, nghề đầu tư kinh doanh có điều kiện về ANTT trên địa bàn tỉnh Quý I năm 2024, trong đó báo cáo kết quả thực hiện về vật liệu nổ công nghiệp và kinh doanh khí LPG.",
    ),
    (
        S6,
        1,
        "Xây dựng và ban hành Báo cáo số 61/BC-SCT ngày 11/3/2024 về Kết quả thực hiện Chỉ thị số 05/CT-TTg ngày 05/5/2021 của Ban thường vụ tỉnh uỷ về nâng cao năng lực công tác y tế dự phòng, đáp ứng yêu cầu trong tình hình mới trên địa bàn tỉnh Bắc Giang, trong đó báo cáo về công tác phối hợp giữa các ngành và các địa phương trong công tác đảm bảo an toàn thực phẩm, kiểm soát an toàn thực phẩm dựa trên việc xây dựng, phát triển các mô hình chuỗi cung ứng thực phẩm an toàn và truy xuất nguồn gốc thực phẩm; tăng cường thanh tra, kiểm tra chuyên ngành và liên ngành tại các cơ sở sản xuất, kinh doanh và chế biến thực phẩm.",
    ),
    (
        S6,
        1,
        "Xây dựng và ban hành Báo cáo số 63/BC-SCT ngày 13/3/2024 về chấp hành pháp luật về công tác an toàn PCCC và CNCH của Sở Công Thương.",
    ),
    (
        S6,
        1,
        "Xây dựng và ban hành Kế hoạch số 30/KH-SCT ngày 13/3/2024 về Tổ chức Tháng hành động về An toàn, vệ sinh lao động năm 2024; với mục đích nâng cao nhận thức và sự tuân thủ pháp luật về ATVSLĐ cho người lao động (NLĐ), người sử dụng lao động (NSDLĐ) trong toàn chuỗi cung ứng sản xuất và dịch vụ; đồng thời đẩy mạnh thực hiện kiểm soát các nguy cơ, rủi ro và biện pháp cải thiện điều kiện làm việc; chăm sóc sức khỏe người lao động, hạn chế tai nạn lao động, bệnh nghề nghiệp đảm bảo sự ổn định và phát triển bền vững trong hoạt động sản xuất kinh doanh.",
    ),
    (
        S6,
        1,
        "Xây dựng Báo cáo số 67/BC-SCT ngày 14/3/2024 về tiến độ thực hiện Đề án “Nâng cao năng lực, hiệu quả công tác phòng, chống tội phạm và tệ nạn ma túy trên địa bàn tỉnh, giai đoạn 2021-2025” tháng 3 năm 2024.",
    ),
    (
        S6,
        1,
        "Thẩm định và Cấp Giấy chứng nhận đủ điều kiện sản xuất và kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp cho Công ty Cổ phần Hóa chất Hưng Phát Hà Bắc.",
    ),
    (
        S6,
        1,
        "Tiến hành thẩm định thực tế cơ sở lưu chứa hóa chất của Công ty TNHH Hwabaek Engineering Việt Nam theo văn bản đề nghị phối hợp của Sở Công Thương Bắc Ninh.",
    ),
    (
        S6,
        1,
        "Tiếp nhận 06 bản tự công bố sản phẩm của 02 doanh nghiệp sản xuất thực phẩm của ngành công thương quản lý; tiếp nhận bản công bố sản phẩm dệt may của Công ty TNHH SX và TM Thời trang Hà An; địa chỉ trụ sở chính: TDP Thượng, phường Bích Động, thị xã Việt Yên, tỉnh Bắc Giang.",
    ),
    (
        S7,
        1,
        "Tiếp tục theo dõi diễn biến tình hình cung cầu, giá cả hàng hóa, thị trường gắn triển khai thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, chủ động có phương án, tham mưu đề xuất báo cáo UBND tỉnh, Bộ Công Thương chỉ đạo thực hiện các biện pháp nhằm ổn định thị trường, không để xảy ra mất cân đối cung cầu hàng hóa, nhất là hàng hóa thiết yếu.",
    ),
    (
        S7,
        1,
        "Triển khai các hoạt động tuyên truyền hưởng ứng ngày Quyền của người tiêu dùng Việt Nam năm 2024 theo Kế hoạch số 202/KH-UBND tỉnh ngày 14/12/2023 của Chủ tịch UBND tỉnh, cụ thể: Đã tổ chức tuyên truyền lưu động tại các tuyến đường, các chợ và khu vực đông dân cư, đông người qua lại tại thành phố Bắc Giang, trong ngày 15/3/2024; tổ chức biên tập nội dung tuyên truyền (sử dụng dưới dạng file MP3) các quy định pháp luật về bảo vệ quyền lợi người tiêu dùng, các khuyến cáo nhằm định hướng cho người tiêu dùng trong thực hiện các giao dịch mua sắm, tiêu dùng để phát trên hệ thống loa truyền thanh các xã, phường, thị trấn; thiết kế, in băng rôn tuyên truyền, cấp phát cho UBND huyện, thành phố, thị xã để tổ chức treo tại 100% các chợ trên địa bàn; ký hợp đồng tuyên truyền Đài Phát thanh và Truyền hình tỉnh để tổ chức tuyên truyền, phổ biến các chính sách pháp luật của Nhà nước liên quan đến lĩnh vực bảo vệ quyền lợi người tiêu dùng, trọng tâm liên quan đến chủ đề năm 2024 “Thông tin minh bạch - Tiêu dùng an toàn” và các nội dung khác về bảo vệ quyền lợi người tiêu dùng.",
    ),
    (
        S7,
        1,
        "Thực hiện thẩm định hồ sơ TTHC: 06 hồ sơ TTHC về cấp mới/cấp sửa đổi bổ sung/cấp lại giấy chứng nhận cửa hàng đủ điều kiện kinh doanh xăng dầu; 01 hồ sơ TTHC về Đăng ký sửa đổi, bổ sung nội dung hoạt động bán hàng đa cấp tại địa phương; kiểm tra công tác nghiệm thu hoàn thành công trình đối với công trình Cửa hàng xăng dầu số 1 Việt Yên của Công ty cổ phần Thương mại Đầu tư Tài chính Toàn Cầu; chấp thuận dừng bán hàng tại 02 cửa hàng bán lẻ xăng dầu.",
    ),
    (
        S8,
        1,
        "Về xuất nhập khẩu, hội nhập kinh tế quốc tế: Đánh giá kết quả thực hiện Thông tư số 27/2014/TT-BCT ngày 04/09/2014 của Bộ trưởng Bộ Công Thương; đánh giá kết quả thực hiện Thông tư số 22/2019/TT-BCT ngày 12/11/2019 của Bộ trưởng Bộ Công Thương; đánh giá kết quả thực hiện Thông tư số 27/2019/TT-BCT ngày 15/11/2019 của Bộ trưởng Bộ Công Thương; cung cấp thông tin cung cấp thông tin liên quan về địa phương và khu công nghiệp tới các nhà đầu tư Hàn Quốc, thông tin tình hình xuất nhập khẩu với Bra-xin; tham gia ý kiến thẩm định hồ sơ đề nghị thực hiện dự án của các nhà đầu tư nước ngoài tại tỉnh Bắc Giang.",
    ),
    (
        S8,
        1,
        "Chuyển đổi số, TMĐT, khuyến mại, hội chợ: Xây dựng và triển khai Kế hoạch hoạt động của Ban chỉ đạo chuyển đổi số Sở Công Thương năm 2024; Báo cáo kết quả công tác chỉ đạo, thực hiện nhiệm vụ trọng tâm chuyển đổi số ngành Công Thương, quý I năm 2024; nhiệm vụ trọng tâm quý II năm 2024; tham gia ý kiến dự thảo Kế hoạch hoạt động của BCĐ chuyển đổi số của tỉnh năm 2024; tham gia góp ý thuyết minh mô hình xã thương mại điện tử Phúc Hòa; tham gia sự kiện chuỗi cung ứng hàng hóa quốc tế 2024; xây dựng hồ sơ đề xuất cấp độ và triển khai phương án bảo đảm ATTT; thẩm định 02 hồ sơ đăng ký thực hiện khuyến mại.",
    ),
    (S9, 1, "Về công tác Khuyến công:"),
    (
        S9,
        2,
        "Hoàn chỉnh hồ sơ đề án để phục vụ công tác ký hợp đồng thực hiện đề án khuyến công quốc gia năm 2024 với Cục Công Thương địa phương.",
    ),
    (
        S9,
        2,
        "Hướng dẫn các cơ sở công nghiệp nông thôn hoàn chỉnh hồ sơ đề án đề nghị hỗ trợ từ nguồn kinh phí khuyến công tỉnh năm 2024; chủ trì xây dựng các đề án khuyến công do Trung tâm chủ trì thực hiện từ nguồn kinh phí khuyến công tỉnh năm 2024.",
    ),
    (
        S9,
        2,
        "Tham mưu xây dựng và hoàn chỉnh dự thảo Kế hoạch sử dụng kinh phí khuyến công tỉnh năm 2024; đề xuất Văn phòng UBND tỉnh, Sở Công Thương và Sở Tài chính xem xét, thẩm định và trình Chủ tịch UBND tỉnh phê duyệt theo quy định.",
    ),
    (
        S9,
        2,
        "Cập nhật thường xuyên đưa các tin, bài, ảnh về hoạt động khuyến công, xúc tiến thương mại, tiết kiệm năng lượng và các lĩnh vực liên quan trên website của đơn vị.",
    ),
    (S9, 1, "Về công tác Xúc tiến thương mại:"),
    (
        S9,
        2,
        "Phối hợp với Đài Phát thanh - Truyền hình Bắc Giang tổ chức sản xuất và phát sóng Tạp chí xúc tiến công thương số 03/2024; phối hợp với Báo Bắc Giang xây dựng chuyên trang thông tin, tuyên truyền, phổ biến các chính sách về Xúc tiến Công Thương trên Báo Bắc Giang và phát hành số 03/2024.",
    ),
    (
        S9,
        2,
        "Duy trì cập nhật thông tin về sản phẩm, hàng hoá của các doanh nghiệp trong tỉnh trên Sàn giao dịch Thương mại điện tử trực tuyến (san24h.vn).",
    ),
    (
        S9,
        2,
        "Tham mưu xây dựng các đề án thuộc Kế hoạch Xúc tiến Thương mại năm 2024 trình Chủ tịch UBND tỉnh phê duyệt.",
    ),
    (
        S9,
        2,
        "Tổ chức đón và làm việc với các đoàn công tác của sở Công Thương Nam Đinh, Hà Nội về trao đổi làm việc và phát triển kết nối giao thương.",
    ),
    (
        S9,
        2,
        "Tổ chức tham gia gian trưng bày, quảng bá giới thiệu và bán sản phẩm nông sản chủ lực, đặc trưng và tiềm năng, sản phẩm OCOP của tỉnh Bắc Giang tại thành phố Hồ Chí Minh (Thực hiện theo Thông báo số 140-TB/BCSĐ ngày 17/01/2024 của BCS Đảng UBND tỉnh-Hội Nhà báo tỉnh).",
    ),
    (
        S9,
        1,
        "Về công tác Tiết kiệm năng lượng: Tổ chức triển khai thực hiện các đề án thuộc Chương trình sử dụng năng lượng tiết kiệm và hiệu quả tỉnh Bắc Giang năm 2024.",
    ),
    (S9, 1, "Về công tác tư vấn:"),
    (
        S9,
        2,
        "Liên hệ, tìm kiếm, ký kết, thực hiện các hợp đồng tư vấn phát triển công nghiệp, thương mại, sử dụng năng lượng tiết kiệm và hiệu quả.",
    ),
    (
        S9,
        2,
        "Tổ chức thực hiện ký hợp đồng kiểm toán năng lượng với Công ty TNHH DYT (Khu công nghiệp Vân Trung, huyện Việt Yên), Công ty TNHH Hosiden Việt Nam (Khu công nghiệp Quang Châu, huyện Việt Yên).",
    ),
    (
        S10,
        0,
        "Thực hiện việc tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa một cửa liên thông tại Trung tâm Hành chính công theo đúng quy định, cụ thể:",
    ),
    (
        S10,
        1,
        "Tháng 3/2024, Sở Công Thương đã tiếp nhận tổng số 2.600 hồ sơ, trong đó: kỳ trước chuyển sang là 4 hồ sơ, trong kỳ là 2.596 hồ sơ; đã trả kết quả 2.595 hồ sơ, trong đó hồ sơ giải quyết trước hạn là: 2.595; đúng hạn là 0 hồ sơ, quá hạn là 0 hồ sơ; hồ sơ đang giải quyết là 5 trong đó: chưa đến hạn là 5, quá hạn là 0 hồ sơ; hồ sơ yêu cầu bổ sung là 0 hồ sơ; hồ sơ trả lại cho tổ chức, cá nhân là 0 hồ sơ; hồ sơ liên thông là 0 hồ sơ, hồ sơ giải quyết dịch vụ công mức độ 3, 4 là 2.596 hồ sơ (đạt tỷ lệ dịch vụ công trực tuyến là 100%). Hồ sơ gửi liên thông Văn phòng UBND tỉnh là 0 hồ sơ.",
    ),
    (
        S10,
        1,
        "Tổng số hồ sơ nhận và trả kết quả qua dịch vụ bưu chính công ích (theo Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ Bưu chính công ích (BCCI)) là 5 hồ sơ.",
    ),
]

# Section II, in order.
TASKS = [
    "Tiếp tục theo dõi diễn biến tình hình cung cầu, giá cả hàng hóa trên thị trường gắn triển khai thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, chủ động có phương án, tham mưu đề xuất báo cáo UBND tỉnh, Bộ Công Thương chỉ đạo thực hiện các giải pháp nhằm bình ổn thị trường, không để xảy ra mất cân đối cung cầu, gây đột biến giá cả; đặc biệt các mặt hàng tiêu dùng thiết yếu để cung ứng cho nhân dân ở các vùng nông thôn, đồng bào dân tộc, miền núi.",
    "Thường xuyên nắm bắt tình hình nguồn cung xăng dầu của các thương nhân phân phối trên địa bàn tỉnh để kịp thời báo cáo Bộ Công Thương chỉ đạo, điều phối, tránh tình trạng gián đoạn nguồn cung; phối hợp với các sở, ngành, địa phương tăng cường kiểm tra việc chấp hành pháp luật trong hoạt động kinh doanh xăng dầu tại các cửa hàng bán lẻ xăng dầu trên địa bàn tỉnh, việc tuân thủ quy định về niêm yết giá và bán hàng đúng giá niêm yết, thời gian đăng ký bán xăng dầu,...; để đảm bảo không thiếu hụt nguồn cung, đáp ứng nhu cầu phục vụ sản xuất, kinh doanh và đời sống nhân dân; kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm theo quy định của pháp luật.",
    "Tiếp tục hướng dẫn các xã trên địa bàn tỉnh hoàn thiện tiêu chí nông thôn mới, nông thôn mới nâng cao năm 2024; Tham mưu thẩm định mức độ đạt các tiêu chí xã nông thôn mới thuộc ngành Công Thương theo đề nghị của các huyện, thành phố.",
    "Thực hiện tham gia ý kiến thẩm định đối với các dự án đầu tư liên quan đến ngành, lĩnh vực trên địa bàn tỉnh theo chức năng; đảm bảo chất lượng và trả kết quả đúng thời gian quy định. Thực hiện giải quyết thủ tục hành chính về thẩm định, đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh, Giấy phép kinh doanh, bán hàng đa cấp… theo quy định.",
    "Thực hiện tham gia thẩm định hồ sơ đề nghị chấp thuận chủ trương đầu tư của các dự án công nghiệp trên địa bàn tỉnh; nắm bắt tình hình sản xuất của các doanh nghiệp, cơ sở sản xuất công nghiệp - tiểu thủ công nghiệp trên địa bàn tỉnh; tiếp tục đôn đốc các chủ đầu tư CCN đầu tư xây dựng hạ tầng CCN.",
    "Tiếp tục đôn đốc chủ đầu tư có tài sản đẩy nhanh tiến độ điều chuyển công trình, hạng mục công trình điện được đầu tư bằng nguồn vốn Nhà nước đã hoàn thành, đưa vào sử dụng đủ điều kiện điều chuyển cho Tập đoàn Điện lực Việt Nam quản lý theo quy định tại Quyết định số 41/2017/QĐ-TTg ngày 15/9/2017 của Thủ tướng Chính phủ; tham mưu UBND tỉnh ban hành văn bản triển khai thực hiện Nghị định số 02/2024/NĐ-CP ngày 10/01/2024 về việc chuyển giao công trình điện là tài sản công sang Tập đoàn Điện lực Việt Nam quản lý.",
    "Tiếp tục bám sát tiến độ các dự án lưới điện truyền tải, phân phối trên địa bàn tỉnh, kịp thời tháo gỡ vướng mắc, khó khăn đảm bảo dự án hoàn thành đóng điện đúng tiến độ; chủ động đôn đốc các chủ đầu tư và UBND các huyện tích cực triển khai công tác giải phóng mặt bằng các dự án các điện đảm bảo tiến độ đề ra; phối hợp với các huyện, thành phố tuyên truyền, phổ biến kiến thức về giá bán điện, an toàn điện, việc thay đổi lịch ghi chỉ số công tơ điện.",
    "Xây dựng kế hoạch tổ chức lớp tập huấn kiến thức về an toàn thực phẩm thuộc ngành công thương quản lý; Tổ chức 01 lớp tập huấn tuyên truyển phổ biến kiến thức pháp luật về an toàn thực phẩm cho các cơ sở sản xuất, kinh doanh thực phẩm thuộc ngành công thương quản lý; xây dựng Kế hoạch thực hiện công tác đảm bảo an toàn thực phẩm dịp Tháng hành động vì chất lượng an toàn thực phẩm năm 2024.",
    "Tổ chức ký hợp đồng thực hiện đề án với các đơn vị thụ hưởng kinh phí khuyến công quốc gia năm 2024, ngay sau khi được Bộ trưởng Bộ Công Thương phê duyệt, Cục Công Thương địa phương giao nhiệm vụ; triển khai thực hiện các đề án khuyến công tỉnh, Kế hoạch xúc tiến thương mại và các đề án thuộc Chương trình sử dụng năng lượng tiết kiệm và hiệu quả tỉnh Bắc Giang năm 2024 ngay sau khi được cấp có thẩm quyền phê duyệt.",
    "Tiếp tục đẩy mạnh công tác cải cách hành chính, kiểm soát TTHC và ứng dụng công nghệ thông tin, áp dụng tiêu chuẩn ISO 9001:2015 trong chỉ đạo điều hành; tăng cường gửi, nhận văn bản điện tử và xử lý công việc trên môi trường mạng.",
    "Tiếp tục duy trì thực hiện tốt Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp; Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy ngày 02/6/2024 về chấn chỉnh tác phong, lề lối làm việc và nâng cao trách nhiệm trong thực thi nhiệm vụ đáp ứng yêu cầu trong tình hình mới; Chỉ thị số 01/CT-UBND ngày 08/01/2020 của Chủ tịch UBND tỉnh về việc tăng cường kỷ luật, kỷ cương hành chính khi thi hành công vụ.",
    "Thực hiện nhiệm vụ khác do Tỉnh ủy, UBND tỉnh, Bộ Công Thương giao./.",
]


def _d(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _n(value: Decimal | None) -> float | int | None:
    """A Decimal as the number Excel stores (an int when whole)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def earlier_months() -> dict[str, list[tuple[object, ...]]]:
    """ChiTieu rows of February 2024 and March 2023, derived from March 2024's figures.

    February's estimate is March's Tháng trước, its year-to-date is March's less
    March's month; March 2023's estimate is March 2024's Cùng kỳ and its
    year-to-date March 2024's Lũy kế cùng kỳ. So the three workbooks agree,
    and March 2024 built with Tháng trước and Cùng kỳ left blank reads the same.
    """
    feb: list[tuple[object, ...]] = []
    mar23: list[tuple[object, ...]] = []
    for code, name, unit, value, prev, same, ytd, ytd_same, plan, dec, parent, group in INDICATORS:
        value_d, prev_d, same_d = _d(value), _d(prev), _d(same)
        ytd_d, ytd_same_d = _d(ytd), _d(ytd_same)
        assert value_d is not None and prev_d is not None and same_d is not None
        assert ytd_d is not None and ytd_same_d is not None
        feb_ytd = ytd_d - value_d
        feb.append(
            (
                code,
                name,
                unit,
                _n(prev_d),
                _n(feb_ytd - prev_d),
                None,
                _n(feb_ytd),
                _n(ytd_same_d - same_d),
                plan,
                dec,
                parent,
                group,
            )
        )
        mar23.append(
            (
                code,
                name,
                unit,
                _n(same_d),
                None,
                None,
                _n(ytd_same_d),
                None,
                None,
                dec,
                parent,
                group,
            )
        )
    return {"2024-02": feb, "2023-03": mar23}


def number_formats(rows: list[tuple[object, ...]]) -> dict[str, str]:
    """ "#,##0" or "#,##0.0" on the value columns (D … I), by each row's Số lẻ."""
    formats = {}
    for r, row in enumerate(rows, start=2):
        fmt = "#,##0" if not row[9] else "#,##0." + "0" * int(str(row[9]))
        formats.update({f"{col}{r}": fmt for col in "DEFGHI"})
    return formats


def workbook(
    month: int,
    year: int,
    info: list[tuple[object, object]],
    iip: list[tuple[object, ...]],
    indicators: list[tuple[object, ...]],
    activities: list[tuple[object, ...]],
    tasks: list[str],
) -> list[NewSheet]:
    return [
        NewSheet(
            THONG_TIN.name, THONG_TIN.headers, [("thang", month), ("nam", year), *info], (24, 100)
        ),
        NewSheet(CHI_SO_SXCN.name, CHI_SO_SXCN.headers, iip, (18, 44, 26, 26, 10, 26, 8, 30)),
        NewSheet(
            CHI_TIEU.name,
            CHI_TIEU.headers,
            [(*row, None, SECTIONS.get(str(row[0]))) for row in indicators],
            (22, 50, 12, 15, 13, 13, 13, 15, 14, 8, 12, 30, 8, 30),
            number_formats=number_formats(indicators),
        ),
        NewSheet(HOAT_DONG.name, HOAT_DONG.headers, activities, (50, 6, 120)),
        NewSheet(
            NHIEM_VU.name,
            NHIEM_VU.headers,
            [(i, text) for i, text in enumerate(tasks, start=1)],
            (6, 120),
        ),
    ]


def build(folder: Path) -> None:
    """Write 2024-03.xlsx (the seed's month), 2024-02.xlsx and 2023-03.xlsx (its history)."""
    folder.mkdir(parents=True, exist_ok=True)
    earlier = earlier_months()
    books = {
        "2024-03": workbook(3, 2024, INFO, IIP, INDICATORS, ACTIVITIES, TASKS),
        # Earlier months hold the figures history needs; their narrative sheets are empty.
        "2024-02": workbook(2, 2024, [], [], earlier["2024-02"], [], []),
        "2023-03": workbook(3, 2023, [], [], earlier["2023-03"], [], []),
    }
    for name, sheets in books.items():
        path = folder / f"{name}.xlsx"
        path.unlink(missing_ok=True)
        write_workbook(path, sheets)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
