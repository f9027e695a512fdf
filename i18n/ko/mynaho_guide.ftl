# mynaho-guide — 한국어. Terms follow shared/docs/glossary.md §A.4; the Japanese term stays in
# brackets where a person needs to match a letter (資格確認書, 資格情報のお知らせ …).
# Key terms: 마이너보험증 (マイナ保険証), 마이넘버카드 (マイナンバーカード), 전자증명서, 자격확인서 (資格確認書),
# 자격정보 안내 (資格情報のお知らせ), 이용 등록 (利用登録), 유효기간, 갱신, 유예 기간 (猶予),
# 후기고령자 의료제도, 보험자 (保険者), 시구정촌 창구, 마이너포털 (マイナポータル), 발급일 (発行日), 카드리더기.

## language
language-name = 한국어
app-title = 마이너보험증(マイナ保険証) 안내

## answers
answer-yes = 예
answer-no = 아니요
answer-unknown = 모르겠습니다
answer-insurer-employee = 회사의 건강보험(협회 건보(協会けんぽ)·건강보험조합·공제조합)
answer-insurer-kokuho = 국민건강보험(시구정촌의 국민건강보험)
answer-insurer-kouki = 후기고령자 의료제도(75세 이상인 분 등)

## quick guide (MHLW クイックガイド)
q-has-card = 마이넘버카드(マイナンバーカード)를 가지고 계십니까?
q-has-card-help = 마이넘버카드는 얼굴 사진이 들어간 플라스틱 카드입니다. 종이로 된 통지카드(通知カード)와는 다릅니다.
q-registered = 마이넘버카드의 건강보험증 이용 등록(利用登録)을 하셨습니까?
q-registered-help = 이용 등록을 한 마이넘버카드가 '마이너보험증(マイナ保険証)'입니다. 새 카드가 따로 오지는 않습니다.
q-insurer-type = 어느 건강보험에 가입되어 있습니까?
q-insurer-type-help = 보험자(保険者: 건강보험을 운영하는 곳. 협회 건보, 건강보험조합, 시구정촌의 국민건강보험 등)의 이름은 이전 보험증이나 받은 서류에 적혀 있습니다.

use-at-reception-title = 실제로 사용해 봅시다(의료기관·약국에서 접수하는 방법)
use-at-reception-step-1 = 접수처의 카드리더기에 마이넘버카드를 올려놓으십시오.
use-at-reception-step-2 = 안면인식 또는 4자리 비밀번호로 본인 확인을 하십시오.
use-at-reception-step-3 = 화면 안내에 따라 약 등의 정보 제공에 동의할지 선택하십시오.
use-at-reception-step-4 = 이것으로 접수가 끝납니다. 카드를 잊지 말고 가져가십시오.

register-title = 이용 등록을 합시다(마이너보험증 이용 등록 방법)
register-step-1 = 의료기관·약국의 카드리더기에서 등록할 수 있습니다. 카드를 올려놓고 화면의 '登録'(등록)을 선택하십시오.
register-step-2 = 스마트폰의 '마이너포털(マイナポータル)' 앱에서도 등록할 수 있습니다: '証明書'(증명서) → '健康保険証'(건강보험증) → '登録'(등록).
register-step-3 = 세븐은행(セブン銀行) ATM이나 시구정촌 창구에서도 등록할 수 있습니다.
register-step-4 = 전자증명서의 유효기간이 5일 미만으로 남으면 등록하지 못할 수 있습니다. 일찍 등록하십시오.

check-registration-title = 등록 상황을 확인합시다
check-registration-step-1 = '마이너포털'에서 '健康保険証'(건강보험증)을 열고 '登録済'(등록 완료)라고 표시되는지 확인하십시오.
check-registration-step-2 = 의료기관·약국의 카드리더기에 카드를 올려놓아도 확인할 수 있습니다. 등록되어 있지 않으면 그 자리에서 등록할 수 있습니다.
check-registration-step-3 = 등록되어 있지 않았다면 이용 등록을 하십시오.

apply-for-card-title = 마이넘버카드 신청 방법을 확인합시다
apply-for-card-step-1 = 신청부터 카드를 받을 때까지 1~2개월 걸립니다.
apply-for-card-step-2 = 교부신청서(交付申請書)가 있는 분: 스마트폰·컴퓨터(QR코드)나 거리의 증명사진기로 신청할 수 있습니다.
apply-for-card-step-3 = 교부신청서가 없는 분: 시구정촌 창구에서 받거나 다운로드해서 우편으로 신청하십시오.
apply-for-card-step-4 = 카드가 도착할 때까지는 보험자(가입한 건강보험)가 보내는 '자격확인서(資格確認書)'로 진료를 받을 수 있습니다. 자격확인서는 신청할 필요가 없습니다.

ask-municipality-title = 발급 상황을 확인하고, 거주하시는 시구정촌 창구에 문의하십시오
ask-municipality-step-1 = 카드 교부통지서(엽서)나 시구정촌에서 온 편지가 도착하지 않았는지 확인하십시오.
ask-municipality-step-2 = 잘 모르시면 거주하시는 시구정촌 창구에서 카드 발급 상황을 물어보십시오.
ask-municipality-step-3 = 마이너보험증이 없는 동안에는 '자격확인서(資格確認書)'로 진료를 받을 수 있습니다.

## counter situations
situation-lost-card = 마이넘버카드를 잃어버렸다
situation-pin-locked = 비밀번호가 잠겼다
situation-reader-failed = 병원에서 카드를 읽지 못했다
situation-certificate-not-arrived = 자격확인서(資格確認書)가 오지 않는다
situation-turning-75 = 75세가 된다
situation-changed-insurer = 직장이나 주소가 바뀌어 보험이 바뀌었다
situation-unregister = 이용 등록을 해제하고 싶다
situation-smartphone = 스마트폰을 마이너보험증으로 쓰고 싶다

lost-card-title = 마이넘버카드를 잃어버렸을 때
lost-card-step-1 = 바로 마이넘버 종합 무료전화(0120-95-0178, 음성 안내 2번)에 전화하여 카드 사용을 정지해 달라고 하십시오(24시간 365일). 카드 기능을 넣은 스마트폰을 잃어버렸을 때도 같은 전화로 정지할 수 있습니다.
lost-card-step-2 = 경찰에 분실물 신고(遺失届)를 하십시오. 재발급할 때 경찰서 이름·전화번호·담당자 이름·분실물 신고 접수번호가 필요합니다. 메모해 두십시오.
lost-card-step-3 = 시구정촌 창구에 분실 신고(紛失届)를 하고, 원하시면 재발급을 신청하십시오. 수수료는 1,000엔이며, 받기까지 1~2개월 걸립니다. 급할 때는 '특급 발급(特急発行)'(빨리 만드는 방법: 분실 신고 후 30일 이내, 약 1주일, 2,000엔)도 있습니다.
lost-card-step-4 = 새 카드가 도착할 때까지는 보험자(가입한 건강보험)에게 신청하여 '자격확인서(資格確認書)'를 받아 진료에 사용하십시오.
lost-card-step-5 = 카드를 찾았을 때는 시구정촌 창구에 신고하십시오.

