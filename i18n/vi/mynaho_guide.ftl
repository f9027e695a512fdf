# mynaho-guide — Tiếng Việt. Thuật ngữ theo shared/docs/glossary.md §A.7. Thuật ngữ tiếng Nhật được ghi
# trong ngoặc để người đọc có thể đối chiếu với thư từ nhận được.

## language
language-name = Tiếng Việt
app-title = Hướng dẫn Thẻ bảo hiểm y tế Myna

## answers
answer-yes = Có
answer-no = Không
answer-unknown = Không biết
answer-insurer-employee = Bảo hiểm y tế của công ty (Kyokai Kenpo, hiệp hội bảo hiểm y tế, hiệp hội tương trợ)
answer-insurer-kokuho = Bảo hiểm y tế quốc dân (Kokuho của thành phố/quận/thị trấn/làng)
answer-insurer-kouki = Chế độ y tế dành cho người từ 75 tuổi (後期高齢者医療制度)

## quick guide (MHLW クイックガイド)
q-has-card = Quý vị có Thẻ My Number không?
q-has-card-help = Thẻ My Number là thẻ nhựa có ảnh khuôn mặt. Thẻ này khác với thẻ thông báo (bằng giấy).
q-registered = Quý vị đã đăng ký sử dụng Thẻ My Number làm thẻ bảo hiểm y tế chưa?
q-registered-help = Thẻ My Number đã đăng ký chính là “Thẻ bảo hiểm y tế Myna” (マイナ保険証). Quý vị sẽ không nhận được thẻ mới.
q-insurer-type = Quý vị đang tham gia bảo hiểm y tế nào?
q-insurer-type-help = Tên cơ quan bảo hiểm (保険者: nơi quản lý bảo hiểm y tế, ví dụ Kyokai Kenpo, hiệp hội bảo hiểm y tế, Kokuho của thành phố/quận/thị trấn/làng) được ghi trên thẻ bảo hiểm cũ hoặc trên giấy tờ quý vị đã nhận.

use-at-reception-title = Hãy sử dụng thử (cách làm thủ tục tiếp nhận tại cơ sở y tế và hiệu thuốc)
use-at-reception-step-1 = Hãy đặt Thẻ My Number lên đầu đọc thẻ tại quầy tiếp nhận.
use-at-reception-step-2 = Hãy xác nhận danh tính bằng nhận dạng khuôn mặt hoặc mã PIN 4 chữ số.
use-at-reception-step-3 = Hãy làm theo hướng dẫn trên màn hình và chọn có đồng ý cung cấp thông tin về thuốc và các thông tin khác hay không.
use-at-reception-step-4 = Vậy là xong thủ tục tiếp nhận. Đừng quên mang thẻ về.

register-title = Hãy đăng ký (cách đăng ký sử dụng làm thẻ bảo hiểm y tế)
register-step-1 = Quý vị có thể đăng ký tại đầu đọc thẻ của cơ sở y tế hoặc hiệu thuốc. Hãy đặt thẻ lên và chọn “Đăng ký” (登録) trên màn hình.
register-step-2 = Quý vị cũng có thể đăng ký bằng ứng dụng Myna Portal (マイナポータル) trên điện thoại thông minh: “Giấy chứng nhận” (証明書) → “Thẻ bảo hiểm y tế” (健康保険証) → “Đăng ký” (登録).
register-step-3 = Quý vị cũng có thể đăng ký tại cây ATM của Seven Bank hoặc tại quầy tiếp nhận ở tòa thị chính / văn phòng quận.
register-step-4 = Nếu thời hạn sử dụng của Giấy chứng nhận điện tử chỉ còn dưới 5 ngày, có thể quý vị sẽ không đăng ký được. Hãy đăng ký sớm.

check-registration-title = Hãy kiểm tra tình trạng đăng ký
check-registration-step-1 = Hãy mở mục “Thẻ bảo hiểm y tế” (健康保険証) trong Myna Portal (マイナポータル) và kiểm tra xem có hiện “Đã đăng ký” (登録済) không.
check-registration-step-2 = Quý vị cũng có thể kiểm tra bằng cách đặt thẻ lên đầu đọc thẻ của cơ sở y tế hoặc hiệu thuốc. Nếu chưa đăng ký, quý vị có thể đăng ký ngay tại đó.
check-registration-step-3 = Nếu chưa đăng ký, hãy đăng ký sử dụng.

apply-for-card-title = Hãy tìm hiểu cách xin cấp Thẻ My Number
apply-for-card-step-1 = Từ khi nộp đơn đến khi nhận thẻ mất khoảng 1–2 tháng.
apply-for-card-step-2 = Nếu có đơn xin cấp thẻ (交付申請書): có thể nộp đơn bằng điện thoại thông minh hoặc máy tính (mã QR), hoặc tại máy chụp ảnh thẻ ngoài phố.
apply-for-card-step-3 = Nếu không có đơn xin cấp thẻ: hãy nhận đơn tại quầy tiếp nhận ở tòa thị chính / văn phòng quận hoặc tải về, rồi nộp đơn qua bưu điện.
apply-for-card-step-4 = Trong khi chờ thẻ, quý vị có thể đi khám bệnh bằng Giấy xác nhận tư cách (資格確認書) do cơ quan bảo hiểm (bảo hiểm y tế mà quý vị đang tham gia) gửi đến. Không cần nộp đơn xin Giấy xác nhận tư cách.

ask-municipality-title = Hãy kiểm tra tình trạng cấp thẻ và hỏi quầy tiếp nhận ở tòa thị chính / văn phòng quận nơi quý vị sống
ask-municipality-step-1 = Hãy kiểm tra xem đã nhận được giấy thông báo cấp thẻ (交付通知書, bưu thiếp) hoặc thư từ tòa thị chính / văn phòng quận chưa.
ask-municipality-step-2 = Nếu không rõ, hãy hỏi tình trạng cấp thẻ tại quầy tiếp nhận ở tòa thị chính / văn phòng quận nơi quý vị sống.
ask-municipality-step-3 = Trong thời gian chưa có Thẻ bảo hiểm y tế Myna, quý vị có thể đi khám bệnh bằng Giấy xác nhận tư cách (資格確認書).

## counter situations
situation-lost-card = Tôi bị mất Thẻ My Number
situation-pin-locked = Mã PIN của tôi bị khóa
situation-reader-failed = Bệnh viện không đọc được thẻ của tôi
situation-certificate-not-arrived = Tôi chưa nhận được Giấy xác nhận tư cách (資格確認書)
situation-turning-75 = Tôi sắp 75 tuổi
situation-changed-insurer = Tôi đổi việc làm hoặc đổi địa chỉ nên bảo hiểm đã thay đổi
situation-unregister = Tôi muốn hủy đăng ký sử dụng
situation-smartphone = Tôi muốn dùng điện thoại thông minh làm Thẻ bảo hiểm y tế Myna

lost-card-title = Khi bị mất Thẻ My Number
lost-card-step-1 = Hãy gọi ngay đến Tổng đài miễn phí My Number (0120-95-0178, chọn số 2 theo hướng dẫn bằng giọng nói) để yêu cầu tạm ngừng thẻ (24 giờ, 365 ngày). Nếu quý vị làm mất điện thoại thông minh đã cài chức năng của thẻ, cũng có thể gọi số này để tạm ngừng.
lost-card-step-2 = Hãy trình báo mất đồ (遺失届) với cảnh sát. Khi xin cấp lại thẻ, quý vị cần tên và số điện thoại của đồn cảnh sát, tên người phụ trách và số tiếp nhận đơn trình báo mất đồ (受理番号). Hãy ghi lại.
lost-card-step-3 = Hãy nộp đơn báo mất (紛失届) tại quầy tiếp nhận ở tòa thị chính / văn phòng quận, và nếu muốn thì xin cấp lại thẻ. Lệ phí là 1.000 yên, mất 1–2 tháng mới nhận được thẻ. Nếu cần gấp, có “cấp thẻ khẩn” (特急発行: cách làm thẻ nhanh; trong vòng 30 ngày kể từ khi nộp đơn báo mất, khoảng 1 tuần, 2.000 yên).
lost-card-step-4 = Trong khi chờ thẻ mới, hãy nộp đơn cho cơ quan bảo hiểm (bảo hiểm y tế mà quý vị đang tham gia) để nhận Giấy xác nhận tư cách (資格確認書) và dùng giấy này khi đi khám bệnh.
lost-card-step-5 = Nếu tìm thấy thẻ, hãy báo cho quầy tiếp nhận ở tòa thị chính / văn phòng quận.

