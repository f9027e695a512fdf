## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-title = My Number health insurance guide
gui-top-home = Home
gui-top-settings = Text size and settings
gui-back = ← Back
gui-restart = Start again
gui-language = Language (ことば)

gui-home-title = Using your My Number card at the doctor's
gui-home-intro = This guide shows you, one step at a time, how to use your My Number card as your health insurance card (マイナ保険証).
gui-home-guide = Answer a few questions
gui-home-guide-explain = Answer "yes" or "no" and see what to do at the reception desk.
gui-home-dates = Check my card's dates
gui-home-dates-explain = From your birth date and the card's dates: how long it works, and when to renew.
gui-home-problem = I have a problem
gui-home-problem-explain = Choose from common problems, such as a forgotten card or PIN.
gui-home-keys = Keyboard: number keys choose, Enter continues, Esc goes back.

gui-problem-title = What is the problem?
gui-problem-explain = Choose the closest one.

gui-guide-step = Question { $number }
gui-guide-answer-hint = If you are not sure, choose "I don't know". You can change it later.
gui-guide-so-far = Your answers so far
gui-guide-diagram = The whole guide (where you are is coloured)
gui-guide-missing = The guide data could not be loaded. Please tell a staff member.
gui-outcome-label = What to do
gui-outcome-steps = Steps
gui-outcome-bring = What to bring
gui-outcome-where = Where to go
gui-outcome-call = Whom to call
gui-outcome-review = Check and print
gui-outcome-dates = Check my card's dates too

gui-node-has-card = Have a card?
gui-node-registered = Registered?
gui-node-use-at-reception = Use it at reception
gui-node-register = Register it
gui-node-check-registration = Check registration
gui-node-apply-for-card = Apply for a card
gui-node-ask-municipality = Ask the city office

gui-dates-title = Check my card's dates
gui-dates-forms = Type a date in any form: 昭和25年10月10日, S25.10.10, 1950-10-10 or full-width digits.
gui-dates-placeholder = e.g. 1950-10-10
gui-dates-example = The date as read will appear here.
gui-dates-born = Date of birth
gui-dates-born-explain = Needed for the calculation. It is on the front of the card.
gui-dates-card = The My Number card
gui-dates-card-expiry = Card expiry (as printed on the card)
gui-dates-card-expiry-explain = The "有効期限" date on the front of the card. This is the most reliable.
gui-dates-card-issued = Card issue date
gui-dates-card-issued-explain = Use it when you cannot find the expiry; the expiry is then calculated (this is not the day you collected the card).
gui-dates-cert = Electronic certificate
gui-dates-cert-explain = The electronic certificate is the "proof that it is you" stored in the card. It has its own expiry, usually every 5 years.
gui-dates-cert-unknown = I don't know
gui-dates-cert-expiry = Certificate expiry
gui-dates-cert-issued = Certificate issue date (when it was renewed)
gui-dates-cert-where = It is on the back of the card or on the notice in the blue envelope, and in Mynaportal.
gui-dates-renewed-early = The old certificate was renewed within its last 3 months
gui-dates-need-card = Enter the card's date to see the result.
gui-dates-show = Show the result
gui-dates-edit = Change the dates
gui-dates-incomplete = Some dates are missing or not readable. Please fix the ones in red.
gui-dates-cannot-compute = These dates cannot be calculated. Please check the dates printed on the card.
gui-rules-missing = The rules data could not be loaded. Please tell a staff member.
gui-dates-result-title = Result

gui-status-valid = Your card works as a health insurance card
gui-status-valid-todo = Nothing to do now. About 3 months before expiry, a notice arrives in a blue envelope.
gui-status-renew = It is time to renew
gui-status-renew-todo = Renew at your city office. It is free. Bring your card.
gui-status-grace = Expired. Until { $usable } it works for the insurance check only
gui-status-grace-todo = Renew at your city office soon. After { $usable } it will no longer work as a health insurance card.
gui-status-expired = It no longer works as a health insurance card
gui-status-expired-todo = Your insurer will send a "資格確認書" (eligibility certificate). If none arrives, contact your insurer (for example the city office). The card can be renewed at the city office.
gui-status-act-by = Please act by { $date }.

gui-chart-title = Timeline
gui-chart-card = Card
gui-chart-cert = Certificate
gui-chart-today = Today
gui-chart-valid = Valid
gui-chart-renewal = Renewal possible
gui-chart-grace = Grace (insurance check only)
gui-chart-expired = Expired
gui-key-dates = Key dates
gui-key-card-expiry = Card expiry
gui-key-card-renewal = Card renewal possible from
gui-key-cert-expiry = Certificate expiry
gui-key-cert-renewal = Certificate renewal possible from
gui-key-usable-until = Last day it works as a health insurance card
gui-warnings = Please note
gui-warning-leap-day-birthday = For people born on 29 February, it is not clear whether the expiry is 28 February or 1 March. Please check the date printed on the card.
gui-warning-computed-not-printed = This expiry was calculated. If the card shows a printed date, that date is the right one.
gui-warning-certificate-assumed-with-card = The certificate's date is unknown, so it is assumed to end with the card.
gui-facts-today = What applies today

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
gui-review-print = Print
gui-review-save = Save as PDF
gui-review-no-save-kiosk = Saving is not available on this machine (printing is).
gui-print-working = Preparing…
gui-print-done = Printing started (job { $job }).
gui-save-done = Saved: { $path }
gui-print-not-ready = Printing is not ready yet. Please tell a staff member.
gui-print-failed = Could not print. Please tell a staff member. ({ $detail })

gui-settings-title = Text size and settings
gui-settings-size = Text size
gui-settings-size-explain = Everything on screen gets bigger. Ctrl with + or − also works.
gui-settings-contrast = Colours
gui-settings-contrast-explain = If the screen is hard to read, choose "High contrast": white text on black.
gui-settings-contrast-normal = Normal
gui-settings-contrast-high = High contrast (white on black)

gui-idle-countdown = No one has touched the screen for a while. Back to the start in { $seconds } seconds
gui-idle-explain = Everything entered will be erased. Touch the screen to continue.
gui-idle-continue = Continue