pin-locked-title = 비밀번호가 잠겼을 때
pin-locked-step-1 = 4자리 비밀번호를 3번 연속으로 틀리면 잠깁니다.
pin-locked-step-2 = 의료기관·약국에서는 안면인식이나 직원의 육안 확인(직원이 카드의 얼굴 사진과 본인을 비교해 보는 방법)으로 카드를 사용할 수 있습니다.
pin-locked-step-3 = 비밀번호 재설정은 카드와 본인 확인 서류를 가지고 시구정촌 창구에서 할 수 있습니다.

reader-failed-title = 카드리더기로 읽지 못했을 때
reader-failed-step-1 = 마이넘버카드와 함께 스마트폰 마이너포털의 '健康保険証'(건강보험증) 화면이나 거기에서 다운로드한 PDF를 보여 주십시오.
reader-failed-step-2 = 또는 마이넘버카드와 '자격정보 안내(資格情報のお知らせ)'를 함께 보여 주십시오. 안내만으로는 진료를 받을 수 없습니다.
reader-failed-step-3 = 둘 다 없을 때는 마이넘버카드를 보여 주고 접수처에서 '피보험자 자격 신고서(被保険者資格申立書)'를 작성하십시오.

kakuninsho-step-why = 오지 않는 이유로는 주소 변경, 아직 쓸 수 있는 마이너보험증이 있는 경우, 절차 지연 등이 있습니다.
kakuninsho-employee-title = 자격확인서가 오지 않음(회사의 건강보험)
kakuninsho-employee-step-1 = 직장의 인사·총무 담당자나 보험자(협회 건보·건강보험조합·공제조합)에 문의하십시오.
kakuninsho-kokuho-title = 자격확인서가 오지 않음(국민건강보험)
kakuninsho-kokuho-step-1 = 거주하시는 시구정촌의 국민건강보험 창구에 문의하십시오.
kakuninsho-kouki-title = 자격확인서가 오지 않음(후기고령자 의료제도)
kakuninsho-kouki-step-1 = 거주하시는 시구정촌의 후기고령자 의료 창구에 문의하십시오.
kakuninsho-kouki-step-2 = 2026년 8월부터는 마이너보험증이 없는 분에게는 자격확인서(資格確認書)가, 있는 분에게는 '자격정보 안내(資格情報のお知らせ)'가 발송됩니다. 85세 이상인 분에 대한 취급은 광역연합(広域連合)에 따라 다를 수 있습니다.
kakuninsho-unknown-title = 자격확인서가 오지 않음(보험을 모름)
kakuninsho-unknown-step-1 = 이전 보험증이나 받은 편지에 적힌 보험자(가입한 건강보험)의 이름을 확인하십시오.
kakuninsho-unknown-step-2 = 잘 모르시면 거주하시는 시구정촌 창구에서 물어보십시오.

turning-75-title = 75세가 될 때
turning-75-step-1 = 75세가 될 때 따로 할 절차는 없습니다. 마이너보험증 이용 등록은 그대로 이어집니다.
turning-75-step-2 = 후기고령자 의료의 '자격확인서(資格確認書)' 또는 '자격정보 안내(資格情報のお知らせ)'가 광역연합(広域連合)에서 시구정촌을 통해 발송됩니다. 안내만으로는 진료를 받을 수 없습니다. 마이너보험증과 함께 보여 주십시오.
turning-75-step-3 = 회사의 건강보험에서 75세가 되는 분의 피부양자였던 가족(75세 미만인 분)은 국민건강보험 등에 가입하는 절차가 필요합니다.

changed-insurer-title = 보험이 바뀌었을 때
changed-insurer-step-1 = 새 보험자(새로 가입하는 건강보험)에게 필요한 서류를 제출하십시오.
changed-insurer-step-2 = 마이너보험증의 정보가 새로 바뀔 때까지 10일 정도 걸립니다. 마이너포털에서 확인한 뒤 진료를 받으시면 안심입니다.
changed-insurer-step-3 = 정보가 바뀌기 전에 진료를 받을 때는 새 보험자에게서 온 '자격확인서(資格確認書)'를 보여 주십시오. 아직 오지 않았으면 마이넘버카드를 보여 주고 접수처에서 '피보험자 자격 신고서(被保険者資格申立書)'를 작성하십시오.

unregister-title = 이용 등록을 해제하고 싶을 때
unregister-step-1 = 보험자(가입한 건강보험)에게 해제 신청서를 제출하십시오(시구정촌의 국민건강보험과 후기고령자 의료는 시구정촌 창구, 국민건강보험조합은 조합).
unregister-step-2 = 해제하면 보험자로부터 '자격확인서(資格確認書)'가 옵니다.
unregister-step-3 = 해제되었는지는 마이너포털에서 확인할 수 있습니다.

smartphone-title = 스마트폰을 마이너보험증으로 사용할 때
smartphone-step-1 = 2025년 9월 19일부터 대응하는 의료기관·약국에서 스마트폰을 사용할 수 있습니다(스티커가 표시입니다).
smartphone-step-2 = 설정은 '마이너포털' 앱에서 합니다. 마이넘버카드 실물이 필요합니다.
smartphone-step-3 = 사용할 수 없는 의료기관도 있으므로 카드도 가지고 다니십시오.

## what to bring, where to go
bring-card = 마이넘버카드(マイナンバーカード)
bring-pin = 4자리 비밀번호(이용자증명용 전자증명서)
bring-photo = 얼굴 사진(신청용)
bring-id = 본인 확인 서류(운전면허증 등)
bring-application-form = 교부신청서(交付申請書)(가지고 있는 분)
bring-letters = 시구정촌이나 보험자에게서 온 편지
bring-police-number = 경찰서 이름·전화번호·담당자 이름·분실물 신고(遺失届) 접수번호
bring-oshirase = 자격정보 안내(資格情報のお知らせ)(가지고 있는 분)
where-clinic = 의료기관·약국의 접수처
where-smartphone = 스마트폰의 '마이너포털' 앱
where-municipality = 거주하시는 시구정촌 창구(시청·구청 창구)
where-municipality-kokuho = 시구정촌의 국민건강보험 창구
where-municipality-kouki = 시구정촌의 후기고령자 의료 창구
where-police = 경찰서·파출소(交番)
where-insurer = 보험자(회사의 건강보험, 시구정촌의 국민건강보험 등)
where-employer = 직장의 인사·총무 담당자