pin-locked-title = Khi mã PIN bị khóa
pin-locked-step-1 = Mã PIN 4 chữ số sẽ bị khóa nếu nhập sai 3 lần liên tiếp.
pin-locked-step-2 = Tại cơ sở y tế và hiệu thuốc, quý vị vẫn dùng được thẻ bằng nhận dạng khuôn mặt hoặc nhờ nhân viên kiểm tra bằng mắt (nhân viên so ảnh trên thẻ với khuôn mặt của quý vị).
pin-locked-step-3 = Để cài đặt lại mã PIN, hãy mang thẻ và giấy tờ tùy thân đến quầy tiếp nhận ở tòa thị chính / văn phòng quận.

reader-failed-title = Khi đầu đọc thẻ không đọc được thẻ
reader-failed-step-1 = Hãy xuất trình Thẻ My Number cùng với màn hình “Thẻ bảo hiểm y tế” (健康保険証) trong Myna Portal trên điện thoại thông minh, hoặc tệp PDF tải về từ màn hình đó.
reader-failed-step-2 = Hoặc hãy xuất trình Thẻ My Number cùng với Thông báo thông tin tư cách (資格情報のお知らせ). Chỉ có Thông báo này thì không thể đi khám bệnh.
reader-failed-step-3 = Nếu không có cả hai, hãy xuất trình Thẻ My Number và điền tờ khai tư cách người được bảo hiểm (被保険者資格申立書) tại quầy tiếp nhận.

kakuninsho-step-why = Lý do chưa nhận được có thể là do đổi địa chỉ, do quý vị vẫn còn Thẻ bảo hiểm y tế Myna dùng được, hoặc do thủ tục bị chậm.
kakuninsho-employee-title = Chưa nhận được Giấy xác nhận tư cách (資格確認書): bảo hiểm y tế của công ty
kakuninsho-employee-step-1 = Hãy hỏi người phụ trách nhân sự hoặc tổng vụ ở nơi làm việc, hoặc hỏi cơ quan bảo hiểm (Kyokai Kenpo, hiệp hội bảo hiểm y tế, hiệp hội tương trợ).
kakuninsho-kokuho-title = Chưa nhận được Giấy xác nhận tư cách (資格確認書): Bảo hiểm y tế quốc dân
kakuninsho-kokuho-step-1 = Hãy hỏi quầy Bảo hiểm y tế quốc dân ở tòa thị chính / văn phòng quận nơi quý vị sống.
kakuninsho-kouki-title = Chưa nhận được Giấy xác nhận tư cách (資格確認書): Chế độ y tế dành cho người từ 75 tuổi
kakuninsho-kouki-step-1 = Hãy hỏi quầy Chế độ y tế dành cho người từ 75 tuổi (後期高齢者医療) ở tòa thị chính / văn phòng quận nơi quý vị sống.
kakuninsho-kouki-step-2 = Từ tháng 8 năm 2026, người không có Thẻ bảo hiểm y tế Myna sẽ nhận Giấy xác nhận tư cách (資格確認書), người có thẻ sẽ nhận Thông báo thông tin tư cách (資格情報のお知らせ). Cách áp dụng cho người từ 85 tuổi trở lên có thể khác nhau tùy liên hiệp khu vực (広域連合).
kakuninsho-unknown-title = Chưa nhận được Giấy xác nhận tư cách (資格確認書): không biết mình thuộc bảo hiểm nào
kakuninsho-unknown-step-1 = Hãy kiểm tra tên cơ quan bảo hiểm (bảo hiểm y tế mà quý vị đang tham gia) trên thẻ bảo hiểm cũ hoặc trên thư đã nhận.
kakuninsho-unknown-step-2 = Nếu không rõ, hãy hỏi quầy tiếp nhận ở tòa thị chính / văn phòng quận nơi quý vị sống.

turning-75-title = Khi đến 75 tuổi
turning-75-step-1 = Khi đến 75 tuổi, quý vị không cần làm thủ tục gì. Việc đăng ký sử dụng làm thẻ bảo hiểm y tế (Thẻ bảo hiểm y tế Myna) vẫn được giữ nguyên.
turning-75-step-2 = Giấy xác nhận tư cách (資格確認書) hoặc Thông báo thông tin tư cách (資格情報のお知らせ) của Chế độ y tế dành cho người từ 75 tuổi sẽ do liên hiệp khu vực (広域連合) gửi đến, thông qua tòa thị chính / văn phòng quận. Chỉ có Thông báo này thì không thể đi khám bệnh. Hãy xuất trình Thông báo cùng với Thẻ bảo hiểm y tế Myna.
turning-75-step-3 = Nếu người sắp 75 tuổi đang tham gia bảo hiểm y tế của công ty, người thân là người phụ thuộc của người đó (người dưới 75 tuổi) cần làm thủ tục tham gia Bảo hiểm y tế quốc dân hoặc bảo hiểm khác.

changed-insurer-title = Khi bảo hiểm thay đổi
changed-insurer-step-1 = Hãy nộp các giấy tờ cần thiết cho cơ quan bảo hiểm mới (bảo hiểm y tế mà quý vị mới tham gia).
changed-insurer-step-2 = Mất khoảng 10 ngày để thông tin trên Thẻ bảo hiểm y tế Myna được cập nhật. Để yên tâm, hãy kiểm tra trên Myna Portal trước khi đi khám.
changed-insurer-step-3 = Nếu đi khám trước khi thông tin được cập nhật, hãy xuất trình Giấy xác nhận tư cách (資格確認書) do cơ quan bảo hiểm mới gửi đến. Nếu chưa nhận được, hãy xuất trình Thẻ My Number và điền tờ khai tư cách người được bảo hiểm (被保険者資格申立書) tại quầy tiếp nhận.

unregister-title = Khi muốn hủy đăng ký sử dụng
unregister-step-1 = Hãy nộp đơn xin hủy cho cơ quan bảo hiểm (bảo hiểm y tế mà quý vị đang tham gia). Bảo hiểm y tế quốc dân của thành phố/quận/thị trấn/làng và Chế độ y tế dành cho người từ 75 tuổi: nộp tại quầy tiếp nhận ở tòa thị chính / văn phòng quận; Hiệp hội Bảo hiểm y tế quốc dân: nộp cho hiệp hội.
unregister-step-2 = Sau khi hủy, cơ quan bảo hiểm sẽ gửi Giấy xác nhận tư cách (資格確認書) cho quý vị.
unregister-step-3 = Quý vị có thể kiểm tra trên Myna Portal xem đã hủy đăng ký chưa.

smartphone-title = Khi dùng điện thoại thông minh làm Thẻ bảo hiểm y tế Myna
smartphone-step-1 = Từ ngày 19 tháng 9 năm 2025, quý vị có thể dùng điện thoại thông minh tại các cơ sở y tế và hiệu thuốc có hỗ trợ (hãy tìm nhãn dán).
smartphone-step-2 = Cài đặt bằng ứng dụng Myna Portal. Cần có Thẻ My Number thật.
smartphone-step-3 = Có cơ sở y tế chưa dùng được điện thoại, vì vậy hãy mang theo cả thẻ.

