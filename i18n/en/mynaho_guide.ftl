# mynaho-guide — English. Terms follow shared/docs/glossary.md §A.2; the Japanese term stays in
# brackets on sheets so a person can match letters they receive.

## language
language-name = English
app-title = Myna Hokensho Guide

## answers
answer-yes = Yes
answer-no = No
answer-unknown = I don't know
answer-insurer-employee = Employee health insurance (Kyokai Kenpo, a health insurance society or mutual aid association)
answer-insurer-kokuho = National Health Insurance (Kokumin Kenko Hoken) of your city, ward or town
answer-insurer-kouki = Medical Care System for People Aged 75 and Over

## quick guide (MHLW quick guide)
q-has-card = Do you have a My Number Card?
q-has-card-help = The My Number Card is a plastic card with your photo. It is not the paper notification card.
q-registered = Have you registered your My Number Card for use as a health insurance card?
q-registered-help = A My Number Card registered this way is the "Myna Hokensho". No new card is sent.
q-insurer-type = Which health insurance are you in?
q-insurer-type-help = Your insurer is the organisation that runs your health insurance, such as Kyokai Kenpo, a health insurance society or the National Health Insurance of your city, ward or town. Its name is on your old health insurance card and on the documents you received.

use-at-reception-title = Use it at the reception (hospitals, clinics and pharmacies)
use-at-reception-step-1 = Put your My Number Card on the card reader at the reception.
use-at-reception-step-2 = Confirm it is you by face recognition or by your 4-digit PIN.
use-at-reception-step-3 = Follow the screen and choose whether to share your medication and other information.
use-at-reception-step-4 = That is all. Do not forget to take your card with you.

register-title = Register your card for use as a health insurance card (how to get your Myna Hokensho)
register-step-1 = You can register at the card reader of a hospital, clinic or pharmacy: put the card on it and choose "register".
register-step-2 = You can also register in the Mynaportal app on a smartphone: "Certificates" → "Health insurance card" → "Register".
register-step-3 = You can also register at a Seven Bank ATM or at the counter of your city, ward or town office.
register-step-4 = Registration may fail in the last 5 days before your electronic certificate expires. Register early.

check-registration-title = Check whether your card is registered
check-registration-step-1 = In Mynaportal, open "Health insurance card" and check that it says "registered".
check-registration-step-2 = You can also check at the card reader of a hospital or pharmacy; if it is not registered, you can register there.
check-registration-step-3 = If it was not registered, register it for use as a health insurance card.

apply-for-card-title = Apply for a My Number Card
apply-for-card-step-1 = It takes 1 to 2 months from applying to receiving the card.
apply-for-card-step-2 = If you have the application form: apply online (QR code) with a smartphone or computer, or at a photo booth in town.
apply-for-card-step-3 = If you do not have the form: get one at the counter of your city, ward or town office or download it, and apply by post.
apply-for-card-step-4 = Until the card arrives, you can see a doctor with the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) that your insurer (the health insurance you belong to) sends you. You do not need to apply for this certificate.

ask-municipality-title = Check whether your card has been issued, and ask at the counter of your city, ward or town office
ask-municipality-step-1 = Check whether the card issue notice (交付通知書, a postcard) or a letter from your city, ward or town office has arrived.
ask-municipality-step-2 = If you are not sure, ask at the counter of your city, ward or town office whether your card was issued.
ask-municipality-step-3 = Until you have a Myna Hokensho, you can see a doctor with the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書).

## counter situations
situation-lost-card = I lost my My Number Card
situation-pin-locked = My PIN is locked
situation-reader-failed = The card reader at the clinic did not work
situation-certificate-not-arrived = My Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) has not arrived
situation-turning-75 = I am turning 75
situation-changed-insurer = My job or address changed, and so did my insurance
situation-unregister = I want to cancel the registration for use as a health insurance card
situation-smartphone = I want to use my smartphone as my Myna Hokensho

lost-card-title = If you lost your My Number Card
lost-card-step-1 = Call the My Number General Toll-Free Number (in Japanese, 0120-95-0178, option 2 of the voice guidance) at once and have the card suspended (24 hours a day, 365 days a year). If you lose a smartphone that holds the card's functions, you can have it suspended with the same call.
lost-card-step-2 = Report the loss to the police (遺失届). To get a new card you will need the police station's name and phone number, the name of the officer in charge and the receipt number of your loss report. Write them down.
lost-card-step-3 = Report the loss (紛失届) at the counter of your city, ward or town office and, if you want a new card, apply for one. The fee is 1,000 yen, and it takes 1–2 months to receive it. If you are in a hurry, there is also "express issue" (特急発行: a faster way, within 30 days of the loss report, about 1 week, 2,000 yen).
lost-card-step-4 = Until the new card arrives, apply to your insurer (the health insurance you belong to) for a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) and use it to see a doctor.
lost-card-step-5 = If you find the card again, report it at the counter of your city, ward or town office.