## hotlines (rules file)
hotline-general = 마이넘버 종합 무료전화(일본어)
hotline-general-hours = 평일 9:30~20:00, 토·일·공휴일 9:30~17:30(분실·도난으로 인한 일시 이용 정지는 24시간 365일)
hotline-foreign-system = 외국어 상담 전화(제도·마이너포털)
hotline-foreign-system-hours = 평일 9:30~20:00, 토·일·공휴일 9:30~17:30
hotline-foreign-card = 외국어 상담 전화(카드·전자증명서·분실)
hotline-foreign-card-hours = 영어·중국어·한국어·스페인어·포르투갈어 8:30~20:00, 태국어·네팔어·인도네시아어·베트남어·타갈로그어 9:00~18:00

## dated facts (rules file)
fact-legacy-cards-ended = 기존 건강보험증은 2025년 12월 1일까지 사용할 수 있었습니다(12월 2일부터는 사용할 수 없습니다).
fact-legacy-kouki-ended = 후기고령자 의료의 보험증은 2025년 7월 31일까지 사용할 수 있었습니다(8월 1일부터는 사용할 수 없습니다).
fact-clinic-tolerance = 2026년 3월 말까지는 기한이 만료된 보험증이나 '자격정보 안내'만으로도 의료기관의 판단에 따라 진료를 받을 수 있는 임시 조치가 있습니다.
fact-clinic-tolerance-ended = 기한이 만료된 보험증이나 '자격정보 안내'만으로 진료를 받을 수 있는 임시 조치는 2026년 3월 말까지로 되어 있었습니다(연장한다는 안내는 찾지 못했습니다).
fact-kouki-blanket = 후기고령자 의료 가입자에게는 2026년 7월 31일까지 모두에게 자격확인서가 발송됩니다(임시 운용).
fact-kouki-status-based = 2026년 8월부터 후기고령자 의료 가입자 중 마이너보험증이 없는 분에게는 자격확인서가, 있는 분에게는 자격정보 안내가 발송됩니다.
fact-kouki-85-plus = 국가 방침의 변경으로 2026년 8월 1일 시점에 85세 이상인 분에게는 모두 자격확인서를 보낸다고 안내하는 광역연합이 있습니다.
fact-reported-by-one = 거주하시는 지역에서는 다를 수 있습니다.

## timeline
status-valid = 유효: 마이너보험증으로 사용할 수 있습니다
status-grace = 유예 기간(기한이 지난 뒤의 짧은 기간): 보험증으로는 쓸 수 있지만, 약 등의 정보는 전달되지 않습니다
status-expired = 기한 만료: 마이너보험증으로 사용할 수 없습니다
status-valid-act = { $date }까지 갱신하십시오.
status-grace-act = { $date }까지 시구정촌 창구에서 갱신하십시오.
status-expired-act = 시구정촌 창구에서 갱신하십시오. 그때까지는 보험자가 보내는 자격확인서로 진료를 받으십시오.
timeline-today = 오늘
timeline-card = 마이넘버카드 본체
timeline-certificate = 전자증명서(이용자증명용)
timeline-expiry = 유효기간
timeline-renewal-opens = 갱신 접수 시작
timeline-grace-last-day = 유예 기간 마지막 날
timeline-registration-cutoff = 이용 등록 기한(기준)
timeline-full-function-until = 모든 기능을 쓸 수 있는 마지막 날
timeline-usable-until = 마이너보험증으로 쓸 수 있는 마지막 날
timeline-status = 오늘의 상태
timeline-act-by = 절차 기한
timeline-facts = 오늘 해당되는 사항
band-valid = 유효
band-renewal = 갱신 기간
band-grace = 유예(보험증으로만)
band-expired = 기한 만료
warning-leap-day-birthday = 2월 29일에 태어나신 분은 평년에는 2월 28일을 생일로 보고 계산했습니다. 카드에 적힌 날짜를 확인하십시오.
warning-computed-not-printed = 카드의 유효기간은 계산한 날짜입니다. 카드에 인쇄된 날짜가 정확한 날짜입니다.
printed-dates-prevail = 카드나 편지에 적힌 날짜가 우선합니다.

## fields (named in error messages)
field-today = 오늘 날짜(--today)
field-born = 생년월일(--born)
field-card-expiry = 카드 유효기간(--card-expiry)
field-card-issued = 카드 발급일(--card-issued)
field-applied = 신청일(--applied)
field-cert-expiry = 전자증명서 유효기간(--cert-expiry)
field-cert-issued = 전자증명서 발급일(--cert-issued)

