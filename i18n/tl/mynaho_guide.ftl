# mynaho-guide — Tagalog. Terms follow shared/docs/glossary.md §A.8 (English terms kept, as in municipal
# Filipino texts). The Japanese term stays in brackets so a person can match letters they receive.

## language
language-name = Tagalog
app-title = Gabay sa Maina Hokensho

## answers
answer-yes = Oo
answer-no = Hindi
answer-unknown = Hindi ko alam
answer-insurer-employee = Health insurance ng kumpanya (Kyokai Kenpo, health insurance society o mutual aid association)
answer-insurer-kokuho = National health insurance (Kokuho ng inyong city hall / ward office)
answer-insurer-kouki = Medical Care System para sa edad 75 pataas (後期高齢者医療制度)

## quick guide (MHLW クイックガイド)
q-has-card = Mayroon po ba kayong My Number Card?
q-has-card-help = Ang My Number Card ay plastic na card na may litrato ng inyong mukha. Iba ito sa papel na notification card.
q-registered = Naiparehistro na po ba ninyo ang inyong My Number Card bilang health insurance card?
q-registered-help = Ang My Number Card na naiparehistro na ay ang inyong “Maina Hokensho” (マイナ保険証). Walang bagong card na ipapadala.
q-insurer-type = Anong health insurance po ang mayroon kayo?
q-insurer-type-help = Nakasulat ang pangalan ng inyong insurer (ang nagpapatakbo ng inyong health insurance: Kyokai Kenpo, health insurance society, Kokuho ng city hall / ward office, atbp.) sa dati ninyong health insurance card o sa mga dokumentong natanggap ninyo.

use-at-reception-title = Gamitin natin ito (paano mag-reception sa ospital, klinika at botika)
use-at-reception-step-1 = Ilagay ang inyong My Number Card sa card reader sa reception.
use-at-reception-step-2 = Kumpirmahin na kayo ito gamit ang face recognition o ang inyong 4-digit na PIN.
use-at-reception-step-3 = Sundin ang nasa screen at piliin kung papayag kayong ibahagi ang impormasyon tungkol sa inyong gamot at iba pa.
use-at-reception-step-4 = Tapos na ang reception. Huwag kalimutang iuwi ang inyong card.

register-title = Magparehistro (paano iparehistro ang card bilang health insurance card)
register-step-1 = Maaari kayong magparehistro sa card reader ng ospital, klinika o botika. Ilagay ang card at piliin ang “Register” (登録) sa screen.
register-step-2 = Maaari rin kayong magparehistro sa Mynaportal (マイナポータル) app sa smartphone: “Certificates” (証明書) → “Health insurance card” (健康保険証) → “Register” (登録).
register-step-3 = Maaari rin kayong magparehistro sa Seven Bank ATM o sa counter ng inyong city hall / ward office.
register-step-4 = Kapag kulang na sa 5 araw bago ang Expiration Date ng inyong Electronic Certificate, maaaring hindi na kayo makapagparehistro. Magparehistro nang maaga.

check-registration-title = Tingnan kung naka-rehistro na ang card
check-registration-step-1 = Sa Mynaportal, buksan ang “Health insurance card” (健康保険証) at tingnan kung nakasulat ang “Registered” (登録済).
check-registration-step-2 = Maaari rin ninyong tingnan sa pamamagitan ng paglagay ng card sa card reader ng ospital, klinika o botika. Kung hindi pa naka-rehistro, maaari kayong magparehistro doon mismo.
check-registration-step-3 = Kung hindi pa ito naka-rehistro, magparehistro po kayo.

apply-for-card-title = Alamin kung paano mag-apply ng My Number Card
apply-for-card-step-1 = Mula sa pag-apply hanggang matanggap ang card, inaabot ito ng 1 hanggang 2 buwan.
apply-for-card-step-2 = Kung mayroon kayong application form (交付申請書): mag-apply gamit ang smartphone o computer (QR code), o sa ID photo booth sa bayan.
apply-for-card-step-3 = Kung wala kayong application form: kumuha nito sa counter ng inyong city hall / ward office o i-download ito, at ipadala ang application sa koreo.
apply-for-card-step-4 = Habang hindi pa dumarating ang card, maaari kayong magpatingin sa doktor gamit ang certificate of eligibility confirmation (資格確認書) na ipinapadala ng inyong insurer (ang inyong health insurance). Hindi na kailangang mag-apply para sa certificate of eligibility confirmation.

ask-municipality-title = Alamin kung na-issue na ang card, at magtanong sa counter ng inyong city hall / ward office
ask-municipality-step-1 = Tingnan kung may dumating na abiso ng pag-issue ng card (交付通知書, postcard) o sulat mula sa city hall / ward office.
ask-municipality-step-2 = Kung hindi kayo sigurado, magtanong sa counter ng inyong city hall / ward office kung na-issue na ang inyong card.
ask-municipality-step-3 = Habang wala pa kayong Maina Hokensho, maaari kayong magpatingin sa doktor gamit ang certificate of eligibility confirmation (資格確認書).

## counter situations
situation-lost-card = Nawala ko ang aking My Number Card
situation-pin-locked = Na-lock ang aking PIN
situation-reader-failed = Hindi nabasa ang aking card sa ospital
situation-certificate-not-arrived = Hindi dumarating ang certificate of eligibility confirmation (資格確認書)
situation-turning-75 = Magiging 75 taong gulang na ako
situation-changed-insurer = Nagbago ang trabaho o tirahan ko, kaya nagbago ang insurance ko
situation-unregister = Gusto kong kanselahin ang registration
situation-smartphone = Gusto kong gamitin ang smartphone bilang Maina Hokensho

lost-card-title = Kapag nawala ang inyong My Number Card
lost-card-step-1 = Tumawag agad sa My Number toll-free (0120-95-0178, piliin ang 2 sa voice guidance) para ipahinto ang card (24 oras, 365 araw). Kung nawala ang smartphone na nilagyan ninyo ng function ng card, maipapahinto rin ito sa parehong tawag.
lost-card-step-2 = Mag-report ng pagkawala sa pulis. Sa pag-apply ng bagong card, kakailanganin ang pangalan ng police station, ang numero ng telepono nito, ang pangalan ng pulis na humawak ng inyong report, at ang report number. Isulat ang mga ito.
lost-card-step-3 = Mag-report ng pagkawala sa counter ng inyong city hall / ward office, at kung gusto ninyo ng bagong card, mag-apply ng re-issue. Ang bayad ay 1,000 yen, at inaabot ng 1 hanggang 2 buwan bago ito matanggap. Kung nagmamadali kayo, mayroon ding “express issue” (特急発行, mas mabilis na paraan: sa loob ng 30 araw mula sa report ng pagkawala, mga 1 linggo, 2,000 yen).
lost-card-step-4 = Habang hindi pa dumarating ang bagong card, mag-apply sa inyong insurer (ang inyong health insurance) para sa certificate of eligibility confirmation (資格確認書) at gamitin ito sa pagpapatingin sa doktor.
lost-card-step-5 = Kapag nakita ninyo ang card, ipaalam ito sa counter ng inyong city hall / ward office.