pin-locked-title = If your PIN is locked
pin-locked-step-1 = The 4-digit PIN locks after 3 wrong entries in a row.
pin-locked-step-2 = At hospitals, clinics and pharmacies you can use the card with face recognition, or with a visual check by the staff (they compare the photo on the card with your face).
pin-locked-step-3 = To reset the PIN, go to the counter of your city, ward or town office with the card and an ID document.

reader-failed-title = If the card reader could not read your card
reader-failed-step-1 = Show your My Number Card together with the "Health insurance card" (健康保険証) screen of the Mynaportal app on your smartphone, or with a PDF downloaded from that screen.
reader-failed-step-2 = Or show your My Number Card together with the Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ). The notice alone is not enough to see a doctor.
reader-failed-step-3 = If you have neither, show your My Number Card and fill in a declaration of insured status (Hihokensha Shikaku Moshitatesho, 被保険者資格申立書) at the reception.

kakuninsho-step-why = It may not have arrived because you moved, because you still have a working Myna Hokensho, or because of a delay.
kakuninsho-employee-title = Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) has not arrived (employee health insurance)
kakuninsho-employee-step-1 = Ask the person in charge in the personnel or general affairs office at work, or your insurer (Kyokai Kenpo, your health insurance society or mutual aid association).
kakuninsho-kokuho-title = Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) has not arrived (National Health Insurance)
kakuninsho-kokuho-step-1 = Ask at the National Health Insurance counter of your city, ward or town office.
kakuninsho-kouki-title = Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) has not arrived (Medical Care System for People Aged 75 and Over)
kakuninsho-kouki-step-1 = Ask at the counter for the Medical Care System for People Aged 75 and Over at your city, ward or town office.
kakuninsho-kouki-step-2 = From August 2026, people without a Myna Hokensho receive a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書), and people with one receive a Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ). For people aged 85 or over, this may differ between regional unions (広域連合).
kakuninsho-unknown-title = Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) has not arrived (you do not know your insurance)
kakuninsho-unknown-step-1 = Look for the name of your insurer (the health insurance you belong to) on your old health insurance card or on the letters you received.
kakuninsho-unknown-step-2 = If you are not sure, ask at the counter of your city, ward or town office.

turning-75-title = When you turn 75
turning-75-step-1 = You do not need to do anything when you turn 75. The registration of your card for use as a health insurance card (your Myna Hokensho) carries over as it is.
turning-75-step-2 = You receive a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) or a Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ) of the Medical Care System for People Aged 75 and Over from its regional union (広域連合), through your city, ward or town. The notice alone is not enough to see a doctor: show it together with your Myna Hokensho.
turning-75-step-3 = If the person turning 75 is in employee health insurance, the family members who were their dependants and are under 75 must apply to join National Health Insurance or other health insurance.

changed-insurer-title = When your insurance changed
changed-insurer-step-1 = Hand in the required documents to your new insurer (the health insurance you are joining).
changed-insurer-step-2 = It takes about 10 days until your Myna Hokensho shows the new insurance. Check in Mynaportal before you go to a doctor.
changed-insurer-step-3 = If you see a doctor before the update, show the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) that your new insurer sent you. If it has not arrived, show your My Number Card and fill in a declaration of insured status (Hihokensha Shikaku Moshitatesho, 被保険者資格申立書) at the reception.

unregister-title = If you want to cancel the registration for use as a health insurance card
unregister-step-1 = Hand in a cancellation form to your insurer (the health insurance you belong to). For the National Health Insurance of your city, ward or town and for the Medical Care System for People Aged 75 and Over, hand it in at the counter of your city, ward or town office; for a National Health Insurance association (Kokuho Kumiai), at the association.
unregister-step-2 = After cancelling, your insurer sends you a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書).
unregister-step-3 = You can check in Mynaportal that the registration was cancelled.

smartphone-title = Using your smartphone as your Myna Hokensho
smartphone-step-1 = Since 19 September 2025 you can use a smartphone at equipped hospitals and pharmacies (look for the sticker).
smartphone-step-2 = Set it up in the Mynaportal app. You need your physical My Number Card.
smartphone-step-3 = Some places cannot read smartphones yet, so carry your card too.

## what to bring, where to go
bring-card = My Number Card
bring-pin = 4-digit PIN (of the electronic certificate for user authentication)
bring-photo = A photo of your face (for the application)
bring-id = An ID document (driving licence, etc.)
bring-application-form = The application form (if you have it)
bring-letters = Letters from your city, ward or town office or from your insurer
bring-police-number = The police station's name and phone number, the name of the officer in charge and the receipt number of your loss report
bring-oshirase = Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ), if you have it
where-clinic = Reception of a hospital, clinic or pharmacy
where-smartphone = The Mynaportal app on a smartphone
where-municipality = The counter of your city, ward or town office
where-municipality-kokuho = The National Health Insurance counter of your city, ward or town office
where-municipality-kouki = The counter for the Medical Care System for People Aged 75 and Over at your city, ward or town office
where-police = A police station or police box
where-insurer = Your insurer (employee health insurance, the National Health Insurance of your city, ward or town, etc.)
where-employer = The personnel or general affairs office at work

