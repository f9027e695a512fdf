# mynaho-guide — Português (Brasil). Termos conforme shared/docs/glossary.md §A.6. O termo japonês fica
# entre parênteses para que a pessoa possa reconhecê-lo nas cartas que recebe.

## language
language-name = Português
app-title = Guia do Myna-Hokensho

## answers
answer-yes = Sim
answer-no = Não
answer-unknown = Não sei
answer-insurer-employee = Seguro de saúde da empresa (Kyokai Kenpo, associação de seguro de saúde ou associação de ajuda mútua)
answer-insurer-kokuho = Seguro Nacional de Saúde (Kokuho da prefeitura da sua cidade)
answer-insurer-kouki = Sistema de Cuidados Médicos para Idosos acima de 75 anos (後期高齢者医療制度)

## quick guide (MHLW クイックガイド)
q-has-card = Você tem o Cartão My Number?
q-has-card-help = O Cartão My Number é um cartão de plástico com a sua foto. Ele é diferente do cartão de notificação (de papel).
q-registered = Você já cadastrou o seu Cartão My Number para usar como cartão de seguro de saúde?
q-registered-help = O Cartão My Number cadastrado para esse uso é o seu “Myna-Hokensho” (マイナ保険証). Você não vai receber um cartão novo.
q-insurer-type = Qual seguro de saúde você tem?
q-insurer-type-help = O nome da sua seguradora (a entidade que administra o seu seguro de saúde: Kyokai Kenpo, associação de seguro de saúde, Kokuho da prefeitura etc.) está no seu cartão de seguro antigo ou nos documentos que você recebeu.

use-at-reception-title = Vamos usar (como fazer a recepção em instituições médicas e farmácias)
use-at-reception-step-1 = Coloque o seu Cartão My Number no leitor de cartões da recepção.
use-at-reception-step-2 = Confirme a sua identidade com o reconhecimento facial ou com a senha de 4 dígitos.
use-at-reception-step-3 = Siga as instruções da tela e escolha se concorda em compartilhar as informações dos seus remédios e outras informações.
use-at-reception-step-4 = Pronto, a recepção terminou. Não se esqueça de levar o seu cartão.

register-title = Faça o cadastro (como cadastrar o cartão como cartão de seguro de saúde)
register-step-1 = Você pode fazer o cadastro no leitor de cartões de uma instituição médica ou farmácia. Coloque o cartão e escolha “Cadastrar” (登録) na tela.
register-step-2 = Você também pode fazer o cadastro no aplicativo Mynaportal (マイナポータル) do smartphone: “Certificados” (証明書) → “Cartão de seguro de saúde” (健康保険証) → “Cadastrar” (登録).
register-step-3 = Também é possível fazer o cadastro em um caixa eletrônico do Seven Bank ou no balcão da prefeitura da sua cidade.
register-step-4 = Quando faltam menos de 5 dias para a data de validade do certificado eletrônico, talvez não seja possível fazer o cadastro. Faça o cadastro o quanto antes.

check-registration-title = Verifique se o cartão está cadastrado
check-registration-step-1 = No Mynaportal, abra “Cartão de seguro de saúde” (健康保険証) e veja se aparece “Cadastrado” (登録済).
check-registration-step-2 = Você também pode verificar colocando o cartão no leitor de uma instituição médica ou farmácia. Se não estiver cadastrado, você pode fazer o cadastro ali mesmo.
check-registration-step-3 = Se não estava cadastrado, faça o cadastro.

apply-for-card-title = Veja como solicitar o Cartão My Number
apply-for-card-step-1 = Da solicitação até receber o cartão, leva de 1 a 2 meses.
apply-for-card-step-2 = Se você tem o formulário de solicitação (交付申請書): solicite pelo smartphone ou pelo computador (código QR), ou em uma máquina de fotos para documentos na rua.
apply-for-card-step-3 = Se você não tem o formulário de solicitação: pegue um no balcão da prefeitura da sua cidade ou baixe pela internet, e envie a solicitação pelo correio.
apply-for-card-step-4 = Até o cartão chegar, você pode ir ao médico com o Comprovante de Qualificação (資格確認書) que a sua seguradora (o seguro de saúde em que você está inscrito) envia. Não é preciso pedir o Comprovante de Qualificação.

ask-municipality-title = Verifique se o cartão foi emitido e pergunte no balcão da prefeitura da sua cidade
ask-municipality-step-1 = Veja se chegou o aviso de emissão do cartão (交付通知書, um cartão-postal) ou alguma carta da prefeitura.
ask-municipality-step-2 = Se não souber, pergunte no balcão da prefeitura da sua cidade se o seu cartão já foi emitido.
ask-municipality-step-3 = Enquanto não tiver o Myna-Hokensho, você pode ir ao médico com o Comprovante de Qualificação (資格確認書).

## counter situations
situation-lost-card = Perdi o meu Cartão My Number
situation-pin-locked = A minha senha foi bloqueada
situation-reader-failed = No hospital, não conseguiram ler o meu cartão
situation-certificate-not-arrived = O Comprovante de Qualificação (資格確認書) não chegou
situation-turning-75 = Vou fazer 75 anos
situation-changed-insurer = Mudei de emprego ou de endereço, e o meu seguro mudou
situation-unregister = Quero cancelar o cadastro
situation-smartphone = Quero usar o smartphone como Myna-Hokensho

lost-card-title = Se você perdeu o Cartão My Number
lost-card-step-1 = Ligue imediatamente para o My Number Sogo Free Dial (0120-95-0178, opção 2 do menu de voz) e peça para suspender o uso do cartão (24 horas, 365 dias por ano). Se você perdeu um smartphone em que tinha colocado as funções do cartão, também pode pedir a suspensão nessa mesma ligação.
lost-card-step-2 = Registre a perda na polícia. Para pedir o cartão novo, você vai precisar do nome da delegacia, do telefone dela, do nome do policial que atendeu você e do número do registro da perda. Anote tudo.
lost-card-step-3 = Comunique a perda no balcão da prefeitura da sua cidade e, se quiser um cartão novo, peça a reemissão. A taxa é de 1.000 ienes, e leva de 1 a 2 meses para receber. Se tiver pressa, existe a “emissão expressa” (特急発行, um jeito mais rápido: até 30 dias depois da comunicação da perda, cerca de 1 semana, 2.000 ienes).
lost-card-step-4 = Até o cartão novo chegar, peça à sua seguradora (o seguro de saúde em que você está inscrito) o Comprovante de Qualificação (資格確認書) e use-o para ir ao médico.
lost-card-step-5 = Se você encontrar o cartão, avise no balcão da prefeitura da sua cidade.

