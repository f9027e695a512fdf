# mynaho-guide — 繁體中文. Terms follow shared/docs/glossary.md §A.3 (繁體中文 column); the Japanese
# term stays in brackets where a person needs to match a letter (資格情報のお知らせ, 被保険者資格申立書 …).
# Key terms: Myna保險證 (マイナ保険証), 個人編號卡 (マイナンバーカード), 電子證明書, 資格確認書,
# 資格資訊通知 (資格情報のお知らせ), 健康保險證使用登錄 (利用登録), 有效期限, 更新, 寬限期 (猶予),
# 後期高齡者醫療制度, 保險人 (保険者), 市區町村窗口, 醫療機構・藥局, マイナポータル.

## language
language-name = 繁體中文
app-title = Myna保險證（マイナ保険証）指南

## answers
answer-yes = 是
answer-no = 否
answer-unknown = 不知道
answer-insurer-employee = 公司的健康保險（協會健保〔協会けんぽ〕・健康保險組合・共濟組合）
answer-insurer-kokuho = 國民健康保險（市區町村的國保）
answer-insurer-kouki = 後期高齡者醫療制度（75歲以上的人等）

## quick guide (MHLW クイックガイド)
q-has-card = 您有個人編號卡（マイナンバーカード）嗎？
q-has-card-help = 個人編號卡是附有本人照片的塑膠卡片。它和紙本的通知卡（通知カード）不同。
q-registered = 您的個人編號卡已經辦理健康保險證使用登錄（利用登録）了嗎？
q-registered-help = 已辦理使用登錄的個人編號卡，就是「Myna保險證（マイナ保険証）」，也就是已登錄為健康保險證的個人編號卡。不會另外寄來新的卡。
q-insurer-type = 您加入的是哪一種健康保險？
q-insurer-type-help = 保險人（保険者，即經營健康保險的機構，例如協會健保、健康保險組合、市區町村的國保等）的名稱，寫在以前的保險證或收到的文件上。

use-at-reception-title = 實際使用看看（在醫療機構・藥局的掛號方法）
use-at-reception-step-1 = 請把個人編號卡放在掛號櫃檯的讀卡機上。
use-at-reception-step-2 = 請用臉部辨識或4位數密碼確認本人身分。
use-at-reception-step-3 = 請依照畫面的指示，選擇是否同意提供用藥等資訊。
use-at-reception-step-4 = 這樣掛號就完成了。請不要忘記把卡帶回去。

register-title = 請辦理使用登錄（Myna保險證的使用登錄方法）
register-step-1 = 可以在醫療機構・藥局的讀卡機上登錄。請放上卡片，在畫面上選擇「登録」（登錄）。
register-step-2 = 也可以用智慧型手機的「マイナポータル」應用程式登錄：「証明書」（證明書）→「健康保険証」（健康保險證）→「登録」（登錄）。
register-step-3 = 也可以在Seven銀行（セブン銀行）的ATM或市區町村窗口登錄。
register-step-4 = 電子證明書的有效期限剩下不到5天時，可能無法登錄。請儘早登錄。

check-registration-title = 請確認登錄狀況
check-registration-step-1 = 請在「マイナポータル」中打開「健康保険証」（健康保險證），確認是否顯示「登録済」（已登錄）。
check-registration-step-2 = 把卡放在醫療機構・藥局的讀卡機上也可以確認。如果還沒有登錄，可以當場登錄。
check-registration-step-3 = 如果沒有登錄，請辦理使用登錄。

apply-for-card-title = 請確認個人編號卡的申請方法
apply-for-card-step-1 = 從申請到領取卡片，需要1～2個月。
apply-for-card-step-2 = 有交付申請書的人：可以用智慧型手機・電腦（QR碼），或街上的證件照相機申請。
apply-for-card-step-3 = 沒有交付申請書的人：請到市區町村窗口領取，或是下載後，用郵寄申請。
apply-for-card-step-4 = 在收到卡片之前，可以用保險人（您加入的健康保險）寄來的「資格確認書」看病。資格確認書不需要申請。

ask-municipality-title = 請確認發行狀況，並向您居住地的市區町村窗口詢問
ask-municipality-step-1 = 請確認是否收到了卡的交付通知書（明信片），或市區町村寄來的信。
ask-municipality-step-2 = 如果不清楚，請到您居住地的市區町村窗口，詢問卡的發行狀況。
ask-municipality-step-3 = 在沒有Myna保險證的期間，可以用「資格確認書」看病。

## counter situations
situation-lost-card = 個人編號卡遺失了
situation-pin-locked = 密碼被鎖住了
situation-reader-failed = 在醫院讀卡機讀不到卡
situation-certificate-not-arrived = 沒有收到資格確認書
situation-turning-75 = 即將滿75歲
situation-changed-insurer = 工作或住址變了，保險也變了
situation-unregister = 想解除使用登錄
situation-smartphone = 想把智慧型手機當作Myna保險證使用

