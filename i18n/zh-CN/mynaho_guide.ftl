# mynaho-guide — 简体中文. Terms follow shared/docs/glossary.md §A.3 (简体中文 column); the Japanese
# term stays in brackets where a person needs to match a letter (資格確認書, 資格情報のお知らせ …).
# Key terms: Myna保险证 (マイナ保険証), 个人编号卡 (マイナンバーカード), 电子证明书, 资格确认书 (資格確認書),
# 资格信息的通知 (資格情報のお知らせ), 使用登记 (利用登録), 有效期限, 更新, 宽限期 (猶予),
# 后期高龄者医疗制度, 保险人 (保険者), 市区町村窗口, 医疗机构・药局, マイナポータル.

## language
language-name = 简体中文
app-title = Myna保险证（マイナ保険証）指南

## answers
answer-yes = 是
answer-no = 否
answer-unknown = 不知道
answer-insurer-employee = 公司的健康保险（协会健保〔協会けんぽ〕・健康保险组合・共济组合）
answer-insurer-kokuho = 国民健康保险（市区町村的国保）
answer-insurer-kouki = 后期高龄者医疗制度（75岁以上的人等）

## quick guide (MHLW クイックガイド)
q-has-card = 您有个人编号卡（マイナンバーカード）吗？
q-has-card-help = 个人编号卡是带有本人照片的塑料卡片。它和纸质的通知卡（通知カード）不同。
q-registered = 您的个人编号卡办理了健康保险证使用登记（利用登録）吗？
q-registered-help = 办理了使用登记的个人编号卡就是“Myna保险证（マイナ保険証）”。不会另外寄来新的卡。
q-insurer-type = 您加入的是哪一种健康保险？
q-insurer-type-help = 保险人（保険者，即运营健康保险的机构，如协会健保、健康保险组合、市区町村的国保等）的名称，写在以前的保险证或收到的文件上。

use-at-reception-title = 实际使用看看（在医疗机构・药局的挂号方法）
use-at-reception-step-1 = 请把个人编号卡放在挂号处的读卡器上。
use-at-reception-step-2 = 请用人脸识别或4位数密码确认本人身份。
use-at-reception-step-3 = 请按照画面的提示，选择是否同意提供用药等信息。
use-at-reception-step-4 = 这样挂号就完成了。请不要忘记把卡带回去。

register-title = 请办理使用登记（Myna保险证的使用登记方法）
register-step-1 = 可以在医疗机构・药局的读卡器上登记。请放上卡片，在画面上选择“登録”（登记）。
register-step-2 = 也可以用智能手机的“マイナポータル”应用程序登记：“証明書”（证明书）→“健康保険証”（健康保险证）→“登録”（登记）。
register-step-3 = 也可以在Seven银行（セブン銀行）的ATM或市区町村窗口登记。
register-step-4 = 电子证明书的有效期限剩下不到5天时，可能无法登记。请尽早登记。

check-registration-title = 请确认登记状况
check-registration-step-1 = 请在“マイナポータル”中打开“健康保険証”（健康保险证），确认是否显示“登録済”（已登记）。
check-registration-step-2 = 把卡放在医疗机构・药局的读卡器上也可以确认。如果还没有登记，可以当场登记。
check-registration-step-3 = 如果没有登记，请办理使用登记。

apply-for-card-title = 请确认个人编号卡的申请方法
apply-for-card-step-1 = 从申请到领取卡片，需要1～2个月。
apply-for-card-step-2 = 有交付申请书（交付申請書）的人：可以用智能手机・电脑（二维码），或街上的证件照相机申请。
apply-for-card-step-3 = 没有交付申请书的人：请到市区町村窗口领取，或者下载后，通过邮寄申请。
apply-for-card-step-4 = 在收到卡片之前，可以用保险人（您加入的健康保险）寄来的“资格确认书（資格確認書）”看病。资格确认书不需要申请。

ask-municipality-title = 请确认发行状况，并向您居住地的市区町村窗口咨询
ask-municipality-step-1 = 请确认是否收到了卡的交付通知书（明信片），或市区町村寄来的信。
ask-municipality-step-2 = 如果不清楚，请到您居住地的市区町村窗口，询问卡的发行状况。
ask-municipality-step-3 = 在没有Myna保险证的期间，可以用“资格确认书（資格確認書）”看病。

## counter situations
situation-lost-card = 个人编号卡丢失了
situation-pin-locked = 密码被锁定了
situation-reader-failed = 在医院读卡器读不了卡
situation-certificate-not-arrived = 没有收到资格确认书（資格確認書）
situation-turning-75 = 即将满75岁
situation-changed-insurer = 工作或住址变了，保险也变了
situation-unregister = 想解除使用登记
situation-smartphone = 想把智能手机当作Myna保险证使用

lost-card-title = 个人编号卡丢失时
lost-card-step-1 = 请立即拨打MyNumber综合免费电话（0120-95-0178，语音提示后选2），请对方停止卡的使用（24小时365天）。丢失了装有卡功能的智能手机时，也可以拨打同一个电话停止使用。
lost-card-step-2 = 请向警察提交遗失报告（遺失届）。补发时需要警察署的名称、电话号码、负责人的姓名和遗失报告的受理号码。请记下来。
lost-card-step-3 = 请向市区町村窗口提交丢失申报（紛失届），需要时申请补发。手续费为1,000日元，领取需要1～2个月。着急时还可以选择“特急发行”（特急発行，即快速制作的方法：提交丢失申报后30天以内，约1周，2,000日元）。
lost-card-step-4 = 在收到新卡之前，请向保险人（您加入的健康保险）申请并领取“资格确认书（資格確認書）”，用它看病。
lost-card-step-5 = 如果找到了卡，请告知市区町村窗口。

