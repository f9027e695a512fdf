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
answer-insurer-kokuho = National Health Insurance (Kokumin Kenko Hoken) of your city, or of a National Health Insurance association for your trade (Kokuho Kumiai)
answer-insurer-kouki = Medical Care System for People Aged 75 and Over

## quick guide (MHLW quick guide)
q-has-card = Do you have a My Number Card?
q-has-card-help = The My Number Card is a plastic card with your photo. It is not the paper notification card.
q-registered = Have you registered your My Number Card for use as a health insurance card?
q-registered-help = A My Number Card registered this way is the "Myna Hokensho". No new card is sent.
q-insurer-type = Which health insurance are you in?
q-insurer-type-help = The insurer's name is on your old health insurance card and on the letters you received.

use-at-reception-title = Use it at the reception (hospitals, clinics and pharmacies)
use-at-reception-step-1 = Put your My Number Card on the card reader at the reception.
use-at-reception-step-2 = Confirm it is you by face recognition or by your 4-digit PIN.
use-at-reception-step-3 = Follow the screen and choose whether to share your medication and other information.
use-at-reception-step-4 = That is all. Do not forget to take your card with you.

register-title = Register your card as a health insurance card
register-step-1 = You can register at the card reader of a hospital, clinic or pharmacy: put the card on it and choose "register".
register-step-2 = You can also register in the Mynaportal app on a smartphone: "Certificates" → "Health insurance card" → "Register".
register-step-3 = You can also register at a Seven Bank ATM or at the counter of your city, ward or town office.
register-step-4 = Registration may fail in the last 5 days before your electronic certificate expires. Register early.

check-registration-title = Check whether your card is registered
check-registration-step-1 = In Mynaportal, open "Health insurance card" and check that it says "registered".
check-registration-step-2 = You can also check at the card reader of a hospital or pharmacy; if it is not registered, you can register there.
check-registration-step-3 = If it was not registered, register it.

apply-for-card-title = Apply for a My Number Card
apply-for-card-step-1 = It takes 1 to 2 months from applying to receiving the card.
apply-for-card-step-2 = If you have the application form: apply online (QR code) with a smartphone or computer, or at a photo booth in town.
apply-for-card-step-3 = If you do not have the form: get one at your city office or download it, and apply by post.
apply-for-card-step-4 = Until the card arrives, use the eligibility certificate (Shikaku Kakuninsho, 資格確認書) your insurer sends you. No application is needed.

ask-municipality-title = Check whether a card was issued, and ask your city, ward or town office
ask-municipality-step-1 = Look for a card issue notice (postcard) or other letters from your city office.
ask-municipality-step-2 = If you are not sure, ask at the counter of your city, ward or town office whether your card was issued.
ask-municipality-step-3 = Until you have a Myna Hokensho, use the eligibility certificate (Shikaku Kakuninsho, 資格確認書) to see a doctor.

## counter situations
situation-lost-card = I lost my My Number Card
situation-pin-locked = My PIN is locked
situation-reader-failed = The card reader at the clinic did not work
situation-certificate-not-arrived = My eligibility certificate (Shikaku Kakuninsho, 資格確認書) has not arrived
situation-turning-75 = I am turning 75
situation-changed-insurer = My job or address changed, and so did my insurance
situation-unregister = I want to cancel the registration
situation-smartphone = I want to use my smartphone as my Myna Hokensho

lost-card-title = If you lost your My Number Card
lost-card-step-1 = Call the My Number toll-free line (0120-95-0178, Japanese, 24 hours) at once to suspend the card. Foreign-language line: 0120-0178-27.
lost-card-step-2 = Report the loss to the police. Write down the report number and the police station's name.
lost-card-step-3 = Report the loss at your city office and apply for a new card. Express issue takes about a week (a fee applies).
lost-card-step-4 = Until the new card arrives, apply to your insurer for a eligibility certificate (Shikaku Kakuninsho, 資格確認書) and use it to see a doctor.
lost-card-step-5 = If you find the card again, tell your city office.

pin-locked-title = If your PIN is locked
pin-locked-step-1 = The 4-digit PIN locks after 3 wrong entries in a row.
pin-locked-step-2 = At hospitals and pharmacies you can still use the card with face recognition, or staff can check it visually.
pin-locked-step-3 = To reset the PIN, go to the counter of your city office with the card and an ID document.

reader-failed-title = If the card reader could not read your card
reader-failed-step-1 = Show your My Number Card together with the "Health insurance card" screen of Mynaportal.
reader-failed-step-2 = Or show your My Number Card together with the Notice of Eligibility Information (Shikaku Joho no Oshirase, 資格情報のお知らせ).
reader-failed-step-3 = If you have neither, fill in a declaration of insured status (Hihokensha Shikaku Moshitatesho) at the reception.