lost-card-title = 個人編號卡遺失時
lost-card-step-1 = 請立即撥打個人編號綜合免費電話（0120-95-0178，語音導引選2），請對方停止卡的使用（24小時365天）。遺失了裝有卡片功能的智慧型手機時，也可以撥打同一個電話停止使用。
lost-card-step-2 = 請向警察提出遺失報案（遺失届）。補發時需要警察署的名稱、電話號碼、承辦人的姓名和遺失報案的受理號碼。請記下來。
lost-card-step-3 = 請向市區町村窗口提出遺失申報（紛失届），需要時申請補發。手續費為1,000日圓，領取需要1～2個月。急用時也可以選擇「特急發行」（特急発行，即快速製作的方式：提出遺失申報後30天以內，約1週，2,000日圓）。
lost-card-step-4 = 在收到新卡之前，請向保險人（您加入的健康保險）申請並領取「資格確認書」，用它看病。
lost-card-step-5 = 如果找到了卡，請告知市區町村窗口。

pin-locked-title = 密碼被鎖住時
pin-locked-step-1 = 4位數密碼連續輸入錯誤3次，就會被鎖住。
pin-locked-step-2 = 在醫療機構・藥局，可以用臉部辨識，或由工作人員目視確認（工作人員比對卡上的照片和本人的方式）來使用卡。
pin-locked-step-3 = 重新設定密碼，請帶著卡和本人確認文件，到市區町村窗口辦理。

reader-failed-title = 讀卡機讀不到卡時
reader-failed-step-1 = 請把個人編號卡和智慧型手機上マイナポータル的「健康保険証」（健康保險證）畫面，或從那裡下載的PDF一起出示。
reader-failed-step-2 = 或者，請把個人編號卡和「資格資訊通知（資格情報のお知らせ）」一起出示。只憑通知不能看病。
reader-failed-step-3 = 如果兩樣都沒有，請出示個人編號卡，並在掛號櫃檯填寫「被保險人資格申報書（被保険者資格申立書）」。

kakuninsho-step-why = 沒有收到的原因有：住址變更、還有可以使用的Myna保險證、手續延遲等。
kakuninsho-employee-title = 沒有收到資格確認書（公司的健康保險）
kakuninsho-employee-step-1 = 請向工作單位的人事・總務負責人，或保險人（協會健保・健康保險組合・共濟組合）詢問。
kakuninsho-kokuho-title = 沒有收到資格確認書（國民健康保險）
kakuninsho-kokuho-step-1 = 請向您居住地的市區町村的國民健康保險窗口詢問。
kakuninsho-kouki-title = 沒有收到資格確認書（後期高齡者醫療制度）
kakuninsho-kouki-step-1 = 請向您居住地的市區町村的後期高齡者醫療窗口詢問。
kakuninsho-kouki-step-2 = 從2026年8月起，沒有Myna保險證的人會收到資格確認書，有Myna保險證的人會收到「資格資訊通知（資格情報のお知らせ）」。對85歲以上的人如何處理，可能依廣域聯合（広域連合）而不同。
kakuninsho-unknown-title = 沒有收到資格確認書（不知道是哪一種保險）
kakuninsho-unknown-step-1 = 請確認以前的保險證或收到的信上寫的保險人（您加入的健康保險）的名稱。
kakuninsho-unknown-step-2 = 如果不清楚，請到您居住地的市區町村窗口詢問。

turning-75-title = 滿75歲時
turning-75-step-1 = 滿75歲時不需要辦理手續。Myna保險證的使用登錄會直接延續。
turning-75-step-2 = 後期高齡者醫療的「資格確認書」或「資格資訊通知（資格情報のお知らせ）」，會由廣域聯合（広域連合）透過市區町村寄來。只憑通知不能看病，請和Myna保險證一起出示。
turning-75-step-3 = 在公司的健康保險中，原本由即將滿75歲的人扶養的家人（未滿75歲的人），需要辦理加入國民健康保險等的手續。

changed-insurer-title = 保險變更時
changed-insurer-step-1 = 請向新的保險人（新加入的健康保險）提出需要的文件。
changed-insurer-step-2 = Myna保險證的資訊更新大約需要10天。先在マイナポータル確認，再去看病，比較安心。
changed-insurer-step-3 = 如果在資訊更新之前看病，請出示新的保險人寄來的「資格確認書」。如果還沒有收到，請出示個人編號卡，並在掛號櫃檯填寫「被保險人資格申報書（被保険者資格申立書）」。

unregister-title = 想解除使用登錄時
unregister-step-1 = 請向保險人（您加入的健康保險）提出解除申請書（市區町村的國保和後期高齡者醫療是在市區町村窗口，國保組合是在組合）。
unregister-step-2 = 解除後，保險人會寄來「資格確認書」。
unregister-step-3 = 是否已經解除，可以在マイナポータル確認。

smartphone-title = 把智慧型手機當作Myna保險證使用時
smartphone-step-1 = 從2025年9月19日起，可以在有對應設備的醫療機構・藥局使用智慧型手機（以貼紙為標誌）。
smartphone-step-2 = 請在「マイナポータル」應用程式中設定。需要個人編號卡實體卡。
smartphone-step-3 = 有些醫療機構還不能使用，所以也請隨身攜帶卡。

## what to bring, where to go
bring-card = 個人編號卡（マイナンバーカード）
bring-pin = 4位數密碼（利用者證明用電子證明書）
bring-photo = 本人照片（申請用）
bring-id = 本人確認文件（駕照等）
bring-application-form = 交付申請書（有的人）
bring-letters = 市區町村或保險人寄來的信
bring-police-number = 警察署的名稱・電話號碼・承辦人的姓名・遺失報案（遺失届）的受理號碼
bring-oshirase = 資格資訊通知（資格情報のお知らせ）（有的人）
where-clinic = 醫療機構・藥局的掛號櫃檯
where-smartphone = 智慧型手機的「マイナポータル」應用程式
where-municipality = 您居住地的市區町村窗口（市役所等）
where-municipality-kokuho = 市區町村的國民健康保險窗口
where-municipality-kouki = 市區町村的後期高齡者醫療窗口
where-police = 警察署・派出所（交番）
where-insurer = 保險人（公司的健康保險、市區町村的國保等）
where-employer = 工作單位的人事・總務負責人