pin-locked-title = 密码被锁定时
pin-locked-step-1 = 4位数密码连续输错3次就会被锁定。
pin-locked-step-2 = 在医疗机构・药局，可以用人脸识别，或由工作人员目视确认（工作人员对照卡上的照片和本人的方法）来使用卡。
pin-locked-step-3 = 重新设定密码，请带上卡和本人确认文件，到市区町村窗口办理。

reader-failed-title = 读卡器读不了卡时
reader-failed-step-1 = 请把个人编号卡和智能手机上マイナポータル的“健康保険証”（健康保险证）画面，或从那里下载的PDF一起出示。
reader-failed-step-2 = 或者，请把个人编号卡和“资格信息的通知（資格情報のお知らせ）”一起出示。只凭通知不能看病。
reader-failed-step-3 = 如果两样都没有，请出示个人编号卡，并在挂号处填写“被保险人资格申报书（被保険者資格申立書）”。

kakuninsho-step-why = 没有收到的原因有：住址变更、还有可以使用的Myna保险证、手续延迟等。
kakuninsho-employee-title = 没有收到资格确认书（公司的健康保险）
kakuninsho-employee-step-1 = 请向工作单位的人事・总务负责人，或保险人（协会健保・健康保险组合・共济组合）咨询。
kakuninsho-kokuho-title = 没有收到资格确认书（国民健康保险）
kakuninsho-kokuho-step-1 = 请向您居住地的市区町村的国民健康保险窗口咨询。
kakuninsho-kouki-title = 没有收到资格确认书（后期高龄者医疗制度）
kakuninsho-kouki-step-1 = 请向您居住地的市区町村的后期高龄者医疗窗口咨询。
kakuninsho-kouki-step-2 = 从2026年8月起，没有Myna保险证的人会收到资格确认书（資格確認書），有Myna保险证的人会收到“资格信息的通知（資格情報のお知らせ）”。对85岁以上的人如何处理，可能因广域联合（広域連合）而不同。
kakuninsho-unknown-title = 没有收到资格确认书（不知道是哪种保险）
kakuninsho-unknown-step-1 = 请确认以前的保险证或收到的信上写的保险人（您加入的健康保险）的名称。
kakuninsho-unknown-step-2 = 如果不清楚，请到您居住地的市区町村窗口询问。

turning-75-title = 满75岁时
turning-75-step-1 = 满75岁时不需要办理手续。Myna保险证的使用登记会直接延续。
turning-75-step-2 = 后期高龄者医疗的“资格确认书（資格確認書）”或“资格信息的通知（資格情報のお知らせ）”，会由广域联合（広域連合）通过市区町村寄来。只凭通知不能看病，请和Myna保险证一起出示。
turning-75-step-3 = 在公司的健康保险中，原来由即将满75岁的人扶养的家人（未满75岁的人），需要办理加入国民健康保险等的手续。

changed-insurer-title = 保险变更时
changed-insurer-step-1 = 请向新的保险人（新加入的健康保险）提交需要的文件。
changed-insurer-step-2 = Myna保险证的信息更新大约需要10天。先在マイナポータル确认，再去看病，比较放心。
changed-insurer-step-3 = 如果在信息更新之前看病，请出示新的保险人寄来的“资格确认书（資格確認書）”。如果还没有收到，请出示个人编号卡，并在挂号处填写“被保险人资格申报书（被保険者資格申立書）”。

unregister-title = 想解除使用登记时
unregister-step-1 = 请向保险人（您加入的健康保险）提交解除申请书（市区町村的国保和后期高龄者医疗是在市区町村窗口，国保组合是在组合）。
unregister-step-2 = 解除后，保险人会寄来“资格确认书（資格確認書）”。
unregister-step-3 = 是否已经解除，可以在マイナポータル确认。

smartphone-title = 把智能手机当作Myna保险证使用时
smartphone-step-1 = 从2025年9月19日起，可以在有对应设备的医疗机构・药局使用智能手机（以贴纸为标志）。
smartphone-step-2 = 请在“マイナポータル”应用程序中设定。需要个人编号卡实物。
smartphone-step-3 = 有些医疗机构还不能使用，所以也请随身携带卡。

## what to bring, where to go
bring-card = 个人编号卡（マイナンバーカード）
bring-pin = 4位数密码（利用者证明用电子证明书）
bring-photo = 本人照片（申请用）
bring-id = 本人确认文件（驾照等）
bring-application-form = 交付申请书（交付申請書）（有的人）
bring-letters = 市区町村或保险人寄来的信
bring-police-number = 警察署的名称・电话号码・负责人的姓名・遗失报告（遺失届）的受理号码
bring-oshirase = 资格信息的通知（資格情報のお知らせ）（有的人）
where-clinic = 医疗机构・药局的挂号处
where-smartphone = 智能手机的“マイナポータル”应用程序
where-municipality = 您居住地的市区町村窗口（市役所等）
where-municipality-kokuho = 市区町村的国民健康保险窗口
where-municipality-kouki = 市区町村的后期高龄者医疗窗口
where-police = 警察署・派出所（交番）
where-insurer = 保险人（公司的健康保险、市区町村的国保等）
where-employer = 工作单位的人事・总务负责人