pin-locked-title = Se a sua senha foi bloqueada
pin-locked-step-1 = A senha de 4 dígitos é bloqueada se você errar 3 vezes seguidas.
pin-locked-step-2 = Em instituições médicas e farmácias, você pode usar o cartão com o reconhecimento facial ou com a verificação visual feita pelos funcionários (eles comparam a foto do cartão com o seu rosto).
pin-locked-step-3 = Para cadastrar uma nova senha, vá ao balcão da prefeitura da sua cidade com o cartão e um documento de identidade.

reader-failed-title = Se o leitor não conseguiu ler o cartão
reader-failed-step-1 = Mostre o Cartão My Number junto com a tela “Cartão de seguro de saúde” (健康保険証) do Mynaportal no smartphone, ou junto com o PDF baixado dessa tela.
reader-failed-step-2 = Ou mostre o Cartão My Number junto com o Aviso de Informações de Elegibilidade (資格情報のお知らせ). Só com o Aviso, você não pode ser atendido.
reader-failed-step-3 = Se você não tiver nenhum dos dois, mostre o Cartão My Number e preencha na recepção a declaração de qualificação do segurado (被保険者資格申立書).

kakuninsho-step-why = Ele pode não ter chegado por mudança de endereço, porque você ainda tem um Myna-Hokensho que pode ser usado, ou por atraso nos trâmites.
kakuninsho-employee-title = O Comprovante de Qualificação (資格確認書) não chegou: seguro de saúde da empresa
kakuninsho-employee-step-1 = Pergunte ao responsável pelo setor de pessoal (RH) ou administrativo da empresa, ou à sua seguradora (Kyokai Kenpo, associação de seguro de saúde ou associação de ajuda mútua).
kakuninsho-kokuho-title = O Comprovante de Qualificação (資格確認書) não chegou: Seguro Nacional de Saúde
kakuninsho-kokuho-step-1 = Pergunte no balcão do Seguro Nacional de Saúde da prefeitura da sua cidade.
kakuninsho-kouki-title = O Comprovante de Qualificação (資格確認書) não chegou: Sistema de Cuidados Médicos para Idosos acima de 75 anos
kakuninsho-kouki-step-1 = Pergunte no balcão do Sistema de Cuidados Médicos para Idosos acima de 75 anos (後期高齢者医療) da prefeitura da sua cidade.
kakuninsho-kouki-step-2 = Desde agosto de 2026, quem não tem Myna-Hokensho recebe o Comprovante de Qualificação (資格確認書), e quem tem recebe o Aviso de Informações de Elegibilidade (資格情報のお知らせ). Para as pessoas com 85 anos ou mais, a regra pode variar conforme a associação regional (広域連合).
kakuninsho-unknown-title = O Comprovante de Qualificação (資格確認書) não chegou: não sei qual é o meu seguro
kakuninsho-unknown-step-1 = Procure o nome da sua seguradora (o seguro de saúde em que você está inscrito) no seu cartão de seguro antigo ou nas cartas que você recebeu.
kakuninsho-unknown-step-2 = Se não souber, pergunte no balcão da prefeitura da sua cidade.

turning-75-title = Quando você fizer 75 anos
turning-75-step-1 = Não é preciso fazer nenhum trâmite ao completar 75 anos. O cadastro do Myna-Hokensho continua valendo.
turning-75-step-2 = A associação regional (広域連合) do Sistema de Cuidados Médicos para Idosos acima de 75 anos envia, por meio da prefeitura, o Comprovante de Qualificação (資格確認書) ou o Aviso de Informações de Elegibilidade (資格情報のお知らせ). Só com o Aviso, você não pode ser atendido: mostre-o junto com o seu Myna-Hokensho.
turning-75-step-3 = No seguro de saúde da empresa, os familiares (com menos de 75 anos) que eram dependentes da pessoa que faz 75 anos precisam fazer o trâmite para entrar no Seguro Nacional de Saúde ou em outro seguro.

changed-insurer-title = Quando o seu seguro mudou
changed-insurer-step-1 = Entregue os documentos necessários à sua nova seguradora (o seguro de saúde em que você vai entrar).
changed-insurer-step-2 = Leva cerca de 10 dias para as informações do Myna-Hokensho serem atualizadas. Para ficar tranquilo, confira no Mynaportal antes de ir ao médico.
changed-insurer-step-3 = Se for ao médico antes da atualização, mostre o Comprovante de Qualificação (資格確認書) enviado pela nova seguradora. Se ele não tiver chegado, mostre o Cartão My Number e preencha na recepção a declaração de qualificação do segurado (被保険者資格申立書).

unregister-title = Se você quer cancelar o cadastro
unregister-step-1 = Entregue o formulário de cancelamento à sua seguradora (o seguro de saúde em que você está inscrito). Seguro Nacional de Saúde da prefeitura e Sistema de Cuidados Médicos para Idosos acima de 75 anos: no balcão da prefeitura da sua cidade. Associação de Seguro Nacional de Saúde (国民健康保険組合): na própria associação.
unregister-step-2 = Depois do cancelamento, a seguradora envia o Comprovante de Qualificação (資格確認書).
unregister-step-3 = Você pode verificar no Mynaportal se o cadastro foi cancelado.

smartphone-title = Como usar o smartphone como Myna-Hokensho
smartphone-step-1 = Desde 19 de setembro de 2025, você pode usar o smartphone nas instituições médicas e farmácias que aceitam (procure o adesivo).
smartphone-step-2 = A configuração é feita no aplicativo Mynaportal. É preciso ter o Cartão My Number em mãos.
smartphone-step-3 = Algumas instituições médicas não aceitam o smartphone. Por isso, leve também o cartão.