## hotlines (rules file)
hotline-general = 個人編號綜合免費電話（日語）
hotline-general-hours = 平日 9:30～20:00，週六・週日・國定假日 9:30～17:30（因遺失・被竊而暫停使用：24小時365天）
hotline-foreign-system = 外語諮詢電話（制度・マイナポータル）
hotline-foreign-system-hours = 平日 9:30～20:00，週六・週日・國定假日 9:30～17:30
hotline-foreign-card = 外語諮詢電話（卡・電子證明書・遺失）
hotline-foreign-card-hours = 英語・中文・韓語・西班牙語・葡萄牙語 8:30～20:00，泰語・尼泊爾語・印尼語・越南語・他加祿語 9:00～18:00

## dated facts (rules file)
fact-legacy-cards-ended = 以前的健康保險證可以使用到2025年12月1日為止（從12月2日起不能使用）。
fact-legacy-kouki-ended = 後期高齡者醫療的保險證可以使用到2025年7月31日為止（從8月1日起不能使用）。
fact-clinic-tolerance = 到2026年3月底為止，有一項暫時措施：只憑過期的保險證或「資格資訊通知」，也可以由醫療機構判斷後看病。
fact-clinic-tolerance-ended = 只憑過期的保險證或「資格資訊通知」看病的暫時措施，原定到2026年3月底為止（沒有找到延長的公告）。
fact-kouki-blanket = 到2026年7月31日為止，後期高齡者醫療的所有人都會收到資格確認書（暫時措施）。
fact-kouki-status-based = 從2026年8月起，後期高齡者醫療的人當中，沒有Myna保險證的人會收到資格確認書，有Myna保險證的人會收到資格資訊通知。
fact-kouki-85-plus = 有的廣域聯合表示，作為國家方針的變更，會寄資格確認書給2026年8月1日時85歲以上的所有人。
fact-reported-by-one = 您居住的地區可能不同。

## timeline
status-valid = 有效：可以當作Myna保險證使用
status-grace = 寬限期（過期後的一小段時間）：可以當作保險證使用，但不會傳遞用藥等資訊
status-expired = 已過期：不能當作Myna保險證使用
status-valid-act = 請在{ $date }之前更新。
status-grace-act = 請在{ $date }之前，到市區町村窗口更新。
status-expired-act = 請到市區町村窗口更新。在那之前，請用保險人寄來的資格確認書看病。
timeline-today = 今天
timeline-card = 個人編號卡本身
timeline-certificate = 電子證明書（利用者證明用）
timeline-expiry = 有效期限
timeline-renewal-opens = 開始受理更新
timeline-grace-last-day = 寬限期的最後一天
timeline-registration-cutoff = 使用登錄的參考期限
timeline-full-function-until = 可以使用全部功能的最後一天
timeline-usable-until = 可以當作Myna保險證使用的最後一天
timeline-status = 今天的狀態
timeline-act-by = 辦理手續的期限
timeline-facts = 今天適用的事項
band-valid = 有效
band-renewal = 更新期間
band-grace = 寬限期（僅可當作保險證）
band-expired = 已過期
warning-leap-day-birthday = 2月29日出生的人，在平年是以2月28日為生日計算的。請確認卡上寫的日期。
warning-computed-not-printed = 卡的有效期限是計算出來的日期。卡上印的日期才是正確的日期。
printed-dates-prevail = 以卡和信件上寫的日期為準。

## fields (named in error messages)
field-today = 今天的日期（--today）
field-born = 出生日期（--born）
field-card-expiry = 卡的有效期限（--card-expiry）
field-card-issued = 卡的發行日（--card-issued）
field-applied = 申請日（--applied）
field-cert-expiry = 電子證明書的有效期限（--cert-expiry）
field-cert-issued = 電子證明書的發行日（--cert-issued）