## hotlines (rules file)
hotline-general = My Number General Toll-Free Number (Japanese)
hotline-general-hours = Weekdays 9:30–20:00, Sat/Sun/holidays 9:30–17:30 (suspension after loss or theft: 24 hours a day, 365 days a year)
hotline-foreign-system = Foreign-language line (system, Mynaportal)
hotline-foreign-system-hours = Weekdays 9:30–20:00, Sat/Sun/holidays 9:30–17:30
hotline-foreign-card = Foreign-language line (card, electronic certificates, loss)
hotline-foreign-card-hours = English, Chinese, Korean, Spanish, Portuguese 8:30–20:00; Thai, Nepali, Indonesian, Vietnamese, Tagalog 9:00–18:00

## dated facts (rules file)
fact-legacy-cards-ended = The old paper and plastic health insurance cards could be used until 1 December 2025 (they cannot be used from 2 December).
fact-legacy-kouki-ended = The old health insurance cards of the Medical Care System for People Aged 75 and Over could be used until 31 July 2025 (they cannot be used from 1 August).
fact-clinic-tolerance = Until the end of March 2026, a clinic may accept an expired health insurance card or the Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ) alone (a temporary measure).
fact-clinic-tolerance-ended = The temporary measure that let people see a doctor with only an expired health insurance card or the Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ) was to last until the end of March 2026 (no notice of an extension has been found).
fact-kouki-blanket = As a temporary measure, everyone in the Medical Care System for People Aged 75 and Over receives a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) until 31 July 2026.
fact-kouki-status-based = From August 2026, people in the Medical Care System for People Aged 75 and Over without a Myna Hokensho receive a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書); those with one receive a Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ).
fact-kouki-85-plus = Some regional unions (広域連合) announce that, following a change in national policy, everyone aged 85 or over on 1 August 2026 receives a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書).
fact-reported-by-one = It may differ where you live.

## timeline
status-valid = Valid: you can use it as your Myna Hokensho
status-grace = Grace period (a short period after the expiration date): it still works as a health insurance card, but your medication and other information is not passed on
status-expired = Expired: it no longer works as a Myna Hokensho
status-valid-act = Renew it by { $date }.
status-grace-act = Renew it at the counter of your city, ward or town office by { $date }.
status-expired-act = Renew it at the counter of your city, ward or town office. Until then, see a doctor with the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) that your insurer sends you.
timeline-today = Today
timeline-card = My Number Card (the card itself)
timeline-certificate = Electronic certificate (for user authentication)
timeline-expiry = Expiration date
timeline-renewal-opens = Renewal opens
timeline-grace-last-day = Last day of the grace period
timeline-registration-cutoff = Suggested deadline for registration for use as a health insurance card
timeline-full-function-until = Last day with every function
timeline-usable-until = Last day usable as a Myna Hokensho
timeline-status = Today's status
timeline-act-by = Act by
timeline-facts = What applies today
band-valid = Valid
band-renewal = Renewal period
band-grace = Grace period (as a health insurance card only)
band-expired = Expired
warning-leap-day-birthday = Born on 29 February: in common years 28 February was taken as the birthday. Check the date printed on the card.
warning-computed-not-printed = The card's expiration date was computed. The date printed on the card is the one that counts.
printed-dates-prevail = The dates printed on the card and on letters prevail.

## fields (named in error messages)
field-today = today's date (--today)
field-born = date of birth (--born)
field-card-expiry = card expiration date (--card-expiry)
field-card-issued = card issue date (--card-issued)
field-applied = application date (--applied)
field-cert-expiry = electronic certificate expiration date (--cert-expiry)
field-cert-issued = electronic certificate issue date (--cert-issued)