## what to bring, where to go
bring-card = Thẻ My Number
bring-pin = Mã PIN 4 chữ số (Giấy chứng nhận điện tử dùng để xác thực người dùng)
bring-photo = Ảnh chân dung (để nộp đơn)
bring-id = Giấy tờ tùy thân (bằng lái xe, v.v.)
bring-application-form = Đơn xin cấp thẻ (交付申請書), nếu có
bring-letters = Thư từ tòa thị chính / văn phòng quận hoặc cơ quan bảo hiểm
bring-police-number = Tên và số điện thoại của đồn cảnh sát, tên người phụ trách, số tiếp nhận đơn trình báo mất đồ (受理番号)
bring-oshirase = Thông báo thông tin tư cách (資格情報のお知らせ), nếu có
where-clinic = Quầy tiếp nhận của cơ sở y tế hoặc hiệu thuốc
where-smartphone = Ứng dụng Myna Portal (マイナポータル) trên điện thoại thông minh
where-municipality = Quầy tiếp nhận ở tòa thị chính / văn phòng quận nơi quý vị sống
where-municipality-kokuho = Quầy Bảo hiểm y tế quốc dân ở tòa thị chính / văn phòng quận
where-municipality-kouki = Quầy Chế độ y tế dành cho người từ 75 tuổi ở tòa thị chính / văn phòng quận
where-police = Đồn cảnh sát hoặc bốt cảnh sát (koban)
where-insurer = Cơ quan bảo hiểm (bảo hiểm y tế của công ty, Kokuho của thành phố/quận/thị trấn/làng, v.v.)
where-employer = Người phụ trách nhân sự hoặc tổng vụ ở nơi làm việc

## hotlines (rules file)
hotline-general = Tổng đài miễn phí My Number (tiếng Nhật)
hotline-general-hours = Ngày thường 9:30–20:00; thứ Bảy, Chủ nhật, ngày lễ 9:30–17:30 (tạm ngừng thẻ do bị mất hoặc bị trộm: 24 giờ, 365 ngày)
hotline-foreign-system = Tổng đài tiếng nước ngoài về My Number (chế độ, Myna Portal)
hotline-foreign-system-hours = Ngày thường 9:30–20:00; thứ Bảy, Chủ nhật, ngày lễ 9:30–17:30
hotline-foreign-card = Tổng đài tiếng nước ngoài về My Number (thẻ, Giấy chứng nhận điện tử, mất thẻ)
hotline-foreign-card-hours = Tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Tây Ban Nha, tiếng Bồ Đào Nha: 8:30–20:00; tiếng Thái, tiếng Nepal, tiếng Indonesia, tiếng Việt, tiếng Tagalog: 9:00–18:00

## dated facts (rules file)
fact-legacy-cards-ended = Thẻ bảo hiểm y tế cũ chỉ dùng được đến hết ngày 1 tháng 12 năm 2025 (từ ngày 2 tháng 12 không dùng được nữa).
fact-legacy-kouki-ended = Thẻ bảo hiểm của Chế độ y tế dành cho người từ 75 tuổi chỉ dùng được đến hết ngày 31 tháng 7 năm 2025 (từ ngày 1 tháng 8 không dùng được nữa).
fact-clinic-tolerance = Đến hết tháng 3 năm 2026 có biện pháp tạm thời: tùy theo quyết định của cơ sở y tế, quý vị có thể được khám bằng thẻ bảo hiểm đã hết hạn hoặc chỉ với Thông báo thông tin tư cách (資格情報のお知らせ).
fact-clinic-tolerance-ended = Biện pháp tạm thời cho phép khám bệnh chỉ với thẻ bảo hiểm đã hết hạn hoặc Thông báo thông tin tư cách (資格情報のお知らせ) được quy định đến cuối tháng 3 năm 2026 (chưa thấy thông báo nào về việc kéo dài biện pháp này).
fact-kouki-blanket = Đến ngày 31 tháng 7 năm 2026, tất cả người tham gia Chế độ y tế dành cho người từ 75 tuổi (後期高齢者医療) đều nhận được Giấy xác nhận tư cách (資格確認書) (biện pháp tạm thời).
fact-kouki-status-based = Từ tháng 8 năm 2026, trong Chế độ y tế dành cho người từ 75 tuổi (後期高齢者医療), người không có Thẻ bảo hiểm y tế Myna sẽ nhận Giấy xác nhận tư cách (資格確認書), người có thẻ sẽ nhận Thông báo thông tin tư cách (資格情報のお知らせ).
fact-kouki-85-plus = Có liên hiệp khu vực (広域連合) thông báo rằng, do chính sách của nhà nước thay đổi, sẽ gửi Giấy xác nhận tư cách (資格確認書) cho tất cả những người từ 85 tuổi trở lên tính đến ngày 1 tháng 8 năm 2026.
fact-reported-by-one = Có thể khác tùy nơi quý vị sống.

## timeline
status-valid = Còn hiệu lực: có thể dùng làm Thẻ bảo hiểm y tế Myna
status-grace = Thời gian ân hạn (khoảng thời gian ngắn sau khi hết hạn): vẫn dùng được làm thẻ bảo hiểm, nhưng thông tin về thuốc và các thông tin khác sẽ không được chuyển đến
status-expired = Hết hạn: không dùng được làm Thẻ bảo hiểm y tế Myna
status-valid-act = Hãy gia hạn chậm nhất là ngày { $date }.
status-grace-act = Hãy gia hạn tại quầy tiếp nhận ở tòa thị chính / văn phòng quận chậm nhất là ngày { $date }.
status-expired-act = Hãy gia hạn tại quầy tiếp nhận ở tòa thị chính / văn phòng quận. Trong thời gian chờ, hãy đi khám bằng Giấy xác nhận tư cách (資格確認書) do cơ quan bảo hiểm gửi đến.
timeline-today = Hôm nay
timeline-card = Thẻ My Number (bản thân thẻ)
timeline-certificate = Giấy chứng nhận điện tử (dùng để xác thực người dùng)
timeline-expiry = Thời hạn sử dụng
timeline-renewal-opens = Bắt đầu nhận gia hạn
timeline-grace-last-day = Ngày cuối của thời gian ân hạn
timeline-registration-cutoff = Hạn chót ước tính để đăng ký sử dụng
timeline-full-function-until = Ngày cuối dùng được mọi chức năng
timeline-usable-until = Ngày cuối dùng được làm Thẻ bảo hiểm y tế Myna
timeline-status = Tình trạng hôm nay
timeline-act-by = Hạn làm thủ tục
timeline-facts = Những điều áp dụng hôm nay
band-valid = Còn hiệu lực
band-renewal = Thời gian gia hạn
band-grace = Ân hạn (chỉ dùng làm thẻ bảo hiểm)
band-expired = Hết hạn
warning-leap-day-birthday = Với người sinh ngày 29 tháng 2, vào năm không nhuận, ngày sinh nhật được tính là ngày 28 tháng 2. Hãy kiểm tra ngày ghi trên thẻ.
warning-computed-not-printed = Thời hạn sử dụng của thẻ là ngày được tính toán. Ngày in trên thẻ mới là ngày chính xác.
printed-dates-prevail = Ngày ghi trên thẻ và trên thư được ưu tiên.

## fields (named in error messages)
field-today = Ngày hôm nay (--today)
field-born = Ngày sinh (--born)
field-card-expiry = Thời hạn sử dụng của thẻ (--card-expiry)
field-card-issued = Ngày cấp thẻ (--card-issued)
field-applied = Ngày nộp đơn (--applied)
field-cert-expiry = Thời hạn sử dụng của Giấy chứng nhận điện tử (--cert-expiry)
field-cert-issued = Ngày cấp Giấy chứng nhận điện tử (--cert-issued)

