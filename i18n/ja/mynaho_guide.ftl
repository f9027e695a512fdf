## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-title = マイナ保険証 あんない
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
gui-home-problem-explain = 「カードを忘れた」「暗証番号を忘れた」など、よくある困りごとから選べます。
gui-home-keys = キーボードでは、数字のキーで選び、Enter で進み、Esc でもどれます。

gui-problem-title = どんなことでお困りですか
gui-problem-explain = いちばん近いものを選んでください。

gui-guide-step = 質問 { $number }
gui-guide-answer-hint = わからないときは「わからない」を選んでください。あとから直せます。
gui-guide-so-far = これまでの答え
gui-guide-diagram = 全体の流れ（いまいる所に色がついています）
gui-guide-missing = 案内のデータを読み込めませんでした。係の人にお知らせください。
gui-outcome-label = あなたがすること
gui-outcome-steps = 手順
gui-outcome-bring = 持っていくもの
gui-outcome-where = 行く所
gui-outcome-call = 問い合わせ先（電話）
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
gui-dates-placeholder = 例：昭和25年10月10日
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
gui-dates-renewed-early = 前の証明書が切れる3か月以内に更新した
gui-dates-need-card = カードの日付を入れると、結果を見られます。
gui-dates-show = 結果を見る
gui-dates-edit = 日付を直す
gui-dates-incomplete = 日付がまだそろっていません。赤い字の所を直してください。
gui-dates-cannot-compute = この日付では計算できませんでした。カードに書かれた日付をもう一度確かめてください。
gui-rules-missing = 期限のきまりを読み込めませんでした。係の人にお知らせください。
gui-dates-result-title = 調べた結果

gui-status-valid = マイナ保険証として使えます
gui-status-valid-todo = いまは何もしなくて大丈夫です。期限の3か月ほど前に、青い封筒でお知らせが届きます。
gui-status-renew = 更新の手続きができる時期です
gui-status-renew-todo = 市区町村の窓口で更新してください。無料です。カードを持っていきましょう。
gui-status-grace = 期限が切れています。{ $usable }までは保険証としてだけ使えます
gui-status-grace-todo = いそいで市区町村の窓口で更新してください。{ $usable }を過ぎると、マイナ保険証として使えなくなります。
gui-status-expired = マイナ保険証として使えなくなっています
gui-status-expired-todo = 加入している保険から「資格確認書」が届きます。届かないときは、保険証に書かれた保険者（市区町村など）に問い合わせてください。カードの更新は市区町村の窓口でできます。
gui-status-act-by = { $date }までに手続きをしてください。

gui-chart-title = 期限の流れ
gui-chart-card = カード本体
gui-chart-cert = 電子証明書
gui-chart-today = 今日
gui-chart-valid = 使える
gui-chart-renewal = 更新できる時期
gui-chart-grace = 猶予（保険の確認だけ）
gui-chart-expired = 切れている
gui-key-dates = 大事な日付
gui-key-card-expiry = カードの有効期限
gui-key-card-renewal = カードの更新ができる日から
gui-key-cert-expiry = 電子証明書の有効期限
gui-key-cert-renewal = 電子証明書の更新ができる日から
gui-key-usable-until = マイナ保険証として使える最後の日
gui-warnings = ご注意
gui-warning-leap-day-birthday = 2月29日生まれの方は、期限が2月28日か3月1日か、はっきりしません。カードの表の日付を確かめてください。
gui-warning-computed-not-printed = この期限は計算した日付です。カードに印刷された日付があれば、そちらが正しい日付です。
gui-warning-certificate-assumed-with-card = 電子証明書の日付がわからないので、カードと同じ日に切れるものとして計算しました。
gui-facts-today = 今日あてはまること

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
gui-review-print = 印刷する
gui-review-save = PDF に保存する
gui-review-no-save-kiosk = この端末では保存はできません（印刷はできます）。
gui-print-working = 準備しています…
gui-print-done = 印刷を始めました（受付番号 { $job }）。
gui-save-done = 保存しました：{ $path }
gui-print-not-ready = 印刷はまだ準備中です。係の人にお知らせください。
gui-print-failed = 印刷できませんでした。係の人にお知らせください。（{ $detail }）

gui-settings-title = 文字の大きさ・設定
gui-settings-size = 文字の大きさ
gui-settings-size-explain = 画面全体が大きくなります。Ctrl と ＋／− のキーでも変えられます。
gui-settings-contrast = 画面の色
gui-settings-contrast-explain = 見えにくいときは「くっきり」を選んでください。黒い背景に白い文字になります。
gui-settings-contrast-normal = ふつう
gui-settings-contrast-high = くっきり（黒地に白）

gui-idle-countdown = しばらく操作がありません。あと { $seconds } 秒で最初の画面にもどります
gui-idle-explain = 入れた内容はすべて消えます。続けるときは画面にふれてください。
gui-idle-continue = 続ける