## errors
date-error-empty = { $field }：沒有輸入日期。
date-error-unrecognised = { $field }：無法把「{ $input }」讀成日期。
date-error-month = { $field }：沒有{ $month }月這個月份。
date-error-day = { $field }：沒有{ $year }年{ $month }月{ $day }日這一天。
date-error-era-unknown = { $field }：不能使用「{ $era }」這個年號（明治・大正・昭和・平成・令和）。
date-error-outside-era = { $field }：{ $era }是從{ $first }到{ $last }。
date-error-before-era = { $field }：{ $era }從{ $first }開始。
date-accepted-forms = 可以使用的寫法：2026-03-15、2026/3/15、2026年3月15日、令和8年3月15日、R8.3.15、S25.10.10（全形也可以）
timeline-error-born-needed = 要從發行日計算有效期限，需要{ $field }。
timeline-error-before-birth = { $field }早於出生日期。
timeline-error-applied-after-issue = { $field }晚於卡的發行日。
timeline-error-card-needed = 請輸入卡的有效期限（--card-expiry）或發行日（--card-issued）。
guide-error-data = 指南的資料有誤：{ $detail }
guide-error-situation = 沒有「{ $value }」這個情況。可以使用的有：{ $accepted }
guide-error-question = 沒有「{ $value }」這個問題。可以使用的有：{ $accepted }
guide-error-answer = 對「{ $question }」不能回答「{ $value }」。可以使用的有：{ $accepted }
rules-error = 無法讀取規則檔 { $file }：{ $detail }
lang-error = 沒有「{ $value }」這種語言。可以使用的有：{ $accepted }
answer-format-error = 請用 鍵=值 的格式寫 --answer（例：has-card=yes）：「{ $value }」
output-write-error = 無法寫出輸出內容：{ $reason }
no-display = 沒有顯示器（畫面）：請在桌面環境中啟動，或使用指令：mynaho-guide --help
cli-error-unknown-argument = 沒有「{ $arg }」這個選項。
cli-error-unknown-command = 沒有「{ $value }」這個指令。可以使用的有：{ $accepted }
cli-error-did-you-mean = 您是不是要輸入 { $suggestion }？
cli-error-invalid-value = { $arg }：不能使用「{ $value }」。可以使用的有：{ $accepted }
cli-error-value-needed = { $arg } 需要一個值（例：{ $example }）。
cli-error-number = { $arg }：不能使用「{ $value }」。請寫 { $min } 到 { $max } 之間的整數（例：{ $example }）。
cli-error-missing = 還需要寫 { $arg }（例：{ $example }）。
cli-error-requires = { $arg } 只能與 { $needed } 一起使用（例：{ $example }）。
cli-error-conflict = { $arg } 和 { $other } 不能同時使用，請只寫其中一個。
cli-error-repeated = { $arg } 寫了2次以上，請只寫1次。
cli-error-not-utf8 = { $arg }：無法讀取文字（請使用 UTF-8）
cli-error-window-only = { $arg } 是視窗用的選項，不能與指令 { $command } 一起使用。
cli-error-other = 無法讀取命令列：{ $detail }
cli-error-help = 查看選項：{ $command }
answer-repeated = --answer { $key } 寫了2次以上。1個問題只能寫1個答案。
answer-not-asked = --answer { $key } 不會被使用：依這些答案，指南不會問這個問題（經過的順序：{ $path }）。
sheet-error-card-needed = { $arg } 只能與卡的有效期限（--card-expiry）或卡的發行日（--card-issued）一起使用，請同時寫其中一個（例：--card-expiry 2031-03-15）。

## command-line text output
cli-outcome = 結果
cli-question = 問題
cli-choices = 回答
cli-steps = 要做的事
cli-bring = 攜帶物品
cli-where = 要去哪裡
cli-call = 電話