## what to bring, where to go
bring-card = Cartão My Number
bring-pin = Senha de 4 dígitos (certificado eletrônico para autenticação do usuário)
bring-photo = Foto do rosto (para a solicitação)
bring-id = Documento de identidade (carteira de motorista etc.)
bring-application-form = Formulário de solicitação (交付申請書), se você tiver
bring-letters = Cartas da prefeitura ou da seguradora
bring-police-number = Nome e telefone da delegacia, nome do policial que atendeu você e número do registro da perda
bring-oshirase = Aviso de Informações de Elegibilidade (資格情報のお知らせ), se você tiver
where-clinic = Recepção da instituição médica ou farmácia
where-smartphone = Aplicativo Mynaportal (マイナポータル) no smartphone
where-municipality = Balcão da prefeitura da sua cidade
where-municipality-kokuho = Balcão do Seguro Nacional de Saúde da prefeitura da sua cidade
where-municipality-kouki = Balcão do Sistema de Cuidados Médicos para Idosos acima de 75 anos da prefeitura da sua cidade
where-police = Delegacia ou posto policial (koban)
where-insurer = Seguradora (seguro de saúde da empresa, Seguro Nacional de Saúde da prefeitura da sua cidade etc.)
where-employer = Responsável pelo setor de pessoal (RH) ou administrativo da empresa

## hotlines (rules file)
hotline-general = My Number Sogo Free Dial (em japonês)
hotline-general-hours = Dias úteis 9:30–20:00; sábados, domingos e feriados 9:30–17:30 (suspensão por perda ou roubo: 24 horas, 365 dias por ano)
hotline-foreign-system = Atendimento em línguas estrangeiras (sistema, Mynaportal)
hotline-foreign-system-hours = Dias úteis 9:30–20:00; sábados, domingos e feriados 9:30–17:30
hotline-foreign-card = Atendimento em línguas estrangeiras (cartão, certificado eletrônico, perda)
hotline-foreign-card-hours = Inglês, chinês, coreano, espanhol e português: 8:30–20:00; tailandês, nepalês, indonésio, vietnamita e tagalo: 9:00–18:00

## dated facts (rules file)
fact-legacy-cards-ended = Os antigos cartões de seguro de saúde puderam ser usados até 1º de dezembro de 2025 (a partir de 2 de dezembro, não podem mais ser usados).
fact-legacy-kouki-ended = Os cartões de seguro do Sistema de Cuidados Médicos para Idosos acima de 75 anos puderam ser usados até 31 de julho de 2025 (a partir de 1º de agosto, não podem mais ser usados).
fact-clinic-tolerance = Até o fim de março de 2026, existe uma medida temporária: a instituição médica pode decidir atender você com um cartão de seguro vencido ou só com o Aviso de Informações de Elegibilidade (資格情報のお知らせ).
fact-clinic-tolerance-ended = A medida temporária que permitia ir ao médico com um cartão de seguro vencido ou só com o Aviso de Informações de Elegibilidade (資格情報のお知らせ) estava prevista até o fim de março de 2026 (não encontramos nenhum aviso de prorrogação).
fact-kouki-blanket = Até 31 de julho de 2026, todas as pessoas do Sistema de Cuidados Médicos para Idosos acima de 75 anos (後期高齢者医療) recebem o Comprovante de Qualificação (資格確認書) (medida temporária).
fact-kouki-status-based = Desde agosto de 2026, no Sistema de Cuidados Médicos para Idosos acima de 75 anos (後期高齢者医療), quem não tem Myna-Hokensho recebe o Comprovante de Qualificação (資格確認書), e quem tem recebe o Aviso de Informações de Elegibilidade (資格情報のお知らせ).
fact-kouki-85-plus = Há associações regionais (広域連合) que informam que, por uma mudança na política do governo nacional, enviam o Comprovante de Qualificação (資格確認書) a todas as pessoas com 85 anos ou mais em 1º de agosto de 2026.
fact-reported-by-one = Pode ser diferente onde você mora.

## timeline
status-valid = Válido: pode ser usado como Myna-Hokensho
status-grace = Prazo de tolerância (um curto período depois do vencimento): funciona como cartão de seguro de saúde, mas as informações de remédios etc. não são repassadas
status-expired = Vencido: não pode mais ser usado como Myna-Hokensho
status-valid-act = Renove até { $date }.
status-grace-act = Renove no balcão da prefeitura da sua cidade até { $date }.
status-expired-act = Renove no balcão da prefeitura da sua cidade. Até lá, vá ao médico com o Comprovante de Qualificação (資格確認書) enviado pela sua seguradora.
timeline-today = Hoje
timeline-card = Cartão My Number (o próprio cartão)
timeline-certificate = Certificado eletrônico (para autenticação do usuário)
timeline-expiry = Data de validade
timeline-renewal-opens = Início da renovação
timeline-grace-last-day = Último dia do prazo de tolerância
timeline-registration-cutoff = Prazo aproximado para o cadastro
timeline-full-function-until = Último dia com todas as funções
timeline-usable-until = Último dia em que pode ser usado como Myna-Hokensho
timeline-status = Situação de hoje
timeline-act-by = Prazo para o trâmite
timeline-facts = O que vale hoje
band-valid = Válido
band-renewal = Período de renovação
band-grace = Prazo de tolerância (só como cartão de seguro de saúde)
band-expired = Vencido
warning-leap-day-birthday = Para quem nasceu em 29 de fevereiro, nos anos que não são bissextos o aniversário foi calculado como 28 de fevereiro. Confira a data escrita no cartão.
warning-computed-not-printed = A data de validade do cartão foi calculada. A data correta é a que está impressa no cartão.
printed-dates-prevail = Valem as datas escritas no cartão e nas cartas.

## fields (named in error messages)
field-today = Data de hoje (--today)
field-born = Data de nascimento (--born)
field-card-expiry = Data de validade do cartão (--card-expiry)
field-card-issued = Data de emissão do cartão (--card-issued)
field-applied = Data da solicitação (--applied)
field-cert-expiry = Data de validade do certificado eletrônico (--cert-expiry)
field-cert-issued = Data de emissão do certificado eletrônico (--cert-issued)