kakuninsho-step-why = It may not have arrived because you moved, because you still have a working Myna Hokensho, or because of a delay.
kakuninsho-employee-title = Eligibility certificate not arrived (employee insurance)
kakuninsho-employee-step-1 = Ask the personnel or general affairs office at work, or your insurer (Kyokai Kenpo, your health insurance society).
kakuninsho-kokuho-title = Eligibility certificate not arrived (National Health Insurance)
kakuninsho-kokuho-step-1 = Ask at the National Health Insurance counter of your city, ward or town office.
kakuninsho-kouki-title = Eligibility certificate not arrived (75 and over)
kakuninsho-kouki-step-1 = Ask at the counter for the Medical Care System for People Aged 75 and Over at your city office.
kakuninsho-kouki-step-2 = Since August 2026 what you receive depends on whether you have a Myna Hokensho (one regional union sends a certificate to everyone aged 85 or over).
kakuninsho-unknown-title = Eligibility certificate not arrived (insurance unknown)
kakuninsho-unknown-step-1 = Look for your insurer's name on your old health insurance card or on letters you received.
kakuninsho-unknown-step-2 = If you are not sure, ask at your city, ward or town office.
kakuninsho-step-meanwhile = If you need to see a doctor before it arrives, tell the reception.

turning-75-title = When you turn 75
turning-75-step-1 = You do not need to do anything when you turn 75. Your Myna Hokensho registration carries over.
turning-75-step-2 = Your regional union for the 75-and-over system sends you an eligibility certificate or a notice of eligibility information.
turning-75-step-3 = Family members under 75 who were your dependants must join National Health Insurance or other insurance.

changed-insurer-title = When your insurance changed
changed-insurer-step-1 = Hand in the required forms to your new insurer.
changed-insurer-step-2 = It takes about 10 days until your Myna Hokensho shows the new insurance. Check in Mynaportal before you go to a doctor.
changed-insurer-step-3 = Until then, show your card together with the Notice of Eligibility Information.

unregister-title = If you want to cancel the registration
unregister-step-1 = Apply in writing to your insurer (for National Health Insurance and the 75-and-over system: at your city office).
unregister-step-2 = After cancelling, your insurer sends you a eligibility certificate (Shikaku Kakuninsho, 資格確認書).
unregister-step-3 = You can check in Mynaportal that the registration was cancelled.

smartphone-title = Using your smartphone as your Myna Hokensho
smartphone-step-1 = Since 19 September 2025 you can use a smartphone at equipped hospitals and pharmacies (look for the sticker).
smartphone-step-2 = Set it up in the Mynaportal app. You need your physical My Number Card.
smartphone-step-3 = Some places cannot read smartphones yet, so carry your card too.