## errors
date-error-empty = { $field }: 날짜가 입력되지 않았습니다.
date-error-unrecognised = { $field }: '{ $input }'은(는) 날짜로 읽을 수 없습니다.
date-error-month = { $field }: { $month }월이라는 달은 없습니다.
date-error-day = { $field }: { $year }년 { $month }월 { $day }일이라는 날은 없습니다.
date-error-era-unknown = { $field }: '{ $era }'(이)라는 연호는 사용할 수 없습니다(메이지(明治)·다이쇼(大正)·쇼와(昭和)·헤이세이(平成)·레이와(令和)).
date-error-outside-era = { $field }: { $era }은(는) { $first }부터 { $last }까지입니다.
date-error-before-era = { $field }: { $era }은(는) { $first }부터입니다.
date-accepted-forms = 사용할 수 있는 형식: 2026-03-15, 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, S25.10.10(전각 문자도 가능)
timeline-error-born-needed = 발급일로 유효기간을 계산하려면 { $field }이(가) 필요합니다.
timeline-error-before-birth = { $field }이(가) 생년월일보다 앞입니다.
timeline-error-applied-after-issue = { $field }이(가) 카드 발급일보다 뒤로 되어 있습니다.
timeline-error-card-needed = 카드 유효기간(--card-expiry)이나 발급일(--card-issued)을 입력하십시오.
guide-error-data = 안내 데이터에 오류가 있습니다: { $detail }
guide-error-situation = '{ $value }'(이)라는 상황은 없습니다. 사용할 수 있는 값: { $accepted }
guide-error-question = '{ $value }'(이)라는 질문은 없습니다. 사용할 수 있는 값: { $accepted }
guide-error-answer = '{ $question }'에 '{ $value }'(이)라고 답할 수 없습니다. 사용할 수 있는 값: { $accepted }
rules-error = 규칙 파일 { $file }을(를) 읽을 수 없습니다: { $detail }
lang-error = '{ $value }'(이)라는 언어는 없습니다. 사용할 수 있는 값: { $accepted }
answer-format-error = --answer는 키=값 형식으로 쓰십시오(예: has-card=yes): '{ $value }'
output-write-error = 출력 내용을 쓸 수 없었습니다: { $reason }
no-display = 화면(디스플레이)이 없습니다. 데스크톱 환경에서 실행하거나 명령어를 사용하십시오: mynaho-guide --help
cli-error-unknown-argument = '{ $arg }'(이)라는 옵션은 없습니다.
cli-error-unknown-command = '{ $value }'(이)라는 명령어는 없습니다. 사용할 수 있는 값: { $accepted }
cli-error-did-you-mean = { $suggestion }을(를) 입력하려고 하셨습니까?
cli-error-invalid-value = { $arg }: '{ $value }'은(는) 사용할 수 없습니다. 사용할 수 있는 값: { $accepted }
cli-error-value-needed = { $arg }에는 값이 필요합니다(예: { $example }).
cli-error-number = { $arg }: '{ $value }'은(는) 사용할 수 없습니다. { $min }부터 { $max }까지의 정수를 쓰십시오(예: { $example }).
cli-error-missing = { $arg }도 지정하십시오(예: { $example }).
cli-error-requires = { $arg }은(는) { $needed }와(과) 함께 쓸 때만 사용할 수 있습니다(예: { $example }).
cli-error-conflict = { $arg }와(과) { $other }은(는) 함께 사용할 수 없습니다. 둘 중 하나만 지정하십시오.
cli-error-repeated = { $arg }이(가) 2번 이상 지정되었습니다. 1번만 지정하십시오.
cli-error-not-utf8 = { $arg }: 읽을 수 있는 문자가 아닙니다(UTF-8을 사용하십시오)
cli-error-window-only = { $arg }은(는) 창(화면)용 옵션입니다. 명령어 { $command }와(과) 함께 사용할 수 없습니다.
cli-error-other = 명령줄을 읽을 수 없습니다: { $detail }
cli-error-help = 옵션 보기: { $command }
answer-repeated = --answer { $key }이(가) 2번 이상 지정되었습니다. 질문 1개에 답은 1개만 쓰십시오.
answer-not-asked = --answer { $key }은(는) 사용되지 않습니다. 이 답으로는 안내에서 이 질문을 하지 않습니다(진행 순서: { $path }).
sheet-error-card-needed = { $arg }은(는) 카드 유효기간(--card-expiry) 또는 카드 발급일(--card-issued)과 함께 쓸 때만 사용할 수 있습니다. 둘 중 하나도 지정하십시오(예: --card-expiry 2031-03-15).

## command-line text output
cli-outcome = 결과
cli-question = 질문
cli-choices = 답
cli-steps = 할 일
cli-bring = 준비물
cli-where = 가는 곳
cli-call = 전화