pin-locked-title = Kapag na-lock ang inyong PIN
pin-locked-step-1 = Nala-lock ang 4-digit na PIN kapag 3 beses kayong nagkamali nang sunod-sunod.
pin-locked-step-2 = Sa ospital, klinika at botika, magagamit pa rin ninyo ang card gamit ang face recognition o ang visual check ng staff (ikinukumpara ng staff ang litrato sa card sa inyong mukha).
pin-locked-step-3 = Para mag-reset ng PIN, pumunta sa counter ng inyong city hall / ward office dala ang card at isang ID.

reader-failed-title = Kapag hindi nabasa ng card reader ang inyong card
reader-failed-step-1 = Ipakita ang inyong My Number Card kasama ang screen na “Health insurance card” (健康保険証) ng Mynaportal sa smartphone, o kasama ang PDF na na-download mula roon.
reader-failed-step-2 = O ipakita ang inyong My Number Card kasama ang notice of eligibility information (資格情報のお知らせ). Hindi kayo makakapagpatingin gamit lang ang notice.
reader-failed-step-3 = Kung wala kayo ng alinman sa dalawa, ipakita ang inyong My Number Card at sagutan sa reception ang form ng deklarasyon ng eligibility (被保険者資格申立書).

kakuninsho-step-why = Maaaring hindi ito dumating dahil lumipat kayo ng tirahan, dahil may Maina Hokensho pa kayong magagamit, o dahil naantala ang proseso.
kakuninsho-employee-title = Hindi dumarating ang certificate of eligibility confirmation (資格確認書): health insurance ng kumpanya
kakuninsho-employee-step-1 = Magtanong sa personnel o general affairs ng inyong trabaho, o sa inyong insurer (Kyokai Kenpo, health insurance society o mutual aid association).
kakuninsho-kokuho-title = Hindi dumarating ang certificate of eligibility confirmation (資格確認書): national health insurance
kakuninsho-kokuho-step-1 = Magtanong sa national health insurance counter ng inyong city hall / ward office.
kakuninsho-kouki-title = Hindi dumarating ang certificate of eligibility confirmation (資格確認書): Medical Care System para sa edad 75 pataas
kakuninsho-kouki-step-1 = Magtanong sa counter ng Medical Care System para sa edad 75 pataas (後期高齢者医療) sa inyong city hall / ward office.
kakuninsho-kouki-step-2 = Mula Agosto 2026, ang walang Maina Hokensho ay padadalhan ng certificate of eligibility confirmation (資格確認書), at ang mayroon ay padadalhan ng notice of eligibility information (資格情報のお知らせ). Para sa edad 85 pataas, maaaring iba ang patakaran depende sa regional union (広域連合).
kakuninsho-unknown-title = Hindi dumarating ang certificate of eligibility confirmation (資格確認書): hindi alam ang insurance
kakuninsho-unknown-step-1 = Hanapin ang pangalan ng inyong insurer (ang inyong health insurance) sa dati ninyong health insurance card o sa mga sulat na natanggap ninyo.
kakuninsho-unknown-step-2 = Kung hindi kayo sigurado, magtanong sa counter ng inyong city hall / ward office.

turning-75-title = Kapag magiging 75 taong gulang na kayo
turning-75-step-1 = Walang kailangang gawin kapag naging 75 na kayo. Tuloy pa rin ang registration ng inyong Maina Hokensho.
turning-75-step-2 = Ang regional union (広域連合) ng Medical Care System para sa edad 75 pataas ang magpapadala, sa pamamagitan ng city hall / ward office, ng certificate of eligibility confirmation (資格確認書) o ng notice of eligibility information (資格情報のお知らせ). Hindi kayo makakapagpatingin gamit lang ang notice: ipakita ito kasama ang inyong Maina Hokensho.
turning-75-step-3 = Sa health insurance ng kumpanya, ang mga kapamilya (wala pang 75 taong gulang) na dependent ng taong magiging 75 ay kailangang mag-asikaso para sumali sa national health insurance o sa ibang insurance.

changed-insurer-title = Kapag nagbago ang inyong insurance
changed-insurer-step-1 = Ibigay ang mga kailangang dokumento sa inyong bagong insurer (ang bagong health insurance na sasalihan ninyo).
changed-insurer-step-2 = Mga 10 araw bago ma-update ang impormasyon ng inyong Maina Hokensho. Mas mabuting tingnan muna sa Mynaportal bago magpatingin sa doktor.
changed-insurer-step-3 = Kung magpapatingin kayo bago ito ma-update, ipakita ang certificate of eligibility confirmation (資格確認書) na ipinadala ng inyong bagong insurer. Kung hindi pa ito dumarating, ipakita ang inyong My Number Card at sagutan sa reception ang form ng deklarasyon ng eligibility (被保険者資格申立書).

unregister-title = Kapag gusto ninyong kanselahin ang registration
unregister-step-1 = Magbigay ng application form para sa pagkansela sa inyong insurer (ang inyong health insurance). Para sa national health insurance ng inyong city hall / ward office at sa Medical Care System para sa edad 75 pataas: sa counter ng inyong city hall / ward office. Para sa national health insurance association (国民健康保険組合): sa mismong association.
unregister-step-2 = Pagkatapos makansela, padadalhan kayo ng inyong insurer ng certificate of eligibility confirmation (資格確認書).
unregister-step-3 = Maaari ninyong tingnan sa Mynaportal kung nakansela na ang registration.

smartphone-title = Paggamit ng smartphone bilang Maina Hokensho
smartphone-step-1 = Mula Setyembre 19, 2025, magagamit ang smartphone sa mga ospital, klinika at botika na tumatanggap nito (hanapin ang sticker).
smartphone-step-2 = Ise-set up ito sa Mynaportal app. Kailangan ang mismong My Number Card.
smartphone-step-3 = May mga ospital na hindi pa tumatanggap nito, kaya dalhin din ang inyong card.