## hotlines (rules file)
hotline-general = MyNumber综合免费电话（日语）
hotline-general-hours = 工作日 9:30～20:00，周六・周日・节假日 9:30～17:30（因丢失・被盗而暂停使用：24小时365天）
hotline-foreign-system = 外语咨询电话（制度・マイナポータル）
hotline-foreign-system-hours = 工作日 9:30～20:00，周六・周日・节假日 9:30～17:30
hotline-foreign-card = 外语咨询电话（卡・电子证明书・丢失）
hotline-foreign-card-hours = 英语・中文・韩语・西班牙语・葡萄牙语 8:30～20:00，泰语・尼泊尔语・印度尼西亚语・越南语・他加禄语 9:00～18:00

## dated facts (rules file)
fact-legacy-cards-ended = 以前的健康保险证可以使用到2025年12月1日为止（从12月2日起不能使用）。
fact-legacy-kouki-ended = 后期高龄者医疗的保险证可以使用到2025年7月31日为止（从8月1日起不能使用）。
fact-clinic-tolerance = 到2026年3月底为止，有一项临时措施：只凭过期的保险证或“资格信息的通知”，也可以由医疗机构判断后看病。
fact-clinic-tolerance-ended = 只凭过期的保险证或“资格信息的通知”看病的临时措施，原定到2026年3月底为止（没有找到延长的通知）。
fact-kouki-blanket = 到2026年7月31日为止，后期高龄者医疗的所有人都会收到资格确认书（临时措施）。
fact-kouki-status-based = 从2026年8月起，后期高龄者医疗的人中，没有Myna保险证的人会收到资格确认书，有Myna保险证的人会收到资格信息的通知。
fact-kouki-85-plus = 有的广域联合表示，作为国家方针的变更，会给2026年8月1日时85岁以上的所有人寄送资格确认书。
fact-reported-by-one = 您居住的地区可能不同。

## timeline
status-valid = 有效：可以作为Myna保险证使用
status-grace = 宽限期（过期后的一小段时间）：可以作为保险证使用，但不会传递用药等信息
status-expired = 已过期：不能作为Myna保险证使用
status-valid-act = 请在{ $date }之前更新。
status-grace-act = 请在{ $date }之前，到市区町村窗口更新。
status-expired-act = 请到市区町村窗口更新。在那之前，请用保险人寄来的资格确认书看病。
timeline-today = 今天
timeline-card = 个人编号卡本身
timeline-certificate = 电子证明书（利用者证明用）
timeline-expiry = 有效期限
timeline-renewal-opens = 开始受理更新
timeline-grace-last-day = 宽限期的最后一天
timeline-registration-cutoff = 使用登记的参考期限
timeline-full-function-until = 可以使用全部功能的最后一天
timeline-usable-until = 可以作为Myna保险证使用的最后一天
timeline-status = 今天的状态
timeline-act-by = 办理手续的期限
timeline-facts = 今天适用的事项
band-valid = 有效
band-renewal = 更新期间
band-grace = 宽限期（仅可作为保险证）
band-expired = 已过期
warning-leap-day-birthday = 2月29日出生的人，在平年是按2月28日为生日计算的。请确认卡上写的日期。
warning-computed-not-printed = 卡的有效期限是计算出来的日期。卡上印的日期才是正确的日期。
printed-dates-prevail = 以卡和信件上写的日期为准。

## fields (named in error messages)
field-today = 今天的日期（--today）
field-born = 出生日期（--born）
field-card-expiry = 卡的有效期限（--card-expiry）
field-card-issued = 卡的发行日（--card-issued）
field-applied = 申请日（--applied）
field-cert-expiry = 电子证明书的有效期限（--cert-expiry）
field-cert-issued = 电子证明书的发行日（--cert-issued）