## errors
date-error-empty = { $field }: nenhuma data foi digitada.
date-error-unrecognised = { $field }: “{ $input }” não pode ser lido como data.
date-error-month = { $field }: não existe o mês { $month }.
date-error-day = { $field }: não existe o dia { $day }/{ $month }/{ $year }.
date-error-era-unknown = { $field }: a era “{ $era }” não pode ser usada (明治 Meiji, 大正 Taisho, 昭和 Showa, 平成 Heisei, 令和 Reiwa).
date-error-outside-era = { $field }: a era { $era } vai de { $first } até { $last }.
date-error-before-era = { $field }: { $era } começa em { $first }.
date-accepted-forms = Formatos aceitos: 2026-03-15, 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, S25.10.10 (caracteres de largura total também)
timeline-error-born-needed = { $field }: esta informação é necessária para calcular a data de validade a partir da data de emissão.
timeline-error-before-birth = { $field } é anterior à data de nascimento.
timeline-error-applied-after-issue = { $field } é posterior à data de emissão do cartão.
timeline-error-card-needed = Informe a data de validade do cartão (--card-expiry) ou a data de emissão do cartão (--card-issued).
guide-error-data = Há um erro nos dados do guia: { $detail }
guide-error-situation = Não existe a situação “{ $value }”. Valores aceitos: { $accepted }
guide-error-question = Não existe a pergunta “{ $value }”. Valores aceitos: { $accepted }
guide-error-answer = “{ $value }” não é uma resposta válida para “{ $question }”. Valores aceitos: { $accepted }
rules-error = Não foi possível ler o arquivo de regras { $file }: { $detail }
lang-error = Não existe o idioma “{ $value }”. Valores aceitos: { $accepted }
answer-format-error = Escreva --answer no formato KEY=VALUE (chave=valor), por exemplo has-card=yes: “{ $value }”
output-write-error = Não foi possível escrever a saída: { $reason }
no-display = Não há tela: use uma sessão de área de trabalho, ou os comandos: mynaho-guide --help
cli-error-unknown-argument = Não existe a opção “{ $arg }”.
cli-error-unknown-command = Não existe o comando “{ $value }”. Valores aceitos: { $accepted }
cli-error-did-you-mean = Você quis dizer { $suggestion }?
cli-error-invalid-value = { $arg }: “{ $value }” não é aceito. Valores aceitos: { $accepted }
cli-error-value-needed = { $arg } precisa de um valor (por exemplo { $example }).
cli-error-number = { $arg }: “{ $value }” não é aceito. Escreva um número inteiro de { $min } a { $max } (por exemplo { $example }).
cli-error-missing = Informe também { $arg } (por exemplo { $example }).
cli-error-requires = { $arg } só funciona junto com { $needed } (por exemplo { $example }).
cli-error-conflict = { $arg } e { $other } não podem ser usados juntos: informe apenas um deles.
cli-error-repeated = { $arg } aparece 2 vezes ou mais: informe-o só 1 vez.
cli-error-not-utf8 = { $arg }: o texto não pode ser lido (use UTF-8)
cli-error-window-only = { $arg } é para a janela: não pode ser usado com o comando { $command }.
cli-error-other = Não foi possível ler a linha de comando: { $detail }
cli-error-help = Para ver as opções: { $command }
answer-repeated = --answer { $key } aparece 2 vezes ou mais: para 1 pergunta, dê só 1 resposta.
answer-not-asked = --answer { $key } não seria usado: com estas respostas o guia não faz esta pergunta (caminho: { $path }).
sheet-error-card-needed = { $arg } só funciona com a data de validade do cartão (--card-expiry) ou a data de emissão do cartão (--card-issued): informe também uma delas (por exemplo --card-expiry 2031-03-15).

## command-line text output
cli-outcome = Resultado
cli-question = Pergunta
cli-choices = Respostas
cli-steps = O que fazer
cli-bring = O que levar
cli-where = Aonde ir
cli-call = Ligar

