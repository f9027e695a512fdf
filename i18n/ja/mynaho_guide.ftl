# mynaho-guide — 日本語 (reference locale). Every other locale has every message below.
# Terms follow the official wording (shared/docs/glossary.md §A.1): マイナ保険証, マイナンバーカード,
# 電子証明書, 資格確認書, 資格情報のお知らせ, 利用登録, 有効期限, 更新, 後期高齢者医療, 保険者, 市区町村窓口.

## language
language-name = 日本語
app-title = マイナ保険証ガイド

## answers
answer-yes = はい
answer-no = いいえ
answer-unknown = わからない
answer-insurer-employee = 会社の健康保険（協会けんぽ・健康保険組合・共済組合）
answer-insurer-kokuho = 国民健康保険（市区町村の国保）
answer-insurer-kouki = 後期高齢者医療制度（75歳以上の方など）

## quick guide (MHLW クイックガイド)
q-has-card = マイナンバーカードを持っていますか？
q-has-card-help = マイナンバーカードは、顔写真のついたプラスチックのカードです。通知カード（紙）とは違います。
q-registered = マイナンバーカードの健康保険証利用登録はしていますか？
q-registered-help = 利用登録をしたマイナンバーカードが「マイナ保険証」です。新しいカードが届くわけではありません。
q-insurer-type = どの健康保険に入っていますか？
q-insurer-type-help = 保険者（健康保険を運営しているところ。協会けんぽ、健康保険組合、市区町村の国保など）の名前は、前の保険証や届いた書類に書かれています。

use-at-reception-title = 実際に使ってみましょう（医療機関・薬局での受付方法）
use-at-reception-step-1 = 受付のカードリーダーに、マイナンバーカードを置いてください。
use-at-reception-step-2 = 顔認証か、4桁の暗証番号で本人確認をしてください。
use-at-reception-step-3 = 画面の案内に沿って、お薬などの情報提供に同意するかを選んでください。
use-at-reception-step-4 = これで受付は終わりです。カードを忘れずにお持ち帰りください。

register-title = 利用登録をしましょう（マイナ保険証の利用登録方法）
register-step-1 = 医療機関・薬局のカードリーダーで登録できます。カードを置き、画面の「登録」を選んでください。
register-step-2 = スマートフォンの「マイナポータル」アプリでも登録できます：「証明書」→「健康保険証」→「登録」。
register-step-3 = セブン銀行ATMや、市区町村の窓口でも登録できます。
register-step-4 = 電子証明書の有効期限が5日を切ると登録できないことがあります。早めに登録してください。

check-registration-title = 登録状況を確認しましょう
check-registration-step-1 = 「マイナポータル」で「健康保険証」を開き、「登録済」と出るか確認してください。
check-registration-step-2 = 医療機関・薬局のカードリーダーにカードを置いても確認できます。登録していなければ、その場で登録できます。
check-registration-step-3 = 登録していなかったときは、利用登録をしてください。

apply-for-card-title = マイナンバーカードの申請方法を確認しましょう
apply-for-card-step-1 = 申請してからカードを受け取るまで、1～2か月かかります。
apply-for-card-step-2 = 交付申請書を持っている方：スマートフォン・パソコン（QRコード）か、まちなかの証明写真機で申請できます。
apply-for-card-step-3 = 交付申請書を持っていない方：市区町村の窓口でもらうか、ダウンロードして、郵送で申請してください。
apply-for-card-step-4 = カードが届くまでは、保険者（加入している健康保険）から届く「資格確認書」で受診できます。資格確認書の申請はいりません。

ask-municipality-title = 発行状況を確認し、お住まいの市区町村窓口にお問い合わせください
ask-municipality-step-1 = カードの交付通知書（はがき）や、市区町村からの手紙が届いていないか確認してください。
ask-municipality-step-2 = 分からないときは、お住まいの市区町村の窓口で、カードの発行状況を聞いてください。
ask-municipality-step-3 = マイナ保険証がないあいだは、「資格確認書」で受診できます。

## counter situations
situation-lost-card = マイナンバーカードをなくした
situation-pin-locked = 暗証番号がロックされた
situation-reader-failed = 病院でカードが読めなかった
situation-certificate-not-arrived = 資格確認書が届かない
situation-turning-75 = 75歳になる
situation-changed-insurer = 仕事や住所が変わり、保険が変わった
situation-unregister = 利用登録を解除したい
situation-smartphone = スマートフォンをマイナ保険証として使いたい

lost-card-title = マイナンバーカードをなくしたとき
lost-card-step-1 = すぐに、マイナンバー総合フリーダイヤル（0120-95-0178、音声ガイダンス2）に電話して、カードを止めてもらってください（24時間365日）。カードの機能を入れたスマートフォンをなくしたときも、同じ電話で止められます。
lost-card-step-2 = 警察に遺失届を出してください。再発行のときに、警察署の名前・電話番号・担当者の名前・遺失届の受理番号が必要です。メモしてください。
lost-card-step-3 = 市区町村の窓口に紛失届を出し、希望するときは再発行を申し込んでください。手数料は1,000円で、受け取るまで1～2か月かかります。急ぐときは「特急発行」（早く作る方法：紛失届から30日以内、約1週間、2,000円）もあります。
lost-card-step-4 = 新しいカードが届くまでは、保険者（加入している健康保険）に申請して「資格確認書」を受け取り、受診に使ってください。
lost-card-step-5 = カードが見つかったときは、市区町村の窓口に届け出てください。