## errors
date-error-empty = { $field }：没有输入日期。
date-error-unrecognised = { $field }：无法把“{ $input }”读作日期。
date-error-month = { $field }：没有{ $month }月这个月份。
date-error-day = { $field }：没有{ $year }年{ $month }月{ $day }日这一天。
date-error-era-unknown = { $field }：不能使用“{ $era }”这个年号（明治・大正・昭和・平成・令和）。
date-error-outside-era = { $field }：{ $era }是从{ $first }到{ $last }。
date-error-before-era = { $field }：{ $era }从{ $first }开始。
date-accepted-forms = 可以使用的写法：2026-03-15、2026/3/15、2026年3月15日、令和8年3月15日、R8.3.15、S25.10.10（全角也可以）
timeline-error-born-needed = 要根据发行日计算有效期限，需要{ $field }。
timeline-error-before-birth = { $field }早于出生日期。
timeline-error-applied-after-issue = { $field }晚于卡的发行日。
timeline-error-card-needed = 请输入卡的有效期限（--card-expiry）或发行日（--card-issued）。
guide-error-data = 指南的数据有误：{ $detail }
guide-error-situation = 没有“{ $value }”这个情况。可以使用的有：{ $accepted }
guide-error-question = 没有“{ $value }”这个问题。可以使用的有：{ $accepted }
guide-error-answer = 对“{ $question }”不能回答“{ $value }”。可以使用的有：{ $accepted }
rules-error = 无法读取规则文件 { $file }：{ $detail }
lang-error = 没有“{ $value }”这种语言。可以使用的有：{ $accepted }
answer-format-error = 请按 键=值 的格式写 --answer（例：has-card=yes）：“{ $value }”
output-write-error = 无法写出输出内容：{ $reason }
no-display = 没有显示器（画面）：请在桌面环境中启动，或使用命令：mynaho-guide --help
cli-error-unknown-argument = 没有“{ $arg }”这个选项。
cli-error-unknown-command = 没有“{ $value }”这个命令。可以使用的有：{ $accepted }
cli-error-did-you-mean = 您是不是想输入 { $suggestion }？
cli-error-invalid-value = { $arg }：不能使用“{ $value }”。可以使用的有：{ $accepted }
cli-error-value-needed = { $arg } 需要一个值（例：{ $example }）。
cli-error-number = { $arg }：不能使用“{ $value }”。请写 { $min } 到 { $max } 之间的整数（例：{ $example }）。
cli-error-missing = 还需要写 { $arg }（例：{ $example }）。
cli-error-requires = { $arg } 只能与 { $needed } 一起使用（例：{ $example }）。
cli-error-conflict = { $arg } 和 { $other } 不能同时使用，请只写其中一个。
cli-error-repeated = { $arg } 写了2次以上，请只写1次。
cli-error-not-utf8 = { $arg }：无法读取文字（请使用 UTF-8）
cli-error-window-only = { $arg } 是窗口用的选项，不能与命令 { $command } 一起使用。
cli-error-other = 无法读取命令行：{ $detail }
cli-error-help = 查看选项：{ $command }
answer-repeated = --answer { $key } 写了2次以上。1个问题只能写1个答案。
answer-not-asked = --answer { $key } 不会被使用：按这些答案，指南不会问这个问题（经过的顺序：{ $path }）。
sheet-error-card-needed = { $arg } 只能与卡的有效期限（--card-expiry）或卡的发行日（--card-issued）一起使用，请同时写其中一个（例：--card-expiry 2031-03-15）。

## command-line text output
cli-outcome = 结果
cli-question = 问题
cli-choices = 回答
cli-steps = 要做的事
cli-bring = 携带物品
cli-where = 去哪里
cli-call = 电话