## sheet
sheet-title = Seu Myna-Hokensho (マイナ保険証)
sheet-name-line = { $name } 様
sheet-card-expiry = Data de validade do Cartão My Number: { $date }
sheet-cert-expiry = Data de validade do certificado eletrônico (電子証明書): { $date }
sheet-timeline-card = Próximas etapas (pela data de validade do Cartão My Number)
sheet-timeline-cert = Próximas etapas (pela data de validade do certificado eletrônico)
sheet-dates-until = até { $date }
sheet-dates-range = de { $from } a { $to }
sheet-dates-from = a partir de { $date }
sheet-todo-wait = Agora não é preciso fazer nenhum trâmite. A renovação pode ser feita a partir de { $date }.
sheet-todo-letter = Quando a data de validade estiver próxima, chega um aviso de validade (有効期限通知書) em um envelope azul. Quando chegar, faça a renovação.
sheet-todo-card-3 = A renovação por vencimento é gratuita. Para solicitar, é preciso uma foto.
sheet-todo-cert-2 = Leve o seu Cartão My Number e a sua senha de 4 dígitos.
sheet-todo-cert-3 = Se renovar dentro do prazo de tolerância (um curto período depois do vencimento), não é preciso cadastrar o cartão de novo como cartão de seguro de saúde.
sheet-todo-expired-1 = No balcão da prefeitura da sua cidade, renove o certificado eletrônico ou solicite um cartão novo.
sheet-todo-expired-2 = Depois de renovar, cadastre de novo o cartão como cartão de seguro de saúde. Também é possível fazer isso no leitor de cartões de hospitais, clínicas e farmácias.
sheet-todo-expired-3 = Até lá, vá ao médico com o Comprovante de Qualificação (資格確認書) enviado pela seguradora. Se não chegar, consulte a seguradora.
sheet-contacts-heading = Contatos
sheet-contact-languages = Idiomas (informação da J-LIS em { $date }): { $languages }
sheet-contact-insurer = Sua seguradora (保険者) ou o balcão da prefeitura da sua cidade (市区町村の窓口)
sheet-contact-insurer-detail = Pergunte aqui sobre o Comprovante de Qualificação (資格確認書) e o seu seguro. O nome da seguradora está nas cartas dela e no seu antigo cartão de seguro.
sheet-no-hotline = Nenhuma linha telefônica atende no seu idioma. Ligue para a linha em japonês (0120-95-0178) junto com alguém que fale japonês.
sheet-no-hotline-show = Mostre isto aos funcionários. Diz: "Esta pessoa não fala japonês o suficiente e nenhuma linha telefônica atende no idioma dela. Por favor, ajudem com o procedimento."
sheet-footer = Regras { $version } (revisadas em { $reviewed }) · impresso em { $date }
sheet-error = Não foi possível criar a folha explicativa: { $reason }
sheet-saved = Folha explicativa salva: { $path }
sheet-save-error = Não foi possível salvar a folha explicativa ({ $path }): { $reason }
sheet-error-guide-incomplete = Ainda falta responder a uma pergunta do guia: { $question }
print-job-accepted = A impressora aceitou o trabalho ({ $job }).
print-pdf-kept = O PDF foi guardado aqui; você pode salvá-lo ou imprimi-lo em outra impressora: { $path }
print-error-not-installed = O sistema de impressão (CUPS) não está instalado.
print-error-no-scheduler = O sistema de impressão (CUPS) não está funcionando.
print-error-no-printer = Nenhuma impressora está configurada.
print-error-no-default = Há várias impressoras e nenhuma é a padrão. Escolha uma com --printer.
print-error-unknown-printer = Não existe nenhuma impressora chamada "{ $printer }".
print-error-refused = A impressora não aceitou o trabalho: { $reason }
print-error-temp-file = Não foi possível salvar o PDF para impressão: { $reason }
printers-default = (padrão)
printers-no-default = Nenhuma impressora padrão foi definida.

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = Início
gui-top-settings = Tamanho do texto e ajustes
gui-back = ← Voltar
gui-restart = Começar de novo
gui-language = Idioma (Language / ことば)
gui-home-title = Usar o seu Cartão My Number no médico
gui-home-intro = Este guia mostra, passo a passo, como usar o Cartão My Number como cartão de seguro de saúde: o Myna-Hokensho (マイナ保険証).
gui-home-guide = Responder algumas perguntas
gui-home-guide-explain = Responda "sim" ou "não" e veja o que fazer na recepção.
gui-home-dates = Verificar as datas do meu cartão
gui-home-dates-explain = Pela data de nascimento e as datas do cartão: até quando funciona e quando renovar.
gui-home-problem = Tenho um problema
gui-home-problem-explain = Escolha entre problemas comuns, como perder o cartão ou ter a senha (PIN) bloqueada.
gui-home-keys = Teclado: as teclas de números escolhem, Enter continua, Esc volta.
gui-problem-title = Qual é o problema?
gui-problem-explain = Escolha o mais parecido.
gui-guide-step = Pergunta { $number }
gui-guide-answer-hint = Se não tiver certeza, escolha "Não sei". Você pode mudar depois.
gui-guide-so-far = Suas respostas até agora
gui-guide-diagram = O guia inteiro (onde você está aparece em cor)
gui-guide-missing = Não foi possível carregar os dados do guia. Avise um funcionário.
gui-outcome-label = O que fazer
gui-outcome-review = Conferir e imprimir
gui-outcome-dates = Verificar também as datas do cartão
gui-node-has-card = Tem o cartão?
gui-node-registered = Cadastrado?
gui-node-use-at-reception = Usar na recepção
gui-node-register = Cadastrar
gui-node-check-registration = Verificar o cadastro
gui-node-apply-for-card = Solicitar o cartão
gui-node-ask-municipality = Perguntar à prefeitura
gui-dates-title = Verificar as datas do meu cartão
gui-dates-forms = Digite a data em qualquer uma destas formas: 昭和25年10月10日, S25.10.10, 1950-10-10 ou １９５０年１０月１０日 (algarismos de largura total).
gui-dates-placeholder = Digite a data aqui
gui-dates-example = A data lida aparecerá aqui.
gui-dates-born = Data de nascimento
gui-dates-born-explain = Necessária para o cálculo. Está na frente do cartão.
gui-dates-card = O Cartão My Number
gui-dates-card-expiry = Data de validade do cartão (impressa no cartão)
gui-dates-card-expiry-explain = A data "有効期限" na frente do cartão. É a mais confiável.
gui-dates-card-issued = Data de emissão do cartão
gui-dates-card-issued-explain = Use quando não encontrar a data de validade; ela será calculada a partir desta data (não é o dia em que você recebeu o cartão).
gui-dates-cert = Certificado eletrônico
gui-dates-cert-explain = O certificado eletrônico é a "prova de que é você" guardada no cartão. Tem data de validade própria, normalmente a cada 5 anos.
gui-dates-cert-unknown = Não sei
gui-dates-cert-expiry = Data de validade do certificado eletrônico
gui-dates-cert-issued = Data de emissão do certificado eletrônico (quando foi renovado)
gui-dates-cert-where = Está no verso do cartão, no aviso do envelope azul e no Mynaportal.
gui-dates-need-card = Digite a data do cartão para ver o resultado.
gui-dates-show = Ver o resultado
gui-dates-edit = Mudar as datas
gui-dates-incomplete = Faltam datas ou elas não podem ser lidas. Corrija as que estão em vermelho.
gui-rules-missing = Não foi possível carregar as regras. Avise um funcionário.
gui-dates-result-title = Resultado
gui-status-renew-now = Já é possível renovar. É gratuito no balcão da prefeitura da sua cidade.
gui-status-nothing-yet = Por enquanto não precisa fazer nada. Quando a data se aproximar, chegará um aviso num envelope azul.
gui-status-grace-hurry = Depois desse dia ele não funcionará mais como Myna-Hokensho. Antes disso, renove no balcão da prefeitura da sua cidade.
gui-status-ask-insurer = Se o Comprovante de Qualificação (資格確認書) não chegar, entre em contato com a sua seguradora.
gui-chart-title = Linha do tempo
gui-key-dates = Datas importantes
gui-key-card-expiry = Data de validade do cartão
gui-key-card-renewal = Renovação do cartão possível a partir de
gui-key-cert-expiry = Data de validade do certificado eletrônico
gui-key-cert-renewal = Renovação do certificado eletrônico possível a partir de
gui-pair = { $label }: { $value }
gui-warnings = Atenção
gui-review-title = Conferir e imprimir
gui-review-explain = Se algo estiver errado, toque em "Mudar". Você pode mostrar a folha impressa no balcão ou na clínica.
gui-review-guide = Suas respostas
gui-review-dates = Datas
gui-review-not-entered = Ainda não digitado
gui-review-edit-guide = Mudar as respostas
gui-review-edit-dates = Mudar as datas
gui-review-sheet = A folha impressa
gui-review-sheet-explain = Imprima só em japonês, ou em japonês ao lado de outro idioma.
gui-sheet-ja-only = Só japonês
gui-review-large-print = Letra grande
gui-review-copies = cópias
gui-review-name = Nome (impresso na folha; pode deixar em branco)
gui-review-name-explain = O nome não é salvo em nenhum lugar.
gui-review-print = Imprimir
gui-review-save = Salvar como PDF
gui-review-no-save-kiosk = Neste terminal não é possível salvar (imprimir sim).
gui-print-working = Preparando…
gui-tell-staff = Avise um funcionário.
gui-settings-title = Tamanho do texto e ajustes
gui-settings-size = Tamanho do texto
gui-settings-size-explain = Tudo na tela fica maior. Também funciona com Ctrl e + ou −.
gui-settings-contrast = Cores
gui-settings-contrast-explain = Se a tela estiver difícil de ler, escolha "Alto contraste": texto branco sobre preto.
gui-settings-contrast-normal = Normal
gui-settings-contrast-high = Alto contraste (branco sobre preto)
gui-idle-countdown = Ninguém toca na tela há algum tempo. Voltando ao início em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
gui-idle-explain = Tudo o que foi digitado será apagado. Toque na tela para continuar.
gui-idle-continue = Continuar

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = É preciso verificar: a data de validade não é certa
status-check-act = Primeiro, descubra qual é a data de validade real.
status-expired-card = Já passou a data de validade do próprio Cartão My Number: { $date }.
status-expired-cert = Já passou a data de validade do certificado eletrônico (電子証明書): { $date }.
check-card-ambiguous = Dependendo do dia em que você fez a solicitação, a data de validade do cartão é { $early } ou { $late }. Veja a data impressa na frente do cartão.
check-cert-renewal = Dependendo de ter sido renovado com antecedência ou não, a data de validade do certificado eletrônico é { $early } ou { $late }.
check-cert-assumed = Se o certificado eletrônico nunca foi renovado, a data de validade dele é { $date }. Se foi renovado, é uma data posterior.
check-usable-if-earliest = Se a data correta for a mais cedo, pode ser usado como Myna-Hokensho até { $date }.
check-how = Como descobrir: na tela do Mynaportal (マイナポータル), na mensagem do leitor de cartões de uma instituição médica ou farmácia, no aviso de validade (有効期限通知書) que a J-LIS envia de 2 a 3 meses antes da data, ou no balcão da prefeitura da sua cidade.
warning-card-application-date-needed = Não se sabe o dia em que a sua solicitação foi recebida, por isso o cartão tem 2 datas de validade possíveis. Para ter certeza, digite a data de validade impressa no cartão.
warning-certificate-renewal-unknown = Se este certificado eletrônico foi renovado nos 3 meses antes do vencimento do anterior, ele vale 1 ano a mais. Confira qual é o seu caso.
warning-certificate-assumed = Nenhuma data do certificado eletrônico foi digitada, então o cálculo considerou que ele foi emitido junto com o cartão e nunca foi renovado. A data de validade real pode ser vista no Mynaportal, no leitor de cartões de uma instituição médica ou farmácia, no aviso de validade (有効期限通知書) enviado pela J-LIS ou no balcão da prefeitura da sua cidade.
warning-certificate-after-card = A data de validade do certificado eletrônico é posterior à data de validade calculada do cartão. Confira a data impressa no cartão.
warning-residence-no-reminder = A data de validade do seu cartão é o último dia do seu período de permanência. Depois de renovar ou mudar o período de permanência, vá ao balcão da prefeitura da sua cidade antes da data de validade antiga, levando o novo Cartão de Residente (在留カード), o Cartão My Number e a senha de 4 dígitos, para mudar a data de validade do cartão. Nenhuma carta de aviso é enviada. O certificado eletrônico também é emitido de novo.
dispute-card-grace-months = Algumas prefeituras dão 3 meses de prazo de tolerância depois que o próprio cartão vence; aqui o cálculo usa o prazo mais curto, de 2 meses.
dispute-renewal-opens = Algumas prefeituras aceitam a renovação a partir do dia seguinte à data de "3 meses antes".
timeline-expiry-either = { $early } ou { $late }
timeline-basis = Como a data foi obtida
basis-entered = digitada por você
basis-computed = calculada
basis-ambiguous = 2 datas possíveis (usada a mais cedo)
basis-assumed = suposta (nenhuma data digitada)
timeline-limited-by-residence = A data de validade depende do fim do período de permanência
timeline-apply-by = Prazo para solicitar o cartão novo
timeline-renew-by = Prazo para renovar o certificado eletrônico
sheet-card-expiry-either = Data de validade do Cartão My Number: { $early } ou { $late } (a confirmar)
sheet-cert-expiry-either = Data de validade do certificado eletrônico (電子証明書): { $early } ou { $late } (a confirmar)
sheet-after-that = Depois disso: { $title }
sheet-todo-check-1 = Descubra a data de validade real. Se estiver próxima ou já tiver passado, renove no balcão da prefeitura da sua cidade.
sheet-todo-card-apply = Solicite um cartão novo entre { $from } e { $to } (pelo correio, pelo smartphone, numa cabine de fotos na rua ou no balcão da prefeitura da sua cidade). Leva de 1 a 2 meses para receber.
sheet-todo-card-gap = Se solicitar depois de { $date }, peça também à seguradora o Comprovante de Qualificação (資格確認書), para usar até o cartão novo chegar.
sheet-todo-cert-by = Renove o certificado eletrônico no balcão da prefeitura da sua cidade até { $date }. Fica pronto no mesmo dia e é gratuito.
sheet-todo-residence = Depois de renovar o seu período de permanência, mude a data de validade do cartão no balcão da prefeitura da sua cidade antes de { $date }.
timeline-error-after-today = { $field } é posterior à data de hoje.
timeline-error-before-first-card = { $field }: não existiam Cartões My Number antes de 5 de outubro de 2015. Confira a data.
timeline-error-cert-before-card = A data de emissão do certificado eletrônico é anterior à data de emissão do cartão. Confira as datas.
timeline-error-cert-after-card = A data de validade do certificado eletrônico é posterior à data de validade do cartão. Confira uma delas.
date-error-year-range = { $field }: o ano { $year } não é aceito (de 1868 a 2200). Exemplo: 1950-10-10
field-cert-renewal = Renovação antecipada (--cert-renewal)
field-residence-until = Fim do período de permanência (--residence-until)
gui-dates-applied = Data da solicitação (dia em que a solicitação foi recebida)
gui-dates-applied-explain = Dependendo do dia em que você fez a solicitação, o cartão pode ter 2 datas de validade possíveis. Digite esse dia se souber; se não souber, digite a data de validade impressa no cartão.
gui-dates-renewal-question = Você renovou o certificado eletrônico antes do vencimento?
gui-dates-renewal-explain = Responda "Sim" se renovou nos 3 meses antes do vencimento do certificado eletrônico anterior. Nesse caso, ele vale 1 ano a mais.
gui-dates-foreign = Estrangeiro com período de permanência (o seu Cartão de Residente tem uma data de término)
gui-dates-residence = Fim do período de permanência
gui-dates-residence-explain = A data de "在留期間（満了日）" (período de permanência, data de término) no seu Cartão de Residente (在留カード). Residentes permanentes (永住者), profissionais altamente qualificados (ii) (高度専門職2号) e residentes permanentes especiais (特別永住者) podem deixar em branco.
band-unsure = Não se sabe (a confirmar)
sheet-timeline-earliest-note = O gráfico usa a data mais cedo. Descubra a data de validade real.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = A impressora "{ $printer }" está pausada. Avise um funcionário.
print-error-rejecting = A impressora "{ $printer }" não está aceitando trabalhos agora. Avise um funcionário.
print-error-timed-out = O sistema de impressão ({ $program }) não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Avise um funcionário.
print-error-stuck = A folha continua esperando na fila da impressora (trabalho { $job }). Avise um funcionário.
print-error-cancelled = A impressão foi cancelada.
printers-keeps-job-files = Observação: este servidor de impressão guarda os dados dos documentos impressos (CUPS PreserveJobFiles). Nos terminais de balcão e de quiosque, configure "PreserveJobFiles No".
gui-print-busy = Imprimindo. Aguarde até terminar.
gui-review-dates-invalid = Há datas que precisam ser corrigidas, por isso a folha ainda não pode ser impressa. Toque em "Mudar as datas" para corrigi-las.

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = Associação de Seguro Nacional de Saúde (国民健康保険組合: a associação de Kokuho de uma profissão, como a da construção civil ou a dos médicos)
kakuninsho-kumiai-title = O Comprovante de Qualificação (資格確認書) não chegou: associação de Seguro Nacional de Saúde (国民健康保険組合)
kakuninsho-kumiai-step-1 = Pergunte à associação de Seguro Nacional de Saúde em que você está inscrito. O Comprovante de Qualificação (資格確認書) é enviado pela associação. O contato dela está nos documentos que ela enviou a você.
kakuninsho-meanwhile-mynaho = Se precisar ir ao médico antes de ele chegar e o seu Cartão My Number já estiver cadastrado como cartão de seguro de saúde, você pode usá-lo como Myna-Hokensho. Se não estiver cadastrado, você pode fazer o cadastro ali mesmo, no leitor de cartões da instituição médica ou farmácia.
kakuninsho-meanwhile-form = Ou mostre o Cartão My Number e preencha na recepção a declaração de qualificação do segurado (被保険者資格申立書).
oshirase-not-alone = O Aviso de Informações de Elegibilidade (資格情報のお知らせ) é um documento diferente do Comprovante de Qualificação (資格確認書). Só com o Aviso, você não pode ser atendido.
full-cost-risk = Se você não puder mostrar nem o Cartão My Number nem o Comprovante de Qualificação (資格確認書), talvez tenha que pagar o valor total das despesas médicas (10割).
kakuninsho-70-74 = Pessoas de 70 a 74 anos podem precisar mostrar, junto com o Comprovante de Qualificação (資格確認書), o cartão de beneficiário idoso (高齢受給者証). Se você recebeu esse cartão, mostre os dois juntos.
kakuninsho-kouki-youhairyo = Pessoas que têm dificuldade para usar o cartão (com certificação de necessidade de cuidados ou de apoio, com caderneta de pessoa com deficiência, que moram em uma instituição, sob curatela etc.) podem pedir o Comprovante de Qualificação (資格確認書). Basta pedir só 1 vez, na primeira; depois ele continua sendo enviado. Para quem mora em uma instituição, os funcionários da instituição também podem fazer o pedido no lugar da pessoa.
reader-failed-step-4 = Se o cartão estiver sujo ou o chip IC estiver danificado, ele não pode ser lido. Entre em contato com o balcão do Cartão My Number da prefeitura da sua cidade.
turning-75-ask = Para dúvidas sobre o Sistema de Cuidados Médicos para Idosos acima de 75 anos, pergunte à associação regional (後期高齢者医療広域連合) ou no balcão desse sistema na prefeitura da sua cidade. O My Number Sogo Free Dial é uma linha para dúvidas sobre o cartão.
where-kouki-union = Associação regional do Sistema de Cuidados Médicos para Idosos acima de 75 anos (後期高齢者医療広域連合; há uma em cada província)
apply-for-card-not-required = Ter o Cartão My Number não é obrigatório. Quem não tem o cartão recebe o Comprovante de Qualificação (資格確認書) e pode ir ao médico com ele.
apply-for-card-then-register = Quando receber o cartão, faça o cadastro para usá-lo como cartão de seguro de saúde. Também é possível fazer isso no leitor de cartões de uma instituição médica ou farmácia.
bring-kakuninsho = Comprovante de Qualificação (資格確認書), se você recebeu
bring-residence-card = Cartão de Residente (在留カード) novo; se o pedido estiver em andamento, o cartão com o carimbo “申請中” (em andamento)
situation-residence-period = Meu período de permanência vai mudar ou foi renovado (estrangeiros)
residence-period-title = O Cartão My Number de quem tem período de permanência
residence-period-step-1 = Para quem tem período de permanência, a data de validade do cartão é o último dia desse período ou a data de validade normal (a que é definida pela data de nascimento), a que vier primeiro. Isso não vale para residentes permanentes (永住者), profissionais altamente qualificados (ii) (高度専門職2号) e residentes permanentes especiais (特別永住者). Nenhuma carta de aviso do vencimento é enviada.
residence-period-step-2 = Depois de renovar ou mudar o período de permanência, vá ao balcão da prefeitura da sua cidade antes da data de término antiga, levando o novo Cartão de Residente (在留カード), o Cartão My Number e a senha de 4 dígitos, e peça para mudar a data de validade do cartão. Ela não muda automaticamente.
residence-period-step-3 = A data de validade do certificado eletrônico não pode ser mudada; por isso, um novo certificado eletrônico é emitido no balcão.
residence-period-step-4 = Se o resultado do pedido de renovação ainda não saiu, vá ao balcão antes de o cartão vencer: a validade pode ser prorrogada 1 única vez, até 2 meses depois da data de término (mostre o Cartão de Residente com o carimbo “申請中” ou a tela de recebimento do pedido on-line).
residence-period-step-5 = Se você se tornar residente permanente ou obtiver a nacionalidade japonesa, também precisa fazer no balcão o trâmite para mudar a data de validade.
residence-period-step-6 = Se você tem o “Cartão de Residente Específico” (特定在留カード: Cartão de Residente e Cartão My Number em 1 só cartão), pergunte no balcão da prefeitura da sua cidade ou à Agência de Serviços de Imigração do Japão (出入国在留管理庁).
fact-kouki-2025-certificates-ended = O Comprovante de Qualificação (資格確認書) enviado como medida temporária a todas as pessoas do Sistema de Cuidados Médicos para Idosos acima de 75 anos vale até 31 de julho de 2026 (validade de 1 ano, de agosto a julho do ano seguinte). Confira a data de validade do Comprovante de Qualificação que você tem em mãos.

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = Para a próxima pessoa (apagar o que foi digitado)
gui-next-person-short = Próxima pessoa
gui-top-settings-short = Ajustes
gui-more-below = ▼ Tem mais abaixo (role a tela para baixo)
timeline-error-out-of-range = { $field }: digite uma data de { $from } a { $to }. { $example }
example-born = ex.: 1950-10-10
example-card-expiry = ex.: 2031-10-10 (a data escrita na frente do cartão)
example-card-issued = ex.: 2021-04-01
example-applied = ex.: 2021-02-15
example-cert-expiry = ex.: 2026-10-10
example-cert-issued = ex.: 2021-04-01
example-residence = ex.: 2027-03-31 (a data escrita no seu Cartão de Residente)
gui-dates-missing = Faltam datas ou há algo para corrigir: { $fields }
gui-save-cancelled = O salvamento foi cancelado. Nada foi salvo.
gui-chart-summary = Período em que pode ser usado como Myna-Hokensho
gui-top-home-short = Início
sheet-memo = Anotações do balcão (próximo agendamento, telefone do balcão etc.)
## The sheet's first lines (issue 12)
sheet-act-by = Prazo para o trâmite: { $date } ({ $weekday })
weekday-1 = seg.
weekday-2 = ter.
weekday-3 = qua.
weekday-4 = qui.
weekday-5 = sex.
weekday-6 = sáb.
weekday-7 = dom.
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = Não é possível usar o arquivo de configuração do local { $file }: { $detail }
site-check-read = { $file } foi lido. O conteúdo é:
site-check-municipality = Município
site-check-window = Balcão
site-check-telephone = Telefone
site-check-hours = Horário de atendimento
site-check-address = Endereço
site-check-closed = Dias fechados (além dos fins de semana, feriados e festas de fim de ano)
site-check-home-languages = Idiomas no Início
site-check-sheet-languages = Idiomas da folha explicativa (o primeiro é o padrão)
site-check-printer = Impressora
site-check-copies = Cópias
site-check-kiosk-idle = Tempo de inatividade do quiosque (segundos)
site-check-rules-file = Arquivo de regras
site-check-not-set = (não definido)
site-ask-here = Pergunte aqui: { $window }
site-telephone = Telefone: { $number }
site-hours = Horário: { $hours }
site-address = Local: { $address }
rules-stale = Este guia traz as informações de { $date }. Confirme as informações mais recentes no balcão.
rules-check-ok = { $file } é um arquivo de regras válido.
rules-check-version = Versão
rules-check-reviewed-on = Revisado em
rules-check-review-by = Revisar até
rules-check-values = Valores e fontes
rules-check-source = Fonte: { $source } (a partir de { $from })
gui-about = Sobre este guia
about-version = Versão: { $version }
about-rules = Regras: { $version } (revisadas em { $reviewed }; próxima revisão até { $review_by })
about-privacy = Funciona sem internet. Nunca pede o seu número My Number de 12 dígitos nem a sua senha. Em um quiosque, nada é salvo.
about-fonts = Tipos de letra: Noto Sans, Noto Sans CJK JP, Noto Sans Thai, Khmer, Myanmar e Devanagari. SIL Open Font License 1.1
about-program = Este programa: { $license }
about-sources = Fontes

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = Ler em voz alta
speech-stop = Parar
speech-preparing = Preparando a voz…
speech-reading = Lendo em voz alta
speech-error-no-device = Nenhum dispositivo de som foi encontrado. Verifique se há alto-falantes ou fones de ouvido conectados e se o volume está alto o suficiente.
speech-error-device = O som parou no meio. Toque em "Ler em voz alta" de novo.
speech-error-language = A leitura em voz alta só está disponível em japonês e em japonês fácil (やさしい日本語). Exemplo: --lang ja
speech-error-voice = Não foi possível preparar a voz. Instale o programa de novo.
speech-error-speed = Não é possível usar a velocidade “{ $value }”. Escreva um número de 0.7 a 1.2. Exemplo: --speed 0.8
speech-error-empty = Não há texto para ler. Exemplo: mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = { $file } foi salvo ({ $seconds } segundos).
gui-settings-speech = Velocidade da leitura em voz alta
gui-settings-speech-explain = Escolha um número menor para ouvir mais devagar. A tecla R lê em voz alta a parte principal da tela.
about-speech = Voz e dicionário da leitura em voz alta
about-speech-voice = Voz: HTS Voice “NIT ATR503 M001” © 2003–2012 Instituto de Tecnologia de Nagoya (Creative Commons Atribuição 3.0, CC BY 3.0)
about-speech-dictionary = Dicionário: NAIST Japanese Dictionary © 2009 Instituto de Ciência e Tecnologia de Nara (Licença BSD de 3 cláusulas; feito a partir do open-jtalk 1.11 do Debian)
about-speech-engine = Mecanismo de voz: jpreprocess e jbonsai © 2023 JPreprocess Team (Licença BSD de 3 cláusulas)