pin-locked-title = 暗証番号がロックされたとき
pin-locked-step-1 = 4桁の暗証番号は、3回続けて間違えるとロックされます。
pin-locked-step-2 = 医療機関・薬局では、顔認証か、職員による目視確認（職員がカードの顔写真とご本人を見比べる方法）でカードを使えます。
pin-locked-step-3 = 暗証番号の再設定は、カードと本人確認書類を持って、市区町村の窓口でできます。

reader-failed-title = カードリーダーで読めなかったとき
reader-failed-step-1 = マイナンバーカードと一緒に、スマートフォンのマイナポータルの「健康保険証」の画面か、そこからダウンロードしたPDFを見せてください。
reader-failed-step-2 = または、マイナンバーカードと「資格情報のお知らせ」を一緒に見せてください。お知らせだけでは受診できません。
reader-failed-step-3 = どちらもないときは、マイナンバーカードを見せて、受付で「被保険者資格申立書」を書いてください。

kakuninsho-step-why = 届かない理由には、住所の変更、まだ使えるマイナ保険証がある、手続きの遅れなどがあります。
kakuninsho-employee-title = 資格確認書が届かない（会社の健康保険）
kakuninsho-employee-step-1 = 勤め先の人事・総務の担当者か、保険者（協会けんぽ・健康保険組合・共済組合）にお問い合わせください。
kakuninsho-kokuho-title = 資格確認書が届かない（国民健康保険）
kakuninsho-kokuho-step-1 = お住まいの市区町村の国民健康保険の窓口にお問い合わせください。
kakuninsho-kouki-title = 資格確認書が届かない（後期高齢者医療制度）
kakuninsho-kouki-step-1 = お住まいの市区町村の後期高齢者医療の窓口にお問い合わせください。
kakuninsho-kouki-step-2 = 2026年8月からは、マイナ保険証がない方に資格確認書が、ある方に「資格情報のお知らせ」が届きます。85歳以上の方の扱いは、広域連合によって違うことがあります。
kakuninsho-unknown-title = 資格確認書が届かない（保険が分からない）
kakuninsho-unknown-step-1 = 前の保険証や、届いた手紙に書かれている保険者（加入している健康保険）の名前を確認してください。
kakuninsho-unknown-step-2 = 分からないときは、お住まいの市区町村の窓口で聞いてください。

turning-75-title = 75歳になるとき
turning-75-step-1 = 75歳になったときの手続きは不要です。マイナ保険証の利用登録はそのまま引き継がれます。
turning-75-step-2 = 後期高齢者医療の「資格確認書」か「資格情報のお知らせ」が、広域連合から（市区町村を通じて）届きます。お知らせだけでは受診できません。マイナ保険証と一緒に見せてください。
turning-75-step-3 = 会社の健康保険で、75歳になる方に扶養されていたご家族（75歳未満の方）は、国民健康保険などに入る手続きが必要です。

changed-insurer-title = 保険が変わったとき
changed-insurer-step-1 = 新しい保険者（新しく入る健康保険）に、必要な書類を出してください。
changed-insurer-step-2 = マイナ保険証の情報が新しくなるまで、10日ほどかかります。マイナポータルで確認してから受診すると安心です。
changed-insurer-step-3 = 新しくなる前に受診するときは、新しい保険者から届いた「資格確認書」を見せてください。届いていなければ、マイナンバーカードを見せて、受付で「被保険者資格申立書」を書いてください。

unregister-title = 利用登録を解除したいとき
unregister-step-1 = 保険者（加入している健康保険）に、解除の申請書を出してください（市区町村の国保と後期高齢者医療は市区町村の窓口、国保組合は組合）。
unregister-step-2 = 解除すると、保険者から「資格確認書」が届きます。
unregister-step-3 = 解除されたかは、マイナポータルで確認できます。

smartphone-title = スマートフォンをマイナ保険証として使うとき
smartphone-step-1 = 2025年9月19日から、対応する医療機関・薬局でスマートフォンを使えます（ステッカーが目印です）。
smartphone-step-2 = 設定は「マイナポータル」アプリで行います。マイナンバーカード本体が必要です。
smartphone-step-3 = 使えない医療機関もあるので、カードも持ち歩いてください。

## what to bring, where to go
bring-card = マイナンバーカード
bring-pin = 4桁の暗証番号（利用者証明用電子証明書）
bring-photo = 顔写真（申請用）
bring-id = 本人確認書類（運転免許証など）
bring-application-form = 交付申請書（持っている方）
bring-letters = 市区町村や保険者から届いた手紙
bring-police-number = 警察署の名前・電話番号・担当者の名前・遺失届の受理番号
bring-oshirase = 資格情報のお知らせ（持っている方）
where-clinic = 医療機関・薬局の受付
where-smartphone = スマートフォンの「マイナポータル」アプリ
where-municipality = お住まいの市区町村の窓口
where-municipality-kokuho = 市区町村の国民健康保険の窓口
where-municipality-kouki = 市区町村の後期高齢者医療の窓口
where-police = 警察署・交番
where-insurer = 保険者（会社の健康保険、市区町村の国保など）
where-employer = 勤め先の人事・総務の担当者