## errors
date-error-empty = { $field }: chưa nhập ngày.
date-error-unrecognised = { $field }: không đọc được “{ $input }” như một ngày.
date-error-month = { $field }: không có tháng { $month }.
date-error-day = { $field }: không có ngày { $day }/{ $month }/{ $year }.
date-error-era-unknown = { $field }: không dùng được niên hiệu “{ $era }” (明治 Meiji, 大正 Taisho, 昭和 Showa, 平成 Heisei, 令和 Reiwa).
date-error-outside-era = { $field }: niên hiệu { $era } kéo dài từ { $first } đến { $last }.
date-error-before-era = { $field }: { $era } bắt đầu từ { $first }.
date-accepted-forms = Cách viết có thể dùng: 2026-03-15, 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, S25.10.10 (chấp nhận cả ký tự full-width)
timeline-error-born-needed = Cần có { $field } để tính thời hạn sử dụng từ ngày cấp.
timeline-error-before-birth = { $field } sớm hơn ngày sinh.
timeline-error-applied-after-issue = { $field } muộn hơn ngày cấp thẻ.
timeline-error-card-needed = Hãy nhập thời hạn sử dụng của thẻ (--card-expiry) hoặc ngày cấp thẻ (--card-issued).
guide-error-data = Dữ liệu hướng dẫn bị lỗi: { $detail }
guide-error-situation = Không có tình huống “{ $value }”. Có thể dùng: { $accepted }
guide-error-question = Không có câu hỏi “{ $value }”. Có thể dùng: { $accepted }
guide-error-answer = Không thể trả lời “{ $value }” cho câu hỏi “{ $question }”. Có thể dùng: { $accepted }
rules-error = Không đọc được tệp quy tắc { $file }: { $detail }
lang-error = Không có ngôn ngữ “{ $value }”. Có thể dùng: { $accepted }
answer-format-error = Hãy viết --answer theo dạng KEY=VALUE (khóa=giá trị), ví dụ has-card=yes: “{ $value }”
output-write-error = Không ghi được kết quả ra: { $reason }
no-display = Không có màn hình: hãy dùng phiên làm việc desktop, hoặc dùng các lệnh: mynaho-guide --help
cli-error-unknown-argument = Không có tùy chọn “{ $arg }”.
cli-error-unknown-command = Không có lệnh “{ $value }”. Có thể dùng: { $accepted }
cli-error-did-you-mean = Có phải ý quý vị là { $suggestion }?
cli-error-invalid-value = { $arg }: không dùng được “{ $value }”. Có thể dùng: { $accepted }
cli-error-value-needed = { $arg } cần có giá trị (ví dụ { $example }).
cli-error-number = { $arg }: không dùng được “{ $value }”. Hãy viết số nguyên từ { $min } đến { $max } (ví dụ { $example }).
cli-error-missing = Cần ghi thêm { $arg } (ví dụ { $example }).
cli-error-requires = { $arg } chỉ dùng được cùng với { $needed } (ví dụ { $example }).
cli-error-conflict = Không thể dùng { $arg } và { $other } cùng lúc: hãy chỉ ghi một trong hai.
cli-error-repeated = { $arg } được ghi 2 lần trở lên: hãy chỉ ghi 1 lần.
cli-error-not-utf8 = { $arg }: không đọc được chữ (hãy dùng UTF-8)
cli-error-window-only = { $arg } dành cho cửa sổ: không dùng được với lệnh { $command }.
cli-error-other = Không đọc được dòng lệnh: { $detail }
cli-error-help = Để xem các tùy chọn: { $command }
answer-repeated = --answer { $key } được ghi 2 lần trở lên: 1 câu hỏi chỉ có 1 câu trả lời.
answer-not-asked = --answer { $key } sẽ không được dùng: với các câu trả lời này, hướng dẫn không hỏi câu này (các bước đã qua: { $path }).
sheet-error-card-needed = { $arg } chỉ dùng được cùng với thời hạn sử dụng của thẻ (--card-expiry) hoặc ngày cấp thẻ (--card-issued): hãy ghi thêm một trong hai (ví dụ --card-expiry 2031-03-15).

## command-line text output
cli-outcome = Kết quả
cli-question = Câu hỏi
cli-choices = Câu trả lời
cli-steps = Việc cần làm
cli-bring = Đồ cần mang
cli-where = Nơi cần đến
cli-call = Gọi điện