## sheet
sheet-title = Myna保险证（マイナ保険証）说明
sheet-name-line = { $name } 様
sheet-card-expiry = 个人编号卡的有效期限：{ $date }
sheet-cert-expiry = 电子证明书（電子証明書）的有效期限：{ $date }
sheet-timeline-card = 今后的安排（按个人编号卡的有效期限）
sheet-timeline-cert = 今后的安排（按电子证明书的有效期限）
sheet-dates-until = 至{ $date }
sheet-dates-range = { $from }至{ $to }
sheet-dates-from = { $date }起
sheet-todo-wait = 现在不需要办理手续。从{ $date }起开始受理更新。
sheet-todo-letter = 有效期限临近时，会收到装在蓝色信封里的“有效期限通知书（有効期限通知書）”。收到后，请办理更新手续。
sheet-todo-card-3 = 因有效期限到期而更新是免费的。申请需要照片。
sheet-todo-cert-2 = 请携带个人编号卡和4位数密码。
sheet-todo-cert-3 = 如果在宽限期（过期后的一小段时间）内更新，就不需要重新办理Myna保险证的使用登记（利用登録）。
sheet-todo-expired-1 = 请在您居住地的市区町村窗口更新电子证明书，或申请新卡。
sheet-todo-expired-2 = 更新后，请重新办理健康保险证使用登记（利用登録）。也可以在医疗机构・药局的读卡器上办理。
sheet-todo-expired-3 = 在那之前，请用保险人寄来的“资格确认书（資格確認書）”看病。如果没有收到，请咨询保险人。
sheet-contacts-heading = 咨询窗口
sheet-contact-languages = 对应语言（截至{ $date }的J-LIS说明）：{ $languages }
sheet-contact-insurer = 您加入的健康保险（保険者）或您居住地的市区町村窗口（市区町村の窓口）
sheet-contact-insurer-detail = 关于资格确认书和保险的事情，请向这里咨询。保险人的名称写在寄来的信件或以前的保险证上。
sheet-no-hotline = 没有使用您的语言的咨询电话。请与会说日语的人一起拨打日语热线（0120-95-0178）。
sheet-no-hotline-show = 请把这段话给工作人员看。内容是："此人日语不够流利，也没有使用其语言的咨询电话。请协助办理手续。"
sheet-footer = 规则 { $version }（截至 { $reviewed }） · 打印日期 { $date }
sheet-error = 无法制作说明单：{ $reason }
sheet-saved = 已保存说明单：{ $path }
sheet-save-error = 无法保存说明单（{ $path }）：{ $reason }
sheet-error-guide-incomplete = 指南中还有问题没有回答：{ $question }
print-job-accepted = 打印任务已受理（{ $job }）。
print-pdf-kept = PDF保存在这里，可以另存或用其他打印机打印：{ $path }
print-error-not-installed = 没有安装打印系统（CUPS）。
print-error-no-scheduler = 打印系统（CUPS）没有运行。
print-error-no-printer = 没有设置打印机。
print-error-no-default = 有多台打印机，但没有设置默认打印机。请用 --printer 选择。
print-error-unknown-printer = 没有名为“{ $printer }”的打印机。
print-error-refused = 打印机没有受理打印任务：{ $reason }
print-error-temp-file = 无法保存用于打印的PDF：{ $reason }
printers-default = （默认）
printers-no-default = 没有设置默认打印机。

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = 首页
gui-top-settings = 文字大小与设置
gui-back = ← 返回
gui-restart = 重新开始
gui-language = 语言（Language / ことば）
gui-home-title = 在医院使用您的个人编号卡
gui-home-intro = 本指南一步一步地说明如何把个人编号卡（マイナンバーカード）当作健康保险证使用，也就是Myna保险证（マイナ保険証）。
gui-home-guide = 回答几个问题
gui-home-guide-explain = 回答"是"或"否"，就能知道在挂号处该做什么。
gui-home-dates = 确认我的卡的期限
gui-home-dates-explain = 根据出生日期和卡上的日期，查看能用到什么时候、什么时候更新。
gui-home-problem = 我遇到了问题
gui-home-problem-explain = 从常见问题中选择，例如卡丢失了或密码被锁定了。
gui-home-keys = 键盘：数字键选择，Enter 继续，Esc 返回。
gui-problem-title = 遇到了什么问题？
gui-problem-explain = 请选择最接近的一项。
gui-guide-step = 问题 { $number }
gui-guide-answer-hint = 不确定时请选择"不知道"。之后可以修改。
gui-guide-so-far = 到目前为止的回答
gui-guide-diagram = 整体流程（您所在的位置有颜色）
gui-guide-missing = 无法读取指南数据。请告诉工作人员。
gui-outcome-label = 您要做的事
gui-outcome-review = 确认并打印
gui-outcome-dates = 也确认卡的期限
gui-node-has-card = 有卡吗？
gui-node-registered = 已登记吗？
gui-node-use-at-reception = 在挂号处使用
gui-node-register = 办理使用登记
gui-node-check-registration = 确认登记
gui-node-apply-for-card = 申请办卡
gui-node-ask-municipality = 咨询市区町村
gui-dates-title = 确认我的卡的期限
gui-dates-forms = 日期可以用以下任何写法输入：“昭和25年10月10日”“S25.10.10”“1950-10-10”“１９５０年１０月１０日”（全角数字）。
gui-dates-placeholder = 在这里输入日期
gui-dates-example = 读取到的日期会显示在这里。
gui-dates-born = 出生日期
gui-dates-born-explain = 计算时需要。写在卡的正面。
gui-dates-card = 个人编号卡本身
gui-dates-card-expiry = 卡的有效期限（印在卡上的日期）
gui-dates-card-expiry-explain = 卡正面的"有効期限"日期。这是最准确的。
gui-dates-card-issued = 卡的发行日期
gui-dates-card-issued-explain = 找不到有效期限时使用，期限会据此计算（不是领取卡的日子）。
gui-dates-cert = 电子证明书
gui-dates-cert-explain = 电子证明书是存在卡里的"本人证明"。它有自己的期限，通常每5年一次。
gui-dates-cert-unknown = 不知道
gui-dates-cert-expiry = 电子证明书的有效期限
gui-dates-cert-issued = 电子证明书的发行日期（更新的日子）
gui-dates-cert-where = 写在卡的背面、蓝色信封里的通知上，也可以在マイナポータル查看。
gui-dates-need-card = 输入卡的日期后即可查看结果。
gui-dates-show = 查看结果
gui-dates-edit = 修改日期
gui-dates-incomplete = 有日期未输入或无法读取。请修改红字的部分。
gui-rules-missing = 无法读取期限规则。请告诉工作人员。
gui-dates-result-title = 查询结果
gui-status-renew-now = 现在可以办理更新。在市区町村窗口免费办理。
gui-status-nothing-yet = 现在什么都不用做。期限临近时，会寄来蓝色信封的通知。
gui-status-grace-hurry = 过了这一天，就不能再作为Myna保险证使用。请在那之前，到您居住地的市区町村窗口更新。
gui-status-ask-insurer = 如果没有收到资格确认书（資格確認書），请联系您加入的保险（保险人）。
gui-chart-title = 期限的流程
gui-key-dates = 重要日期
gui-key-card-expiry = 卡的有效期限
gui-key-card-renewal = 卡可以开始更新的日期
gui-key-cert-expiry = 电子证明书的有效期限
gui-key-cert-renewal = 电子证明书可以开始更新的日期
gui-pair = { $label }：{ $value }
gui-warnings = 注意
gui-review-title = 确认并打印
gui-review-explain = 如有错误，请按"修改"。打印出来的纸可以在窗口或医院出示。
gui-review-guide = 问题的回答
gui-review-dates = 日期
gui-review-not-entered = 尚未输入
gui-review-edit-guide = 修改回答
gui-review-edit-dates = 修改日期
gui-review-sheet = 打印的纸
gui-review-sheet-explain = 可以只用日语打印，或日语与另一种语言并排打印。
gui-sheet-ja-only = 只用日语
gui-review-large-print = 大字打印
gui-review-copies = 份
gui-review-name = 姓名（印在说明单上；可以不填）
gui-review-name-explain = 姓名不会保存在任何地方。
gui-review-print = 打印
gui-review-save = 保存为 PDF
gui-review-no-save-kiosk = 这台机器不能保存（可以打印）。
gui-print-working = 正在准备…
gui-tell-staff = 请告诉工作人员。
gui-settings-title = 文字大小与设置
gui-settings-size = 文字大小
gui-settings-size-explain = 整个画面都会变大。也可以用 Ctrl 加 + 或 − 键。
gui-settings-contrast = 画面颜色
gui-settings-contrast-explain = 看不清楚时请选择"高对比度"：黑底白字。
gui-settings-contrast-normal = 普通
gui-settings-contrast-high = 高对比度（黑底白字）
gui-idle-countdown = 一段时间没有操作。{ $seconds } 秒后返回首页
gui-idle-explain = 输入的内容将全部删除。要继续请触摸画面。
gui-idle-continue = 继续

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = 需要确认：有效期限的日期还不确定
status-check-act = 首先，请确认真正的有效期限。
status-expired-card = 个人编号卡本身的有效期限（{ $date }）已经过了。
status-expired-cert = 电子证明书的有效期限（{ $date }）已经过了。
check-card-ambiguous = 根据申请的日期不同，卡的有效期限是{ $early }或{ $late }中的一个。请看卡正面印的日期。
check-cert-renewal = 根据是否提前更新过，电子证明书的有效期限是{ $early }或{ $late }中的一个。
check-cert-assumed = 如果电子证明书一次也没有更新过，有效期限是{ $date }。如果更新过，有效期限会更晚。
check-usable-if-earliest = 如果是较早的那个日期，可以作为Myna保险证使用到{ $date }为止。
check-how = 确认方法：マイナポータル的画面、医疗机构・药局读卡器上的显示、J-LIS寄来的“有效期限通知书（有効期限通知書）”（在期限前2～3个月寄到）、您居住地的市区町村窗口。
warning-card-application-date-needed = 因为不知道申请的日期（申请受理日），卡的有效期限有2种可能。输入卡上印的有效期限，就能得到确定的日期。
warning-certificate-renewal-unknown = 如果这个电子证明书是在旧证明书到期前3个月内更新的，有效期限会长1年。请确认是哪一种情况。
warning-certificate-assumed = 因为没有输入电子证明书的日期，所以按照“与卡同时发行、一次也没有更新过”的假定来计算。真正的有效期限可以在マイナポータル、医疗机构・药局读卡器上的显示、J-LIS寄来的“有效期限通知书（有効期限通知書）”或市区町村窗口确认。
warning-certificate-after-card = 电子证明书的有效期限晚于计算出来的卡的有效期限。请确认卡上印的有效期限。
warning-residence-no-reminder = 卡的有效期限由在留期间届满日决定。在留期间更新或变更后，请在原来的期限之前，携带新的在留卡（在留カード）、个人编号卡和4位数密码，到市区町村窗口变更卡的期限。不会寄来通知信。电子证明书也需要重新发行。
dispute-card-grace-months = 有的市区町村把卡本身的宽限期定为3个月。这里按较短的2个月计算。
dispute-renewal-opens = 有的市区町村从“3个月前的次日”开始受理更新。
timeline-expiry-either = { $early }或{ $late }
timeline-basis = 日期的依据
basis-entered = 输入的日期
basis-computed = 计算出的日期
basis-ambiguous = 有2种可能（按较早的日期计算）
basis-assumed = 假定（没有输入日期）
timeline-limited-by-residence = 有效期限由在留期间届满日决定
timeline-apply-by = 申请新卡的期限
timeline-renew-by = 更新电子证明书的期限
sheet-card-expiry-either = 个人编号卡的有效期限：{ $early }或{ $late }（需要确认）
sheet-cert-expiry-either = 电子证明书（電子証明書）的有效期限：{ $early }或{ $late }（需要确认）
sheet-after-that = 之后：{ $title }
sheet-todo-check-1 = 请确认真正的有效期限。如果期限快到了或已经过了，请到市区町村窗口更新。
sheet-todo-card-apply = 请在{ $from }至{ $to }之间申请新卡（邮寄、智能手机、街头的证件照相机、市区町村窗口）。领取需要1～2个月。
sheet-todo-card-gap = 如果在{ $date }之后才申请，请向保险人申请“资格确认书（資格確認書）”，在收到新卡之前使用。
sheet-todo-cert-by = 请在{ $date }之前，到您居住地的市区町村窗口更新电子证明书。当天即可办完，免费。
sheet-todo-residence = 在留期间更新后，请在{ $date }之前到市区町村窗口变更卡的有效期限。
timeline-error-after-today = { $field }晚于今天。
timeline-error-before-first-card = { $field }：2015年10月5日之前没有个人编号卡。请确认日期。
timeline-error-cert-before-card = 电子证明书的发行日早于卡的发行日。请确认日期。
timeline-error-cert-after-card = 电子证明书的有效期限晚于卡的有效期限。请确认其中一个日期。
date-error-year-range = { $field }：不能输入{ $year }年（只能输入1868年到2200年）。例：1950-10-10
field-cert-renewal = 提前更新（--cert-renewal）
field-residence-until = 在留期间届满日（--residence-until）
gui-dates-applied = 申请的日期（申请受理日）
gui-dates-applied-explain = 根据申请的日期，卡的有效期限有2种可能。知道的话请输入。不知道的话，请输入卡上印的有效期限。
gui-dates-renewal-question = 是在到期之前更新的吗？
gui-dates-renewal-explain = 如果是在旧电子证明书到期前3个月内更新的，请选“是”。这样有效期限会长1年。
gui-dates-foreign = 有在留期间的外国籍人士（在留卡上有期限的人）
gui-dates-residence = 在留期间届满日
gui-dates-residence-explain = 在留卡（在留カード）上写的“在留期间（届满日）”。永住者、高度专门职2号、特别永住者可以不填。
band-unsure = 不确定（需要确认）
sheet-timeline-earliest-note = 这里按较早的日期绘制。请确认真正的有效期限。

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = 打印机“{ $printer }”已暂停。请告诉工作人员。
print-error-rejecting = 打印机“{ $printer }”现在不接受打印任务。请告诉工作人员。
print-error-timed-out = 打印系统（{ $program }）在 { $seconds } 秒内没有响应。请告诉工作人员。
print-error-stuck = 打印任务仍在打印机的队列中等待（{ $job }）。请告诉工作人员。
print-error-cancelled = 已取消打印。
printers-keeps-job-files = 注意：这台打印服务器设置为保留已打印文件的数据（CUPS 的 PreserveJobFiles）。在窗口和自助终端的机器上，请设置为“PreserveJobFiles No”。
gui-print-busy = 正在打印。请等待打印完成。
gui-review-dates-invalid = 有日期需要修改，所以还不能打印。请按"修改日期"进行修改。

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = 国民健康保险组合（建设国保・医师国保等，按行业设立的国保组合）
kakuninsho-kumiai-title = 没有收到资格确认书（国民健康保险组合）
kakuninsho-kumiai-step-1 = 请向您加入的国民健康保险组合咨询。资格确认书由组合寄来。联系方式写在组合寄来的文件上。
kakuninsho-meanwhile-mynaho = 在收到之前需要看病时，如果您的个人编号卡已经办理了使用登记，就可以作为Myna保险证使用。如果还没有登记，可以在医疗机构・药局的读卡器上当场登记。
kakuninsho-meanwhile-form = 或者，请出示个人编号卡，并在挂号处填写“被保险人资格申报书（被保険者資格申立書）”。
oshirase-not-alone = “资格信息的通知（資格情報のお知らせ）”和资格确认书（資格確認書）是不同的文件。只凭通知不能看病。
full-cost-risk = 如果个人编号卡和资格确认书都不能出示，可能需要支付全额医疗费（10成）。
kakuninsho-70-74 = 70～74岁的人，有时除了资格确认书以外，还需要“高龄受给者证（高齢受給者証）”。如果已经收到，请一起出示。
kakuninsho-kouki-youhairyo = 难以使用卡的人（有需要护理・需要支援的认定〔要介護・要支援〕、有残障者手册〔障害者手帳〕、住在护理机构、有成年监护〔成年後見〕等），可以申请资格确认书。只需要最初申请1次，之后也会继续寄来。住在机构里的人，也可以由机构的工作人员代为申请。
reader-failed-step-4 = 卡片脏了或IC芯片损坏时，读卡器无法读取。请联系您居住地的市区町村的个人编号卡窗口。
turning-75-ask = 关于后期高龄者医疗的事情，请向后期高龄者医疗广域联合（後期高齢者医療広域連合），或市区町村的后期高龄者医疗窗口咨询。MyNumber综合免费电话是关于卡的咨询电话。
where-kouki-union = 后期高龄者医疗广域联合（後期高齢者医療広域連合，每个都道府县各有一个）
apply-for-card-not-required = 办理个人编号卡不是义务。没有卡的人会收到资格确认书（資格確認書），可以用它看病。
apply-for-card-then-register = 领取卡片后，请办理使用登记（利用登録），以便把卡当作保险证使用。也可以在医疗机构・药局的读卡器上办理。
bring-kakuninsho = 资格确认书（資格確認書）（已收到的人）
bring-residence-card = 在留卡（在留カード）（新的卡；申请还在审查中时，带有“申請中”〔申请中〕印章的卡）
situation-residence-period = 在留期间有变更・已更新（外国籍人士）
residence-period-title = 有在留期间的人的个人编号卡
residence-period-step-1 = 有在留期间的人，卡的有效期限是在留期间届满日和一般的有效期限（由生日决定的日期）中较早的那一天（永住者、高度专门职2号、特别永住者除外）。不会寄来期限通知信。
residence-period-step-2 = 在留期间更新或变更后，请在原来的届满日之前，携带新的在留卡、个人编号卡和4位数密码，到市区町村窗口变更卡的期限。期限不会自动变更。
residence-period-step-3 = 电子证明书的期限不能变更，所以会在窗口重新发行。
residence-period-step-4 = 如果在留期间更新申请的结果还没有出来，在卡的期限到期之前去窗口，可以延长到届满日的2个月后，只能延长1次（请出示盖有“申請中”〔申请中〕印章的在留卡，或网上申请的受理画面）。
residence-period-step-5 = 成为永住者或取得日本国籍时，也需要到窗口办理变更有效期限的手续。
residence-period-step-6 = 持有“特定在留卡（特定在留カード）”（在留卡和个人编号卡合为1张的卡）的人，请向市区町村窗口或出入国在留管理厅咨询。
fact-kouki-2025-certificates-ended = 作为临时措施寄给后期高龄者医疗所有人的资格确认书，有效到2026年7月31日为止（有效期间是从8月到次年7月的1年）。请确认您手上的资格确认书的有效期限。

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = 下一位（清除输入内容）
gui-next-person-short = 下一位
gui-top-settings-short = 设置
gui-more-below = ▼ 下面还有内容（请向下滚动）
timeline-error-out-of-range = { $field }：请输入{ $from }到{ $to }之间的日期。{ $example }
example-born = 例：1950年10月10日
example-card-expiry = 例：2031年10月10日（卡正面写的日期）
example-card-issued = 例：2021年4月1日
example-applied = 例：2021年2月15日
example-cert-expiry = 例：2026年10月10日
example-cert-issued = 例：2021年4月1日
example-residence = 例：2027年3月31日（在留卡上写的日期）
gui-dates-missing = 有还没输入的日期，或需要修改的地方：{ $fields }
gui-save-cancelled = 已取消保存。没有保存任何内容。
gui-chart-summary = 可以作为Myna保险证使用的期间
gui-top-home-short = 首页
sheet-memo = 窗口备忘（下次预约、窗口电话号码等）
## The sheet's first lines (issue 12)
sheet-act-by = 办理手续的期限：{ $date }（{ $weekday }）
weekday-1 = 周一
weekday-2 = 周二
weekday-3 = 周三
weekday-4 = 周四
weekday-5 = 周五
weekday-6 = 周六
weekday-7 = 周日
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = 无法使用设置文件 { $file }：{ $detail }
site-check-read = 已读取 { $file }。内容如下：
site-check-municipality = 市区町村
site-check-window = 窗口
site-check-telephone = 电话
site-check-hours = 受理时间
site-check-address = 地址
site-check-closed = 休息日（周六、周日、节假日、年末年初以外）
site-check-home-languages = 首页的语言
site-check-sheet-languages = 说明单的语言（第一个为默认）
site-check-printer = 打印机
site-check-copies = 份数
site-check-kiosk-idle = 自助终端的等待时间（秒）
site-check-rules-file = 规则文件
site-check-not-set = （未指定）
site-ask-here = 请在这里咨询：{ $window }
site-telephone = 电话：{ $number }
site-hours = 受理时间：{ $hours }
site-address = 地点：{ $address }
rules-stale = 本指南的内容截至 { $date }。最新信息请在窗口确认。
rules-check-ok = { $file } 是有效的规则文件。
rules-check-version = 版本
rules-check-reviewed-on = 内容确认日
rules-check-review-by = 重新审核期限
rules-check-values = 数值与出处
rules-check-source = 出处：{ $source }（自 { $from } 起）
gui-about = 关于本指南
about-version = 版本：{ $version }
about-rules = 规则：{ $version }（{ $reviewed } 确认，{ $review_by } 前重新审核）
about-privacy = 不连接互联网也能运行。不会询问您的个人编号（12位）或密码。自助终端不保存任何内容。
about-fonts = 字体：Noto Sans、Noto Sans CJK JP、Noto Sans Thai・Khmer・Myanmar・Devanagari。SIL Open Font License 1.1
about-program = 本程序：{ $license }
about-sources = 出处

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = 朗读
speech-stop = 停止
speech-preparing = 正在准备语音…
speech-reading = 正在朗读
speech-error-no-device = 找不到发声的设备。请确认扬声器或耳机已连接，并且音量已调大。
speech-error-device = 声音在中途停止了。请再按一次"朗读"。
speech-error-language = 朗读只能使用日语和简单日语（やさしい日本語）。例：--lang ja
speech-error-voice = 无法准备语音。请重新安装本程序。
speech-error-speed = 不能使用速度“{ $value }”。请写 0.7 到 1.2 之间的数字。例：--speed 0.8
speech-error-empty = 没有要朗读的文字。例：mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = 已保存 { $file }（{ $seconds } 秒）。
gui-settings-speech = 朗读速度
gui-settings-speech-explain = 想听得慢一些时，请选择较小的数字。按 R 键会朗读画面上主要的部分。
about-speech = 朗读用的语音和词典
about-speech-voice = 语音：HTS Voice“NIT ATR503 M001”© 2003–2012 名古屋工业大学（知识共享 署名 3.0，CC BY 3.0）
about-speech-dictionary = 词典：NAIST Japanese Dictionary © 2009 奈良先端科学技术大学院大学（BSD 3-Clause 许可证，由 Debian 的 open-jtalk 1.11 制作）
about-speech-engine = 朗读引擎：jpreprocess 和 jbonsai © 2023 JPreprocess Team（BSD 3-Clause 许可证）