## hotlines (rules file)
hotline-general = マイナンバー総合フリーダイヤル
hotline-general-hours = 平日 9:30～20:00、土日祝 9:30～17:30（紛失・盗難による一時利用停止は24時間365日）
hotline-foreign-system = 外国語対応（制度・マイナポータル）
hotline-foreign-system-hours = 平日 9:30～20:00、土日祝 9:30～17:30
hotline-foreign-card = 外国語対応（カード・電子証明書・紛失）
hotline-foreign-card-hours = 英語・中国語・韓国語・スペイン語・ポルトガル語 8:30～20:00、タイ語・ネパール語・インドネシア語・ベトナム語・タガログ語 9:00～18:00

## dated facts (rules file)
fact-legacy-cards-ended = 従来の健康保険証は、2025年12月1日まで使えました（12月2日から使えません）。
fact-legacy-kouki-ended = 後期高齢者医療の保険証は、2025年7月31日まで使えました（8月1日から使えません）。
fact-clinic-tolerance = 2026年3月末までは、期限切れの保険証や「資格情報のお知らせ」だけでも、医療機関の判断で受診できる暫定的な対応があります。
fact-clinic-tolerance-ended = 期限切れの保険証や「資格情報のお知らせ」だけで受診できる暫定的な対応は、2026年3月末までとされていました（延長の案内は見つかっていません）。
fact-kouki-blanket = 後期高齢者医療の方には、2026年7月31日まで、全員に資格確認書が届きます（暫定的な運用）。
fact-kouki-status-based = 2026年8月から、後期高齢者医療の方には、マイナ保険証がない方に資格確認書が、ある方に資格情報のお知らせが届きます。
fact-kouki-85-plus = 国の方針の変更として、2026年8月1日に85歳以上の方には全員に資格確認書を送る、と案内している広域連合があります。
fact-reported-by-one = お住まいの地域では違うことがあります。

## timeline
status-valid = 有効：マイナ保険証として使えます
status-grace = 猶予期間（期限のあとの短い期間）：保険証としては使えますが、お薬などの情報は伝わりません
status-expired = 期限切れ：マイナ保険証として使えません
status-valid-act = { $date }までに更新してください。
status-grace-act = { $date }までに、市区町村の窓口で更新してください。
status-expired-act = 市区町村の窓口で更新してください。それまでは、保険者から届く資格確認書で受診してください。
timeline-today = 今日
timeline-card = マイナンバーカード本体
timeline-certificate = 電子証明書（利用者証明用）
timeline-expiry = 有効期限
timeline-renewal-opens = 更新の受付開始
timeline-grace-last-day = 猶予の最終日
timeline-registration-cutoff = 利用登録の目安の期限
timeline-full-function-until = すべての機能が使える最後の日
timeline-usable-until = マイナ保険証として使える最後の日
timeline-status = 今日の状態
timeline-act-by = 手続きの期限
timeline-facts = 今日あてはまること
band-valid = 有効
band-renewal = 更新期間
band-grace = 猶予（保険証としてのみ）
band-expired = 期限切れ
warning-leap-day-birthday = 2月29日生まれの方は、平年は2月28日を誕生日として計算しました。カードに書かれた日付を確認してください。
warning-computed-not-printed = カードの有効期限は計算した日付です。カードに印字された日付が正しい日付です。
printed-dates-prevail = カードや手紙に書かれた日付が優先します。

## fields (named in error messages)
field-today = 今日の日付（--today）
field-born = 生年月日（--born）
field-card-expiry = カードの有効期限（--card-expiry）
field-card-issued = カードの発行日（--card-issued）
field-applied = 申請日（--applied）
field-cert-expiry = 電子証明書の有効期限（--cert-expiry）
field-cert-issued = 電子証明書の発行日（--cert-issued）