## errors
date-error-empty = { $field }: no date was entered.
date-error-unrecognised = { $field }: "{ $input }" cannot be read as a date.
date-error-month = { $field }: there is no month { $month }.
date-error-day = { $field }: { $year }-{ $month }-{ $day } does not exist.
date-error-era-unknown = { $field }: "{ $era }" is not an era this program knows (Meiji, Taisho, Showa, Heisei, Reiwa).
date-error-outside-era = { $field }: { $era } runs from { $first } to { $last }.
date-error-before-era = { $field }: { $era } starts on { $first }.
date-accepted-forms = Accepted forms: 2026-03-15, 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, S25.10.10 (full-width too)
timeline-error-born-needed = The { $field } is needed to compute an expiration date from an issue date.
timeline-error-before-birth = The { $field } is before the date of birth.
timeline-error-applied-after-issue = The { $field } is after the card's issue date.
timeline-error-card-needed = Give the card's expiration date (--card-expiry) or its issue date (--card-issued).
guide-error-data = The guide data is invalid: { $detail }
guide-error-situation = There is no situation "{ $value }". Accepted: { $accepted }
guide-error-question = There is no question "{ $value }". Accepted: { $accepted }
guide-error-answer = "{ $value }" is not an answer to "{ $question }". Accepted: { $accepted }
rules-error = The rules file { $file } cannot be used: { $detail }
lang-error = There is no language "{ $value }". Accepted: { $accepted }
answer-format-error = Write --answer as KEY=VALUE (for example has-card=yes): "{ $value }"
output-write-error = The output could not be written: { $reason }
no-display = no display: use a desktop session, or the commands: mynaho-guide --help
cli-error-unknown-argument = Unknown option: { $arg }
cli-error-unknown-command = There is no command "{ $value }". Accepted: { $accepted }
cli-error-did-you-mean = Did you mean { $suggestion }?
cli-error-invalid-value = { $arg }: "{ $value }" is not accepted. Accepted: { $accepted }
cli-error-value-needed = { $arg } needs a value (for example { $example })
cli-error-number = { $arg }: "{ $value }" is not accepted. Write a whole number from { $min } to { $max } (for example { $example })
cli-error-missing = { $arg } is needed as well (for example { $example })
cli-error-requires = { $arg } works only together with { $needed } (for example { $example })
cli-error-conflict = { $arg } and { $other } cannot be used together: give only one of them
cli-error-repeated = { $arg } is given 2 or more times: give it only 1 time
cli-error-not-utf8 = { $arg }: not readable text (use UTF-8)
cli-error-window-only = { $arg } is for the window: it cannot be used with the command { $command }
cli-error-other = The command line could not be read: { $detail }
cli-error-help = To see the options: { $command }
answer-repeated = --answer { $key } is given 2 or more times: give only 1 answer to 1 question
answer-not-asked = --answer { $key } would not be used: with these answers the guide does not ask this question (path: { $path })
sheet-error-card-needed = { $arg } works only with the card's expiration date (--card-expiry) or its issue date (--card-issued): give one of them as well (for example --card-expiry 2031-03-15)

## command-line text output
cli-outcome = Outcome
cli-question = Question
cli-choices = Answers
cli-steps = What to do
cli-bring = What to bring
cli-where = Where to go
cli-call = Call

## sheet
sheet-title = About your Myna Hokensho (マイナ保険証)
sheet-name-line = { $name } 様
sheet-card-expiry = My Number Card expiration date: { $date }
sheet-cert-expiry = Electronic certificate (電子証明書) expiration date: { $date }
sheet-timeline-card = What happens next (from the My Number Card's expiration date)
sheet-timeline-cert = What happens next (from the electronic certificate's expiration date)
sheet-dates-until = until { $date }
sheet-dates-range = { $from } to { $to }
sheet-dates-from = from { $date }
sheet-todo-wait = Nothing to do now. Renewal opens on { $date }.
sheet-todo-letter = When the expiration date comes near, an expiration notice (有効期限通知書) arrives in a blue envelope. When it arrives, renew.
sheet-todo-card-3 = Renewal because of the expiration date is free. You need a photo to apply.
sheet-todo-cert-2 = Bring your My Number Card and your 4-digit PIN.
sheet-todo-cert-3 = If you renew within the grace period (a short period after the expiration date), you do not need to register your card for use as a health insurance card (your Myna Hokensho) again.
sheet-todo-expired-1 = At the counter of your city, ward or town office, renew the electronic certificate or apply for a new card.
sheet-todo-expired-2 = After renewing, register your card for use as a health insurance card (your Myna Hokensho) again. You can do this at the card reader of a hospital, clinic or pharmacy.
sheet-todo-expired-3 = Until then, see a doctor with the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) that your insurer sends you. If it does not arrive, ask your insurer.
sheet-contacts-heading = Contacts
sheet-contact-languages = Languages (as listed by J-LIS on { $date }): { $languages }
sheet-contact-insurer = Your health insurance: your insurer (保険者), or the counter of your city, ward or town office (市区町村の窓口)
sheet-contact-insurer-detail = Ask here about the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) and your insurance. Your insurer's name is on its letters and on your old health insurance card.
sheet-no-hotline = No telephone line speaks your language. Call the Japanese line (0120-95-0178) together with someone who speaks Japanese.
sheet-no-hotline-show = Show this to the staff. It says: "This person does not speak enough Japanese, and no telephone line speaks their language. Please help with the procedure."
sheet-footer = Rules { $version } (as of { $reviewed }) · printed { $date }
sheet-error = The explanation sheet could not be made: { $reason }
sheet-saved = Explanation sheet saved: { $path }
sheet-save-error = The explanation sheet could not be saved ({ $path }): { $reason }
sheet-error-guide-incomplete = The guide still has a question to answer: { $question }
print-job-accepted = The printer accepted the job (job { $job }).
print-pdf-kept = The PDF was kept here; you can save it or print it on another printer: { $path }
print-error-not-installed = The printing system (CUPS) is not installed.
print-error-no-scheduler = The printing system (CUPS) is not running.
print-error-no-printer = No printer is set up.
print-error-no-default = There are several printers and none is the default. Choose one with --printer.
print-error-unknown-printer = There is no printer called "{ $printer }".
print-error-refused = The printer did not accept the job: { $reason }
print-error-temp-file = The PDF for printing could not be saved: { $reason }
printers-default = (default)
printers-no-default = No default printer is set.

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = Home
gui-top-settings = Text size and settings
gui-back = ← Back
gui-restart = Start again
gui-language = Language (ことば)