## sheet
sheet-title = 마이너보험증(マイナ保険証) 안내
sheet-name-line = { $name } 様
sheet-card-expiry = 마이넘버카드 유효기간: { $date }
sheet-cert-expiry = 전자증명서(電子証明書) 유효기간: { $date }
sheet-timeline-card = 앞으로의 일정 (마이넘버카드 유효기간 기준)
sheet-timeline-cert = 앞으로의 일정 (전자증명서 유효기간 기준)
sheet-dates-until = { $date }까지
sheet-dates-range = { $from }부터 { $to }까지
sheet-dates-from = { $date }부터
sheet-todo-wait = 지금은 수속이 필요 없습니다. 갱신 접수는 { $date }부터입니다.
sheet-todo-letter = 유효기간이 가까워지면 파란 봉투에 든 '유효기간 통지서(有効期限通知書)'가 옵니다. 받으면 갱신 수속을 하십시오.
sheet-todo-card-3 = 유효기간에 따른 갱신은 무료입니다. 신청에는 얼굴 사진이 필요합니다.
sheet-todo-cert-2 = 마이넘버카드와 4자리 비밀번호를 가지고 가십시오.
sheet-todo-cert-3 = 유예 기간(기한이 지난 뒤의 짧은 기간) 안에 갱신하면 마이너보험증 이용 등록(利用登録)을 다시 할 필요가 없습니다.
sheet-todo-expired-1 = 거주하시는 시구정촌 창구에서 전자증명서를 갱신하거나 새 카드를 신청하십시오.
sheet-todo-expired-2 = 갱신한 뒤 건강보험증 이용 등록(利用登録)을 다시 하십시오. 의료기관·약국의 카드리더기에서도 할 수 있습니다.
sheet-todo-expired-3 = 그때까지는 보험자가 보내는 '자격확인서(資格確認書)'로 진료를 받으십시오. 오지 않으면 보험자에게 문의하십시오.
sheet-contacts-heading = 문의처
sheet-contact-languages = 대응 언어({ $date } 기준 J-LIS 안내): { $languages }
sheet-contact-insurer = 가입하신 건강보험(保険者) 또는 거주하시는 시구정촌 창구(市区町村の窓口)
sheet-contact-insurer-detail = 자격확인서나 보험에 관한 것은 이곳에 문의하십시오. 보험자의 이름은 받은 편지나 예전 보험증에 적혀 있습니다.
sheet-no-hotline = 귀하의 언어로 상담할 수 있는 전화는 없습니다. 일본어를 할 수 있는 사람과 함께 일본어 전화(0120-95-0178)로 걸어 주십시오.
sheet-no-hotline-show = 이 글을 직원에게 보여 주십시오. "이 분은 일본어가 충분하지 않고, 이 분의 언어로 상담할 수 있는 전화도 없습니다. 절차를 도와주십시오."라는 뜻입니다.
sheet-footer = 규칙 { $version }({ $reviewed } 기준) · 인쇄일 { $date }
sheet-error = 안내 시트를 만들 수 없었습니다: { $reason }
sheet-saved = 안내 시트를 저장했습니다: { $path }
sheet-save-error = 안내 시트를 저장할 수 없었습니다({ $path }): { $reason }
sheet-error-guide-incomplete = 아직 답하지 않은 질문이 있습니다: { $question }
print-job-accepted = 인쇄 작업이 접수되었습니다({ $job }).
print-pdf-kept = PDF는 여기에 남겨 두었습니다. 저장하거나 다른 프린터로 인쇄할 때 쓸 수 있습니다: { $path }
print-error-not-installed = 인쇄 시스템(CUPS)이 설치되어 있지 않습니다.
print-error-no-scheduler = 인쇄 시스템(CUPS)이 실행되고 있지 않습니다.
print-error-no-printer = 설정된 프린터가 없습니다.
print-error-no-default = 프린터가 여러 대 있고 기본 프린터가 정해져 있지 않습니다. --printer 로 선택하십시오.
print-error-unknown-printer = '{ $printer }'(이)라는 프린터가 없습니다.
print-error-refused = 프린터가 인쇄 작업을 받지 않았습니다: { $reason }
print-error-temp-file = 인쇄용 PDF를 저장할 수 없었습니다: { $reason }
printers-default = (기본)
printers-no-default = 기본 프린터가 정해져 있지 않습니다.

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = 처음 화면
gui-top-settings = 글자 크기·설정
gui-back = ← 뒤로
gui-restart = 처음부터 다시
gui-language = 언어 (Language / ことば)
gui-home-title = 병원에서 마이넘버카드 사용하기
gui-home-intro = 마이넘버카드를 건강보험증으로 쓰는 방법, 곧 마이너보험증(マイナ保険証)을 한 단계씩 안내합니다.
gui-home-guide = 몇 가지 질문에 답하기
gui-home-guide-explain = "예" 또는 "아니요"로 답하면 접수처에서 할 일을 알 수 있습니다.
gui-home-dates = 내 카드의 기한 확인하기
gui-home-dates-explain = 생년월일과 카드의 날짜로 언제까지 쓸 수 있는지, 언제 갱신하는지 알아봅니다.
gui-home-problem = 곤란한 일이 있어요
gui-home-problem-explain = 카드를 잃어버렸거나 비밀번호가 잠긴 경우 등 자주 있는 문제에서 고를 수 있습니다.
gui-home-keys = 키보드: 숫자 키로 고르고, Enter로 진행, Esc로 돌아갑니다.
gui-problem-title = 어떤 일로 곤란하신가요?
gui-problem-explain = 가장 가까운 것을 골라 주세요.
gui-guide-step = 질문 { $number }
gui-guide-answer-hint = 잘 모르시면 "모르겠습니다"를 고르세요. 나중에 고칠 수 있습니다.
gui-guide-so-far = 지금까지의 답
gui-guide-diagram = 전체 흐름 (지금 있는 곳에 색이 칠해져 있습니다)
gui-guide-missing = 안내 데이터를 읽을 수 없습니다. 직원에게 알려 주세요.
gui-outcome-label = 하실 일
gui-outcome-review = 내용 확인하고 인쇄하기
gui-outcome-dates = 카드 기한도 확인하기
gui-node-has-card = 카드가 있나요?
gui-node-registered = 등록했나요?
gui-node-use-at-reception = 접수처에서 사용
gui-node-register = 이용 등록하기
gui-node-check-registration = 등록 확인하기
gui-node-apply-for-card = 카드 신청하기
gui-node-ask-municipality = 시구정촌에 상담
gui-dates-title = 내 카드의 기한 확인하기
gui-dates-forms = 날짜는 어떤 형식으로도 입력할 수 있습니다: 昭和25年10月10日, S25.10.10, 1950-10-10, １９５０年１０月１０日(전각 숫자).
gui-dates-placeholder = 여기에 날짜를 입력하세요
gui-dates-example = 입력하면 읽은 날짜가 여기에 나옵니다.
gui-dates-born = 생년월일
gui-dates-born-explain = 계산에 필요합니다. 카드 앞면에 적혀 있습니다.
gui-dates-card = 마이넘버카드 본체
gui-dates-card-expiry = 카드 유효기간 (카드에 인쇄된 날짜)
gui-dates-card-expiry-explain = 카드 앞면의 "有効期限" 날짜입니다. 가장 정확합니다.
gui-dates-card-issued = 카드 발급일
gui-dates-card-issued-explain = 유효기간을 찾을 수 없을 때 씁니다. 기한은 이 날짜로 계산합니다 (카드를 받은 날이 아닙니다).
gui-dates-cert = 전자증명서
gui-dates-cert-explain = 전자증명서는 카드 안에 있는 "본인이라는 증명"입니다. 기한은 카드와 따로 있으며 보통 5년마다입니다.
gui-dates-cert-unknown = 모르겠습니다
gui-dates-cert-expiry = 전자증명서 유효기간
gui-dates-cert-issued = 전자증명서 발급일 (갱신한 날)
gui-dates-cert-where = 카드 뒷면이나 파란 봉투로 온 통지에 적혀 있습니다. 마이너포털에서도 볼 수 있습니다.
gui-dates-need-card = 카드 날짜를 입력하면 결과를 볼 수 있습니다.
gui-dates-show = 결과 보기
gui-dates-edit = 날짜 고치기
gui-dates-incomplete = 날짜가 빠졌거나 읽을 수 없습니다. 빨간 글자 부분을 고쳐 주세요.
gui-rules-missing = 기한 규칙을 읽을 수 없습니다. 직원에게 알려 주세요.
gui-dates-result-title = 확인 결과
gui-status-renew-now = 지금 갱신할 수 있습니다. 시구정촌 창구에서 무료로 할 수 있습니다.
gui-status-nothing-yet = 지금은 아무것도 하지 않아도 됩니다. 기한이 가까워지면 파란 봉투로 통지가 옵니다.
gui-status-grace-hurry = 이 날이 지나면 마이너보험증으로 쓸 수 없게 됩니다. 그 전에 거주하시는 시구정촌 창구에서 갱신하십시오.
gui-status-ask-insurer = 자격확인서(資格確認書)가 오지 않으면 가입한 보험(보험자)에 문의해 주세요.
gui-chart-title = 기한의 흐름
gui-key-dates = 중요한 날짜
gui-key-card-expiry = 카드 유효기간
gui-key-card-renewal = 카드 갱신이 가능한 날부터
gui-key-cert-expiry = 전자증명서 유효기간
gui-key-cert-renewal = 전자증명서 갱신이 가능한 날부터
gui-pair = { $label }: { $value }
gui-warnings = 주의
gui-review-title = 내용 확인하고 인쇄하기
gui-review-explain = 틀린 것이 있으면 "고치기"를 누르세요. 인쇄한 종이를 창구나 병원에서 보여 줄 수 있습니다.
gui-review-guide = 질문에 대한 답
gui-review-dates = 날짜
gui-review-not-entered = 아직 입력하지 않았습니다
gui-review-edit-guide = 답 고치기
gui-review-edit-dates = 날짜 고치기
gui-review-sheet = 인쇄할 종이
gui-review-sheet-explain = 일본어만, 또는 일본어와 다른 언어 하나를 나란히 인쇄할 수 있습니다.
gui-sheet-ja-only = 일본어만
gui-review-large-print = 큰 글자로 인쇄
gui-review-copies = 장
gui-review-name = 이름 (안내문에 인쇄됩니다. 비워 두어도 됩니다)
gui-review-name-explain = 이름은 어디에도 저장되지 않습니다.
gui-review-print = 인쇄하기
gui-review-save = PDF로 저장하기
gui-review-no-save-kiosk = 이 단말기에서는 저장할 수 없습니다 (인쇄는 됩니다).
gui-print-working = 준비하고 있습니다…
gui-tell-staff = 직원에게 알려 주세요.
gui-settings-title = 글자 크기·설정
gui-settings-size = 글자 크기
gui-settings-size-explain = 화면 전체가 커집니다. Ctrl과 + 또는 − 키로도 바꿀 수 있습니다.
gui-settings-contrast = 화면 색
gui-settings-contrast-explain = 잘 안 보이면 "고대비"를 고르세요. 검은 바탕에 흰 글자가 됩니다.
gui-settings-contrast-normal = 보통
gui-settings-contrast-high = 고대비 (검은 바탕에 흰 글자)
gui-idle-countdown = 한동안 조작이 없습니다. { $seconds }초 후에 처음 화면으로 돌아갑니다
gui-idle-explain = 입력한 내용은 모두 지워집니다. 계속하려면 화면을 눌러 주세요.
gui-idle-continue = 계속하기

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = 확인 필요: 유효기간 날짜가 확실하지 않습니다
status-check-act = 먼저 실제 유효기간을 확인하십시오.
status-expired-card = 마이넘버카드 본체의 유효기간({ $date })이 지났습니다.
status-expired-cert = 전자증명서의 유효기간({ $date })이 지났습니다.
check-card-ambiguous = 카드 유효기간은 신청한 날에 따라 { $early } 또는 { $late } 중 하나입니다. 카드 앞면에 인쇄된 날짜를 보십시오.
check-cert-renewal = 전자증명서 유효기간은 일찍 갱신했는지에 따라 { $early } 또는 { $late } 중 하나입니다.
check-cert-assumed = 전자증명서를 한 번도 갱신하지 않았다면 유효기간은 { $date }입니다. 갱신했다면 더 뒤입니다.
check-usable-if-earliest = 빠른 쪽 날짜가 맞다면 마이너보험증으로 쓸 수 있는 것은 { $date }까지입니다.
check-how = 확인 방법: 마이너포털 화면, 의료기관·약국 카드리더기의 표시, J-LIS에서 오는 '유효기간 통지서(有効期限通知書)'(기한 2~3개월 전에 옵니다), 거주하시는 시구정촌 창구.
warning-card-application-date-needed = 신청한 날(신청 접수일)을 알 수 없어서 카드 유효기간이 2가지로 생각됩니다. 카드에 인쇄된 유효기간을 입력하면 확실한 날짜가 됩니다.
warning-certificate-renewal-unknown = 이 전자증명서를 이전 증명서의 기한 3개월 전부터 기한까지 사이에 갱신했다면 유효기간이 1년 길어집니다. 어느 쪽인지 확인하십시오.
warning-certificate-assumed = 전자증명서 날짜가 입력되지 않아서, 카드와 함께 발급되어 한 번도 갱신하지 않은 것으로 보고 계산했습니다. 실제 유효기간은 마이너포털, 의료기관·약국 카드리더기의 표시, J-LIS에서 오는 '유효기간 통지서(有効期限通知書)', 시구정촌 창구에서 확인할 수 있습니다.
warning-certificate-after-card = 전자증명서 유효기간이 계산한 카드 유효기간보다 뒤입니다. 카드에 인쇄된 유효기간을 확인하십시오.
warning-residence-no-reminder = 카드 유효기간은 재류기간 만료일로 정해집니다. 재류기간을 갱신·변경하면 원래 기한 전에 새 재류카드(在留カード), 마이넘버카드, 4자리 비밀번호를 가지고 시구정촌 창구에서 기한을 변경하십시오. 안내 편지는 오지 않습니다. 전자증명서도 다시 발급받게 됩니다.
dispute-card-grace-months = 카드 본체의 유예 기간을 3개월로 하는 시구정촌도 있습니다. 여기서는 짧은 쪽인 2개월로 계산했습니다.
dispute-renewal-opens = 갱신 접수를 '3개월 전의 다음 날부터'로 하는 시구정촌도 있습니다.
timeline-expiry-either = { $early } 또는 { $late }
timeline-basis = 날짜의 근거
basis-entered = 입력한 날짜
basis-computed = 계산한 날짜
basis-ambiguous = 2가지 가능성(빠른 쪽으로 계산)
basis-assumed = 추정(날짜 입력 없음)
timeline-limited-by-residence = 재류기간 만료일로 유효기간이 정해집니다
timeline-apply-by = 새 카드 신청 기한
timeline-renew-by = 전자증명서 갱신 기한
sheet-card-expiry-either = 마이넘버카드 유효기간: { $early } 또는 { $late }(확인 필요)
sheet-cert-expiry-either = 전자증명서(電子証明書) 유효기간: { $early } 또는 { $late }(확인 필요)
sheet-after-that = 그다음: { $title }
sheet-todo-check-1 = 실제 유효기간을 확인하고, 기한이 가깝거나 지났으면 시구정촌 창구에서 갱신하십시오.
sheet-todo-card-apply = { $from }부터 { $to }까지 새 카드를 신청하십시오(우편, 스마트폰, 거리의 증명사진기, 시구정촌 창구). 받기까지 1~2개월 걸립니다.
sheet-todo-card-gap = { $date } 이후에 신청한 경우에는 새 카드가 올 때까지 쓸 수 있도록 보험자에게 '자격확인서(資格確認書)'를 신청하십시오.
sheet-todo-cert-by = { $date }까지 거주하시는 시구정촌 창구에서 전자증명서를 갱신하십시오. 당일에 끝나며 무료입니다.
sheet-todo-residence = 재류기간을 갱신하면 { $date } 전에 시구정촌 창구에서 카드 유효기간을 변경하십시오.
timeline-error-after-today = { $field }이(가) 오늘보다 뒤의 날짜입니다.
timeline-error-before-first-card = { $field }: 마이넘버카드는 2015년 10월 5일 이전에는 없습니다. 날짜를 확인하십시오.
timeline-error-cert-before-card = 전자증명서 발급일이 카드 발급일보다 앞입니다. 날짜를 확인하십시오.
timeline-error-cert-after-card = 전자증명서 유효기간이 카드 유효기간보다 뒤입니다. 어느 한쪽 날짜를 확인하십시오.
date-error-year-range = { $field }: { $year }년은 입력할 수 없습니다(1868년부터 2200년까지). 예: 1950-10-10
field-cert-renewal = 조기 갱신(--cert-renewal)
field-residence-until = 재류기간 만료일(--residence-until)
gui-dates-applied = 신청한 날 (신청 접수일)
gui-dates-applied-explain = 신청한 날에 따라 카드 유효기간이 2가지로 생각됩니다. 알면 입력해 주세요. 모르면 카드에 인쇄된 유효기간을 입력해 주세요.
gui-dates-renewal-question = 기한이 끝나기 전에 갱신했나요?
gui-dates-renewal-explain = 이전 전자증명서 기한 3개월 전부터 기한까지 사이에 갱신했다면 "예"입니다. 유효기간이 1년 길어집니다.
gui-dates-foreign = 재류기간이 있는 외국 국적인 분 (재류카드에 기한이 있는 분)
gui-dates-residence = 재류기간 만료일
gui-dates-residence-explain = 재류카드(在留カード)에 적힌 '재류기간(만료일)'입니다. 영주자·고도전문직 2호·특별영주자인 분은 입력하지 않아도 됩니다.
band-unsure = 알 수 없음(확인 필요)
sheet-timeline-earliest-note = 빠른 쪽 날짜로 그렸습니다. 실제 유효기간을 확인하십시오.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = '{ $printer }' 프린터가 일시 정지되어 있습니다. 직원에게 알려 주세요.
print-error-rejecting = '{ $printer }' 프린터가 지금 인쇄 작업을 받지 않고 있습니다. 직원에게 알려 주세요.
print-error-timed-out = 인쇄 시스템({ $program })이 { $seconds }초가 지나도 응답하지 않습니다. 직원에게 알려 주세요.
print-error-stuck = 인쇄 작업이 프린터 대기열에서 계속 기다리고 있습니다({ $job }). 직원에게 알려 주세요.
print-error-cancelled = 인쇄를 취소했습니다.
printers-keeps-job-files = 주의: 이 인쇄 서버는 인쇄한 문서의 데이터를 남기도록 설정되어 있습니다(CUPS의 PreserveJobFiles). 창구와 키오스크 단말기에서는 "PreserveJobFiles No"로 설정하십시오.
gui-print-busy = 지금 인쇄하고 있습니다. 끝날 때까지 기다려 주세요.
gui-review-dates-invalid = 고쳐야 할 날짜가 있어서 아직 인쇄할 수 없습니다. "날짜 고치기"를 눌러 고쳐 주세요.

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = 국민건강보험조합(建設国保·医師国保 등 직종별 국민건강보험조합)
kakuninsho-kumiai-title = 자격확인서가 오지 않음(국민건강보험조합)
kakuninsho-kumiai-step-1 = 가입하신 국민건강보험조합에 문의하십시오. 자격확인서는 조합에서 발송합니다. 연락처는 조합에서 온 서류에 적혀 있습니다.
kakuninsho-meanwhile-mynaho = 도착하기 전에 진료를 받을 때, 마이넘버카드의 이용 등록을 했다면 마이너보험증으로 사용할 수 있습니다. 등록하지 않았다면 의료기관·약국의 카드리더기에서 그 자리에서 등록할 수 있습니다.
kakuninsho-meanwhile-form = 또는 마이넘버카드를 보여 주고 접수처에서 '피보험자 자격 신고서(被保険者資格申立書)'를 작성하십시오.
oshirase-not-alone = '자격정보 안내(資格情報のお知らせ)'는 자격확인서(資格確認書)와 다른 서류입니다. 안내만으로는 진료를 받을 수 없습니다.
full-cost-risk = 마이넘버카드도 자격확인서도 보여 줄 수 없을 때는 의료비를 전액(10할) 내야 하는 경우가 있습니다.
kakuninsho-70-74 = 70~74세인 분은 자격확인서와 함께 '고령수급자증(高齢受給者証)'이 필요한 경우가 있습니다. 받으셨다면 함께 보여 주십시오.
kakuninsho-kouki-youhairyo = 카드를 사용하기 어려운 분(요개호·요지원 인정(要介護・要支援), 장애인 수첩(障害者手帳), 시설 입소, 성년후견(成年後見) 등)은 자격확인서를 신청할 수 있습니다. 신청은 처음 1번만 하면 되고, 그다음부터도 발송됩니다. 시설에 입소한 분은 시설 측이 대신 신청할 수도 있습니다.
reader-failed-step-4 = 카드가 더럽거나 IC칩이 망가지면 읽을 수 없습니다. 거주하시는 시구정촌의 마이넘버카드 창구에 연락하십시오.
turning-75-ask = 후기고령자 의료에 관한 것은 후기고령자 의료 광역연합(後期高齢者医療広域連合)이나 시구정촌의 후기고령자 의료 창구에 문의하십시오. 마이넘버 종합 무료전화는 카드에 관한 전화입니다.
where-kouki-union = 후기고령자 의료 광역연합(後期高齢者医療広域連合, 도도부현마다 있습니다)
apply-for-card-not-required = 마이넘버카드를 만드는 것은 의무가 아닙니다. 카드가 없는 분에게는 자격확인서(資格確認書)가 발송되며, 그것으로 진료를 받을 수 있습니다.
apply-for-card-then-register = 카드를 받으면 보험증으로 쓰기 위한 이용 등록(利用登録)을 하십시오. 의료기관·약국의 카드리더기에서도 할 수 있습니다.
bring-kakuninsho = 자격확인서(資格確認書)(받으신 분)
bring-residence-card = 재류카드(在留カード)(새 카드. 신청 중일 때는 '申請中'(신청 중) 도장이 찍힌 카드)
situation-residence-period = 재류기간이 바뀐다·갱신했다(외국 국적인 분)
residence-period-title = 재류기간이 있는 분의 마이넘버카드
residence-period-step-1 = 재류기간이 있는 분의 카드 유효기간은 재류기간 만료일과 보통의 유효기간(생일로 정해지는 날) 중 더 빠른 날입니다(영주자·고도전문직 2호·특별영주자인 분은 제외). 기한을 알리는 편지는 오지 않습니다.
residence-period-step-2 = 재류기간을 갱신·변경하면 원래 만료일 전에 새 재류카드, 마이넘버카드, 4자리 비밀번호를 가지고 시구정촌 창구에서 카드 기한을 변경하십시오. 자동으로 바뀌지 않습니다.
residence-period-step-3 = 전자증명서의 기한은 바꿀 수 없기 때문에 창구에서 새로 발급됩니다.
residence-period-step-4 = 재류기간 갱신 신청의 결과가 아직 나오지 않았을 때는 카드 기한이 끝나기 전에 창구에 가면 만료일의 2개월 후까지 1번만 연장할 수 있습니다('申請中'(신청 중) 도장이 찍힌 재류카드나 온라인 신청 접수 화면을 보여 주십시오).
residence-period-step-5 = 영주자가 되었을 때나 일본 국적을 취득했을 때도 창구에서 유효기간을 변경하는 절차가 필요합니다.
residence-period-step-6 = '특정재류카드(特定在留カード)'(재류카드와 마이넘버카드가 1장으로 합쳐진 것)를 가진 분은 시구정촌 창구나 출입국재류관리청(出入国在留管理庁)에 문의하십시오.
fact-kouki-2025-certificates-ended = 후기고령자 의료 가입자 전원에게 임시로 발송된 자격확인서는 2026년 7월 31일까지 유효합니다(유효기간은 8월부터 다음 해 7월까지 1년). 가지고 계신 자격확인서의 유효기간을 확인하십시오.

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = 다음 분께 (입력 내용 지우기)
gui-next-person-short = 다음 분께
gui-top-settings-short = 설정
gui-more-below = ▼ 아래에 내용이 더 있습니다 (아래로 내려 주세요)
timeline-error-out-of-range = { $field }: { $from }부터 { $to }까지의 날짜를 입력해 주세요. { $example }
example-born = 예: 1950-10-10
example-card-expiry = 예: 2031-10-10 (카드 앞면에 적힌 날짜)
example-card-issued = 예: 2021-04-01
example-applied = 예: 2021-02-15
example-cert-expiry = 예: 2026-10-10
example-cert-issued = 예: 2021-04-01
example-residence = 예: 2027-03-31 (재류카드에 적힌 날짜)
gui-dates-missing = 아직 입력하지 않은 날짜나 고칠 곳이 있습니다: { $fields }
gui-save-cancelled = 저장을 취소했습니다. 아무것도 저장하지 않았습니다.
gui-chart-summary = 마이너보험증으로 쓸 수 있는 기간
gui-top-home-short = 처음 화면
sheet-memo = 창구 메모(다음 예약, 창구 전화번호 등)
## The sheet's first lines (issue 12)
sheet-act-by = 절차 기한: { $date } ({ $weekday })
weekday-1 = 월
weekday-2 = 화
weekday-3 = 수
weekday-4 = 목
weekday-5 = 금
weekday-6 = 토
weekday-7 = 일
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = 설정 파일 { $file }을(를) 사용할 수 없습니다: { $detail }
site-check-read = { $file }을(를) 읽었습니다. 내용은 다음과 같습니다.
site-check-municipality = 지자체
site-check-window = 창구
site-check-telephone = 전화
site-check-hours = 접수 시간
site-check-address = 주소
site-check-closed = 휴무일(토·일요일, 공휴일, 연말연시 외)
site-check-home-languages = 처음 화면의 언어
site-check-sheet-languages = 안내 시트의 언어(첫 번째가 기본값)
site-check-printer = 프린터
site-check-copies = 부수
site-check-kiosk-idle = 키오스크 대기 시간(초)
site-check-rules-file = 규칙 파일
site-check-not-set = (지정 안 함)
site-ask-here = 여기에서 상담해 주십시오: { $window }
site-telephone = 전화: { $number }
site-hours = 접수: { $hours }
site-address = 장소: { $address }
rules-stale = 이 안내는 { $date } 기준의 내용입니다. 최신 정보는 창구에서 확인해 주십시오.
rules-check-ok = { $file }은(는) 올바른 규칙 파일입니다.
rules-check-version = 버전
rules-check-reviewed-on = 내용 확인일
rules-check-review-by = 재검토 기한
rules-check-values = 값과 출처
rules-check-source = 출처: { $source }({ $from }부터)
gui-about = 이 안내에 대하여
about-version = 버전: { $version }
about-rules = 규칙: { $version }({ $reviewed } 확인, { $review_by }까지 재검토)
about-privacy = 인터넷에 연결하지 않고 작동합니다. 마이넘버(12자리)나 비밀번호는 묻지 않습니다. 키오스크에서는 아무것도 저장하지 않습니다.
about-fonts = 글꼴: Noto Sans, Noto Sans CJK JP, Noto Sans Thai·Khmer·Myanmar·Devanagari. SIL Open Font License 1.1
about-program = 이 프로그램: { $license }
about-sources = 출처

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = 소리 내어 읽기
speech-stop = 멈추기
speech-preparing = 음성을 준비하고 있습니다…
speech-reading = 소리 내어 읽고 있습니다
speech-error-no-device = 소리를 내는 장치를 찾을 수 없습니다. 스피커나 이어폰이 연결되어 있는지, 음량이 충분한지 확인해 주세요.
speech-error-device = 소리가 도중에 멈췄습니다. "소리 내어 읽기"를 다시 누르세요.
speech-error-language = 소리 내어 읽기는 일본어와 쉬운 일본어(やさしい日本語)만 됩니다. 예: --lang ja
speech-error-voice = 음성을 준비할 수 없었습니다. 프로그램을 다시 설치해 주세요.
speech-error-speed = 속도 '{ $value }'은(는) 사용할 수 없습니다. 0.7부터 1.2까지의 숫자를 쓰십시오. 예: --speed 0.8
speech-error-empty = 읽을 글이 없습니다. 예: mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = { $file }을(를) 저장했습니다({ $seconds }초).
gui-settings-speech = 소리 내어 읽는 속도
gui-settings-speech-explain = 더 천천히 들으려면 작은 숫자를 고르세요. R 키를 누르면 화면의 중요한 부분을 소리 내어 읽습니다.
about-speech = 소리 내어 읽기의 음성과 사전
about-speech-voice = 음성: HTS Voice "NIT ATR503 M001" © 2003–2012 나고야 공업대학(Creative Commons 저작자표시 3.0, CC BY 3.0)
about-speech-dictionary = 사전: NAIST Japanese Dictionary © 2009 나라 첨단과학기술대학원대학(BSD 3조항 라이선스, Debian의 open-jtalk 1.11로 만듦)
about-speech-engine = 음성 엔진: jpreprocess·jbonsai © 2023 JPreprocess Team(BSD 3조항 라이선스)