## errors
date-error-empty = { $field }：日付が入力されていません。
date-error-unrecognised = { $field }：「{ $input }」は日付として読めません。
date-error-month = { $field }：{ $month }月という月はありません。
date-error-day = { $field }：{ $year }年{ $month }月{ $day }日という日はありません。
date-error-era-unknown = { $field }：「{ $era }」という元号は使えません（明治・大正・昭和・平成・令和）。
date-error-outside-era = { $field }：{ $era }は{ $first }から{ $last }までです。
date-error-before-era = { $field }：{ $era }は{ $first }からです。
date-accepted-forms = 使える書き方：2026-03-15、2026/3/15、2026年3月15日、令和8年3月15日、R8.3.15、S25.10.10（全角も可）
timeline-error-born-needed = 発行日から有効期限を計算するには、{ $field }が必要です。
timeline-error-before-birth = { $field }が生年月日より前になっています。
timeline-error-applied-after-issue = { $field }が、カードの発行日より後になっています。
timeline-error-card-needed = カードの有効期限（--card-expiry）か発行日（--card-issued）を入れてください。
guide-error-data = 案内のデータに誤りがあります：{ $detail }
guide-error-situation = 「{ $value }」という場面はありません。使えるもの：{ $accepted }
guide-error-question = 「{ $value }」という質問はありません。使えるもの：{ $accepted }
guide-error-answer = 「{ $question }」に「{ $value }」とは答えられません。使えるもの：{ $accepted }
rules-error = ルールファイル { $file } を読み込めません：{ $detail }
lang-error = 「{ $value }」という言語はありません。使えるもの：{ $accepted }
answer-format-error = --answer は キー=値 の形で書いてください（例：has-card=yes）：「{ $value }」
output-write-error = 出力を書き込めませんでした：{ $reason }
no-display = 画面（ディスプレイ）がありません。デスクトップの画面で起動するか、コマンドを使ってください：mynaho-guide --help
cli-error-unknown-argument = 「{ $arg }」というオプションはありません。
cli-error-unknown-command = 「{ $value }」というコマンドはありません。使えるもの：{ $accepted }
cli-error-did-you-mean = { $suggestion } のことですか？
cli-error-invalid-value = { $arg }：「{ $value }」は使えません。使えるもの：{ $accepted }
cli-error-value-needed = { $arg } には値が必要です（例：{ $example }）。
cli-error-number = { $arg }：「{ $value }」は使えません。{ $min }から{ $max }までの整数を入れてください（例：{ $example }）。
cli-error-missing = { $arg } も入れてください（例：{ $example }）。
cli-error-requires = { $arg } は { $needed } と一緒のときだけ使えます（例：{ $example }）。
cli-error-conflict = { $arg } と { $other } は一緒に使えません。どちらか一方だけにしてください。
cli-error-repeated = { $arg } が2回以上あります。1回だけにしてください。
cli-error-not-utf8 = { $arg }：文字として読めません（UTF-8で入れてください）
cli-error-window-only = { $arg } は画面（ウィンドウ）用のオプションです。コマンド { $command } とは一緒に使えません。
cli-error-other = コマンドラインを読み取れません：{ $detail }
cli-error-help = オプションの一覧：{ $command }
answer-repeated = --answer { $key } が2回以上あります。1つの質問に答えは1つにしてください。
answer-not-asked = --answer { $key } は使われません。この答えでは、この質問はしません（たどった順：{ $path }）。
sheet-error-card-needed = { $arg } は、カードの有効期限（--card-expiry）か発行日（--card-issued）と一緒のときだけ使えます。どちらかも入れてください（例：--card-expiry 2031-03-15）。

## command-line text output
cli-outcome = 結果
cli-question = 質問
cli-choices = 答え
cli-steps = すること
cli-bring = 持ち物
cli-where = 行く所
cli-call = 電話

## sheet
sheet-title = マイナ保険証のご案内
sheet-name-line = { $name } 様
sheet-card-expiry = マイナンバーカードの有効期限：{ $date }
sheet-cert-expiry = 電子証明書の有効期限：{ $date }
sheet-timeline-card = これからの予定（マイナンバーカードの有効期限から）
sheet-timeline-cert = これからの予定（電子証明書の有効期限から）
sheet-dates-until = { $date }まで
sheet-dates-range = { $from }から{ $to }まで
sheet-dates-from = { $date }から
sheet-todo-wait = 今は、手続きはいりません。更新の受付は{ $date }からです。
sheet-todo-letter = 期限が近づくと、青い封筒の「有効期限通知書」が届きます。届いたら、更新の手続きをしてください。
sheet-todo-card-3 = 有効期限による更新は無料です。申請には顔写真が必要です。
sheet-todo-cert-2 = マイナンバーカードと、4桁の暗証番号を持って行きます。
sheet-todo-cert-3 = 猶予期間（期限のあとの短い期間）のうちに更新すれば、マイナ保険証の利用登録をやり直す必要はありません。
sheet-todo-expired-1 = お住まいの市区町村の窓口で、電子証明書の更新か、新しいカードの申請をしてください。
sheet-todo-expired-2 = 更新したあと、マイナ保険証の利用登録をもう一度してください。医療機関・薬局のカードリーダーでもできます。
sheet-todo-expired-3 = それまでは、保険者から届く「資格確認書」で受診してください。届かないときは、保険者にお問い合わせください。
sheet-contacts-heading = 問い合わせ先
sheet-contact-languages = 対応言語（{ $date }時点のJ-LISの案内）：{ $languages }
sheet-contact-insurer = ご加入の健康保険（保険者）、お住まいの市区町村の窓口
sheet-contact-insurer-detail = 資格確認書や保険のことは、こちらに問い合わせてください。保険者の名前は、届いた手紙や前の保険証に書かれています。
sheet-no-hotline = この言語に対応した電話窓口はありません。日本語の窓口（0120-95-0178）には、日本語を話せる人と一緒に電話してください。
sheet-no-hotline-show = 職員の方へ：この方は日本語が十分に話せません。この方の言語に対応した電話窓口はありません。手続きを手伝ってください。
sheet-footer = ルール { $version }（{ $reviewed } 時点）・印刷日 { $date }
sheet-error = 説明シートを作れませんでした：{ $reason }
sheet-saved = 説明シートを保存しました：{ $path }
sheet-save-error = 説明シートを保存できませんでした（{ $path }）：{ $reason }
sheet-error-guide-incomplete = 案内の質問にまだ答えていません：{ $question }
print-job-accepted = 印刷を受け付けました（ジョブ { $job }）。
print-pdf-kept = PDFはここに残してあります。保存や別のプリンターでの印刷に使えます：{ $path }
print-error-not-installed = 印刷のしくみ（CUPS）が入っていません。
print-error-no-scheduler = 印刷のしくみ（CUPS）が動いていません。
print-error-no-printer = プリンターが登録されていません。
print-error-no-default = プリンターが複数あり、標準のプリンターが決まっていません。--printer で選んでください。
print-error-unknown-printer = 「{ $printer }」というプリンターはありません。
print-error-refused = プリンターが印刷を受け付けませんでした：{ $reason }
print-error-temp-file = 印刷用のPDFを保存できませんでした：{ $reason }
printers-default = （標準）
printers-no-default = 標準のプリンターは決まっていません。

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = ホーム
gui-top-settings = 文字の大きさ・設定
gui-back = ← もどる
gui-restart = 最初からやり直す
gui-language = ことば（Language）