gui-home-title = About the Myna Hokensho
gui-home-intro = This guide shows you, one step at a time, how to use your My Number Card as your health insurance card: the Myna Hokensho (マイナ保険証).
gui-home-guide = Answer a few questions
gui-home-guide-explain = Answer "yes" or "no" and see what to do at the reception desk.
gui-home-dates = Check my card's dates
gui-home-dates-explain = From your birth date and the card's dates: how long it works, and when to renew.
gui-home-problem = I have a problem
gui-home-problem-explain = Choose from common problems, such as a lost card or a locked PIN.
gui-home-keys = Keyboard: number keys choose, Enter continues, Esc goes back.

gui-problem-title = What is the problem?
gui-problem-explain = Choose the closest one.

gui-guide-step = Question { $number }
gui-guide-answer-hint = If you are not sure, choose "I don't know". You can change it later.
gui-guide-so-far = Your answers so far
gui-guide-diagram = The whole guide (where you are is coloured)
gui-guide-missing = The guide data could not be loaded. Please tell a staff member.
gui-outcome-label = What to do
gui-outcome-review = Check and print
gui-outcome-dates = Check my card's dates too

gui-node-has-card = Have a card?
gui-node-registered = Registered?
gui-node-use-at-reception = Use it at reception
gui-node-register = Register it
gui-node-check-registration = Check registration
gui-node-apply-for-card = Apply for a card
gui-node-ask-municipality = Ask the city, ward or town office

gui-dates-title = Check my card's dates
gui-dates-forms = Type a date in any form: 昭和25年10月10日, S25.10.10, 1950-10-10 or １９５０年１０月１０日 (full-width digits).
gui-dates-placeholder = Enter a date here
gui-dates-example = The date as read will appear here.
gui-dates-born = Date of birth
gui-dates-born-explain = Needed for the calculation. It is on the front of the card.
gui-dates-card = The My Number Card
gui-dates-card-expiry = Card expiration date (as printed on the card)
gui-dates-card-expiry-explain = The "有効期限" date on the front of the card. This is the most reliable.
gui-dates-card-issued = Card issue date
gui-dates-card-issued-explain = Use it when you cannot find the expiration date; it is then calculated (the issue date is not the day you collected the card).
gui-dates-cert = Electronic certificate
gui-dates-cert-explain = The electronic certificate is the "proof that it is you" stored in the card. It has its own expiration date, usually every 5 years.
gui-dates-cert-unknown = I don't know
gui-dates-cert-expiry = Electronic certificate expiration date
gui-dates-cert-issued = Electronic certificate issue date (when it was renewed)
gui-dates-cert-where = It is on the back of the card or on the notice in the blue envelope, and in Mynaportal.
gui-dates-need-card = Enter the card's date to see the result.
gui-dates-show = Show the result
gui-dates-edit = Change the dates
gui-dates-incomplete = Some dates are missing or not readable. Please fix the ones in red.
gui-rules-missing = The rules data could not be loaded. Please tell a staff member.
gui-dates-result-title = Result


gui-status-renew-now = Renewal is open now. It is free at the counter of your city, ward or town office.
gui-status-nothing-yet = Nothing to do now. When the date gets close, a notice arrives in a blue envelope.
gui-status-grace-hurry = After that day it no longer works as a Myna Hokensho. Before then, renew it at the counter of your city, ward or town office.
gui-status-ask-insurer = If no Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) arrives, contact your health insurance (your insurer).

gui-chart-title = Timeline
gui-key-dates = Key dates
gui-key-card-expiry = Card expiration date
gui-key-card-renewal = Card renewal possible from
gui-key-cert-expiry = Electronic certificate expiration date
gui-key-cert-renewal = Electronic certificate renewal possible from
gui-pair = { $label }: { $value }
gui-warnings = Please note

gui-review-title = Check and print
gui-review-explain = If something is wrong, press "Change". You can show the printed sheet at the counter or the clinic.
gui-review-guide = Your answers
gui-review-dates = Dates
gui-review-not-entered = Not entered yet
gui-review-edit-guide = Change the answers
gui-review-edit-dates = Change the dates
gui-review-sheet = The printed sheet
gui-review-sheet-explain = Print in Japanese only, or Japanese beside one other language.
gui-sheet-ja-only = Japanese only
gui-review-large-print = Large print
gui-review-copies = copies
gui-review-name = Name (printed on the sheet; you may leave it empty)
gui-review-name-explain = The name is not saved anywhere.
gui-review-print = Print
gui-review-save = Save as PDF
gui-review-no-save-kiosk = Saving is not available on this machine (printing is).
gui-print-working = Preparing…
gui-tell-staff = Please tell a staff member.