## what to bring, where to go
bring-card = My Number Card
bring-pin = 4-digit na PIN (Electronic Certificate para sa user verification)
bring-photo = Litrato ng mukha (para sa application)
bring-id = ID (driver's license, atbp.)
bring-application-form = Application form (交付申請書), kung mayroon
bring-letters = Mga sulat mula sa city hall / ward office o sa insurer
bring-police-number = Pangalan at numero ng telepono ng police station, pangalan ng pulis na humawak ng report, at report number ng pagkawala
bring-oshirase = Notice of eligibility information (資格情報のお知らせ), kung mayroon
where-clinic = Reception ng ospital, klinika o botika
where-smartphone = Mynaportal (マイナポータル) app sa smartphone
where-municipality = Counter ng inyong city hall / ward office
where-municipality-kokuho = National health insurance counter ng inyong city hall / ward office
where-municipality-kouki = Counter ng Medical Care System para sa edad 75 pataas sa inyong city hall / ward office
where-police = Police station o koban
where-insurer = Inyong insurer (health insurance ng kumpanya, national health insurance ng city hall / ward office, atbp.)
where-employer = Personnel o general affairs ng inyong trabaho

## hotlines (rules file)
hotline-general = My Number toll-free (Japanese)
hotline-general-hours = Lunes hanggang Biyernes 9:30–20:00; Sabado, Linggo at holiday 9:30–17:30 (pagpapahinto ng card dahil nawala o ninakaw: 24 oras, 365 araw)
hotline-foreign-system = Foreign-language line (sistema, Mynaportal)
hotline-foreign-system-hours = Lunes hanggang Biyernes 9:30–20:00; Sabado, Linggo at holiday 9:30–17:30
hotline-foreign-card = Foreign-language line (card, Electronic Certificate, pagkawala)
hotline-foreign-card-hours = Ingles, Tsino, Koreano, Espanyol, Portuges: 8:30–20:00; Thai, Nepali, Indonesian, Vietnamese, Tagalog: 9:00–18:00

## dated facts (rules file)
fact-legacy-cards-ended = Ang lumang health insurance card ay magagamit lang hanggang Disyembre 1, 2025 (mula Disyembre 2, hindi na ito magagamit).
fact-legacy-kouki-ended = Ang lumang insurance card ng Medical Care System para sa edad 75 pataas ay magagamit lang hanggang Hulyo 31, 2025 (mula Agosto 1, hindi na ito magagamit).
fact-clinic-tolerance = Hanggang katapusan ng Marso 2026, may pansamantalang patakaran: ayon sa pasya ng ospital, maaari kayong magpatingin gamit ang expired na insurance card o ang notice of eligibility information (資格情報のお知らせ) lang.
fact-clinic-tolerance-ended = Ang pansamantalang patakaran na nagpapahintulot na magpatingin gamit ang expired na insurance card o ang notice of eligibility information (資格情報のお知らせ) lang ay itinakda hanggang katapusan ng Marso 2026 (wala kaming nakitang abiso na pinalawig ito).
fact-kouki-blanket = Hanggang Hulyo 31, 2026, lahat ng nasa Medical Care System para sa edad 75 pataas (後期高齢者医療) ay padadalhan ng certificate of eligibility confirmation (資格確認書) (pansamantalang patakaran).
fact-kouki-status-based = Mula Agosto 2026, sa Medical Care System para sa edad 75 pataas (後期高齢者医療), ang walang Maina Hokensho ay padadalhan ng certificate of eligibility confirmation (資格確認書), at ang mayroon ay padadalhan ng notice of eligibility information (資格情報のお知らせ).
fact-kouki-85-plus = May regional union (広域連合) na nagsasabing, dahil sa pagbabago ng patakaran ng national government, padadalhan nila ng certificate of eligibility confirmation (資格確認書) ang lahat ng edad 85 pataas sa Agosto 1, 2026.
fact-reported-by-one = Maaaring iba sa lugar ninyo.

## timeline
status-valid = Valid: magagamit bilang Maina Hokensho
status-grace = Grace period (maikling panahon pagkatapos ng Expiration Date): magagamit bilang health insurance card, pero hindi maibabahagi ang impormasyon tungkol sa gamot at iba pa
status-expired = Expired: hindi na magagamit bilang Maina Hokensho
status-valid-act = I-renew ito hanggang { $date }.
status-grace-act = I-renew ito sa counter ng inyong city hall / ward office hanggang { $date }.
status-expired-act = I-renew ito sa counter ng inyong city hall / ward office. Habang hindi pa, magpatingin sa doktor gamit ang certificate of eligibility confirmation (資格確認書) na ipinapadala ng inyong insurer.
timeline-today = Ngayon
timeline-card = My Number Card (ang mismong card)
timeline-certificate = Electronic Certificate (para sa user verification)
timeline-expiry = Expiration Date
timeline-renewal-opens = Simula ng pag-renew
timeline-grace-last-day = Huling araw ng grace period
timeline-registration-cutoff = Tinatayang huling araw ng registration
timeline-full-function-until = Huling araw na magagamit ang lahat ng function
timeline-usable-until = Huling araw na magagamit bilang Maina Hokensho
timeline-status = Status ngayon
timeline-act-by = Huling araw ng pag-asikaso
timeline-facts = Mga dapat malaman ngayon
band-valid = Valid
band-renewal = Panahon ng pag-renew
band-grace = Grace period (bilang health insurance card lang)
band-expired = Expired
warning-leap-day-birthday = Para sa mga ipinanganak noong Pebrero 29: sa mga taong hindi leap year, Pebrero 28 ang itinuring na kaarawan. Tingnan ang petsang nakasulat sa card.
warning-computed-not-printed = Kinalkula lang ang Expiration Date ng card. Ang petsang naka-print sa card ang tamang petsa.
printed-dates-prevail = Ang mga petsang nakasulat sa card at sa mga sulat ang masusunod.

## fields (named in error messages)
field-today = Petsa ngayon (--today)
field-born = Petsa ng kapanganakan (--born)
field-card-expiry = Expiration Date ng card (--card-expiry)
field-card-issued = Petsa ng pag-issue ng card (--card-issued)
field-applied = Petsa ng application (--applied)
field-cert-expiry = Expiration Date ng Electronic Certificate (--cert-expiry)
field-cert-issued = Petsa ng pag-issue ng Electronic Certificate (--cert-issued)

## errors
date-error-empty = { $field }: walang inilagay na petsa.
date-error-unrecognised = { $field }: hindi mabasa bilang petsa ang “{ $input }”.
date-error-month = { $field }: walang buwan na { $month }.
date-error-day = { $field }: walang araw na { $day } sa buwan { $month } ng taong { $year }.
date-error-era-unknown = { $field }: hindi magagamit ang era na “{ $era }” (明治 Meiji, 大正 Taisho, 昭和 Showa, 平成 Heisei, 令和 Reiwa).
date-error-outside-era = { $field }: ang era na { $era } ay mula { $first } hanggang { $last }.
date-error-before-era = { $field }: Nagsisimula ang { $era } sa { $first }.
date-accepted-forms = Mga tinatanggap na format: 2026-03-15, 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, S25.10.10 (puwede rin ang full-width)
timeline-error-born-needed = Kailangan ang { $field } para makalkula ang Expiration Date mula sa petsa ng pag-issue.
timeline-error-before-birth = Ang { $field } ay mas maaga kaysa sa petsa ng kapanganakan.
timeline-error-applied-after-issue = Mas huli ang { $field } kaysa sa petsa ng pag-issue ng card.
timeline-error-card-needed = Ilagay ang Expiration Date ng card (--card-expiry) o ang petsa ng pag-issue nito (--card-issued).
guide-error-data = May mali sa data ng gabay: { $detail }
guide-error-situation = Walang sitwasyong “{ $value }”. Mga puwede: { $accepted }
guide-error-question = Walang tanong na “{ $value }”. Mga puwede: { $accepted }
guide-error-answer = Hindi puwedeng isagot ang “{ $value }” sa “{ $question }”. Mga puwede: { $accepted }
rules-error = Hindi mabasa ang rules file na { $file }: { $detail }
lang-error = Walang wikang “{ $value }”. Mga puwede: { $accepted }
answer-format-error = Isulat ang --answer sa anyong KEY=VALUE (halimbawa: has-card=yes): “{ $value }”
output-write-error = Hindi maisulat ang output: { $reason }
no-display = Walang display: gumamit ng desktop session, o ng mga command: mynaho-guide --help
cli-error-unknown-argument = Walang option na “{ $arg }”.
cli-error-unknown-command = Walang command na “{ $value }”. Mga puwede: { $accepted }
cli-error-did-you-mean = { $suggestion } po ba ang ibig ninyong sabihin?
cli-error-invalid-value = { $arg }: hindi puwede ang “{ $value }”. Mga puwede: { $accepted }
cli-error-value-needed = Kailangan ng value ang { $arg } (halimbawa: { $example }).
cli-error-number = { $arg }: hindi puwede ang “{ $value }”. Isulat ang isang buong numero mula { $min } hanggang { $max } (halimbawa: { $example }).
cli-error-missing = Kailangan din ang { $arg } (halimbawa: { $example }).
cli-error-requires = Gumagana lang ang { $arg } kasama ng { $needed } (halimbawa: { $example }).
cli-error-conflict = Hindi puwedeng gamitin nang sabay ang { $arg } at { $other }: isa lang sa kanila ang ibigay.
cli-error-repeated = Ibinigay ang { $arg } nang 2 beses o higit pa: 1 beses lang ito ibigay.
cli-error-not-utf8 = { $arg }: hindi mabasa ang text (gumamit ng UTF-8)
cli-error-window-only = Para sa window ang { $arg }: hindi ito puwedeng gamitin sa command na { $command }.
cli-error-other = Hindi mabasa ang command line: { $detail }
cli-error-help = Para makita ang mga option: { $command }
answer-repeated = Ibinigay ang --answer { $key } nang 2 beses o higit pa: 1 sagot lang para sa 1 tanong.
answer-not-asked = Hindi gagamitin ang --answer { $key }: sa mga sagot na ito, hindi itinatanong ng gabay ang tanong na ito (dinaanan: { $path }).
sheet-error-card-needed = Gumagana lang ang { $arg } kasama ng Expiration Date ng card (--card-expiry) o ng petsa ng pag-issue ng card (--card-issued): ibigay rin ang isa sa mga ito (halimbawa: --card-expiry 2031-03-15).

## command-line text output
cli-outcome = Resulta
cli-question = Tanong
cli-choices = Mga sagot
cli-steps = Mga gagawin
cli-bring = Mga dadalhin
cli-where = Saan pupunta
cli-call = Tumawag

## sheet
sheet-title = Ang inyong Maina Hokensho (マイナ保険証)
sheet-name-line = { $name } 様
sheet-card-expiry = Expiration Date ng My Number Card: { $date }
sheet-cert-expiry = Expiration Date ng Electronic Certificate (電子証明書): { $date }
sheet-timeline-card = Mga susunod na mangyayari (batay sa Expiration Date ng My Number Card)
sheet-timeline-cert = Mga susunod na mangyayari (batay sa Expiration Date ng Electronic Certificate)
sheet-dates-until = hanggang { $date }
sheet-dates-range = { $from } hanggang { $to }
sheet-dates-from = mula { $date }
sheet-todo-wait = Wala pa kayong kailangang gawin ngayon. Magsisimula ang pag-renew sa { $date }.
sheet-todo-letter = Kapag malapit na ang Expiration Date, darating ang expiration notice (有効期限通知書) sa isang asul na sobre. Pagdating nito, mag-renew.
sheet-todo-card-3 = Libre ang pag-renew dahil sa Expiration Date. Kailangan ng litrato sa pag-apply.
sheet-todo-cert-2 = Dalhin ang inyong My Number Card at ang 4-digit na PIN.
sheet-todo-cert-3 = Kapag nag-renew kayo sa loob ng grace period (maikling panahon pagkatapos ng Expiration Date), hindi na kailangang iparehistro ulit ang card bilang health insurance card.
sheet-todo-expired-1 = Sa counter ng inyong city hall / ward office, i-renew ang Electronic Certificate o mag-apply ng bagong card.
sheet-todo-expired-2 = Pagkatapos mag-renew, iparehistro ulit ang card bilang health insurance card. Magagawa rin ito sa card reader ng ospital, klinika o botika.
sheet-todo-expired-3 = Habang hindi pa, magpatingin sa doktor gamit ang certificate of eligibility confirmation (資格確認書) na ipapadala ng inyong insurer. Kung hindi ito dumating, magtanong sa inyong insurer.
sheet-contacts-heading = Saan magtatanong
sheet-contact-languages = Mga wika (ayon sa J-LIS, noong { $date }): { $languages }
sheet-contact-insurer = Ang inyong insurer (保険者) o ang counter ng inyong city hall / ward office (市区町村の窓口)
sheet-contact-insurer-detail = Dito magtanong tungkol sa certificate of eligibility confirmation (資格確認書) at sa inyong insurance. Nakasulat ang pangalan ng inyong insurer sa mga sulat nito at sa dati ninyong health insurance card.
sheet-no-hotline = Walang telephone line na nagsasalita ng inyong wika. Tumawag sa Japanese line (0120-95-0178) kasama ang taong marunong mag-Japanese.
sheet-no-hotline-show = Ipakita ito sa staff. Ang sinasabi nito: "Hindi sapat ang Japanese ng taong ito, at walang telephone line sa kanyang wika. Pakitulungan po siya sa proseso."
sheet-footer = Mga patakaran { $version } (ayon sa { $reviewed }) · na-print noong { $date }
sheet-error = Hindi magawa ang explanation sheet: { $reason }
sheet-saved = Na-save ang explanation sheet: { $path }
sheet-save-error = Hindi ma-save ang explanation sheet ({ $path }): { $reason }
sheet-error-guide-incomplete = May tanong pa sa gabay na hindi nasasagot: { $question }
print-job-accepted = Tinanggap ng printer ang job ({ $job }).
print-pdf-kept = Nakatabi ang PDF dito; maaari ninyo itong i-save o i-print sa ibang printer: { $path }
print-error-not-installed = Hindi naka-install ang printing system (CUPS).
print-error-no-scheduler = Hindi tumatakbo ang printing system (CUPS).
print-error-no-printer = Walang naka-set up na printer.
print-error-no-default = Marami ang printer at walang default. Pumili ng isa gamit ang --printer.
print-error-unknown-printer = Walang printer na "{ $printer }".
print-error-refused = Hindi tinanggap ng printer ang job: { $reason }
print-error-temp-file = Hindi ma-save ang PDF para sa pag-print: { $reason }
printers-default = (default)
printers-no-default = Walang default na printer.

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = Simula
gui-top-settings = Laki ng letra at settings
gui-back = ← Bumalik
gui-restart = Magsimula ulit
gui-language = Wika (Language / ことば)
gui-home-title = Paggamit ng My Number Card sa doktor
gui-home-intro = Ipinapakita ng gabay na ito, isa-isang hakbang, kung paano gamitin ang My Number Card bilang health insurance card: ang Maina Hokensho (マイナ保険証).
gui-home-guide = Sumagot sa ilang tanong
gui-home-guide-explain = Sumagot ng "oo" o "hindi" at makikita kung ano ang gagawin sa reception.
gui-home-dates = Tingnan ang mga petsa ng aking card
gui-home-dates-explain = Mula sa kaarawan at mga petsa ng card: hanggang kailan ito gumagana at kailan ire-renew.
gui-home-problem = May problema ako
gui-home-problem-explain = Pumili sa mga karaniwang problema, gaya ng nawalang card o na-lock na PIN.
gui-home-keys = Keyboard: pindutin ang numero para pumili, Enter para magpatuloy, Esc para bumalik.
gui-problem-title = Ano ang problema?
gui-problem-explain = Piliin ang pinakamalapit.
gui-guide-step = Tanong { $number }
gui-guide-answer-hint = Kung hindi kayo sigurado, piliin ang "Hindi ko alam". Mababago ninyo ito mamaya.
gui-guide-so-far = Mga sagot ninyo hanggang ngayon
gui-guide-diagram = Ang buong gabay (may kulay kung nasaan kayo)
gui-guide-missing = Hindi mabasa ang datos ng gabay. Pakisabi sa isang staff.
gui-outcome-label = Ang gagawin
gui-outcome-review = Suriin at i-print
gui-outcome-dates = Tingnan din ang mga petsa ng card
gui-node-has-card = May card?
gui-node-registered = Naka-rehistro?
gui-node-use-at-reception = Gamitin sa reception
gui-node-register = Magparehistro
gui-node-check-registration = Tingnan ang registration
gui-node-apply-for-card = Mag-apply ng card
gui-node-ask-municipality = Magtanong sa city hall
gui-dates-title = Tingnan ang mga petsa ng aking card
gui-dates-forms = Isulat ang petsa sa alinman sa mga anyong ito: 昭和25年10月10日, S25.10.10, 1950-10-10 o １９５０年１０月１０日 (full-width na numero).
gui-dates-placeholder = Ilagay dito ang petsa
gui-dates-example = Lalabas dito ang petsang nabasa.
gui-dates-born = Petsa ng kapanganakan
gui-dates-born-explain = Kailangan sa pagkalkula. Nasa harap ng card.
gui-dates-card = Ang My Number Card
gui-dates-card-expiry = Expiration Date ng card (naka-print sa card)
gui-dates-card-expiry-explain = Ang petsang "有効期限" sa harap ng card. Ito ang pinakatiyak.
gui-dates-card-issued = Petsa ng pag-issue ng card
gui-dates-card-issued-explain = Gamitin ito kung hindi ninyo makita ang Expiration Date; kakalkulahin ang Expiration Date mula rito (hindi ito ang araw na kinuha ninyo ang card).
gui-dates-cert = Electronic Certificate
gui-dates-cert-explain = Ang Electronic Certificate ay ang "patunay na kayo nga ito" na nasa loob ng card. May sarili itong Expiration Date, karaniwang tuwing 5 taon.
gui-dates-cert-unknown = Hindi ko alam
gui-dates-cert-expiry = Expiration Date ng Electronic Certificate
gui-dates-cert-issued = Petsa ng pag-issue ng Electronic Certificate (noong ni-renew)
gui-dates-cert-where = Nasa likod ng card, sa abiso sa asul na sobre, at sa Mynaportal.
gui-dates-need-card = Isulat ang petsa ng card para makita ang resulta.
gui-dates-show = Ipakita ang resulta
gui-dates-edit = Baguhin ang mga petsa
gui-dates-incomplete = May kulang o hindi mabasang petsa. Ayusin ang mga nasa pula.
gui-rules-missing = Hindi mabasa ang mga patakaran. Pakisabi sa isang staff.
gui-dates-result-title = Resulta
gui-status-renew-now = Puwede nang mag-renew. Libre ito sa counter ng inyong city hall / ward office.
gui-status-nothing-yet = Wala pang kailangang gawin. Kapag malapit na ang petsa, may darating na abiso sa asul na sobre.
gui-status-grace-hurry = Pagkalipas ng araw na iyon, hindi na ito magagamit bilang Maina Hokensho. Bago iyon, i-renew ito sa counter ng inyong city hall / ward office.
gui-status-ask-insurer = Kung walang dumating na certificate of eligibility confirmation (資格確認書), makipag-ugnayan sa inyong insurer.
gui-chart-title = Timeline
gui-key-dates = Mahahalagang petsa
gui-key-card-expiry = Expiration Date ng card
gui-key-card-renewal = Puwedeng i-renew ang card simula
gui-key-cert-expiry = Expiration Date ng Electronic Certificate
gui-key-cert-renewal = Puwedeng i-renew ang Electronic Certificate simula
gui-pair = { $label }: { $value }
gui-warnings = Paalala
gui-review-title = Suriin at i-print
gui-review-explain = Kung may mali, pindutin ang "Baguhin". Maipapakita ninyo ang naka-print na papel sa counter o klinika.
gui-review-guide = Mga sagot ninyo
gui-review-dates = Mga petsa
gui-review-not-entered = Wala pang nakasulat
gui-review-edit-guide = Baguhin ang mga sagot
gui-review-edit-dates = Baguhin ang mga petsa
gui-review-sheet = Ang papel na ipi-print
gui-review-sheet-explain = I-print sa Japanese lang, o Japanese kasama ang isa pang wika.
gui-sheet-ja-only = Japanese lang
gui-review-large-print = Malaking letra
gui-review-copies = kopya
gui-review-name = Pangalan (ipi-print sa papel; puwedeng iwanang blangko)
gui-review-name-explain = Hindi sine-save kahit saan ang pangalan.
gui-review-print = I-print
gui-review-save = I-save bilang PDF
gui-review-no-save-kiosk = Hindi puwedeng mag-save sa makinang ito (puwedeng mag-print).
gui-print-working = Inihahanda…
gui-tell-staff = Pakisabi sa isang staff.
gui-settings-title = Laki ng letra at settings
gui-settings-size = Laki ng letra
gui-settings-size-explain = Lalaki ang lahat sa screen. Puwede rin ang Ctrl at + o −.
gui-settings-contrast = Mga kulay
gui-settings-contrast-explain = Kung mahirap basahin, piliin ang "High contrast": puting letra sa itim.
gui-settings-contrast-normal = Normal
gui-settings-contrast-high = High contrast (puti sa itim)
gui-idle-countdown = Matagal nang walang humahawak sa screen. Babalik sa simula sa loob ng { $seconds } segundo
gui-idle-explain = Mabubura ang lahat ng isinulat. Hawakan ang screen para magpatuloy.
gui-idle-continue = Magpatuloy

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = Kailangang tiyakin: hindi pa sigurado ang Expiration Date
status-check-act = Una, alamin ang tunay na Expiration Date.
status-expired-card = Lumipas na ang Expiration Date ng mismong My Number Card: { $date }.
status-expired-cert = Lumipas na ang Expiration Date ng Electronic Certificate (電子証明書): { $date }.
check-card-ambiguous = Depende sa araw ng inyong pag-apply, ang Expiration Date ng card ay { $early } o { $late }. Tingnan ang petsang naka-print sa harap ng card.
check-cert-renewal = Depende kung maaga itong na-renew, ang Expiration Date ng Electronic Certificate ay { $early } o { $late }.
check-cert-assumed = Kung hindi pa kailanman na-renew ang Electronic Certificate, ang Expiration Date nito ay { $date }. Kung na-renew na, mas huli pa ito.
check-usable-if-earliest = Kung ang mas maagang petsa ang tama, magagamit ito bilang Maina Hokensho hanggang { $date }.
check-how = Paano malalaman: sa screen ng Mynaportal (マイナポータル), sa mensahe ng card reader sa ospital, klinika o botika, sa expiration notice (有効期限通知書) na ipinapadala ng J-LIS 2 hanggang 3 buwan bago ang petsa, o sa counter ng inyong city hall / ward office.
warning-card-application-date-needed = Hindi alam ang araw na tinanggap ang inyong application, kaya may 2 posibleng Expiration Date ang card. Ilagay ang Expiration Date na naka-print sa card para makatiyak.
warning-certificate-renewal-unknown = Kung na-renew ang Electronic Certificate na ito sa loob ng 3 buwan bago ang Expiration Date ng nauna, 1 taon na mas mahaba ang bisa nito. Pakitiyak kung alin ang totoo.
warning-certificate-assumed = Walang inilagay na petsa ng Electronic Certificate, kaya kinalkula ito na parang na-issue kasabay ng card at hindi pa kailanman na-renew. Malalaman ang tunay na Expiration Date sa Mynaportal (マイナポータル), sa card reader ng ospital, klinika o botika, sa expiration notice (有効期限通知書) mula sa J-LIS, o sa counter ng inyong city hall / ward office.
warning-certificate-after-card = Mas huli ang Expiration Date ng Electronic Certificate kaysa sa kinalkulang Expiration Date ng card. Tingnan ang Expiration Date na naka-print sa card.
warning-residence-no-reminder = Ang Expiration Date ng card ay itinatakda ng katapusan ng inyong period of stay (在留期間). Kapag na-renew o nabago ang inyong period of stay, pumunta sa counter ng inyong city hall / ward office bago ang dating Expiration Date, dala ang bagong residence card (在留カード), ang My Number Card at ang 4-digit na PIN nito, para baguhin ang Expiration Date ng card. Walang darating na sulat na paalala. Ii-issue rin ulit ang Electronic Certificate.
dispute-card-grace-months = May ilang city hall / ward office na nagbibigay ng 3 buwang grace period pagkatapos mag-expire ang mismong card; dito, ang mas maikling 2 buwan ang ginamit.
dispute-renewal-opens = May ilang city hall / ward office na nagsisimulang tumanggap ng pag-renew sa araw pagkatapos ng "3 buwan bago" ang Expiration Date.
timeline-expiry-either = { $early } o { $late }
timeline-basis = Batayan ng petsa
basis-entered = inilagay ninyo
basis-computed = kinalkula
basis-ambiguous = 2 posibleng petsa (ang mas maaga ang ginamit)
basis-assumed = ipinalagay lang (walang inilagay na petsa)
timeline-limited-by-residence = Itinatakda ng katapusan ng period of stay ang Expiration Date
timeline-apply-by = Huling araw ng pag-apply ng bagong card
timeline-renew-by = Huling araw ng pag-renew ng Electronic Certificate
sheet-card-expiry-either = Expiration Date ng My Number Card: { $early } o { $late } (kailangang tiyakin)
sheet-cert-expiry-either = Expiration Date ng Electronic Certificate (電子証明書): { $early } o { $late } (kailangang tiyakin)
sheet-after-that = Pagkatapos nito: { $title }
sheet-todo-check-1 = Alamin ang tunay na Expiration Date. Kung malapit na ito o lumipas na, mag-renew sa counter ng inyong city hall / ward office.
sheet-todo-card-apply = Mag-apply ng bagong card mula { $from } hanggang { $to } (sa koreo, sa smartphone, sa photo booth sa labas, o sa counter ng inyong city hall / ward office). Inaabot ng 1 hanggang 2 buwan bago ito matanggap.
sheet-todo-card-gap = Kung mag-a-apply kayo pagkalipas ng { $date }, humingi rin sa inyong insurer ng certificate of eligibility confirmation (資格確認書) para magamit habang hindi pa dumarating ang bagong card.
sheet-todo-cert-by = I-renew ang Electronic Certificate sa counter ng inyong city hall / ward office hanggang { $date }. Matatapos ito sa araw ding iyon at libre ito.
sheet-todo-residence = Pagka-extend ng inyong period of stay, baguhin ang Expiration Date ng card sa counter ng inyong city hall / ward office bago ang { $date }.
timeline-error-after-today = Ang { $field } ay mas huli kaysa sa petsa ngayon.
timeline-error-before-first-card = { $field }: walang My Number Card bago ang Oktubre 5, 2015. Pakitingnan ang petsa.
timeline-error-cert-before-card = Mas maaga ang petsa ng pag-issue ng Electronic Certificate kaysa sa petsa ng pag-issue ng card. Pakitingnan ang mga petsa.
timeline-error-cert-after-card = Mas huli ang Expiration Date ng Electronic Certificate kaysa sa Expiration Date ng card. Pakitingnan ang isa sa mga ito.
date-error-year-range = { $field }: hindi tinatanggap ang taong { $year } (1868 hanggang 2200 lang). Halimbawa: 1950-10-10
field-cert-renewal = Maagang pag-renew (--cert-renewal)
field-residence-until = Katapusan ng period of stay (--residence-until)
gui-dates-applied = Araw na tinanggap ang application
gui-dates-applied-explain = Depende sa araw ng inyong pag-apply, may 2 posibleng Expiration Date ang card. Ilagay ang araw na iyon kung alam ninyo; kung hindi, ilagay ang Expiration Date na naka-print sa card.
gui-dates-renewal-question = Ni-renew ba ninyo ang Electronic Certificate bago ang Expiration Date nito?
gui-dates-renewal-explain = Sumagot ng "Oo" kung ni-renew ninyo ito sa loob ng 3 buwan bago ang Expiration Date ng dating Electronic Certificate. Kung ganoon, 1 taon na mas mahaba ang bisa nito.
gui-dates-foreign = Dayuhang residente na may period of stay (may petsa ng pagtatapos ang inyong residence card)
gui-dates-residence = Katapusan ng period of stay
gui-dates-residence-explain = Ang period of stay (petsa ng pagtatapos) na nakasulat sa inyong residence card (在留カード). Ang mga Permanent Resident (永住者), Highly Skilled Professional (ii) (高度専門職2号) at Special Permanent Resident (特別永住者) ay hindi na kailangang maglagay nito.
band-unsure = Hindi alam (kailangang tiyakin)
sheet-timeline-earliest-note = Iginuhit ito gamit ang mas maagang petsa. Alamin ang tunay na Expiration Date.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = Naka-pause ang printer na "{ $printer }". Pakisabi sa isang staff.
print-error-rejecting = Hindi tumatanggap ng job ngayon ang printer na "{ $printer }". Pakisabi sa isang staff.
print-error-timed-out = Hindi sumagot ang printing system ({ $program }) sa loob ng { $seconds } segundo. Pakisabi sa isang staff.
print-error-stuck = Naghihintay pa rin ang papel sa pila ng printer (job { $job }). Pakisabi sa isang staff.
print-error-cancelled = Kinansela ang pag-print.
printers-keeps-job-files = Paalala: nakatakda ang print server na ito na itabi ang data ng mga na-print na dokumento (CUPS PreserveJobFiles). Sa mga makina sa counter at kiosk, itakda ang "PreserveJobFiles No".
gui-print-busy = Nagpi-print ngayon. Pakihintay hanggang matapos ito.
gui-review-dates-invalid = May mga petsang kailangang ayusin, kaya hindi pa mai-print ang papel. Pindutin ang "Baguhin ang mga petsa" para ayusin ang mga ito.

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = National health insurance association (国民健康保険組合: Kokuho association ng isang hanapbuhay, gaya ng sa construction o sa mga doktor)
kakuninsho-kumiai-title = Hindi dumarating ang certificate of eligibility confirmation (資格確認書): national health insurance association (国民健康保険組合)
kakuninsho-kumiai-step-1 = Magtanong sa national health insurance association na kinabibilangan ninyo. Ang association ang nagpapadala ng certificate of eligibility confirmation (資格確認書). Nakasulat ang contact nito sa mga dokumentong ipinadala nito sa inyo.
kakuninsho-meanwhile-mynaho = Kung magpapatingin kayo bago ito dumating at naiparehistro na ninyo ang inyong My Number Card bilang health insurance card, magagamit ninyo ito bilang Maina Hokensho. Kung hindi pa, maaari kayong magparehistro doon mismo sa card reader ng ospital, klinika o botika.
kakuninsho-meanwhile-form = O ipakita ang inyong My Number Card at sagutan sa reception ang form ng deklarasyon ng eligibility (被保険者資格申立書).
oshirase-not-alone = Ang notice of eligibility information (資格情報のお知らせ) ay ibang dokumento at hindi ito ang certificate of eligibility confirmation (資格確認書). Hindi kayo makakapagpatingin gamit lang ang notice.
full-cost-risk = Kung hindi ninyo maipakita ang My Number Card o ang certificate of eligibility confirmation (資格確認書), maaaring kailangan ninyong bayaran ang buong halaga ng gastos sa pagpapagamot (10割).
kakuninsho-70-74 = Para sa edad 70 hanggang 74, maaaring kailanganin din ang “Certificate for Elderly Recipients” (高齢受給者証) kasama ng certificate of eligibility confirmation (資格確認書). Kung natanggap na ninyo ito, ipakita rin ito.
kakuninsho-kouki-youhairyo = Ang mga nahihirapang gumamit ng card (may certification na nangangailangan ng long-term care o support, may disability handbook, nakatira sa pasilidad, may adult guardian, atbp.) ay maaaring mag-apply ng certificate of eligibility confirmation (資格確認書). 1 beses lang kailangang mag-apply, sa unang pagkakataon; pagkatapos, patuloy na itong ipapadala. Para sa mga nakatira sa pasilidad, maaari ring mag-apply ang staff ng pasilidad para sa kanila.
reader-failed-step-4 = Hindi mababasa ang card kung marumi ito o kung sira ang IC chip nito. Makipag-ugnayan sa My Number Card counter ng inyong city hall / ward office.
turning-75-ask = Para sa mga tanong tungkol sa Medical Care System para sa edad 75 pataas, magtanong sa regional union (後期高齢者医療広域連合) o sa counter ng sistemang ito sa inyong city hall / ward office. Ang My Number toll-free ay para sa mga tanong tungkol sa card.
where-kouki-union = Regional union ng Medical Care System para sa edad 75 pataas (後期高齢者医療広域連合; may isa sa bawat prefecture)
apply-for-card-not-required = Hindi sapilitan ang pagkuha ng My Number Card. Ang walang card ay padadalhan ng certificate of eligibility confirmation (資格確認書), at magagamit nila ito sa pagpapatingin sa doktor.
apply-for-card-then-register = Pagkatanggap ninyo ng card, iparehistro ito bilang health insurance card. Magagawa rin ito sa card reader ng ospital, klinika o botika.
bring-kakuninsho = Certificate of eligibility confirmation (資格確認書), kung natanggap na ninyo
bring-residence-card = Bagong residence card (在留カード); kung pending pa ang application, ang may tatak na “申請中” (pending ang application)
situation-residence-period = Magbabago o na-renew ang aking period of stay (para sa mga dayuhan)
residence-period-title = My Number Card ng mga may period of stay
residence-period-step-1 = Para sa mga may period of stay, ang Expiration Date ng card ay ang huling araw ng period of stay o ang karaniwang Expiration Date (ang itinakda ayon sa inyong kaarawan), alinman ang mas maaga. Hindi ito para sa mga Permanent Resident (永住者), Highly Skilled Professional (ii) (高度専門職2号) at Special Permanent Resident (特別永住者). Walang darating na sulat na paalala tungkol sa Expiration Date.
residence-period-step-2 = Kapag na-renew o nabago ang inyong period of stay, pumunta sa counter ng inyong city hall / ward office bago ang dating petsa ng pagtatapos, dala ang bagong residence card (在留カード), ang My Number Card at ang 4-digit na PIN, para baguhin ang Expiration Date ng card. Hindi ito awtomatikong nagbabago.
residence-period-step-3 = Hindi mababago ang Expiration Date ng Electronic Certificate, kaya bagong Electronic Certificate ang ii-issue sa counter.
residence-period-step-4 = Kung wala pang resulta ang inyong application para sa renewal, pumunta sa counter bago mag-expire ang card: maaari itong i-extend nang 1 beses lang, hanggang 2 buwan pagkatapos ng petsa ng pagtatapos (ipakita ang residence card na may tatak na “申請中” o ang screen ng pagtanggap ng online application).
residence-period-step-5 = Kapag naging Permanent Resident kayo o nakakuha ng Japanese citizenship, kailangan din ninyong magpabago ng Expiration Date sa counter.
residence-period-step-6 = Kung mayroon kayong “Specified Residence Card” (特定在留カード: ang residence card at My Number Card na pinagsama sa 1 card), magtanong sa counter ng inyong city hall / ward office o sa Immigration Services Agency (出入国在留管理庁).
fact-kouki-2025-certificates-ended = Ang certificate of eligibility confirmation (資格確認書) na ipinadala bilang pansamantalang patakaran sa lahat ng nasa Medical Care System para sa edad 75 pataas ay valid hanggang Hulyo 31, 2026 (1 taon ang bisa, mula Agosto hanggang Hulyo ng susunod na taon). Tingnan ang Expiration Date ng certificate of eligibility confirmation na hawak ninyo.

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = Para sa susunod na tao (burahin ang mga inilagay)
gui-next-person-short = Susunod na tao
gui-top-settings-short = Settings
gui-more-below = ▼ May kasunod pa (i-scroll pababa)
timeline-error-out-of-range = { $field }: maglagay ng petsa mula { $from } hanggang { $to }. { $example }
example-born = hal. 1950-10-10
example-card-expiry = hal. 2031-10-10 (ang petsang nakasulat sa harap ng card)
example-card-issued = hal. 2021-04-01
example-applied = hal. 2021-02-15
example-cert-expiry = hal. 2026-10-10
example-cert-issued = hal. 2021-04-01
example-residence = hal. 2027-03-31 (ang petsang nakasulat sa inyong residence card)
gui-dates-missing = May kulang na petsa o may kailangang ayusin: { $fields }
gui-save-cancelled = Kinansela ang pag-save. Walang na-save.
gui-chart-summary = Panahong magagamit bilang Maina Hokensho
gui-top-home-short = Simula
sheet-memo = Mga tala ng counter (susunod na appointment, numero ng telepono ng counter, atbp.)
## The sheet's first lines (issue 12)
sheet-act-by = Huling araw ng pag-asikaso: { $date } ({ $weekday })
weekday-1 = Lun
weekday-2 = Mar
weekday-3 = Miy
weekday-4 = Huw
weekday-5 = Biy
weekday-6 = Sab
weekday-7 = Lin
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = Hindi magamit ang site profile na { $file }: { $detail }
site-check-read = Nabasa ang { $file }. Ito ang nakasulat:
site-check-municipality = Munisipyo
site-check-window = Counter
site-check-telephone = Telepono
site-check-hours = Oras ng serbisyo
site-check-address = Address
site-check-closed = Mga araw na sarado (bukod sa weekend, holiday, at katapusan ng taon at Bagong Taon)
site-check-home-languages = Mga wika sa Simula
site-check-sheet-languages = Mga wika ng explanation sheet (ang una ang default)
site-check-printer = Printer
site-check-copies = Kopya
site-check-kiosk-idle = Idle time ng kiosk (segundo)
site-check-rules-file = Rules file
site-check-not-set = (hindi nakatakda)
site-ask-here = Magtanong dito: { $window }
site-telephone = Telepono: { $number }
site-hours = Bukas: { $hours }
site-address = Lugar: { $address }
rules-stale = Ang gabay na ito ay ayon sa impormasyon noong { $date }. Pakitingnan po ang pinakabagong impormasyon sa counter.
rules-check-ok = Tamang rules file ang { $file }.
rules-check-version = Bersyon
rules-check-reviewed-on = Sinuri noong
rules-check-review-by = Susuriin muli hanggang
rules-check-values = Mga value at pinagkunan
rules-check-source = Pinagkunan: { $source } (mula { $from })
gui-about = Tungkol sa gabay na ito
about-version = Bersyon: { $version }
about-rules = Mga patakaran: { $version } (sinuri noong { $reviewed }, susuriin muli hanggang { $review_by })
about-privacy = Gumagana kahit walang internet. Hindi nito kailanman hihingin ang inyong 12-digit na My Number o PIN. Walang sine-save ang kiosk.
about-fonts = Mga font: Noto Sans, Noto Sans CJK JP, Noto Sans Thai, Khmer, Myanmar at Devanagari. SIL Open Font License 1.1
about-program = Ang program na ito: { $license }
about-sources = Mga pinagkunan

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = Basahin nang malakas
speech-stop = Itigil
speech-preparing = Inihahanda ang boses…
speech-reading = Binabasa nang malakas
speech-error-no-device = Walang nakitang sound device. Pakitingnan kung nakakabit ang speaker o earphones at kung sapat ang lakas ng volume.
speech-error-device = Huminto ang tunog sa gitna. Pindutin muli ang "Basahin nang malakas".
speech-error-language = Japanese at madaling Japanese (やさしい日本語) lang ang puwedeng basahin nang malakas. Halimbawa: --lang ja
speech-error-voice = Hindi maihanda ang boses. Pakiinstall muli ang program.
speech-error-speed = Hindi puwede ang speed na “{ $value }”. Isulat ang isang numero mula 0.7 hanggang 1.2. Halimbawa: --speed 0.8
speech-error-empty = Walang tekstong babasahin. Halimbawa: mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = Na-save ang { $file } ({ $seconds } segundo).
gui-settings-speech = Bilis ng pagbasa nang malakas
gui-settings-speech-explain = Pumili ng mas maliit na numero para marinig ito nang mas mabagal. Binabasa nang malakas ng R key ang pangunahing bahagi ng screen.
about-speech = Boses at diksiyonaryo para sa pagbasa nang malakas
about-speech-voice = Boses: HTS Voice “NIT ATR503 M001” © 2003–2012 Nagoya Institute of Technology (Creative Commons Attribution 3.0, CC BY 3.0)
about-speech-dictionary = Diksiyonaryo: NAIST Japanese Dictionary © 2009 Nara Institute of Science and Technology (BSD 3-Clause License; ginawa mula sa open-jtalk 1.11 ng Debian)
about-speech-engine = Speech engine: jpreprocess at jbonsai © 2023 JPreprocess Team (BSD 3-Clause License)