gui-home-title = マイナ保険証の ご案内
gui-home-intro = マイナンバーカードを健康保険証として使う方法を、ひとつずつご案内します。
gui-home-guide = 質問に答えて、することを知る
gui-home-guide-explain = 「はい」「いいえ」で答えると、病院の受付ですることがわかります。
gui-home-dates = カードの期限を確かめる
gui-home-dates-explain = 生年月日とカードの日付から、いつまで使えるか、いつ手続きするかを調べます。
gui-home-problem = 困っていることがある
gui-home-problem-explain = 「カードをなくした」「暗証番号がロックされた」など、よくある困りごとから選べます。
gui-home-keys = キーボードでは、数字のキーで選び、Enter で進み、Esc でもどれます。

gui-problem-title = どんなことでお困りですか
gui-problem-explain = いちばん近いものを選んでください。

gui-guide-step = 質問 { $number }
gui-guide-answer-hint = わからないときは「わからない」を選んでください。あとから直せます。
gui-guide-so-far = これまでの答え
gui-guide-diagram = 全体の流れ（いまいる所に色がついています）
gui-guide-missing = 案内のデータを読み込めませんでした。係の人にお知らせください。
gui-outcome-label = あなたがすること
gui-outcome-review = 内容を確かめて印刷する
gui-outcome-dates = カードの期限も確かめる

gui-node-has-card = カードを持っている？
gui-node-registered = 保険証の登録は？
gui-node-use-at-reception = 受付で使う
gui-node-register = 利用登録をする
gui-node-check-registration = 登録を確かめる
gui-node-apply-for-card = カードを申し込む
gui-node-ask-municipality = 市区町村に相談

gui-dates-title = カードの期限を確かめる
gui-dates-forms = 日付は「昭和25年10月10日」「S25.10.10」「1950-10-10」「１９５０年１０月１０日」のどの書き方でも入れられます。
gui-dates-placeholder = ここに日付を入れます
gui-dates-example = 入れると、下に読み取った日付が出ます。
gui-dates-born = 生年月日
gui-dates-born-explain = 期限の計算に使います。カードの表に書いてあります。
gui-dates-card = マイナンバーカード本体
gui-dates-card-expiry = カードの有効期限（カードに印刷された日）
gui-dates-card-expiry-explain = カードの表の「有効期限」の日付です。いちばん確かです。
gui-dates-card-issued = カードの発行日
gui-dates-card-issued-explain = 期限がわからないときに使います。期限はそこから計算します（受け取った日ではありません）。
gui-dates-cert = 電子証明書
gui-dates-cert-explain = 電子証明書は、カードの中にある「本人であることの証明」です。期限はカードとは別で、ふつう5年ごとです。
gui-dates-cert-unknown = わからない
gui-dates-cert-expiry = 電子証明書の有効期限
gui-dates-cert-issued = 電子証明書の発行日（更新した日）
gui-dates-cert-where = カードの裏や、届いた通知（青い封筒）に書いてあります。マイナポータルでも見られます。
gui-dates-need-card = カードの日付を入れると、結果を見られます。
gui-dates-show = 結果を見る
gui-dates-edit = 日付を直す
gui-dates-incomplete = 日付がまだそろっていません。赤い字の所を直してください。
gui-rules-missing = 期限のきまりを読み込めませんでした。係の人にお知らせください。
gui-dates-result-title = 調べた結果


gui-status-renew-now = 更新の手続きができる時期です。市区町村の窓口で、無料でできます。
gui-status-nothing-yet = いまは何もしなくて大丈夫です。期限が近づくと、青い封筒でお知らせが届きます。
gui-status-grace-hurry = この日を過ぎると、マイナ保険証として使えなくなります。それまでに、お住まいの市区町村の窓口で更新してください。
gui-status-ask-insurer = 資格確認書が届かないときは、加入している保険（保険者）に問い合わせてください。

gui-chart-title = 期限の流れ
gui-key-dates = 大事な日付
gui-key-card-expiry = カードの有効期限
gui-key-card-renewal = カードの更新ができる日から
gui-key-cert-expiry = 電子証明書の有効期限
gui-key-cert-renewal = 電子証明書の更新ができる日から
gui-pair = { $label }：{ $value }
gui-warnings = ご注意

gui-review-title = 内容を確かめて印刷する
gui-review-explain = まちがいがあれば「直す」を押してください。印刷した紙を窓口や病院で見せられます。
gui-review-guide = 質問への答え
gui-review-dates = 日付
gui-review-not-entered = まだ入れていません
gui-review-edit-guide = 答えを直す
gui-review-edit-dates = 日付を直す
gui-review-sheet = 印刷する紙
gui-review-sheet-explain = 日本語だけか、日本語ともうひとつのことばを並べて印刷できます。
gui-sheet-ja-only = 日本語だけ
gui-review-large-print = 大きい文字で印刷する
gui-review-copies = 枚
gui-review-name = お名前（シートに「〇〇 様」と印刷します。空欄でもかまいません）
gui-review-name-explain = 名前はどこにも保存しません。
gui-review-print = 印刷する
gui-review-save = PDF に保存する
gui-review-no-save-kiosk = この端末では保存はできません（印刷はできます）。
gui-print-working = 準備しています…
gui-tell-staff = 係の人にお知らせください。