gui-settings-title = Text size and settings
gui-settings-size = Text size
gui-settings-size-explain = Everything on screen gets bigger. Ctrl with + or − also works.
gui-settings-contrast = Colours
gui-settings-contrast-explain = If the screen is hard to read, choose "High contrast": white text on black.
gui-settings-contrast-normal = Normal
gui-settings-contrast-high = High contrast (white on black)

gui-idle-countdown = No one has touched the screen for a while. Back to the start in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
gui-idle-explain = Everything entered will be erased. Touch the screen to continue.
gui-idle-continue = Continue

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = Check needed: the expiration date is not certain
status-check-act = First, find out the real expiration date.
status-expired-card = The My Number Card itself expired on { $date }.
status-expired-cert = The electronic certificate (電子証明書) expired on { $date }.
check-card-ambiguous = Depending on the day you applied, the card expires on { $early } or on { $late }. Look at the date printed on the front of the card.
check-cert-renewal = Depending on whether it was renewed early, the electronic certificate expires on { $early } or on { $late }.
check-cert-assumed = If the electronic certificate was never renewed, it expires on { $date }. If it was renewed, it expires later.
check-usable-if-earliest = On the earlier date, it works as a Myna Hokensho until { $date }.
check-how = How to find out: the Mynaportal (マイナポータル) screen, the message on the card reader at a clinic or pharmacy, the expiration notice (有効期限通知書) that J-LIS sends 2–3 months before the date, or the counter of your city, ward or town office.
warning-card-application-date-needed = The day your application was received is not known, so the card has 2 possible expiration dates. Enter the expiration date printed on the card to be sure.
warning-certificate-assumed = No electronic certificate date was entered, so it was taken as issued with the card and never renewed. Find the real expiration date in the Mynaportal, on a clinic's card reader, in the expiration notice (有効期限通知書) from J-LIS, or at the counter of your city, ward or town office.
warning-certificate-renewal-unknown = If this electronic certificate was renewed in the 3 months before the previous one expired, its expiration date is 1 year later. Please check which applies.
warning-certificate-after-card = The electronic certificate's expiration date is after the card's computed expiration date. Check the date printed on the card.
warning-residence-no-reminder = Your card's expiration date is set by the end of your period of stay. After extending or changing your period of stay, go to the counter of your city, ward or town office before the old date with your new residence card (在留カード), your My Number Card and its 4-digit PIN, and have the card's date changed. No reminder letter is sent. The electronic certificate is issued again.
dispute-card-grace-months = Some cities, wards and towns set the grace period for the card itself at 3 months; this uses the shorter 2 months.
dispute-renewal-opens = Some cities, wards and towns start renewals on the day after "3 months before".
timeline-expiry-either = { $early } or { $late }
timeline-basis = Basis of the date
basis-entered = entered
basis-computed = computed
basis-ambiguous = 2 possible dates (the earlier is used)
basis-assumed = assumed (no date entered)
timeline-limited-by-residence = The expiration date is set by the end of the period of stay
timeline-apply-by = Apply for the new card by
timeline-renew-by = Renew the electronic certificate by
sheet-card-expiry-either = My Number Card expiration date: { $early } or { $late } (to be checked)
sheet-cert-expiry-either = Electronic certificate (電子証明書) expiration date: { $early } or { $late } (to be checked)
sheet-after-that = After that: { $title }
sheet-todo-check-1 = Find out the real expiration date. If it is close or has passed, renew at the counter of your city, ward or town office.
sheet-todo-card-apply = Apply for a new card between { $from } and { $to } (by post, smartphone, photo booth in town, or at the counter of your city, ward or town office). It takes 1–2 months to receive it.
sheet-todo-card-gap = If you apply after { $date }, also apply to your insurer for a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) to cover the time until the new card arrives.
sheet-todo-cert-by = Renew the electronic certificate at the counter of your city, ward or town office by { $date }. It is done the same day and free of charge.
sheet-todo-residence = After extending your period of stay, have the card's expiration date changed at the counter of your city, ward or town office before { $date }.
timeline-error-after-today = The { $field } is after today.
timeline-error-before-first-card = { $field }: there were no My Number Cards before 5 October 2015. Please check the date.
timeline-error-cert-before-card = The electronic certificate's issue date is before the card's issue date. Please check the dates.
timeline-error-cert-after-card = The electronic certificate's expiration date is after the card's expiration date. Please check one of them.
date-error-year-range = { $field }: the year { $year } is not accepted (1868 to 2200). Example: 1950-10-10
field-cert-renewal = early renewal (--cert-renewal)
field-residence-until = end of the period of stay (--residence-until)
gui-dates-applied = Day the application was received
gui-dates-applied-explain = The card has 2 possible expiration dates, depending on the day you applied. Enter that day if you know it; otherwise enter the expiration date printed on the card.
gui-dates-renewal-question = Did you renew it before it expired?
gui-dates-renewal-explain = Answer "Yes" if you renewed it in the 3 months before the previous electronic certificate expired. Then its expiration date is 1 year later.
gui-dates-foreign = Foreign resident with a period of stay (your residence card has an end date)
gui-dates-residence = End of the period of stay
gui-dates-residence-explain = The end date of the period of stay (在留期間（満了日）) on your residence card (在留カード). Permanent Residents, Highly Skilled Professionals (ii) (高度専門職2号) and Special Permanent Residents can leave it empty.
band-unsure = Not known (to be checked)
sheet-timeline-earliest-note = Drawn with the earlier date. Please find out the real date.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = The printer "{ $printer }" is paused. Please tell a staff member.
print-error-rejecting = The printer "{ $printer }" is not accepting jobs now. Please tell a staff member.
print-error-timed-out = The printing system ({ $program }) did not answer within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. Please tell a staff member.
print-error-stuck = The sheet is still waiting in the printer queue (job { $job }). Please tell a staff member.
print-error-cancelled = Printing was cancelled.
printers-keeps-job-files = Note: this print server keeps the data of printed documents (CUPS PreserveJobFiles). On counter and kiosk machines set "PreserveJobFiles No".
gui-print-busy = Printing now. Please wait until it is finished.
gui-review-dates-invalid = Some dates need fixing, so the sheet cannot be printed yet. Use "Change the dates" to fix them.

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = National Health Insurance association for your trade (Kokuho Kumiai), such as the one for construction workers (Kensetsu Kokuho) or for doctors (Ishi Kokuho)
kakuninsho-kumiai-title = Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) has not arrived (National Health Insurance association)
kakuninsho-kumiai-step-1 = Contact the National Health Insurance association (Kokuho Kumiai) you belong to. The association sends the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書). Its contact details are on the documents it sent you.
kakuninsho-meanwhile-mynaho = If you see a doctor before it arrives: if your My Number Card is registered for use as a health insurance card, you can use it as your Myna Hokensho. If it is not registered, you can register it on the spot at the card reader of the hospital, clinic or pharmacy.
kakuninsho-meanwhile-form = Or show your My Number Card and fill in a declaration of insured status (Hihokensha Shikaku Moshitatesho, 被保険者資格申立書) at the reception.
oshirase-not-alone = The Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ) is a different document from the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書). The notice alone is not enough to see a doctor.
full-cost-risk = If you can show neither your My Number Card nor a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書), you may have to pay the full medical costs yourself (10割).
kakuninsho-70-74 = If you are aged 70–74, you may also need your Elderly Recipient Certificate (Koreisha Jukyushasho, 高齢受給者証) together with the Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書). If you have received it, show them together.
kakuninsho-kouki-youhairyo = People who find it hard to use the card (for example with a long-term care or support need certification, a disability certificate, living in a care facility, or under adult guardianship) can apply for a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書). You apply only 1 time, at the start; after that it keeps being sent to you. For people living in a care facility, the facility staff can also apply on their behalf.
reader-failed-step-4 = If the card is dirty or its IC chip is damaged, it cannot be read. Contact the My Number Card counter of your city, ward or town office.
turning-75-ask = For questions about the Medical Care System for People Aged 75 and Over, contact its regional union (後期高齢者医療広域連合) or its counter at your city, ward or town office. The My Number General Toll-Free Number is for questions about the card.
where-kouki-union = The regional union of the Medical Care System for People Aged 75 and Over (後期高齢者医療広域連合; there is one for each prefecture)
apply-for-card-not-required = Getting a My Number Card is not compulsory. People without a card receive a Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) and can see a doctor with it.
apply-for-card-then-register = When you have received the card, register it for use as a health insurance card. You can also do this at the card reader of a hospital, clinic or pharmacy.
bring-kakuninsho = Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書), if you have received it
bring-residence-card = Residence card (在留カード): the new one, or, while your application is being processed, the one with the "application in progress" (申請中) stamp
situation-residence-period = My period of stay changes or was extended (foreign residents)
residence-period-title = The My Number Card of people with a period of stay
residence-period-step-1 = If you have a period of stay (except Permanent Residents, Highly Skilled Professionals (ii) (高度専門職2号) and Special Permanent Residents), your card's expiration date is the last day of your period of stay or the usual expiration date (the one set by your birthday), whichever comes first. No reminder letter about the expiration date is sent.
residence-period-step-2 = After your period of stay is extended or changed, go to the counter of your city, ward or town office before the old end date with your new residence card, your My Number Card and its 4-digit PIN, and have the card's expiration date changed. It does not change automatically.
residence-period-step-3 = The electronic certificate's expiration date cannot be changed, so a new electronic certificate is issued at the counter.
residence-period-step-4 = If the decision on your application to extend your period of stay has not come yet, go to the counter before the card expires: the card can be extended 1 time only, up to 2 months after the end of your period of stay (show your residence card with the "application in progress" (申請中) stamp, or the receipt screen of your online application).
residence-period-step-5 = If you become a Permanent Resident or acquire Japanese nationality, you also need to have the card's expiration date changed at the counter.
residence-period-step-6 = If you have a Specified Residence Card (特定在留カード: the residence card and the My Number Card in 1 card), contact the counter of your city, ward or town office or the Immigration Services Agency.
fact-kouki-2025-certificates-ended = The Health Insurance Eligibility Certificate (Shikaku Kakuninsho, 資格確認書) sent to everyone in the Medical Care System for People Aged 75 and Over as a temporary measure is valid until 31 July 2026 (it is valid for 1 year, from August to July of the following year). Check the expiration date on the certificate you have.

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = Next person (clear entries)
gui-next-person-short = Next person
gui-top-settings-short = Settings
gui-more-below = ▼ There is more below (scroll down)
timeline-error-out-of-range = { $field }: enter a date from { $from } to { $to }. { $example }
example-born = e.g. 1950/10/10
example-card-expiry = e.g. 2031/10/10 (the date printed on the front of the card)
example-card-issued = e.g. 2021/4/1
example-applied = e.g. 2021/2/15
example-cert-expiry = e.g. 2026/10/10
example-cert-issued = e.g. 2021/4/1
example-residence = e.g. 2027/3/31 (the date on your residence card)
gui-dates-missing = Some dates are missing or need fixing: { $fields }
gui-save-cancelled = Saving was cancelled. Nothing was saved.
gui-chart-summary = Period usable as a Myna Hokensho
gui-top-home-short = Home
sheet-memo = Counter notes (next appointment, the counter's phone number, etc.)
## The sheet's first lines (issue 12)
sheet-act-by = Act by: { $date } ({ $weekday })
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = The site profile { $file } cannot be used: { $detail }
site-check-read = Read { $file }. It says:
site-check-municipality = Municipality
site-check-window = Window
site-check-telephone = Telephone
site-check-hours = Opening hours
site-check-address = Address
site-check-closed = Closed days (besides weekends, holidays and the New Year)
site-check-home-languages = Languages on Home
site-check-sheet-languages = Sheet languages (the first is the default)
site-check-printer = Printer
site-check-copies = Copies
site-check-kiosk-idle = Kiosk idle time (seconds)
site-check-rules-file = Rules file
site-check-not-set = (not set)
site-ask-here = Ask here: { $window }
site-telephone = Telephone: { $number }
site-hours = Open: { $hours }
site-address = Where: { $address }
rules-stale = This guide is as of { $date }. Please check the latest information at the counter.
rules-check-ok = { $file } is a valid rules file.
rules-check-version = Version
rules-check-reviewed-on = Reviewed on
rules-check-review-by = To be reviewed by
rules-check-values = Values and sources
rules-check-source = Source: { $source } (from { $from })
gui-about = About this guide
about-version = Version: { $version }
about-rules = Rules: { $version } (reviewed { $reviewed }, to be reviewed by { $review_by })
about-privacy = Works without the internet. It never asks for your 12-digit My Number or a PIN. A kiosk saves nothing.
about-fonts = Fonts: Noto Sans, Noto Sans CJK JP, Noto Sans Thai, Khmer, Myanmar and Devanagari. SIL Open Font License 1.1
about-program = This program: { $license }
about-sources = Sources

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = Read aloud
speech-stop = Stop
speech-preparing = Getting the voice ready…
speech-reading = Reading aloud
speech-error-no-device = No sound device was found. Check that a speaker or earphones are connected and the volume is up.
speech-error-device = The sound stopped part way. Press “Read aloud” again.
speech-error-language = Reading aloud is available in Japanese and やさしい日本語 only. Example: --lang ja
speech-error-voice = The voice could not be prepared. Please reinstall the program.
speech-error-speed = The speed “{ $value }” cannot be used. Write a number from 0.7 to 1.2. Example: --speed 0.8
speech-error-empty = There is no text to read. Example: mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = Wrote { $file } ({ $seconds } seconds).
gui-settings-speech = Reading speed
gui-settings-speech-explain = Choose a smaller number to hear it more slowly. The R key reads the main part of the screen aloud.
about-speech = Voice and dictionary for reading aloud
about-speech-voice = Voice: HTS Voice “NIT ATR503 M001” © 2003–2012 Nagoya Institute of Technology (Creative Commons Attribution 3.0, CC BY 3.0)
about-speech-dictionary = Dictionary: NAIST Japanese Dictionary © 2009 Nara Institute of Science and Technology (BSD 3-Clause License, built from Debian's open-jtalk 1.11)
about-speech-engine = Speech engine: jpreprocess and jbonsai © 2023 JPreprocess Team (BSD 3-Clause License)