## sheet
sheet-title = Myna保險證（マイナ保険証）說明
sheet-name-line = { $name } 様
sheet-card-expiry = 個人編號卡的有效期限：{ $date }
sheet-cert-expiry = 電子證明書（電子証明書）的有效期限：{ $date }
sheet-timeline-card = 今後的安排（依個人編號卡的有效期限）
sheet-timeline-cert = 今後的安排（依電子證明書的有效期限）
sheet-dates-until = 至{ $date }
sheet-dates-range = { $from }至{ $to }
sheet-dates-from = { $date }起
sheet-todo-wait = 現在不需要辦理手續。從{ $date }起開始受理更新。
sheet-todo-letter = 有效期限將到時，會收到裝在藍色信封裡的「有效期限通知書」。收到後，請辦理更新手續。
sheet-todo-card-3 = 因有效期限到期而更新是免費的。申請需要照片。
sheet-todo-cert-2 = 請攜帶個人編號卡和4位數密碼。
sheet-todo-cert-3 = 如果在寬限期（過期後的一小段時間）內更新，就不需要重新辦理Myna保險證的使用登錄（利用登録）。
sheet-todo-expired-1 = 請在您居住地的市區町村窗口更新電子證明書，或申請新卡。
sheet-todo-expired-2 = 更新後，請重新辦理健康保險證使用登錄（利用登録）。也可以在醫療機構・藥局的讀卡機上辦理。
sheet-todo-expired-3 = 在那之前，請用保險人寄來的「資格確認書」看病。如果沒有收到，請洽詢保險人。
sheet-contacts-heading = 洽詢窗口
sheet-contact-languages = 對應語言（截至{ $date }的J-LIS說明）：{ $languages }
sheet-contact-insurer = 您加入的健康保險（保険者）或您居住地的市區町村窗口（市区町村の窓口）
sheet-contact-insurer-detail = 關於資格確認書和保險的事情，請向這裡洽詢。保險人的名稱寫在寄來的信件或以前的保險證上。
sheet-no-hotline = 沒有使用您的語言的諮詢電話。請與會說日語的人一起撥打日語專線（0120-95-0178）。
sheet-no-hotline-show = 請把這段話給工作人員看。內容是：「此人日語不夠流利，也沒有使用其語言的諮詢電話。請協助辦理手續。」
sheet-footer = 規則 { $version }（截至 { $reviewed }） · 列印日期 { $date }
sheet-error = 無法製作說明單：{ $reason }
sheet-saved = 已儲存說明單：{ $path }
sheet-save-error = 無法儲存說明單（{ $path }）：{ $reason }
sheet-error-guide-incomplete = 指南中還有問題沒有回答：{ $question }
print-job-accepted = 列印工作已受理（{ $job }）。
print-pdf-kept = PDF保留在這裡，可以另存或用其他印表機列印：{ $path }
print-error-not-installed = 沒有安裝列印系統（CUPS）。
print-error-no-scheduler = 列印系統（CUPS）沒有在執行。
print-error-no-printer = 沒有設定印表機。
print-error-no-default = 有多台印表機，但沒有設定預設印表機。請用 --printer 選擇。
print-error-unknown-printer = 沒有名為「{ $printer }」的印表機。
print-error-refused = 印表機沒有受理列印工作：{ $reason }
print-error-temp-file = 無法儲存列印用的PDF：{ $reason }
printers-default = （預設）
printers-no-default = 沒有設定預設印表機。

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = 首頁
gui-top-settings = 文字大小與設定
gui-back = ← 返回
gui-restart = 重新開始
gui-language = 語言（Language / ことば）
gui-home-title = 在醫院使用您的個人編號卡
gui-home-intro = 本指南一步一步說明如何把個人編號卡（マイナンバーカード）當作健康保險證使用，也就是Myna保險證（マイナ保険証）。
gui-home-guide = 回答幾個問題
gui-home-guide-explain = 回答「是」或「否」，就能知道在掛號櫃檯該做什麼。
gui-home-dates = 確認我的卡的期限
gui-home-dates-explain = 根據出生日期和卡上的日期，查看能用到什麼時候、什麼時候更新。
gui-home-problem = 我遇到了問題
gui-home-problem-explain = 從常見問題中選擇，例如卡遺失了或密碼被鎖住了。
gui-home-keys = 鍵盤：數字鍵選擇，Enter 繼續，Esc 返回。
gui-problem-title = 遇到了什麼問題？
gui-problem-explain = 請選擇最接近的一項。
gui-guide-step = 問題 { $number }
gui-guide-answer-hint = 不確定時請選擇「不知道」。之後可以修改。
gui-guide-so-far = 到目前為止的回答
gui-guide-diagram = 整體流程（您所在的位置有顏色）
gui-guide-missing = 無法讀取指南資料。請告訴工作人員。
gui-outcome-label = 您要做的事
gui-outcome-review = 確認並列印
gui-outcome-dates = 也確認卡的期限
gui-node-has-card = 有卡嗎？
gui-node-registered = 已登錄嗎？
gui-node-use-at-reception = 在掛號櫃檯使用
gui-node-register = 辦理使用登錄
gui-node-check-registration = 確認登錄
gui-node-apply-for-card = 申請辦卡
gui-node-ask-municipality = 洽詢市區町村
gui-dates-title = 確認我的卡的期限
gui-dates-forms = 日期可以用以下任何寫法輸入：「昭和25年10月10日」「S25.10.10」「1950-10-10」「１９５０年１０月１０日」（全形數字）。
gui-dates-placeholder = 在這裡輸入日期
gui-dates-example = 讀取到的日期會顯示在這裡。
gui-dates-born = 出生日期
gui-dates-born-explain = 計算時需要。寫在卡的正面。
gui-dates-card = 個人編號卡本身
gui-dates-card-expiry = 卡的有效期限（印在卡上的日期）
gui-dates-card-expiry-explain = 卡正面的「有効期限」日期。這是最準確的。
gui-dates-card-issued = 卡的發行日期
gui-dates-card-issued-explain = 找不到有效期限時使用，期限會據此計算（不是領取卡的日子）。
gui-dates-cert = 電子證明書
gui-dates-cert-explain = 電子證明書是存在卡裡的「本人證明」。它有自己的期限，通常每5年一次。
gui-dates-cert-unknown = 不知道
gui-dates-cert-expiry = 電子證明書的有效期限
gui-dates-cert-issued = 電子證明書的發行日期（更新的日子）
gui-dates-cert-where = 寫在卡的背面、藍色信封裡的通知上，也可以在マイナポータル查看。
gui-dates-need-card = 輸入卡的日期後即可查看結果。
gui-dates-show = 查看結果
gui-dates-edit = 修改日期
gui-dates-incomplete = 有日期未輸入或無法讀取。請修改紅字的部分。
gui-rules-missing = 無法讀取期限規則。請告訴工作人員。
gui-dates-result-title = 查詢結果
gui-status-renew-now = 現在可以辦理更新。在市區町村窗口免費辦理。
gui-status-nothing-yet = 現在什麼都不用做。期限接近時，會寄來藍色信封的通知。
gui-status-grace-hurry = 過了這一天，就不能再作為Myna保險證使用。請在那之前，到您居住地的市區町村窗口更新。
gui-status-ask-insurer = 如果沒有收到資格確認書，請洽詢您加入的保險（保險人）。
gui-chart-title = 期限的流程
gui-key-dates = 重要日期
gui-key-card-expiry = 卡的有效期限
gui-key-card-renewal = 卡可以開始更新的日期
gui-key-cert-expiry = 電子證明書的有效期限
gui-key-cert-renewal = 電子證明書可以開始更新的日期
gui-pair = { $label }：{ $value }
gui-warnings = 注意
gui-review-title = 確認並列印
gui-review-explain = 如有錯誤，請按「修改」。列印出來的紙可以在窗口或醫院出示。
gui-review-guide = 問題的回答
gui-review-dates = 日期
gui-review-not-entered = 尚未輸入
gui-review-edit-guide = 修改回答
gui-review-edit-dates = 修改日期
gui-review-sheet = 列印的紙
gui-review-sheet-explain = 可以只用日語列印，或日語與另一種語言並排列印。
gui-sheet-ja-only = 只用日語
gui-review-large-print = 大字列印
gui-review-copies = 份
gui-review-name = 姓名（印在說明單上；可以不填）
gui-review-name-explain = 姓名不會儲存在任何地方。
gui-review-print = 列印
gui-review-save = 儲存為 PDF
gui-review-no-save-kiosk = 這台機器不能儲存（可以列印）。
gui-print-working = 正在準備…
gui-tell-staff = 請告訴工作人員。
gui-settings-title = 文字大小與設定
gui-settings-size = 文字大小
gui-settings-size-explain = 整個畫面都會變大。也可以用 Ctrl 加 + 或 − 鍵。
gui-settings-contrast = 畫面顏色
gui-settings-contrast-explain = 看不清楚時請選擇「高對比」：黑底白字。
gui-settings-contrast-normal = 一般
gui-settings-contrast-high = 高對比（黑底白字）
gui-idle-countdown = 一段時間沒有操作。{ $seconds } 秒後返回首頁
gui-idle-explain = 輸入的內容將全部刪除。要繼續請觸碰畫面。
gui-idle-continue = 繼續

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = 需要確認：有效期限的日期還不確定
status-check-act = 首先，請確認真正的有效期限。
status-expired-card = 個人編號卡本身的有效期限（{ $date }）已經過了。
status-expired-cert = 電子證明書的有效期限（{ $date }）已經過了。
check-card-ambiguous = 依申請的日期不同，卡的有效期限是{ $early }或{ $late }其中之一。請看卡正面印的日期。
check-cert-renewal = 依是否提前更新過，電子證明書的有效期限是{ $early }或{ $late }其中之一。
check-cert-assumed = 如果電子證明書一次也沒有更新過，有效期限是{ $date }。如果更新過，有效期限會更晚。
check-usable-if-earliest = 如果是較早的那個日期，可以當作Myna保險證使用到{ $date }為止。
check-how = 確認方法：マイナポータル的畫面、醫療機構・藥局讀卡機上的顯示、J-LIS寄來的「有效期限通知書」（在期限前2～3個月寄到）、您居住地的市區町村窗口。
warning-card-application-date-needed = 因為不知道申請的日期（申請受理日），卡的有效期限有2種可能。輸入卡上印的有效期限，就能得到確定的日期。
warning-certificate-renewal-unknown = 如果這個電子證明書是在舊證明書到期前3個月內更新的，有效期限會長1年。請確認是哪一種情況。
warning-certificate-assumed = 因為沒有輸入電子證明書的日期，所以按照「與卡同時發行、一次也沒有更新過」的假定來計算。真正的有效期限可以在マイナポータル、醫療機構・藥局讀卡機上的顯示、J-LIS寄來的「有效期限通知書」或市區町村窗口確認。
warning-certificate-after-card = 電子證明書的有效期限晚於計算出來的卡的有效期限。請確認卡上印的有效期限。
warning-residence-no-reminder = 卡的有效期限由在留期間屆滿日決定。在留期間更新或變更後，請在原來的期限之前，攜帶新的在留卡（在留カード）、個人編號卡和4位數密碼，到市區町村窗口變更卡的期限。不會寄來通知信。電子證明書也需要重新發行。
dispute-card-grace-months = 有的市區町村把卡本身的寬限期定為3個月。這裡以較短的2個月計算。
dispute-renewal-opens = 有的市區町村從「3個月前的隔天」開始受理更新。
timeline-expiry-either = { $early }或{ $late }
timeline-basis = 日期的依據
basis-entered = 輸入的日期
basis-computed = 計算出的日期
basis-ambiguous = 有2種可能（以較早的日期計算）
basis-assumed = 假定（沒有輸入日期）
timeline-limited-by-residence = 有效期限由在留期間屆滿日決定
timeline-apply-by = 申請新卡的期限
timeline-renew-by = 更新電子證明書的期限
sheet-card-expiry-either = 個人編號卡的有效期限：{ $early }或{ $late }（需要確認）
sheet-cert-expiry-either = 電子證明書（電子証明書）的有效期限：{ $early }或{ $late }（需要確認）
sheet-after-that = 之後：{ $title }
sheet-todo-check-1 = 請確認真正的有效期限。如果期限快到了或已經過了，請到市區町村窗口更新。
sheet-todo-card-apply = 請在{ $from }至{ $to }之間申請新卡（郵寄、智慧型手機、街上的證件照相機、市區町村窗口）。領取需要1～2個月。
sheet-todo-card-gap = 如果在{ $date }之後才申請，請向保險人申請「資格確認書」，在收到新卡之前使用。
sheet-todo-cert-by = 請在{ $date }之前，到您居住地的市區町村窗口更新電子證明書。當天即可辦完，免費。
sheet-todo-residence = 在留期間更新後，請在{ $date }之前到市區町村窗口變更卡的有效期限。
timeline-error-after-today = { $field }晚於今天。
timeline-error-before-first-card = { $field }：2015年10月5日之前沒有個人編號卡。請確認日期。
timeline-error-cert-before-card = 電子證明書的發行日早於卡的發行日。請確認日期。
timeline-error-cert-after-card = 電子證明書的有效期限晚於卡的有效期限。請確認其中一個日期。
date-error-year-range = { $field }：不能輸入{ $year }年（只能輸入1868年到2200年）。例：1950-10-10
field-cert-renewal = 提前更新（--cert-renewal）
field-residence-until = 在留期間屆滿日（--residence-until）
gui-dates-applied = 申請的日期（申請受理日）
gui-dates-applied-explain = 依申請的日期不同，卡的有效期限有2種可能。知道的話請輸入。不知道的話，請輸入卡上印的有效期限。
gui-dates-renewal-question = 是在到期之前更新的嗎？
gui-dates-renewal-explain = 如果是在舊電子證明書到期前3個月內更新的，請選「是」。這樣有效期限會長1年。
gui-dates-foreign = 有在留期間的外國籍人士（在留卡上有期限的人）
gui-dates-residence = 在留期間屆滿日
gui-dates-residence-explain = 在留卡（在留カード）上寫的「在留期間（屆滿日）」。永住者、高度專門職2號、特別永住者可以不填。
band-unsure = 不確定（需要確認）
sheet-timeline-earliest-note = 這裡以較早的日期繪製。請確認真正的有效期限。

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = 印表機「{ $printer }」已暫停。請告訴工作人員。
print-error-rejecting = 印表機「{ $printer }」現在不接受列印工作。請告訴工作人員。
print-error-timed-out = 列印系統（{ $program }）在 { $seconds } 秒內沒有回應。請告訴工作人員。
print-error-stuck = 列印工作仍在印表機的佇列中等待（{ $job }）。請告訴工作人員。
print-error-cancelled = 已取消列印。
printers-keeps-job-files = 注意：這台列印伺服器設定為保留已列印文件的資料（CUPS 的 PreserveJobFiles）。在窗口和自助服務機的機器上，請設定為「PreserveJobFiles No」。
gui-print-busy = 正在列印。請等待列印完成。
gui-review-dates-invalid = 有日期需要修改，所以還不能列印。請按「修改日期」進行修改。

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = 國民健康保險組合（建設國保・醫師國保等，依行業設立的國保組合）
kakuninsho-kumiai-title = 沒有收到資格確認書（國民健康保險組合）
kakuninsho-kumiai-step-1 = 請向您加入的國民健康保險組合詢問。資格確認書由組合寄來。聯絡方式寫在組合寄來的文件上。
kakuninsho-meanwhile-mynaho = 在收到之前需要看病時，如果您的個人編號卡已經辦理使用登錄，就可以當作Myna保險證使用。如果還沒有登錄，可以在醫療機構・藥局的讀卡機上當場登錄。
kakuninsho-meanwhile-form = 或者，請出示個人編號卡，並在掛號櫃檯填寫「被保險人資格申報書（被保険者資格申立書）」。
oshirase-not-alone = 「資格資訊通知（資格情報のお知らせ）」和資格確認書是不同的文件。只憑通知不能看病。
full-cost-risk = 如果個人編號卡和資格確認書都無法出示，可能需要支付全額醫療費（10成）。
kakuninsho-70-74 = 70～74歲的人，有時除了資格確認書之外，還需要「高齡受給者證（高齢受給者証）」。如果已經收到，請一起出示。
kakuninsho-kouki-youhairyo = 難以使用卡片的人（有需要照護・需要支援的認定〔要介護・要支援〕、有身心障礙者手冊〔障害者手帳〕、住在照護機構、受成年監護〔成年後見〕等），可以申請資格確認書。只需要最初申請1次，之後也會繼續寄來。住在機構裡的人，也可以由機構的人員代為申請。
reader-failed-step-4 = 卡片髒了或IC晶片損壞時，讀卡機無法讀取。請聯絡您居住地的市區町村的個人編號卡窗口。
turning-75-ask = 關於後期高齡者醫療的事情，請向後期高齡者醫療廣域聯合（後期高齢者医療広域連合），或市區町村的後期高齡者醫療窗口詢問。個人編號綜合免費電話是關於卡片的諮詢電話。
where-kouki-union = 後期高齡者醫療廣域聯合（後期高齢者医療広域連合，每個都道府縣各有一個）
apply-for-card-not-required = 辦理個人編號卡並不是義務。沒有卡的人會收到資格確認書，可以用它看病。
apply-for-card-then-register = 領取卡片後，請辦理使用登錄（利用登録），以便把卡當作保險證使用。也可以在醫療機構・藥局的讀卡機上辦理。
bring-kakuninsho = 資格確認書（已收到的人）
bring-residence-card = 在留卡（在留カード）（新的卡；申請還在審查中時，蓋有「申請中」印章的卡）
situation-residence-period = 在留期間有變更・已更新（外國籍人士）
residence-period-title = 有在留期間的人的個人編號卡
residence-period-step-1 = 有在留期間的人，卡的有效期限是在留期間屆滿日和一般的有效期限（由生日決定的日期）中較早的那一天（永住者、高度專門職2號、特別永住者除外）。不會寄來期限通知信。
residence-period-step-2 = 在留期間更新或變更後，請在原來的屆滿日之前，攜帶新的在留卡、個人編號卡和4位數密碼，到市區町村窗口變更卡的期限。期限不會自動變更。
residence-period-step-3 = 電子證明書的期限無法變更，所以會在窗口重新發行。
residence-period-step-4 = 如果在留期間更新申請的結果還沒出來，在卡的期限到期之前到窗口，可以延長到屆滿日的2個月後，只能延長1次（請出示蓋有「申請中」印章的在留卡，或線上申請的受理畫面）。
residence-period-step-5 = 成為永住者或取得日本國籍時，也需要到窗口辦理變更有效期限的手續。
residence-period-step-6 = 持有「特定在留卡（特定在留カード）」（在留卡和個人編號卡合為1張的卡）的人，請向市區町村窗口或出入國在留管理廳詢問。
fact-kouki-2025-certificates-ended = 作為暫時措施寄給後期高齡者醫療所有人的資格確認書，有效到2026年7月31日為止（有效期間是從8月到隔年7月的1年）。請確認您手上的資格確認書的有效期限。

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = 下一位（清除輸入內容）
gui-next-person-short = 下一位
gui-top-settings-short = 設定
gui-more-below = ▼ 下面還有內容（請向下捲動）
timeline-error-out-of-range = { $field }：請輸入{ $from }到{ $to }之間的日期。{ $example }
example-born = 例：1950年10月10日
example-card-expiry = 例：2031年10月10日（卡正面寫的日期）
example-card-issued = 例：2021年4月1日
example-applied = 例：2021年2月15日
example-cert-expiry = 例：2026年10月10日
example-cert-issued = 例：2021年4月1日
example-residence = 例：2027年3月31日（在留卡上寫的日期）
gui-dates-missing = 有還沒輸入的日期，或需要修改的地方：{ $fields }
gui-save-cancelled = 已取消儲存。沒有儲存任何內容。
gui-chart-summary = 可以當作Myna保險證使用的期間
gui-top-home-short = 首頁
sheet-memo = 窗口備忘（下次預約、窗口電話號碼等）
## The sheet's first lines (issue 12)
sheet-act-by = 辦理手續的期限：{ $date }（{ $weekday }）
weekday-1 = 週一
weekday-2 = 週二
weekday-3 = 週三
weekday-4 = 週四
weekday-5 = 週五
weekday-6 = 週六
weekday-7 = 週日
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = 無法使用設定檔 { $file }：{ $detail }
site-check-read = 已讀取 { $file }。內容如下：
site-check-municipality = 市區町村
site-check-window = 窗口
site-check-telephone = 電話
site-check-hours = 受理時間
site-check-address = 地址
site-check-closed = 休息日（週六、週日、國定假日、年末年初以外）
site-check-home-languages = 首頁的語言
site-check-sheet-languages = 說明單的語言（第一個為預設）
site-check-printer = 印表機
site-check-copies = 份數
site-check-kiosk-idle = 自助服務機的等待時間（秒）
site-check-rules-file = 規則檔
site-check-not-set = （未指定）
site-ask-here = 請在這裡諮詢：{ $window }
site-telephone = 電話：{ $number }
site-hours = 受理時間：{ $hours }
site-address = 地點：{ $address }
rules-stale = 本指南的內容截至 { $date }。最新資訊請在窗口確認。
rules-check-ok = { $file } 是有效的規則檔。
rules-check-version = 版本
rules-check-reviewed-on = 內容確認日
rules-check-review-by = 重新審核期限
rules-check-values = 數值與出處
rules-check-source = 出處：{ $source }（自 { $from } 起）
gui-about = 關於本指南
about-version = 版本：{ $version }
about-rules = 規則：{ $version }（{ $reviewed } 確認，{ $review_by } 前重新審核）
about-privacy = 不連接網際網路也能運作。不會詢問您的個人編號（12位數）或密碼。自助服務機不儲存任何內容。
about-fonts = 字型：Noto Sans、Noto Sans CJK JP、Noto Sans Thai・Khmer・Myanmar・Devanagari。SIL Open Font License 1.1
about-program = 本程式：{ $license }
about-sources = 出處

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = 朗讀
speech-stop = 停止
speech-preparing = 正在準備語音…
speech-reading = 正在朗讀
speech-error-no-device = 找不到發出聲音的裝置。請確認喇叭或耳機已連接，並且音量已調大。
speech-error-device = 聲音在中途停止了。請再按一次「朗讀」。
speech-error-language = 朗讀只能使用日語和簡單日語（やさしい日本語）。例：--lang ja
speech-error-voice = 無法準備語音。請重新安裝本程式。
speech-error-speed = 不能使用速度「{ $value }」。請寫 0.7 到 1.2 之間的數字。例：--speed 0.8
speech-error-empty = 沒有要朗讀的文字。例：mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = 已儲存 { $file }（{ $seconds } 秒）。
gui-settings-speech = 朗讀速度
gui-settings-speech-explain = 想聽得慢一點時，請選擇較小的數字。按 R 鍵會朗讀畫面上主要的部分。
about-speech = 朗讀用的語音與辭典
about-speech-voice = 語音：HTS Voice「NIT ATR503 M001」© 2003–2012 名古屋工業大學（創用CC 姓名標示 3.0，CC BY 3.0）
about-speech-dictionary = 辭典：NAIST Japanese Dictionary © 2009 奈良先端科學技術大學院大學（BSD 3-Clause 授權條款，由 Debian 的 open-jtalk 1.11 製作）
about-speech-engine = 朗讀引擎：jpreprocess 與 jbonsai © 2023 JPreprocess Team（BSD 3-Clause 授權條款）