gui-settings-title = 文字の大きさ・設定
gui-settings-size = 文字の大きさ
gui-settings-size-explain = 画面全体が大きくなります。Ctrl と ＋／− のキーでも変えられます。
gui-settings-contrast = 画面の色
gui-settings-contrast-explain = 見えにくいときは「くっきり」を選んでください。黒い背景に白い文字になります。
gui-settings-contrast-normal = ふつう
gui-settings-contrast-high = くっきり（黒地に白）

gui-idle-countdown = しばらく操作がありません。あと{ $seconds }秒で最初の画面にもどります
gui-idle-explain = 入れた内容はすべて消えます。続けるときは画面にふれてください。
gui-idle-continue = 続ける

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = 確認が必要：期限の日付がはっきりしません
status-check-act = まず、本当の期限を確かめてください。
status-expired-card = マイナンバーカード本体の有効期限（{ $date }）が過ぎています。
status-expired-cert = 電子証明書の有効期限（{ $date }）が過ぎています。
check-card-ambiguous = カードの有効期限は、申請した日によって{ $early }か{ $late }のどちらかです。カードの表に印刷された日付を見てください。
check-cert-renewal = 電子証明書の有効期限は、早めに更新したかどうかで{ $early }か{ $late }のどちらかです。
check-cert-assumed = 電子証明書を一度も更新していなければ、有効期限は{ $date }です。更新していれば、もっと後です。
check-usable-if-earliest = 早いほうの日付なら、マイナ保険証として使えるのは{ $date }までです。
check-how = 確かめ方：マイナポータルの画面、医療機関・薬局のカードリーダーの表示、J-LISから届く「有効期限通知書」（期限の2～3か月前に届きます）、お住まいの市区町村の窓口。
warning-card-application-date-needed = 申請した日（申請受付日）がわからないため、カードの有効期限が2通り考えられます。カードに印刷された有効期限を入れると、確かな日付になります。
warning-certificate-renewal-unknown = この電子証明書が、前の証明書の期限の3か月前から期限までの間に更新したものなら、有効期限は1年長くなります。どちらか確かめてください。
warning-certificate-assumed = 電子証明書の日付が入っていないため、カードと一緒に発行されて一度も更新していないものとして計算しました。本当の有効期限は、マイナポータル、医療機関・薬局のカードリーダーの表示、J-LISから届く「有効期限通知書」、市区町村の窓口で確かめられます。
warning-certificate-after-card = 電子証明書の有効期限が、計算したカードの有効期限より後になっています。カードに印刷された有効期限を確かめてください。
warning-residence-no-reminder = 在留期間満了日でカードの有効期限が決まります。在留期間を更新・変更したら、元の期限の前に、新しい在留カード、マイナンバーカード、4桁の暗証番号を持って市区町村の窓口で期限を変えてください。お知らせの手紙は届きません。電子証明書も発行し直しになります。
dispute-card-grace-months = カード本体の猶予期間を3か月とする市区町村もあります。ここでは短いほうの2か月で計算しています。
dispute-renewal-opens = 更新の受付を「3か月前の翌日から」とする市区町村もあります。
timeline-expiry-either = { $early }または{ $late }
timeline-basis = 日付の根拠
basis-entered = 入力された日付
basis-computed = 計算した日付
basis-ambiguous = 2通り考えられます（早いほうで計算）
basis-assumed = 推定（日付の入力なし）
timeline-limited-by-residence = 在留期間満了日で有効期限が決まります
timeline-apply-by = 新しいカードを申請する期限
timeline-renew-by = 電子証明書を更新する期限
sheet-card-expiry-either = マイナンバーカードの有効期限：{ $early }または{ $late }（確認が必要）
sheet-cert-expiry-either = 電子証明書の有効期限：{ $early }または{ $late }（確認が必要）
sheet-after-that = そのあとで：{ $title }
sheet-todo-check-1 = 本当の有効期限を確かめて、期限が近いか過ぎていれば、市区町村の窓口で更新してください。
sheet-todo-card-apply = 新しいカードを{ $from }から{ $to }までに申請してください（郵送、スマートフォン、まちなかの証明写真機、市区町村の窓口）。受け取るまで1～2か月かかります。
sheet-todo-card-gap = { $date }を過ぎてから申請したときは、新しいカードが届くまでの間のために、保険者に「資格確認書」を申請してください。
sheet-todo-cert-by = { $date }までに、お住まいの市区町村の窓口で電子証明書を更新してください。その日のうちに終わり、無料です。
sheet-todo-residence = 在留期間を更新したら、{ $date }より前に、市区町村の窓口でカードの有効期限を変えてください。
timeline-error-after-today = { $field }が、今日より後の日付になっています。
timeline-error-before-first-card = { $field }：マイナンバーカードは2015年10月5日より前にはありません。日付を確かめてください。
timeline-error-cert-before-card = 電子証明書の発行日が、カードの発行日より前になっています。日付を確かめてください。
timeline-error-cert-after-card = 電子証明書の有効期限が、カードの有効期限より後になっています。どちらかの日付を確かめてください。
date-error-year-range = { $field }：{ $year }年は入れられません（1868年から2200年まで）。例：昭和25年10月10日
field-cert-renewal = 早めの更新（--cert-renewal）
field-residence-until = 在留期間満了日（--residence-until）
gui-dates-applied = 申請した日（申請受付日）
gui-dates-applied-explain = 申請した日によって、カードの有効期限が2通り考えられます。わかれば入れてください。わからなければ、カードに印刷された有効期限を入れてください。
gui-dates-renewal-question = 期限が切れる前に更新しましたか？
gui-dates-renewal-explain = 前の電子証明書の期限の3か月前から期限までの間に更新したときは「はい」です。有効期限が1年長くなります。
gui-dates-foreign = 在留期間のある外国籍の方（在留カードの期限がある方）
gui-dates-residence = 在留期間満了日
gui-dates-residence-explain = 在留カードに書かれた「在留期間（満了日）」です。永住者・高度専門職2号・特別永住者の方は入れなくてかまいません。
band-unsure = わからない（確認が必要）
sheet-timeline-earliest-note = 早いほうの日付で描いています。本当の期限を確かめてください。

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = プリンター「{ $printer }」は一時停止しています。係の人に知らせてください。
print-error-rejecting = プリンター「{ $printer }」は今、印刷を受け付けていません。係の人に知らせてください。
print-error-timed-out = 印刷のしくみ（{ $program }）が { $seconds } 秒たっても応答しません。係の人に知らせてください。
print-error-stuck = 印刷がプリンターの順番待ちのまま止まっています（ジョブ { $job }）。係の人に知らせてください。
print-error-cancelled = 印刷を取り消しました。
printers-keeps-job-files = 注意：この印刷サーバーは、印刷した書類のデータを残す設定です（CUPS の PreserveJobFiles）。窓口やキオスクでは「PreserveJobFiles No」にしてください。
gui-print-busy = いま印刷しています。終わるまでお待ちください。
gui-review-dates-invalid = 日付に直すところがあるため、まだ印刷できません。「日付を直す」から直してください。

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = 国民健康保険組合（建設国保・医師国保など、仕事ごとの国保組合）
kakuninsho-kumiai-title = 資格確認書が届かない（国民健康保険組合）
kakuninsho-kumiai-step-1 = 加入している国民健康保険組合にお問い合わせください。資格確認書は組合から届きます。連絡先は、組合から届いた書類に書かれています。
kakuninsho-meanwhile-mynaho = 届くまでに受診するときは、マイナンバーカードの利用登録をしていれば、マイナ保険証として使えます。登録していなければ、医療機関・薬局のカードリーダーで、その場で登録できます。
kakuninsho-meanwhile-form = または、マイナンバーカードを見せて、受付で「被保険者資格申立書」を書いてください。
oshirase-not-alone = 「資格情報のお知らせ」は資格確認書とは違う書類です。お知らせだけでは受診できません。
full-cost-risk = マイナンバーカードも資格確認書も見せられないときは、医療費を全額（10割）払うことになる場合があります。
kakuninsho-70-74 = 70～74歳の方は、資格確認書と一緒に「高齢受給者証」が必要なことがあります。届いていれば一緒に見せてください。
kakuninsho-kouki-youhairyo = カードを使うのが難しい方（要介護・要支援の認定、障害者手帳、施設に入っている、成年後見など）は、資格確認書を申請できます。申請は最初の1回だけで、次からも届きます。施設に入っている方は、施設の方が代わりに申請することもできます。
reader-failed-step-4 = カードが汚れていたり、ICチップが壊れていたりすると読み取れません。お住まいの市区町村のマイナンバーカードの窓口に連絡してください。
turning-75-ask = 後期高齢者医療のことは、後期高齢者医療広域連合か、市区町村の後期高齢者医療の窓口にお問い合わせください。マイナンバー総合フリーダイヤルは、カードについての電話です。
where-kouki-union = 後期高齢者医療広域連合（都道府県ごとにあります）
apply-for-card-not-required = マイナンバーカードを作るのは義務ではありません。カードがない方には資格確認書が届き、それで受診できます。
apply-for-card-then-register = カードを受け取ったら、保険証として使うための利用登録をしてください。医療機関・薬局のカードリーダーでもできます。
bring-kakuninsho = 資格確認書（届いている方）
bring-residence-card = 在留カード（新しいもの。申請中のときは「申請中」のスタンプがあるもの）
situation-residence-period = 在留期間が変わる・更新した（外国籍の方）
residence-period-title = 在留期間のある方のマイナンバーカード
residence-period-step-1 = 在留期間のある方のカードの有効期限は、在留期間の満了日か、ふつうの有効期限（誕生日で決まる日）の、早いほうです（永住者・高度専門職2号・特別永住者の方を除きます）。期限のお知らせの手紙は届きません。
residence-period-step-2 = 在留期間を更新・変更したら、元の満了日より前に、新しい在留カード、マイナンバーカード、4桁の暗証番号を持って、市区町村の窓口でカードの期限を変えてください。自動では変わりません。
residence-period-step-3 = 電子証明書の期限は変えられないため、窓口で新しく発行されます。
residence-period-step-4 = 更新の申請の結果がまだ出ていないときは、カードの期限が切れる前に窓口へ行くと、満了日の2か月後まで1回だけ延ばせます（「申請中」のスタンプがある在留カードか、オンライン申請の受付の画面を見せてください）。
residence-period-step-5 = 永住者になったときや、日本の国籍を取ったときも、窓口で有効期限を変える手続きが必要です。
residence-period-step-6 = 「特定在留カード」（在留カードとマイナンバーカードが1枚になったもの）の方は、市区町村の窓口か出入国在留管理庁にお問い合わせください。
fact-kouki-2025-certificates-ended = 後期高齢者医療の方に暫定的に全員に送られた資格確認書は、2026年7月31日までのもの（有効期間は8月から翌年7月までの1年）です。お手元の資格確認書の有効期限を確かめてください。

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = 次の方へ（入力を消す）
gui-next-person-short = 次の方へ
gui-top-settings-short = 設定
gui-more-below = ▼ 続きがあります（下へ動かしてください）
timeline-error-out-of-range = { $field }：{ $from }から{ $to }までの日付を入れてください。{ $example }
example-born = 例：昭和25年10月10日
example-card-expiry = 例：2031年10月10日（カードの表に書かれた日）
example-card-issued = 例：2021年4月1日
example-applied = 例：2021年2月15日
example-cert-expiry = 例：2026年10月10日
example-cert-issued = 例：2021年4月1日
example-residence = 例：2027年3月31日（在留カードに書かれた日）
gui-dates-missing = まだ入っていない日付や、直すところがあります：{ $fields }
gui-save-cancelled = 保存を取り消しました。何も保存していません。
gui-chart-summary = マイナ保険証として使える期間
gui-top-home-short = ホーム
sheet-memo = 窓口メモ（次の予約、窓口の電話番号など）
## The sheet's first lines (issue 12)
sheet-act-by = 手続きの期限：{ $date }（{ $weekday }）
weekday-1 = 月
weekday-2 = 火
weekday-3 = 水
weekday-4 = 木
weekday-5 = 金
weekday-6 = 土
weekday-7 = 日
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = 設定ファイル { $file } を使えません：{ $detail }
site-check-read = { $file } を読みました。内容は次のとおりです。
site-check-municipality = 自治体
site-check-window = 窓口
site-check-telephone = 電話
site-check-hours = 受付時間
site-check-address = 住所
site-check-closed = 休みの日（土日・祝日・年末年始のほか）
site-check-home-languages = ホーム画面の言語
site-check-sheet-languages = 説明シートの言語（最初が既定）
site-check-printer = プリンター
site-check-copies = 部数
site-check-kiosk-idle = キオスクの待ち時間（秒）
site-check-rules-file = ルールファイル
site-check-not-set = （指定なし）
site-ask-here = ここでご相談ください：{ $window }
site-telephone = 電話：{ $number }
site-hours = 受付：{ $hours }
site-address = 場所：{ $address }
rules-stale = この案内は { $date } 時点の内容です。最新の情報は窓口でご確認ください。
rules-check-ok = { $file } は正しいルールファイルです。
rules-check-version = 版
rules-check-reviewed-on = 内容を確認した日
rules-check-review-by = 見直しの期限
rules-check-values = 値と出典
rules-check-source = 出典：{ $source }（{ $from } から）
gui-about = この案内について
about-version = バージョン：{ $version }
about-rules = ルール：{ $version }（{ $reviewed } に確認、{ $review_by } までに見直し）
about-privacy = インターネットにつながずに動きます。マイナンバー（12けた）や暗証番号はたずねません。キオスクでは何も保存しません。
about-fonts = 文字（フォント）：Noto Sans、Noto Sans CJK JP、Noto Sans Thai・Khmer・Myanmar・Devanagari。SIL Open Font License 1.1
about-program = このプログラム：{ $license }
about-sources = 出典

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = 読み上げ
speech-stop = 止める
speech-preparing = 読み上げの準備をしています…
speech-reading = 読み上げています
speech-error-no-device = 音を出す装置が見つかりません。スピーカーやイヤホンのつなぎ方と音量を確かめてください。
speech-error-device = 音を出している途中で止まりました。もう一度「読み上げ」を押してください。
speech-error-language = 読み上げは日本語とやさしい日本語だけです。例：--lang ja
speech-error-voice = 読み上げの準備ができませんでした。プログラムを入れ直してください。
speech-error-speed = 速さ「{ $value }」は使えません。0.7 から 1.2 までの数で書いてください。例：--speed 0.8
speech-error-empty = 読み上げる文がありません。例：mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = { $file } に書き出しました（{ $seconds } 秒）。
gui-settings-speech = 読み上げの速さ
gui-settings-speech-explain = ゆっくりがよいときは小さい数を選んでください。キー R で、画面の大事なところを読み上げます。
about-speech = 読み上げの声と辞書
about-speech-voice = 声：HTS Voice「NIT ATR503 M001」© 2003–2012 名古屋工業大学（Creative Commons 表示 3.0、CC BY 3.0）
about-speech-dictionary = 辞書：NAIST Japanese Dictionary © 2009 奈良先端科学技術大学院大学（BSD 3条項ライセンス、Debian の open-jtalk 1.11 から作成）
about-speech-engine = 読み上げのしくみ：jpreprocess・jbonsai © 2023 JPreprocess Team（BSD 3条項ライセンス）