## sheet
sheet-title = Thẻ bảo hiểm y tế Myna (マイナ保険証) của quý vị
sheet-name-line = { $name } 様
sheet-card-expiry = Thời hạn sử dụng của Thẻ My Number: { $date }
sheet-cert-expiry = Thời hạn sử dụng của Giấy chứng nhận điện tử (電子証明書): { $date }
sheet-timeline-card = Những việc sắp tới (theo thời hạn sử dụng của Thẻ My Number)
sheet-timeline-cert = Những việc sắp tới (theo thời hạn sử dụng của Giấy chứng nhận điện tử)
sheet-dates-until = đến { $date }
sheet-dates-range = từ { $from } đến { $to }
sheet-dates-from = từ { $date }
sheet-todo-wait = Hiện tại chưa cần làm thủ tục gì. Việc nhận gia hạn bắt đầu từ ngày { $date }.
sheet-todo-letter = Khi gần đến thời hạn sử dụng, quý vị sẽ nhận được Thông báo thời hạn sử dụng (有効期限通知書) trong phong bì màu xanh dương. Khi nhận được, hãy làm thủ tục gia hạn.
sheet-todo-card-3 = Gia hạn do hết thời hạn thì miễn phí. Khi nộp đơn cần có ảnh.
sheet-todo-cert-2 = Hãy mang theo Thẻ My Number và mã PIN 4 chữ số.
sheet-todo-cert-3 = Nếu gia hạn trong thời gian ân hạn (khoảng thời gian ngắn sau khi hết hạn), quý vị không cần đăng ký sử dụng làm thẻ bảo hiểm y tế lại từ đầu.
sheet-todo-expired-1 = Tại quầy tiếp nhận ở tòa thị chính / văn phòng quận, hãy gia hạn Giấy chứng nhận điện tử hoặc xin cấp thẻ mới.
sheet-todo-expired-2 = Sau khi gia hạn, hãy đăng ký sử dụng làm thẻ bảo hiểm y tế một lần nữa. Quý vị cũng có thể đăng ký tại đầu đọc thẻ của cơ sở y tế hoặc hiệu thuốc.
sheet-todo-expired-3 = Trong thời gian chờ, hãy đi khám bằng Giấy xác nhận tư cách (資格確認書) do cơ quan bảo hiểm gửi đến. Nếu không nhận được, hãy hỏi cơ quan bảo hiểm.
sheet-contacts-heading = Nơi liên hệ
sheet-contact-languages = Ngôn ngữ hỗ trợ (theo thông tin của J-LIS tại thời điểm { $date }): { $languages }
sheet-contact-insurer = Cơ quan bảo hiểm của quý vị (保険者) hoặc quầy tiếp nhận ở tòa thị chính / văn phòng quận (市区町村の窓口)
sheet-contact-insurer-detail = Hãy hỏi ở đây về Giấy xác nhận tư cách (資格確認書) và bảo hiểm của quý vị. Tên cơ quan bảo hiểm được ghi trên thư gửi đến và trên thẻ bảo hiểm cũ.
sheet-no-hotline = Không có đường dây điện thoại nào nói tiếng của quý vị. Hãy gọi đường dây tiếng Nhật (0120-95-0178) cùng với người nói được tiếng Nhật.
sheet-no-hotline-show = Hãy cho nhân viên xem đoạn này. Nội dung: "Người này không nói đủ tiếng Nhật và không có đường dây điện thoại nào nói tiếng của họ. Xin hãy giúp làm thủ tục."
sheet-footer = Quy định { $version } (tại thời điểm { $reviewed }) · in ngày { $date }
sheet-error = Không thể tạo tờ giải thích: { $reason }
sheet-saved = Đã lưu tờ giải thích: { $path }
sheet-save-error = Không thể lưu tờ giải thích ({ $path }): { $reason }
sheet-error-guide-incomplete = Vẫn còn câu hỏi trong hướng dẫn chưa được trả lời: { $question }
print-job-accepted = Máy in đã nhận lệnh in ({ $job }).
print-pdf-kept = Tệp PDF được giữ tại đây; quý vị có thể lưu lại hoặc in bằng máy in khác: { $path }
print-error-not-installed = Chưa cài đặt hệ thống in (CUPS).
print-error-no-scheduler = Hệ thống in (CUPS) không hoạt động.
print-error-no-printer = Chưa thiết lập máy in nào.
print-error-no-default = Có nhiều máy in nhưng chưa có máy in mặc định. Hãy chọn bằng --printer.
print-error-unknown-printer = Không có máy in tên "{ $printer }".
print-error-refused = Máy in không nhận lệnh in: { $reason }
print-error-temp-file = Không thể lưu tệp PDF để in: { $reason }
printers-default = (mặc định)
printers-no-default = Chưa có máy in mặc định.

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = Trang đầu
gui-top-settings = Cỡ chữ và cài đặt
gui-back = ← Quay lại
gui-restart = Làm lại từ đầu
gui-language = Ngôn ngữ (Language / ことば)
gui-home-title = Dùng Thẻ My Number khi đi khám bệnh
gui-home-intro = Hướng dẫn này chỉ cho quý vị từng bước cách dùng Thẻ My Number làm thẻ bảo hiểm y tế, tức là Thẻ bảo hiểm y tế Myna (マイナ保険証).
gui-home-guide = Trả lời vài câu hỏi
gui-home-guide-explain = Trả lời "có" hoặc "không" để biết cần làm gì ở quầy tiếp nhận.
gui-home-dates = Kiểm tra thời hạn sử dụng của thẻ
gui-home-dates-explain = Từ ngày sinh và các ngày trên thẻ: thẻ dùng được đến khi nào, khi nào cần làm thủ tục.
gui-home-problem = Tôi gặp vấn đề
gui-home-problem-explain = Chọn trong các vấn đề thường gặp, như mất thẻ hoặc mã PIN bị khóa.
gui-home-keys = Bàn phím: phím số để chọn, Enter để tiếp tục, Esc để quay lại.
gui-problem-title = Quý vị gặp vấn đề gì?
gui-problem-explain = Hãy chọn mục gần nhất.
gui-guide-step = Câu hỏi { $number }
gui-guide-answer-hint = Nếu không chắc, hãy chọn "Không biết". Quý vị có thể sửa sau.
gui-guide-so-far = Các câu trả lời đến giờ
gui-guide-diagram = Toàn bộ hướng dẫn (chỗ quý vị đang ở được tô màu)
gui-guide-missing = Không đọc được dữ liệu hướng dẫn. Hãy báo cho nhân viên.
gui-outcome-label = Việc cần làm
gui-outcome-review = Kiểm tra và in
gui-outcome-dates = Kiểm tra cả thời hạn sử dụng của thẻ
gui-node-has-card = Có thẻ không?
gui-node-registered = Đã đăng ký sử dụng chưa?
gui-node-use-at-reception = Dùng ở quầy tiếp nhận
gui-node-register = Đăng ký sử dụng
gui-node-check-registration = Kiểm tra đăng ký
gui-node-apply-for-card = Xin cấp thẻ
gui-node-ask-municipality = Hỏi tòa thị chính / văn phòng quận
gui-dates-title = Kiểm tra thời hạn sử dụng của thẻ
gui-dates-forms = Nhập ngày theo cách nào cũng được: 昭和25年10月10日, S25.10.10, 1950-10-10 hoặc số toàn chiều rộng như １９５０年１０月１０日.
gui-dates-placeholder = Nhập ngày vào đây
gui-dates-example = Ngày đọc được sẽ hiện ở đây.
gui-dates-born = Ngày sinh
gui-dates-born-explain = Cần để tính toán. Có ở mặt trước của thẻ.
gui-dates-card = Thẻ My Number
gui-dates-card-expiry = Thời hạn sử dụng của thẻ (in trên thẻ)
gui-dates-card-expiry-explain = Ngày "有効期限" ở mặt trước thẻ. Đây là ngày chính xác nhất.
gui-dates-card-issued = Ngày cấp thẻ
gui-dates-card-issued-explain = Dùng khi không biết thời hạn sử dụng; thời hạn sẽ được tính từ ngày này (không phải ngày quý vị nhận thẻ).
gui-dates-cert = Giấy chứng nhận điện tử
gui-dates-cert-explain = Giấy chứng nhận điện tử là "bằng chứng đây là quý vị" lưu trong thẻ. Thời hạn sử dụng của nó khác với thẻ, thường là 5 năm một lần.
gui-dates-cert-unknown = Không biết
gui-dates-cert-expiry = Thời hạn sử dụng của Giấy chứng nhận điện tử
gui-dates-cert-issued = Ngày cấp Giấy chứng nhận điện tử (ngày gia hạn)
gui-dates-cert-where = Có ở mặt sau thẻ, trên thông báo trong phong bì màu xanh dương, và trên Myna Portal.
gui-dates-need-card = Nhập ngày của thẻ để xem kết quả.
gui-dates-show = Xem kết quả
gui-dates-edit = Sửa ngày
gui-dates-incomplete = Còn thiếu ngày hoặc không đọc được. Hãy sửa các chỗ chữ đỏ.
gui-rules-missing = Không đọc được dữ liệu quy định. Hãy báo cho nhân viên.
gui-dates-result-title = Kết quả
gui-status-renew-now = Bây giờ đã có thể gia hạn. Làm miễn phí tại quầy tiếp nhận ở tòa thị chính / văn phòng quận.
gui-status-nothing-yet = Bây giờ chưa cần làm gì. Khi gần đến thời hạn sử dụng, thông báo sẽ được gửi đến trong phong bì màu xanh dương.
gui-status-grace-hurry = Sau ngày đó sẽ không dùng được làm Thẻ bảo hiểm y tế Myna nữa. Trước ngày đó, hãy gia hạn tại quầy tiếp nhận ở tòa thị chính / văn phòng quận nơi quý vị sống.
gui-status-ask-insurer = Nếu không nhận được Giấy xác nhận tư cách (資格確認書), hãy liên hệ cơ quan bảo hiểm (保険者) mà quý vị đang tham gia.
gui-chart-title = Dòng thời gian
gui-key-dates = Các ngày quan trọng
gui-key-card-expiry = Thời hạn sử dụng của thẻ
gui-key-card-renewal = Có thể gia hạn thẻ từ ngày
gui-key-cert-expiry = Thời hạn sử dụng của Giấy chứng nhận điện tử
gui-key-cert-renewal = Có thể gia hạn Giấy chứng nhận điện tử từ ngày
gui-pair = { $label }: { $value }
gui-warnings = Xin lưu ý
gui-review-title = Kiểm tra và in
gui-review-explain = Nếu có chỗ sai, hãy nhấn "Sửa". Quý vị có thể cho nhân viên ở quầy hoặc bệnh viện xem tờ giấy đã in.
gui-review-guide = Câu trả lời của quý vị
gui-review-dates = Ngày
gui-review-not-entered = Chưa nhập
gui-review-edit-guide = Sửa câu trả lời
gui-review-edit-dates = Sửa ngày
gui-review-sheet = Tờ giấy in
gui-review-sheet-explain = In chỉ bằng tiếng Nhật, hoặc tiếng Nhật bên cạnh một ngôn ngữ khác.
gui-sheet-ja-only = Chỉ tiếng Nhật
gui-review-large-print = In chữ to
gui-review-copies = bản
gui-review-name = Họ tên (in trên tờ giấy; có thể để trống)
gui-review-name-explain = Họ tên không được lưu ở bất cứ đâu.
gui-review-print = In
gui-review-save = Lưu thành PDF
gui-review-no-save-kiosk = Máy này không lưu được (vẫn in được).
gui-print-working = Đang chuẩn bị…
gui-tell-staff = Hãy báo cho nhân viên.
gui-settings-title = Cỡ chữ và cài đặt
gui-settings-size = Cỡ chữ
gui-settings-size-explain = Mọi thứ trên màn hình sẽ to hơn. Cũng có thể dùng Ctrl với + hoặc −.
gui-settings-contrast = Màu màn hình
gui-settings-contrast-explain = Nếu khó đọc, hãy chọn "Tương phản cao": chữ trắng trên nền đen.
gui-settings-contrast-normal = Bình thường
gui-settings-contrast-high = Tương phản cao (trắng trên đen)
gui-idle-countdown = Đã lâu không có ai chạm vào màn hình. Sẽ quay về trang đầu sau { $seconds } giây
gui-idle-explain = Mọi thứ đã nhập sẽ bị xóa. Hãy chạm vào màn hình để tiếp tục.
gui-idle-continue = Tiếp tục

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = Cần kiểm tra: thời hạn sử dụng chưa chắc chắn
status-check-act = Trước hết, hãy kiểm tra thời hạn sử dụng thực tế.
status-expired-card = Thẻ My Number (bản thân thẻ) đã quá thời hạn sử dụng (ngày { $date }).
status-expired-cert = Giấy chứng nhận điện tử (電子証明書) đã quá thời hạn sử dụng (ngày { $date }).
check-card-ambiguous = Tùy theo ngày nộp đơn, thời hạn sử dụng của thẻ là ngày { $early } hoặc ngày { $late }. Hãy xem ngày in ở mặt trước của thẻ.
check-cert-renewal = Tùy theo việc quý vị có gia hạn sớm hay không, thời hạn sử dụng của Giấy chứng nhận điện tử là ngày { $early } hoặc ngày { $late }.
check-cert-assumed = Nếu Giấy chứng nhận điện tử chưa từng được gia hạn, thời hạn sử dụng là ngày { $date }. Nếu đã gia hạn, thời hạn sẽ muộn hơn.
check-usable-if-earliest = Nếu ngày sớm hơn là đúng, thẻ dùng được làm Thẻ bảo hiểm y tế Myna đến hết ngày { $date }.
check-how = Cách kiểm tra: màn hình Myna Portal (マイナポータル), thông báo trên đầu đọc thẻ ở cơ sở y tế hoặc hiệu thuốc, Thông báo thời hạn sử dụng (有効期限通知書) do J-LIS gửi (đến khoảng 2–3 tháng trước thời hạn), hoặc quầy tiếp nhận ở tòa thị chính / văn phòng quận nơi quý vị sống.
warning-card-application-date-needed = Vì không biết ngày nộp đơn (ngày tiếp nhận đơn), thẻ có thể có 2 thời hạn sử dụng khác nhau. Hãy nhập thời hạn sử dụng in trên thẻ để có ngày chính xác.
warning-certificate-renewal-unknown = Nếu Giấy chứng nhận điện tử này được gia hạn trong khoảng từ 3 tháng trước thời hạn của giấy cũ đến thời hạn đó, thời hạn sử dụng sẽ dài thêm 1 năm. Hãy kiểm tra xem trường hợp nào đúng.
warning-certificate-assumed = Vì chưa nhập ngày của Giấy chứng nhận điện tử, đã tính với giả định giấy được cấp cùng với thẻ và chưa từng được gia hạn. Quý vị có thể kiểm tra thời hạn sử dụng thực tế trên Myna Portal (マイナポータル), trên đầu đọc thẻ ở cơ sở y tế hoặc hiệu thuốc, trong Thông báo thời hạn sử dụng (有効期限通知書) do J-LIS gửi, hoặc tại quầy tiếp nhận ở tòa thị chính / văn phòng quận.
warning-certificate-after-card = Thời hạn sử dụng của Giấy chứng nhận điện tử muộn hơn thời hạn sử dụng đã tính của thẻ. Hãy kiểm tra thời hạn sử dụng in trên thẻ.
warning-residence-no-reminder = Thời hạn sử dụng của thẻ được xác định theo ngày hết hạn lưu trú. Sau khi gia hạn hoặc thay đổi thời hạn lưu trú (在留期間), trước thời hạn cũ, hãy mang Thẻ lưu trú (在留カード) mới, Thẻ My Number và mã PIN 4 chữ số đến quầy tiếp nhận ở tòa thị chính / văn phòng quận để thay đổi thời hạn sử dụng của thẻ. Sẽ không có thư thông báo. Giấy chứng nhận điện tử cũng sẽ được cấp lại.
dispute-card-grace-months = Một số địa phương cho thời gian ân hạn 3 tháng sau khi bản thân thẻ hết hạn. Ở đây tính theo mức ngắn hơn là 2 tháng.
dispute-renewal-opens = Một số địa phương bắt đầu nhận gia hạn từ “ngày hôm sau của mốc 3 tháng trước thời hạn”.
timeline-expiry-either = { $early } hoặc { $late }
timeline-basis = Căn cứ của ngày
basis-entered = ngày đã nhập
basis-computed = ngày được tính toán
basis-ambiguous = có thể là 2 ngày (tính theo ngày sớm hơn)
basis-assumed = giả định (chưa nhập ngày)
timeline-limited-by-residence = Thời hạn sử dụng được xác định theo ngày hết hạn lưu trú
timeline-apply-by = Hạn xin cấp thẻ mới
timeline-renew-by = Hạn gia hạn Giấy chứng nhận điện tử
sheet-card-expiry-either = Thời hạn sử dụng của Thẻ My Number: { $early } hoặc { $late } (cần kiểm tra)
sheet-cert-expiry-either = Thời hạn sử dụng của Giấy chứng nhận điện tử (電子証明書): { $early } hoặc { $late } (cần kiểm tra)
sheet-after-that = Sau đó: { $title }
sheet-todo-check-1 = Hãy kiểm tra thời hạn sử dụng thực tế. Nếu sắp hết hạn hoặc đã hết hạn, hãy gia hạn tại quầy tiếp nhận ở tòa thị chính / văn phòng quận.
sheet-todo-card-apply = Hãy xin cấp thẻ mới trong khoảng từ ngày { $from } đến ngày { $to } (qua bưu điện, bằng điện thoại thông minh, tại máy chụp ảnh thẻ ngoài phố, hoặc tại quầy tiếp nhận ở tòa thị chính / văn phòng quận). Mất khoảng 1–2 tháng mới nhận được thẻ.
sheet-todo-card-gap = Nếu nộp đơn sau ngày { $date }, hãy xin cơ quan bảo hiểm cấp Giấy xác nhận tư cách (資格確認書) để dùng cho đến khi nhận được thẻ mới.
sheet-todo-cert-by = Hãy gia hạn Giấy chứng nhận điện tử tại quầy tiếp nhận ở tòa thị chính / văn phòng quận nơi quý vị sống chậm nhất là ngày { $date }. Làm xong trong ngày và miễn phí.
sheet-todo-residence = Sau khi gia hạn thời hạn lưu trú, hãy thay đổi thời hạn sử dụng của thẻ tại quầy tiếp nhận ở tòa thị chính / văn phòng quận trước ngày { $date }.
timeline-error-after-today = { $field } muộn hơn ngày hôm nay.
timeline-error-before-first-card = { $field }: trước ngày 5 tháng 10 năm 2015 chưa có Thẻ My Number. Hãy kiểm tra lại ngày.
timeline-error-cert-before-card = Ngày cấp Giấy chứng nhận điện tử sớm hơn ngày cấp thẻ. Hãy kiểm tra lại các ngày.
timeline-error-cert-after-card = Thời hạn sử dụng của Giấy chứng nhận điện tử muộn hơn thời hạn sử dụng của thẻ. Hãy kiểm tra lại một trong hai ngày.
date-error-year-range = { $field }: không nhập được năm { $year } (chỉ từ năm 1868 đến năm 2200). Ví dụ: 1950-10-10
field-cert-renewal = Gia hạn sớm (--cert-renewal)
field-residence-until = Ngày hết hạn lưu trú (--residence-until)
gui-dates-applied = Ngày nộp đơn (ngày tiếp nhận đơn)
gui-dates-applied-explain = Tùy theo ngày nộp đơn, thẻ có thể có 2 thời hạn sử dụng khác nhau. Nếu biết, quý vị hãy nhập ngày này. Nếu không biết, hãy nhập thời hạn sử dụng in trên thẻ.
gui-dates-renewal-question = Quý vị có gia hạn trước khi hết hạn không?
gui-dates-renewal-explain = Chọn “Có” nếu quý vị đã gia hạn trong khoảng từ 3 tháng trước thời hạn của Giấy chứng nhận điện tử cũ đến thời hạn đó. Khi đó thời hạn sử dụng dài thêm 1 năm.
gui-dates-foreign = Người nước ngoài có thời hạn lưu trú (Thẻ lưu trú có ghi thời hạn)
gui-dates-residence = Ngày hết hạn lưu trú
gui-dates-residence-explain = Là “thời hạn lưu trú (ngày hết hạn)” (在留期間（満了日）) ghi trên Thẻ lưu trú (在留カード). Người vĩnh trú (永住者), Chuyên gia trình độ cao (高度専門職2号) và Người vĩnh trú đặc biệt (特別永住者) không cần nhập.
band-unsure = Chưa rõ (cần kiểm tra)
sheet-timeline-earliest-note = Biểu đồ được vẽ theo ngày sớm hơn. Hãy kiểm tra thời hạn sử dụng thực tế.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = Máy in "{ $printer }" đang tạm dừng. Hãy báo cho nhân viên.
print-error-rejecting = Máy in "{ $printer }" hiện không nhận lệnh in. Hãy báo cho nhân viên.
print-error-timed-out = Hệ thống in ({ $program }) không phản hồi sau { $seconds } giây. Hãy báo cho nhân viên.
print-error-stuck = Tờ giấy vẫn đang chờ trong hàng đợi của máy in (lệnh in { $job }). Hãy báo cho nhân viên.
print-error-cancelled = Đã hủy việc in.
printers-keeps-job-files = Lưu ý: máy chủ in này được thiết lập để giữ lại dữ liệu của các tài liệu đã in (CUPS PreserveJobFiles). Trên máy ở quầy và máy kiosk, hãy đặt "PreserveJobFiles No".
gui-print-busy = Đang in. Quý vị vui lòng chờ đến khi in xong.
gui-review-dates-invalid = Có ngày cần sửa nên chưa in được tờ giấy. Hãy nhấn "Sửa ngày" để sửa.

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = Hiệp hội Bảo hiểm y tế quốc dân (国民健康保険組合): hiệp hội Kokuho theo ngành nghề, ví dụ Kokuho ngành xây dựng (建設国保), Kokuho của bác sĩ (医師国保)
kakuninsho-kumiai-title = Chưa nhận được Giấy xác nhận tư cách (資格確認書): Hiệp hội Bảo hiểm y tế quốc dân (国民健康保険組合)
kakuninsho-kumiai-step-1 = Hãy hỏi Hiệp hội Bảo hiểm y tế quốc dân mà quý vị đang tham gia. Giấy xác nhận tư cách do hiệp hội gửi đến. Thông tin liên hệ được ghi trên giấy tờ hiệp hội đã gửi cho quý vị.
kakuninsho-meanwhile-mynaho = Nếu cần đi khám trước khi nhận được giấy: nếu Thẻ My Number đã được đăng ký sử dụng làm thẻ bảo hiểm y tế, quý vị có thể dùng thẻ làm Thẻ bảo hiểm y tế Myna. Nếu chưa đăng ký, quý vị có thể đăng ký ngay tại đầu đọc thẻ của cơ sở y tế hoặc hiệu thuốc.
kakuninsho-meanwhile-form = Hoặc hãy xuất trình Thẻ My Number và điền tờ khai tư cách người được bảo hiểm (被保険者資格申立書) tại quầy tiếp nhận.
oshirase-not-alone = Thông báo thông tin tư cách (資格情報のお知らせ) là giấy tờ khác với Giấy xác nhận tư cách (資格確認書). Chỉ có Thông báo này thì không thể đi khám bệnh.
full-cost-risk = Nếu không thể xuất trình Thẻ My Number hay Giấy xác nhận tư cách (資格確認書), quý vị có thể phải trả toàn bộ chi phí y tế (10割).
kakuninsho-70-74 = Người 70–74 tuổi có thể cần xuất trình cả Giấy chứng nhận người cao tuổi được hưởng bảo hiểm (高齢受給者証) cùng với Giấy xác nhận tư cách. Nếu đã nhận được, hãy xuất trình cùng lúc.
kakuninsho-kouki-youhairyo = Người khó sử dụng thẻ (được công nhận cần chăm sóc điều dưỡng hoặc cần hỗ trợ (要介護・要支援), có sổ người khuyết tật (障害者手帳), đang sống trong cơ sở chăm sóc, có người giám hộ thành niên (成年後見), v.v.) có thể nộp đơn xin Giấy xác nhận tư cách (資格確認書). Chỉ cần nộp đơn 1 lần đầu tiên, những lần sau giấy vẫn được gửi đến. Với người đang sống trong cơ sở chăm sóc, nhân viên cơ sở cũng có thể nộp đơn thay.
reader-failed-step-4 = Nếu thẻ bị bẩn hoặc chip IC bị hỏng, đầu đọc sẽ không đọc được thẻ. Hãy liên hệ quầy phụ trách Thẻ My Number ở tòa thị chính / văn phòng quận nơi quý vị sống.
turning-75-ask = Về Chế độ y tế dành cho người từ 75 tuổi (後期高齢者医療), hãy hỏi liên hiệp khu vực của chế độ này (後期高齢者医療広域連合) hoặc quầy phụ trách chế độ này ở tòa thị chính / văn phòng quận. Tổng đài miễn phí My Number là đường dây về thẻ.
where-kouki-union = Liên hiệp khu vực của Chế độ y tế dành cho người từ 75 tuổi (後期高齢者医療広域連合; mỗi tỉnh/thành phố (都道府県) có một liên hiệp)
apply-for-card-not-required = Làm Thẻ My Number không phải là nghĩa vụ. Người không có thẻ sẽ nhận được Giấy xác nhận tư cách (資格確認書) và có thể đi khám bệnh bằng giấy này.
apply-for-card-then-register = Sau khi nhận thẻ, hãy đăng ký sử dụng làm thẻ bảo hiểm y tế. Quý vị cũng có thể đăng ký tại đầu đọc thẻ của cơ sở y tế hoặc hiệu thuốc.
bring-kakuninsho = Giấy xác nhận tư cách (資格確認書), nếu đã nhận được
bring-residence-card = Thẻ lưu trú (在留カード) mới (nếu đơn xin đang được xét: thẻ có đóng dấu “đang xin” (申請中))
situation-residence-period = Thời hạn lưu trú của tôi thay đổi hoặc đã được gia hạn (người có quốc tịch nước ngoài)
residence-period-title = Thẻ My Number của người có thời hạn lưu trú
residence-period-step-1 = Thời hạn sử dụng của thẻ của người có thời hạn lưu trú là ngày hết hạn lưu trú hoặc thời hạn sử dụng thông thường (ngày được xác định theo ngày sinh nhật), tùy ngày nào đến sớm hơn (trừ Người vĩnh trú (永住者), Chuyên gia trình độ cao (高度専門職2号) và Người vĩnh trú đặc biệt (特別永住者)). Quý vị sẽ không nhận được thư thông báo thời hạn.
residence-period-step-2 = Sau khi gia hạn hoặc thay đổi thời hạn lưu trú, trước ngày hết hạn cũ, hãy mang Thẻ lưu trú (在留カード) mới, Thẻ My Number và mã PIN 4 chữ số đến quầy tiếp nhận ở tòa thị chính / văn phòng quận để thay đổi thời hạn sử dụng của thẻ. Thời hạn không tự động thay đổi.
residence-period-step-3 = Vì không thể thay đổi thời hạn sử dụng của Giấy chứng nhận điện tử, quầy sẽ cấp Giấy chứng nhận điện tử mới.
residence-period-step-4 = Nếu chưa có kết quả đơn xin gia hạn lưu trú, hãy đến quầy trước khi thẻ hết hạn: thời hạn sử dụng của thẻ có thể được kéo dài đến 2 tháng sau ngày hết hạn lưu trú, chỉ 1 lần (hãy xuất trình Thẻ lưu trú có đóng dấu “đang xin” (申請中) hoặc màn hình xác nhận đã tiếp nhận đơn xin trực tuyến).
residence-period-step-5 = Khi trở thành người vĩnh trú (永住者) hoặc nhập quốc tịch Nhật Bản, quý vị cũng cần làm thủ tục thay đổi thời hạn sử dụng tại quầy.
residence-period-step-6 = Nếu quý vị có “Thẻ lưu trú đặc định” (特定在留カード: Thẻ lưu trú và Thẻ My Number gộp thành 1 thẻ), hãy hỏi quầy tiếp nhận ở tòa thị chính / văn phòng quận hoặc Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理庁).
fact-kouki-2025-certificates-ended = Giấy xác nhận tư cách (資格確認書) được gửi tạm thời đến tất cả người tham gia Chế độ y tế dành cho người từ 75 tuổi có hiệu lực đến ngày 31 tháng 7 năm 2026 (thời hạn 1 năm, từ tháng 8 đến tháng 7 năm sau). Hãy kiểm tra thời hạn sử dụng ghi trên Giấy xác nhận tư cách của quý vị.

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = Người tiếp theo (xóa dữ liệu đã nhập)
gui-next-person-short = Người tiếp theo
gui-top-settings-short = Cài đặt
gui-more-below = ▼ Còn tiếp (hãy cuộn xuống)
timeline-error-out-of-range = { $field }: hãy nhập ngày trong khoảng từ { $from } đến { $to }. { $example }
example-born = Ví dụ: 1950/10/10
example-card-expiry = Ví dụ: 2031/10/10 (ngày ghi ở mặt trước thẻ)
example-card-issued = Ví dụ: 2021/4/1
example-applied = Ví dụ: 2021/2/15
example-cert-expiry = Ví dụ: 2026/10/10
example-cert-issued = Ví dụ: 2021/4/1
example-residence = Ví dụ: 2027/3/31 (ngày ghi trên Thẻ lưu trú)
gui-dates-missing = Còn ngày chưa nhập hoặc cần sửa: { $fields }
gui-save-cancelled = Đã hủy việc lưu. Chưa lưu gì cả.
gui-chart-summary = Thời gian có thể dùng làm Thẻ bảo hiểm y tế Myna
gui-top-home-short = Trang đầu
sheet-memo = Ghi chú của quầy tiếp nhận (lịch hẹn lần sau, số điện thoại của quầy, v.v.)
## The sheet's first lines (issue 12)
sheet-act-by = Hạn làm thủ tục: { $date } ({ $weekday })
weekday-1 = Thứ Hai
weekday-2 = Thứ Ba
weekday-3 = Thứ Tư
weekday-4 = Thứ Năm
weekday-5 = Thứ Sáu
weekday-6 = Thứ Bảy
weekday-7 = Chủ Nhật
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = Không dùng được tệp cài đặt của địa điểm { $file }: { $detail }
site-check-read = Đã đọc { $file }. Nội dung như sau:
site-check-municipality = Chính quyền địa phương
site-check-window = Quầy tiếp nhận
site-check-telephone = Điện thoại
site-check-hours = Giờ tiếp nhận
site-check-address = Địa chỉ
site-check-closed = Ngày nghỉ (ngoài thứ Bảy, Chủ nhật, ngày lễ và dịp cuối năm, đầu năm mới)
site-check-home-languages = Ngôn ngữ ở Trang đầu
site-check-sheet-languages = Ngôn ngữ của tờ giải thích (ngôn ngữ đầu tiên là mặc định)
site-check-printer = Máy in
site-check-copies = Số bản
site-check-kiosk-idle = Thời gian chờ của kiosk (giây)
site-check-rules-file = Tệp quy tắc
site-check-not-set = (chưa thiết lập)
site-ask-here = Hãy hỏi tại đây: { $window }
site-telephone = Điện thoại: { $number }
site-hours = Giờ tiếp nhận: { $hours }
site-address = Địa điểm: { $address }
rules-stale = Hướng dẫn này là thông tin tại thời điểm { $date }. Quý vị hãy xác nhận thông tin mới nhất tại quầy tiếp nhận.
rules-check-ok = { $file } là tệp quy tắc hợp lệ.
rules-check-version = Phiên bản
rules-check-reviewed-on = Ngày kiểm tra nội dung
rules-check-review-by = Hạn xem xét lại
rules-check-values = Giá trị và nguồn
rules-check-source = Nguồn: { $source } (từ { $from })
gui-about = Về hướng dẫn này
about-version = Phiên bản: { $version }
about-rules = Quy định: { $version } (kiểm tra ngày { $reviewed }, xem xét lại chậm nhất vào { $review_by })
about-privacy = Hoạt động không cần internet. Không bao giờ hỏi số My Number 12 chữ số hay mã PIN của quý vị. Máy kiosk không lưu lại gì cả.
about-fonts = Phông chữ: Noto Sans, Noto Sans CJK JP, Noto Sans Thai, Khmer, Myanmar và Devanagari. SIL Open Font License 1.1
about-program = Chương trình này: { $license }
about-sources = Nguồn

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = Đọc to
speech-stop = Dừng
speech-preparing = Đang chuẩn bị giọng đọc…
speech-reading = Đang đọc to
speech-error-no-device = Không tìm thấy thiết bị phát âm thanh. Hãy kiểm tra xem loa hoặc tai nghe đã được kết nối chưa và âm lượng có đủ to không.
speech-error-device = Âm thanh bị dừng giữa chừng. Hãy nhấn "Đọc to" lại.
speech-error-language = Chức năng đọc to chỉ có cho tiếng Nhật và tiếng Nhật dễ hiểu (やさしい日本語). Ví dụ: --lang ja
speech-error-voice = Không chuẩn bị được giọng đọc. Hãy cài đặt lại chương trình.
speech-error-speed = Không dùng được tốc độ “{ $value }”. Hãy viết một số từ 0.7 đến 1.2. Ví dụ: --speed 0.8
speech-error-empty = Không có nội dung để đọc. Ví dụ: mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = Đã lưu { $file } ({ $seconds } giây).
gui-settings-speech = Tốc độ đọc to
gui-settings-speech-explain = Chọn số nhỏ hơn để nghe chậm hơn. Phím R sẽ đọc to phần chính của màn hình.
about-speech = Giọng đọc và từ điển cho chức năng đọc to
about-speech-voice = Giọng đọc: HTS Voice “NIT ATR503 M001” © 2003–2012 Học viện Công nghệ Nagoya (Creative Commons Ghi công 3.0, CC BY 3.0)
about-speech-dictionary = Từ điển: NAIST Japanese Dictionary © 2009 Viện Khoa học và Công nghệ Tiên tiến Nara (Giấy phép BSD 3 điều khoản; tạo từ open-jtalk 1.11 của Debian)
about-speech-engine = Công cụ tổng hợp giọng nói: jpreprocess và jbonsai © 2023 JPreprocess Team (Giấy phép BSD 3 điều khoản)