## what to bring, where to go
bring-card = My Number Card
bring-pin = 4-digit PIN (user certificate)
bring-photo = A photo of your face (for the application)
bring-id = An ID document (driving licence, etc.)
bring-application-form = The application form (if you have it)
bring-letters = Letters from your city office or insurer
bring-police-number = The police report number
bring-oshirase = Notice of Eligibility Information (資格情報のお知らせ), if you have it
where-clinic = Reception of a hospital, clinic or pharmacy
where-smartphone = The Mynaportal app on a smartphone
where-municipality = The counter of your city, ward or town office
where-municipality-kokuho = The National Health Insurance counter of your city office
where-municipality-kouki = The 75-and-over medical care counter of your city office
where-police = A police station or police box
where-insurer = Your insurer (employee health insurance, your city's National Health Insurance, etc.)
where-employer = The personnel or general affairs office at work

## hotlines (rules file)
hotline-general = My Number General Toll-Free Number (Japanese)
hotline-general-hours = Weekdays 9:30–20:00, Sat/Sun/holidays 9:30–17:30 (suspension after loss or theft: 24 hours, every day)
hotline-foreign-system = Foreign-language line (system, Mynaportal)
hotline-foreign-system-hours = Weekdays 9:30–20:00, Sat/Sun/holidays 9:30–17:30
hotline-foreign-card = Foreign-language line (card, certificates, loss)
hotline-foreign-card-hours = English, Chinese, Korean, Spanish, Portuguese 8:30–20:00; Thai, Nepali, Indonesian, Vietnamese, Tagalog 9:00–18:00

## dated facts (rules file)
fact-legacy-cards-ended = The old paper and plastic health insurance cards could be used until 1 December 2025 (they cannot be used from 2 December).
fact-legacy-kouki-ended = The old cards of the 75-and-over system could be used until 31 July 2025 (they cannot be used from 1 August).
fact-clinic-tolerance = Until the end of March 2026, a clinic may accept an expired card or the Notice of Eligibility Information alone (a temporary measure).
fact-clinic-tolerance-ended = The temporary acceptance of expired cards or the Notice of Eligibility Information alone ended at the end of March 2026.
fact-kouki-blanket = Everyone in the 75-and-over system receives an eligibility certificate until 31 July 2026 (temporary measure).
fact-kouki-status-based = Since August 2026, people in the 75-and-over system without a Myna Hokensho receive an eligibility certificate; those with one receive a Notice of Eligibility Information.
fact-kouki-85-plus = One regional union says everyone aged 85 or over on 1 August 2026 receives an eligibility certificate (this may differ where you live).
fact-reported-by-one = Reported by one insurer only. It may differ where you live.

## timeline
status-valid = Valid: you can use it as your health insurance card
status-grace = Grace period: only your insurance can be checked (no medication information)
status-expired = Expired: it no longer works as a health insurance card
status-valid-act = Renew it by { $date }.
status-grace-act = Renew it at your city office by { $date }.
status-expired-act = Renew it at your city office. Until then, use the eligibility certificate (Shikaku Kakuninsho, 資格確認書).
timeline-today = Today
timeline-card = My Number Card (the card itself)
timeline-certificate = Electronic certificate (user certificate)
timeline-expiry = Expiration date
timeline-renewal-opens = Renewal opens
timeline-grace-last-day = Last day of grace
timeline-registration-cutoff = Register before
timeline-full-function-until = Last day with every function
timeline-usable-until = Last day usable as a health insurance card
timeline-status = Today's status
timeline-act-by = Act by
timeline-facts = What applies today
band-valid = Valid
band-renewal = Renewal period
band-grace = Grace (insurance check only)
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
field-cert-expiry = certificate expiration date (--cert-expiry)
field-cert-issued = certificate issue date (--cert-issued)

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
cli-error-repeated = { $arg } is given more than once: give it only once
cli-error-not-utf8 = { $arg }: not readable text (use UTF-8)
cli-error-window-only = { $arg } is for the window: it cannot be used with the command { $command }
cli-error-other = The command line could not be read: { $detail }
cli-error-help = To see the options: { $command }
answer-repeated = --answer { $key } is given more than once: give one answer per question
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
sheet-todo-cert-3 = If you renew within the grace period, you do not need to register the card as a health insurance card again.
sheet-todo-expired-1 = At the counter of your city, ward or town office, renew the electronic certificate or apply for a new card.
sheet-todo-expired-2 = After renewing, register the card as a health insurance card again. You can do this at the card reader of a hospital, clinic or pharmacy.
sheet-todo-expired-3 = Until then, use the Shikaku Kakuninsho (資格確認書) your insurer sends you. If it does not arrive, ask your insurer.
sheet-contacts-heading = Contacts
sheet-contact-languages = Languages: { $languages }
sheet-contact-insurer = Your health insurer (保険者) or the counter of your city, ward or town office (市区町村の窓口)
sheet-contact-insurer-detail = Ask here about the Shikaku Kakuninsho (資格確認書) and your insurance. Your insurer's name is on its letters and on your old health insurance card.
sheet-no-hotline = No telephone line speaks your language. Call the Japanese line (0120-95-0178) together with someone who speaks Japanese.
sheet-no-hotline-show = Show this to the staff. It says: "This person does not speak enough Japanese, and no telephone line speaks their language. Please help with the procedure."
sheet-footer = Rules { $version } · printed { $date }
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

gui-home-title = Using your My Number Card at the doctor's
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
gui-node-ask-municipality = Ask the city/town office

gui-dates-title = Check my card's dates
gui-dates-forms = Type a date in any form: 昭和25年10月10日, S25.10.10, 1950-10-10 or full-width digits.
gui-dates-placeholder = e.g. 1950-10-10
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
gui-dates-cert-expiry = Certificate expiration date
gui-dates-cert-issued = Certificate issue date (when it was renewed)
gui-dates-cert-where = It is on the back of the card or on the notice in the blue envelope, and in Mynaportal.
gui-dates-need-card = Enter the card's date to see the result.
gui-dates-show = Show the result
gui-dates-edit = Change the dates
gui-dates-incomplete = Some dates are missing or not readable. Please fix the ones in red.
gui-rules-missing = The rules data could not be loaded. Please tell a staff member.
gui-dates-result-title = Result


gui-status-renew-now = Renewal is open now. It is free at the counter of your city, ward or town office.
gui-status-nothing-yet = Nothing to do now. When the date gets close, a notice arrives in a blue envelope.
gui-status-grace-hurry = After that day it no longer works as a Myna Hokensho. Please go soon.
gui-status-ask-insurer = If no eligibility certificate (資格確認書) arrives, contact your insurer.

gui-chart-title = Timeline
gui-key-dates = Key dates
gui-key-card-expiry = Card expiration date
gui-key-card-renewal = Card renewal possible from
gui-key-cert-expiry = Certificate expiration date
gui-key-cert-renewal = Certificate renewal possible from
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
warning-card-application-date-needed = The day your application was received is not known, so the card has two possible expiration dates. Enter the expiration date printed on the card to be sure.
warning-certificate-assumed = No certificate date was entered, so it was taken as issued with the card and never renewed. Find the real expiration date in the Mynaportal, on a clinic's card reader, in the expiration notice (有効期限通知書) from J-LIS, or at the city office counter.
warning-certificate-renewal-unknown = If this electronic certificate was renewed in the 3 months before the previous one expired, it lasts one year longer. Please check which applies.
warning-certificate-after-card = The electronic certificate's expiration date is after the card's computed expiration date. Check the date printed on the card.
warning-residence-no-reminder = Your card ends with your period of stay. After extending or changing your status, go to the city office counter before the old date with your new residence card (在留カード), your My Number Card and its 4-digit PIN to change the card's date. No reminder letter is sent. The electronic certificate is issued again.
dispute-card-grace-months = Some municipalities give 3 months' grace after the card itself expires; this uses the shorter 2 months.
dispute-renewal-opens = Some municipalities start renewals the day after "3 months before".
timeline-expiry-either = { $early } or { $late }
timeline-basis = Basis of the date
basis-entered = entered
basis-computed = computed
basis-ambiguous = two possible dates (the earlier is used)
basis-assumed = assumed (no date entered)
timeline-limited-by-residence = The expiration date is set by the end of the period of stay
timeline-apply-by = Apply for the new card by
timeline-renew-by = Renew the certificate by
sheet-card-expiry-either = My Number Card expiration date: { $early } or { $late } (to be checked)
sheet-cert-expiry-either = Electronic certificate (電子証明書) expiration date: { $early } or { $late } (to be checked)
sheet-after-that = After that: { $title }
sheet-todo-check-1 = Find out the real expiration date. If it is close or has passed, renew at your city office counter.
sheet-todo-card-apply = Apply for a new card between { $from } and { $to } (by mail, smartphone, photo booth in town, or at the city office counter). It takes 1–2 months to receive it.
sheet-todo-card-gap = If you apply after { $date }, also ask your insurer for an eligibility certificate (資格確認書) to cover the time until the new card arrives.
sheet-todo-cert-by = Renew the electronic certificate at your city office counter by { $date }. It is done the same day and free of charge.
sheet-todo-residence = After extending your period of stay, change the card's date at the city office counter before { $date }.
timeline-error-after-today = The { $field } is after today.
timeline-error-before-first-card = { $field }: there were no My Number Cards before 5 October 2015. Please check the date.
timeline-error-cert-before-card = The certificate's issue date is before the card's issue date. Please check the dates.
timeline-error-cert-after-card = The certificate's expiration date is after the card's expiration date. Please check one of them.
date-error-year-range = { $field }: the year { $year } is not accepted (1868 to 2200). Example: 1950-10-10
field-cert-renewal = early renewal (--cert-renewal)
field-residence-until = end of the period of stay (--residence-until)
gui-dates-applied = Day the application was received
gui-dates-applied-explain = The card's expiration date depends on the day you applied. Enter it if you know it; otherwise enter the expiration date printed on the card.
gui-dates-renewal-question = Did you renew it before it expired?
gui-dates-renewal-explain = Answer "Yes" if you renewed it in the 3 months before the previous certificate expired. Then it lasts one year longer.
gui-dates-foreign = Foreign resident with a period of stay (your residence card has an end date)
gui-dates-residence = End of the period of stay
gui-dates-residence-explain = The period of stay (expiration date) on your residence card (在留カード). Permanent residents, Highly Skilled Professionals (ii) and Special Permanent Residents can leave it empty.
band-unsure = Not known (to be checked)
sheet-timeline-earliest-note = Drawn with the earlier date. Please find out the real date.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = The printer "{ $printer }" is paused. Please tell a staff member.
print-error-rejecting = The printer "{ $printer }" is not accepting jobs now. Please tell a staff member.
print-error-timed-out = The printing system ({ $program }) did not answer within { $seconds } seconds. Please tell a staff member.
print-error-stuck = The sheet is still waiting in the printer queue (job { $job }). Please tell a staff member.
print-error-cancelled = Printing was cancelled.
printers-keeps-job-files = Note: this print server keeps the data of printed documents (CUPS PreserveJobFiles). On counter and kiosk machines set "PreserveJobFiles No".
gui-print-busy = Printing now. Please wait until it is finished.
gui-review-dates-invalid = Some dates need fixing, so the sheet cannot be printed yet. Use "Change the dates" to fix them.
