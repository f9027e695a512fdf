# mynaho-guide — Español. Términos según shared/docs/glossary.md §A.5. El término japonés va entre
# paréntesis para que la persona pueda reconocerlo en las cartas que recibe.

## language
language-name = Español
app-title = Guía de Myna Hokensho

## answers
answer-yes = Sí
answer-no = No
answer-unknown = No lo sé
answer-insurer-employee = Seguro de salud de la empresa (Kyokai Kenpo, sociedad de seguro de salud o asociación de ayuda mutua)
answer-insurer-kokuho = Seguro de salud nacional (Kokuho de su municipalidad)
answer-insurer-kouki = Sistema Médico para Personas de 75 años o más (後期高齢者医療制度)

## quick guide (MHLW クイックガイド)
q-has-card = ¿Tiene usted la tarjeta My Number?
q-has-card-help = La tarjeta My Number es una tarjeta de plástico con su foto. No es la tarjeta de notificación de papel.
q-registered = ¿Ha registrado su tarjeta My Number para usarla como tarjeta del seguro de salud?
q-registered-help = La tarjeta My Number registrada para este uso es su “Myna Hokensho” (マイナ保険証). No le envían una tarjeta nueva.
q-insurer-type = ¿Qué seguro de salud tiene usted?
q-insurer-type-help = El nombre de su aseguradora (la entidad que administra su seguro de salud: Kyokai Kenpo, una sociedad de seguro de salud, el Kokuho de su municipalidad, etc.) aparece en su antigua tarjeta del seguro o en los documentos que recibió.

use-at-reception-title = Vamos a usarla (cómo hacer la recepción en instituciones médicas y farmacias)
use-at-reception-step-1 = Ponga su tarjeta My Number en el lector de tarjetas de la recepción.
use-at-reception-step-2 = Confirme su identidad con reconocimiento facial o con su PIN de 4 dígitos.
use-at-reception-step-3 = Siga las instrucciones de la pantalla y elija si acepta compartir la información de sus medicamentos y otros datos.
use-at-reception-step-4 = Así termina la recepción. No olvide llevarse su tarjeta.

register-title = Haga el registro (cómo registrar la tarjeta como tarjeta del seguro de salud)
register-step-1 = Puede registrarse en el lector de tarjetas de una institución médica o farmacia. Ponga la tarjeta y elija “Registrar” (登録) en la pantalla.
register-step-2 = También puede registrarse en la aplicación Mynaportal (マイナポータル) del teléfono inteligente: “Certificados” (証明書) → “Tarjeta del seguro de salud” (健康保険証) → “Registrar” (登録).
register-step-3 = También puede registrarse en un cajero automático de Seven Bank o en la ventanilla de su municipalidad.
register-step-4 = Si faltan menos de 5 días para la fecha de caducidad de su certificado electrónico, es posible que no pueda registrarse. Regístrese con tiempo.

check-registration-title = Compruebe si su tarjeta está registrada
check-registration-step-1 = En Mynaportal, abra “Tarjeta del seguro de salud” (健康保険証) y compruebe que aparece “Registrado” (登録済).
check-registration-step-2 = También puede comprobarlo poniendo la tarjeta en el lector de una institución médica o farmacia. Si no está registrada, puede registrarla allí mismo.
check-registration-step-3 = Si no estaba registrada, haga el registro.

apply-for-card-title = Cómo solicitar la tarjeta My Number
apply-for-card-step-1 = Desde la solicitud hasta recibir la tarjeta pasan de 1 a 2 meses.
apply-for-card-step-2 = Si tiene el formulario de solicitud (交付申請書): puede solicitarla con un teléfono inteligente o una computadora (código QR), o en una máquina de fotos para documentos en la calle.
apply-for-card-step-3 = Si no tiene el formulario de solicitud: pídalo en la ventanilla de su municipalidad o descárguelo, y envíe la solicitud por correo.
apply-for-card-step-4 = Hasta que llegue la tarjeta, puede ir al médico con el certificado de elegibilidad (資格確認書) que le envía su aseguradora (el seguro de salud al que pertenece). No necesita solicitar el certificado de elegibilidad.

ask-municipality-title = Compruebe si su tarjeta fue emitida y consulte en la ventanilla de su municipalidad
ask-municipality-step-1 = Mire si le llegó el aviso de entrega de la tarjeta (交付通知書, una postal) o alguna carta de la municipalidad.
ask-municipality-step-2 = Si no está seguro, pregunte en la ventanilla de su municipalidad si su tarjeta ya fue emitida.
ask-municipality-step-3 = Mientras no tenga Myna Hokensho, puede ir al médico con el certificado de elegibilidad (資格確認書).

## counter situations
situation-lost-card = Perdí mi tarjeta My Number
situation-pin-locked = Mi PIN está bloqueado
situation-reader-failed = En el hospital no pudieron leer mi tarjeta
situation-certificate-not-arrived = No me llega el certificado de elegibilidad (資格確認書)
situation-turning-75 = Voy a cumplir 75 años
situation-changed-insurer = Cambié de trabajo o de domicilio, y cambió mi seguro
situation-unregister = Quiero cancelar el registro
situation-smartphone = Quiero usar mi teléfono inteligente como Myna Hokensho

lost-card-title = Si perdió su tarjeta My Number
lost-card-step-1 = Llame enseguida al Número telefónico gratuito en general para My Number (0120-95-0178, opción 2 de la guía de voz) y pida que suspendan su tarjeta (24 horas, los 365 días del año). Si perdió un teléfono inteligente en el que había puesto las funciones de la tarjeta, también puede suspenderlo con esa misma llamada.
lost-card-step-2 = Presente una denuncia de pérdida en la policía. Para pedir la tarjeta nueva necesitará el nombre de la comisaría, su número de teléfono, el nombre del agente que le atendió y el número de recepción de la denuncia. Anótelos.
lost-card-step-3 = Avise de la pérdida en la ventanilla de su municipalidad y, si quiere una tarjeta nueva, solicítela. Cuesta 1.000 yenes y se tarda de 1 a 2 meses en recibirla. Si tiene prisa, existe la “emisión urgente” (特急発行, una forma más rápida: dentro de los 30 días desde el aviso de pérdida, aproximadamente 1 semana, 2.000 yenes).
lost-card-step-4 = Hasta que llegue la tarjeta nueva, solicite a su aseguradora (el seguro de salud al que pertenece) el certificado de elegibilidad (資格確認書) y úselo para ir al médico.
lost-card-step-5 = Si encuentra la tarjeta, avise en la ventanilla de su municipalidad.

pin-locked-title = Si su PIN está bloqueado
pin-locked-step-1 = El PIN de 4 dígitos se bloquea si se equivoca 3 veces seguidas.
pin-locked-step-2 = En instituciones médicas y farmacias puede usar la tarjeta con reconocimiento facial o con la verificación visual del personal (el personal compara la foto de la tarjeta con su cara).
pin-locked-step-3 = Para volver a configurar el PIN, vaya a la ventanilla de su municipalidad con la tarjeta y un documento de identidad.

reader-failed-title = Si el lector de tarjetas no pudo leer su tarjeta
reader-failed-step-1 = Muestre su tarjeta My Number junto con la pantalla “Tarjeta del seguro de salud” (健康保険証) de Mynaportal en su teléfono inteligente, o junto con el PDF descargado desde esa pantalla.
reader-failed-step-2 = O muestre su tarjeta My Number junto con el Aviso de información de elegibilidad (資格情報のお知らせ). Solo con el Aviso no le pueden atender.
reader-failed-step-3 = Si no tiene ninguno de los dos, muestre su tarjeta My Number y llene en la recepción la declaración de la condición de asegurado (被保険者資格申立書).

kakuninsho-step-why = Puede que no le haya llegado porque cambió de domicilio, porque todavía tiene una Myna Hokensho que se puede usar, o por un retraso en los trámites.
kakuninsho-employee-title = No llega el certificado de elegibilidad (資格確認書): seguro de salud de la empresa
kakuninsho-employee-step-1 = Pregunte al encargado de personal o de asuntos generales de su trabajo, o a su aseguradora (Kyokai Kenpo, sociedad de seguro de salud o asociación de ayuda mutua).
kakuninsho-kokuho-title = No llega el certificado de elegibilidad (資格確認書): Seguro de salud nacional
kakuninsho-kokuho-step-1 = Pregunte en la ventanilla del Seguro de salud nacional de su municipalidad.
kakuninsho-kouki-title = No llega el certificado de elegibilidad (資格確認書): Sistema Médico para Personas de 75 años o más
kakuninsho-kouki-step-1 = Pregunte en la ventanilla del Sistema Médico para Personas de 75 años o más (後期高齢者医療) de su municipalidad.
kakuninsho-kouki-step-2 = Desde agosto de 2026, quienes no tienen Myna Hokensho reciben el certificado de elegibilidad (資格確認書) y quienes la tienen reciben el Aviso de información de elegibilidad (資格情報のお知らせ). Lo que se hace con las personas de 85 años o más puede variar según la asociación regional (広域連合).
kakuninsho-unknown-title = No llega el certificado de elegibilidad (資格確認書): no sé cuál es mi seguro
kakuninsho-unknown-step-1 = Busque el nombre de su aseguradora (el seguro de salud al que pertenece) en su antigua tarjeta del seguro o en las cartas que recibió.
kakuninsho-unknown-step-2 = Si no está seguro, pregunte en la ventanilla de su municipalidad.

turning-75-title = Cuando cumpla 75 años
turning-75-step-1 = Al cumplir 75 años no necesita hacer ningún trámite. El registro de su Myna Hokensho sigue igual.
turning-75-step-2 = La asociación regional (広域連合) del Sistema Médico para Personas de 75 años o más le enviará, a través de su municipalidad, el certificado de elegibilidad (資格確認書) o el Aviso de información de elegibilidad (資格情報のお知らせ). Solo con el Aviso no le pueden atender: muéstrelo junto con su Myna Hokensho.
turning-75-step-3 = En el seguro de salud de la empresa, los familiares (menores de 75 años) que estaban a cargo de la persona que cumple 75 años deben hacer el trámite para entrar en el Seguro de salud nacional u otro seguro.

changed-insurer-title = Cuando cambió su seguro
changed-insurer-step-1 = Entregue los documentos necesarios a su nueva aseguradora (el seguro de salud en el que va a entrar).
changed-insurer-step-2 = Los datos de su Myna Hokensho tardan unos 10 días en actualizarse. Para estar tranquilo, compruébelo en Mynaportal antes de ir al médico.
changed-insurer-step-3 = Si va al médico antes de que se actualicen, muestre el certificado de elegibilidad (資格確認書) que le envió su nueva aseguradora. Si no le ha llegado, muestre su tarjeta My Number y llene en la recepción la declaración de la condición de asegurado (被保険者資格申立書).

unregister-title = Si quiere cancelar el registro
unregister-step-1 = Entregue el formulario de cancelación a su aseguradora (el seguro de salud al que pertenece). Seguro de salud nacional de su municipalidad y Sistema Médico para Personas de 75 años o más: en la ventanilla de su municipalidad. Asociación de Seguro de salud nacional (国民健康保険組合): en la propia asociación.
unregister-step-2 = Después de la cancelación, su aseguradora le enviará el certificado de elegibilidad (資格確認書).
unregister-step-3 = Puede comprobar en Mynaportal si el registro fue cancelado.

smartphone-title = Cómo usar su teléfono inteligente como Myna Hokensho
smartphone-step-1 = Desde el 19 de septiembre de 2025 puede usar su teléfono inteligente en las instituciones médicas y farmacias que lo aceptan (busque la pegatina).
smartphone-step-2 = La configuración se hace en la aplicación Mynaportal. Necesita la tarjeta My Number física.
smartphone-step-3 = Algunas instituciones médicas no lo aceptan. Lleve también la tarjeta.

## what to bring, where to go
bring-card = Tarjeta My Number
bring-pin = PIN de 4 dígitos (certificado electrónico para identificar al usuario)
bring-photo = Foto de su cara (para la solicitud)
bring-id = Documento de identidad (licencia de conducir, etc.)
bring-application-form = Formulario de solicitud (交付申請書), si lo tiene
bring-letters = Cartas de la municipalidad o de la aseguradora
bring-police-number = Nombre y teléfono de la comisaría, nombre del agente que le atendió y número de recepción de la denuncia de pérdida
bring-oshirase = Aviso de información de elegibilidad (資格情報のお知らせ), si lo tiene
where-clinic = Recepción de la institución médica o farmacia
where-smartphone = Aplicación Mynaportal (マイナポータル) del teléfono inteligente
where-municipality = Ventanilla de su municipalidad
where-municipality-kokuho = Ventanilla del Seguro de salud nacional de su municipalidad
where-municipality-kouki = Ventanilla del Sistema Médico para Personas de 75 años o más de su municipalidad
where-police = Comisaría o puesto de policía (koban)
where-insurer = Su aseguradora (seguro de salud de la empresa, Seguro de salud nacional de su municipalidad, etc.)
where-employer = Encargado de personal o de asuntos generales de su trabajo

## hotlines (rules file)
hotline-general = Número telefónico gratuito en general para My Number (en japonés)
hotline-general-hours = Días laborables 9:30–20:00; sábados, domingos y festivos 9:30–17:30 (suspensión por pérdida o robo: 24 horas, los 365 días del año)
hotline-foreign-system = Línea en idiomas extranjeros (sistema, Mynaportal)
hotline-foreign-system-hours = Días laborables 9:30–20:00; sábados, domingos y festivos 9:30–17:30
hotline-foreign-card = Línea en idiomas extranjeros (tarjeta, certificado electrónico, pérdida)
hotline-foreign-card-hours = Inglés, chino, coreano, español y portugués: 8:30–20:00; tailandés, nepalí, indonesio, vietnamita y tagalo: 9:00–18:00

## dated facts (rules file)
fact-legacy-cards-ended = Las antiguas tarjetas del seguro de salud se pudieron usar hasta el 1 de diciembre de 2025 (desde el 2 de diciembre ya no se pueden usar).
fact-legacy-kouki-ended = Las tarjetas del seguro del Sistema Médico para Personas de 75 años o más se pudieron usar hasta el 31 de julio de 2025 (desde el 1 de agosto ya no se pueden usar).
fact-clinic-tolerance = Hasta finales de marzo de 2026 hay una medida provisional: la institución médica puede decidir atenderle con una tarjeta del seguro caducada o solo con el Aviso de información de elegibilidad (資格情報のお知らせ).
fact-clinic-tolerance-ended = La medida provisional que permitía ir al médico con una tarjeta del seguro caducada o solo con el Aviso de información de elegibilidad (資格情報のお知らせ) estaba prevista hasta finales de marzo de 2026 (no hemos encontrado ningún aviso de prórroga).
fact-kouki-blanket = Hasta el 31 de julio de 2026, todas las personas del Sistema Médico para Personas de 75 años o más (後期高齢者医療) reciben el certificado de elegibilidad (資格確認書) (medida provisional).
fact-kouki-status-based = Desde agosto de 2026, en el Sistema Médico para Personas de 75 años o más (後期高齢者医療), quienes no tienen Myna Hokensho reciben el certificado de elegibilidad (資格確認書) y quienes la tienen reciben el Aviso de información de elegibilidad (資格情報のお知らせ).
fact-kouki-85-plus = Hay asociaciones regionales (広域連合) que informan que, por un cambio en la política del gobierno nacional, envían el certificado de elegibilidad (資格確認書) a todas las personas que tenían 85 años o más el 1 de agosto de 2026.
fact-reported-by-one = Puede ser diferente donde usted vive.

## timeline
status-valid = Válida: puede usarla como Myna Hokensho
status-grace = Período de gracia (un plazo corto después de la fecha de caducidad): sirve como tarjeta del seguro de salud, pero no se comparte la información de sus medicamentos, etc.
status-expired = Caducada: ya no puede usarla como Myna Hokensho
status-valid-act = Renuévela a más tardar el { $date }.
status-grace-act = Renuévela en la ventanilla de su municipalidad a más tardar el { $date }.
status-expired-act = Renuévela en la ventanilla de su municipalidad. Mientras tanto, vaya al médico con el certificado de elegibilidad (資格確認書) que le envía su aseguradora.
timeline-today = Hoy
timeline-card = Tarjeta My Number (la tarjeta misma)
timeline-certificate = Certificado electrónico (para identificar al usuario)
timeline-expiry = Fecha de caducidad
timeline-renewal-opens = Empieza la renovación
timeline-grace-last-day = Último día del período de gracia
timeline-registration-cutoff = Fecha límite aproximada para el registro
timeline-full-function-until = Último día con todas las funciones
timeline-usable-until = Último día en que sirve como Myna Hokensho
timeline-status = Estado de hoy
timeline-act-by = Fecha límite del trámite
timeline-facts = Lo que se aplica hoy
band-valid = Válida
band-renewal = Período de renovación
band-grace = Período de gracia (solo como tarjeta del seguro de salud)
band-expired = Caducada
warning-leap-day-birthday = Para las personas nacidas el 29 de febrero, en los años no bisiestos se tomó el 28 de febrero como cumpleaños. Compruebe la fecha escrita en la tarjeta.
warning-computed-not-printed = La fecha de caducidad de la tarjeta es una fecha calculada. La fecha correcta es la que está impresa en la tarjeta.
printed-dates-prevail = Valen las fechas escritas en la tarjeta y en las cartas.

## fields (named in error messages)
field-today = Fecha de hoy (--today)
field-born = Fecha de nacimiento (--born)
field-card-expiry = Fecha de caducidad de la tarjeta (--card-expiry)
field-card-issued = Fecha de emisión de la tarjeta (--card-issued)
field-applied = Fecha de solicitud (--applied)
field-cert-expiry = Fecha de caducidad del certificado electrónico (--cert-expiry)
field-cert-issued = Fecha de emisión del certificado electrónico (--cert-issued)

## errors
date-error-empty = { $field }: no se ha escrito ninguna fecha.
date-error-unrecognised = { $field }: “{ $input }” no se puede leer como fecha.
date-error-month = { $field }: no existe el mes { $month }.
date-error-day = { $field }: no existe el día { $day }/{ $month }/{ $year }.
date-error-era-unknown = { $field }: no se puede usar la era “{ $era }” (明治 Meiji, 大正 Taisho, 昭和 Showa, 平成 Heisei, 令和 Reiwa).
date-error-outside-era = { $field }: la era { $era } va del { $first } al { $last }.
date-error-before-era = { $field }: { $era } empieza el { $first }.
date-accepted-forms = Formas aceptadas: 2026-03-15, 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, S25.10.10 (también con caracteres de ancho completo)
timeline-error-born-needed = { $field }: este dato se necesita para calcular la fecha de caducidad a partir de la fecha de emisión.
timeline-error-before-birth = { $field } es anterior a la fecha de nacimiento.
timeline-error-applied-after-issue = { $field } es posterior a la fecha de emisión de la tarjeta.
timeline-error-card-needed = Escriba la fecha de caducidad de la tarjeta (--card-expiry) o su fecha de emisión (--card-issued).
guide-error-data = Hay un error en los datos de la guía: { $detail }
guide-error-situation = No existe la situación “{ $value }”. Opciones válidas: { $accepted }
guide-error-question = No existe la pregunta “{ $value }”. Opciones válidas: { $accepted }
guide-error-answer = “{ $value }” no es una respuesta válida para “{ $question }”. Opciones válidas: { $accepted }
rules-error = No se puede leer el archivo de reglas { $file }: { $detail }
lang-error = No existe el idioma “{ $value }”. Opciones válidas: { $accepted }
answer-format-error = Escriba --answer en la forma KEY=VALUE (clave=valor), por ejemplo has-card=yes: “{ $value }”
output-write-error = No se pudo escribir la salida: { $reason }
no-display = No hay pantalla: use una sesión de escritorio, o los comandos: mynaho-guide --help
cli-error-unknown-argument = No existe la opción “{ $arg }”.
cli-error-unknown-command = No existe el comando “{ $value }”. Opciones válidas: { $accepted }
cli-error-did-you-mean = ¿Quiso decir { $suggestion }?
cli-error-invalid-value = { $arg }: “{ $value }” no es válido. Opciones válidas: { $accepted }
cli-error-value-needed = { $arg } necesita un valor (por ejemplo { $example }).
cli-error-number = { $arg }: “{ $value }” no es válido. Escriba un número entero de { $min } a { $max } (por ejemplo { $example }).
cli-error-missing = Falta también { $arg } (por ejemplo { $example }).
cli-error-requires = { $arg } solo funciona junto con { $needed } (por ejemplo { $example }).
cli-error-conflict = { $arg } y { $other } no se pueden usar juntos: indique solo uno de ellos.
cli-error-repeated = { $arg } aparece 2 veces o más: indíquelo solo 1 vez.
cli-error-not-utf8 = { $arg }: el texto no se puede leer (use UTF-8)
cli-error-window-only = { $arg } es para la ventana: no se puede usar con el comando { $command }.
cli-error-other = No se pudo leer la línea de comandos: { $detail }
cli-error-help = Para ver las opciones: { $command }
answer-repeated = --answer { $key } aparece 2 veces o más: para 1 pregunta, dé solo 1 respuesta.
answer-not-asked = --answer { $key } no se usaría: con estas respuestas la guía no hace esta pregunta (recorrido: { $path }).
sheet-error-card-needed = { $arg } solo funciona con la fecha de caducidad de la tarjeta (--card-expiry) o su fecha de emisión (--card-issued): indique también una de ellas (por ejemplo --card-expiry 2031-03-15).

## command-line text output
cli-outcome = Resultado
cli-question = Pregunta
cli-choices = Respuestas
cli-steps = Qué hacer
cli-bring = Qué llevar
cli-where = Adónde ir
cli-call = Llamar

## sheet
sheet-title = Su Myna Hokensho (マイナ保険証)
sheet-name-line = { $name } 様
sheet-card-expiry = Fecha de caducidad de la tarjeta My Number: { $date }
sheet-cert-expiry = Fecha de caducidad del certificado electrónico (電子証明書): { $date }
sheet-timeline-card = Lo que viene (según la fecha de caducidad de la tarjeta My Number)
sheet-timeline-cert = Lo que viene (según la fecha de caducidad del certificado electrónico)
sheet-dates-until = hasta el { $date }
sheet-dates-range = del { $from } al { $to }
sheet-dates-from = desde el { $date }
sheet-todo-wait = Ahora no tiene que hacer ningún trámite. La renovación se puede hacer a partir del { $date }.
sheet-todo-letter = Cuando se acerque la fecha de caducidad, recibirá un aviso de caducidad (有効期限通知書) en un sobre azul. Cuando llegue, haga la renovación.
sheet-todo-card-3 = Renovar la tarjeta porque llega su fecha de caducidad es gratis. Para solicitarla necesita una foto.
sheet-todo-cert-2 = Lleve su tarjeta My Number y su PIN de 4 dígitos.
sheet-todo-cert-3 = Si renueva dentro del período de gracia (un plazo corto después de la fecha de caducidad), no necesita volver a registrar la tarjeta como tarjeta del seguro de salud.
sheet-todo-expired-1 = En la ventanilla de su municipalidad, renueve el certificado electrónico o solicite una tarjeta nueva.
sheet-todo-expired-2 = Después de renovar, vuelva a registrar la tarjeta como tarjeta del seguro de salud. También puede hacerlo en el lector de tarjetas de un hospital, clínica o farmacia.
sheet-todo-expired-3 = Mientras tanto, vaya al médico con el certificado de elegibilidad (資格確認書) que le envía su aseguradora. Si no le llega, consulte a su aseguradora.
sheet-contacts-heading = Contactos
sheet-contact-languages = Idiomas (información de J-LIS al { $date }): { $languages }
sheet-contact-insurer = Su aseguradora (保険者) o la ventanilla de su municipalidad (市区町村の窓口)
sheet-contact-insurer-detail = Consulte aquí sobre el certificado de elegibilidad (資格確認書) y su seguro. El nombre de su aseguradora figura en sus cartas y en su antigua tarjeta del seguro.
sheet-no-hotline = Ninguna línea telefónica atiende en su idioma. Llame a la línea en japonés (0120-95-0178) junto con alguien que hable japonés.
sheet-no-hotline-show = Muestre esto al personal. Dice: "Esta persona no habla suficiente japonés y ninguna línea telefónica atiende en su idioma. Por favor, ayúdenle con el trámite."
sheet-footer = Reglas { $version } (al { $reviewed }) · impreso el { $date }
sheet-error = No se pudo crear la hoja explicativa: { $reason }
sheet-saved = Hoja explicativa guardada: { $path }
sheet-save-error = No se pudo guardar la hoja explicativa ({ $path }): { $reason }
sheet-error-guide-incomplete = Aún falta responder una pregunta de la guía: { $question }
print-job-accepted = La impresora aceptó el trabajo ({ $job }).
print-pdf-kept = El PDF se guardó aquí; puede conservarlo o imprimirlo en otra impresora: { $path }
print-error-not-installed = El sistema de impresión (CUPS) no está instalado.
print-error-no-scheduler = El sistema de impresión (CUPS) no está en funcionamiento.
print-error-no-printer = No hay ninguna impresora configurada.
print-error-no-default = Hay varias impresoras y ninguna es la predeterminada. Elija una con --printer.
print-error-unknown-printer = No existe ninguna impresora llamada «{ $printer }».
print-error-refused = La impresora no aceptó el trabajo: { $reason }
print-error-temp-file = No se pudo guardar el PDF para imprimir: { $reason }
printers-default = (predeterminada)
printers-no-default = No hay ninguna impresora predeterminada.

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = Inicio
gui-top-settings = Tamaño del texto y ajustes
gui-back = ← Volver
gui-restart = Empezar de nuevo
gui-language = Idioma (Language / ことば)
gui-home-title = Usar su tarjeta My Number en el médico
gui-home-intro = Esta guía le explica, paso a paso, cómo usar su tarjeta My Number como tarjeta del seguro de salud: la Myna Hokensho (マイナ保険証).
gui-home-guide = Responder unas preguntas
gui-home-guide-explain = Responda «sí» o «no» y verá qué hacer en la recepción.
gui-home-dates = Comprobar las fechas de mi tarjeta
gui-home-dates-explain = Con su fecha de nacimiento y las fechas de la tarjeta: hasta cuándo sirve y cuándo renovarla.
gui-home-problem = Tengo un problema
gui-home-problem-explain = Elija entre problemas frecuentes, como perder la tarjeta o tener el PIN bloqueado.
gui-home-keys = Teclado: las teclas de números eligen, Enter continúa, Esc vuelve atrás.
gui-problem-title = ¿Cuál es el problema?
gui-problem-explain = Elija el más parecido.
gui-guide-step = Pregunta { $number }
gui-guide-answer-hint = Si no está seguro, elija «No lo sé». Puede cambiarlo después.
gui-guide-so-far = Sus respuestas hasta ahora
gui-guide-diagram = Toda la guía (donde está usted aparece en color)
gui-guide-missing = No se pudieron cargar los datos de la guía. Avise a un miembro del personal.
gui-outcome-label = Qué hacer
gui-outcome-review = Revisar e imprimir
gui-outcome-dates = Comprobar también las fechas de mi tarjeta
gui-node-has-card = ¿Tiene tarjeta?
gui-node-registered = ¿Registrada?
gui-node-use-at-reception = Usarla en recepción
gui-node-register = Registrarla
gui-node-check-registration = Comprobar el registro
gui-node-apply-for-card = Solicitar la tarjeta
gui-node-ask-municipality = Preguntar a la municipalidad
gui-dates-title = Comprobar las fechas de mi tarjeta
gui-dates-forms = Escriba la fecha en cualquiera de estas formas: 昭和25年10月10日, S25.10.10, 1950-10-10 o １９５０年１０月１０日 (cifras de ancho completo).
gui-dates-placeholder = Escriba la fecha aquí
gui-dates-example = Aquí aparecerá la fecha tal como se ha leído.
gui-dates-born = Fecha de nacimiento
gui-dates-born-explain = Se necesita para el cálculo. Está en el frente de la tarjeta.
gui-dates-card = La tarjeta My Number
gui-dates-card-expiry = Fecha de caducidad de la tarjeta (impresa en la tarjeta)
gui-dates-card-expiry-explain = La fecha «有効期限» del frente de la tarjeta. Es la más fiable.
gui-dates-card-issued = Fecha de emisión de la tarjeta
gui-dates-card-issued-explain = Úsela si no encuentra la fecha de caducidad; entonces se calcula a partir de esta fecha (no es el día en que recogió la tarjeta).
gui-dates-cert = Certificado electrónico
gui-dates-cert-explain = El certificado electrónico es la «prueba de que es usted» guardada en la tarjeta. Tiene su propia fecha de caducidad, normalmente cada 5 años.
gui-dates-cert-unknown = No lo sé
gui-dates-cert-expiry = Fecha de caducidad del certificado electrónico
gui-dates-cert-issued = Fecha de emisión del certificado electrónico (cuando se renovó)
gui-dates-cert-where = Está en el reverso de la tarjeta, en el aviso del sobre azul y en Mynaportal.
gui-dates-need-card = Escriba la fecha de la tarjeta para ver el resultado.
gui-dates-show = Ver el resultado
gui-dates-edit = Cambiar las fechas
gui-dates-incomplete = Faltan fechas o no se pueden leer. Corrija las que están en rojo.
gui-rules-missing = No se pudieron cargar las reglas. Avise a un miembro del personal.
gui-dates-result-title = Resultado
gui-status-renew-now = Ya puede renovarla. Es gratis en la ventanilla de su municipalidad.
gui-status-nothing-yet = Por ahora no tiene que hacer nada. Cuando se acerque la fecha, llegará un aviso en un sobre azul.
gui-status-grace-hurry = Después de ese día ya no servirá como Myna Hokensho. Antes de esa fecha, renuévela en la ventanilla de su municipalidad.
gui-status-ask-insurer = Si no le llega el certificado de elegibilidad (資格確認書), consulte a su aseguradora.
gui-chart-title = Línea de tiempo
gui-key-dates = Fechas importantes
gui-key-card-expiry = Fecha de caducidad de la tarjeta
gui-key-card-renewal = Renovación de la tarjeta posible desde
gui-key-cert-expiry = Fecha de caducidad del certificado electrónico
gui-key-cert-renewal = Renovación del certificado electrónico posible desde
gui-pair = { $label }: { $value }
gui-warnings = Atención
gui-review-title = Revisar e imprimir
gui-review-explain = Si algo está mal, pulse «Cambiar». Puede mostrar la hoja impresa en la ventanilla o en la clínica.
gui-review-guide = Sus respuestas
gui-review-dates = Fechas
gui-review-not-entered = Aún no escrito
gui-review-edit-guide = Cambiar las respuestas
gui-review-edit-dates = Cambiar las fechas
gui-review-sheet = La hoja impresa
gui-review-sheet-explain = Imprima solo en japonés, o en japonés junto a otro idioma.
gui-sheet-ja-only = Solo japonés
gui-review-large-print = Letra grande
gui-review-copies = copias
gui-review-name = Nombre (se imprime en la hoja; puede dejarlo vacío)
gui-review-name-explain = El nombre no se guarda en ningún lugar.
gui-review-print = Imprimir
gui-review-save = Guardar como PDF
gui-review-no-save-kiosk = En este equipo no se puede guardar (sí imprimir).
gui-print-working = Preparando…
gui-tell-staff = Avise a un miembro del personal.
gui-settings-title = Tamaño del texto y ajustes
gui-settings-size = Tamaño del texto
gui-settings-size-explain = Todo lo de la pantalla se hace más grande. También con Ctrl y + o −.
gui-settings-contrast = Colores
gui-settings-contrast-explain = Si le cuesta leer la pantalla, elija «Alto contraste»: texto blanco sobre negro.
gui-settings-contrast-normal = Normal
gui-settings-contrast-high = Alto contraste (blanco sobre negro)
gui-idle-countdown = Nadie ha tocado la pantalla desde hace un rato. Se volverá al inicio en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
gui-idle-explain = Se borrará todo lo escrito. Toque la pantalla para continuar.
gui-idle-continue = Continuar

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = Hay que comprobarlo: la fecha de caducidad no es segura
status-check-act = Primero, averigüe cuál es la fecha de caducidad real.
status-expired-card = Ya pasó la fecha de caducidad de la tarjeta My Number misma: { $date }.
status-expired-cert = Ya pasó la fecha de caducidad del certificado electrónico (電子証明書): { $date }.
check-card-ambiguous = Según el día en que hizo la solicitud, la fecha de caducidad de la tarjeta es el { $early } o el { $late }. Mire la fecha impresa en el frente de la tarjeta.
check-cert-renewal = Según si lo renovó con anticipación o no, la fecha de caducidad del certificado electrónico es el { $early } o el { $late }.
check-cert-assumed = Si el certificado electrónico nunca se renovó, su fecha de caducidad es el { $date }. Si se renovó, es una fecha posterior.
check-usable-if-earliest = Si la fecha correcta es la más temprana, puede usarla como Myna Hokensho hasta el { $date }.
check-how = Cómo averiguarlo: en la pantalla de Mynaportal (マイナポータル), en el mensaje del lector de tarjetas de una institución médica o farmacia, en el aviso de caducidad (有効期限通知書) que J-LIS envía de 2 a 3 meses antes de la fecha, o en la ventanilla de su municipalidad.
warning-card-application-date-needed = No se sabe el día en que se recibió su solicitud, por eso la tarjeta tiene 2 fechas de caducidad posibles. Para estar seguro, escriba la fecha de caducidad impresa en la tarjeta.
warning-certificate-renewal-unknown = Si este certificado electrónico se renovó en los 3 meses antes de que caducara el anterior, dura 1 año más. Compruebe cuál es su caso.
warning-certificate-assumed = No se escribió ninguna fecha del certificado electrónico, así que se calculó suponiendo que se emitió junto con la tarjeta y que nunca se renovó. La fecha de caducidad real se puede ver en Mynaportal, en el lector de tarjetas de una institución médica o farmacia, en el aviso de caducidad (有効期限通知書) que envía J-LIS o en la ventanilla de su municipalidad.
warning-certificate-after-card = La fecha de caducidad del certificado electrónico es posterior a la fecha de caducidad calculada de la tarjeta. Compruebe la fecha impresa en la tarjeta.
warning-residence-no-reminder = La fecha de caducidad de su tarjeta es el último día de su período de estadía. Después de prorrogar o cambiar su período de estadía, vaya a la ventanilla de su municipalidad antes de la fecha de caducidad anterior, con su nueva tarjeta de residencia (在留カード), su tarjeta My Number y su PIN de 4 dígitos, para cambiar la fecha de caducidad de la tarjeta. No le enviarán ninguna carta de aviso. El certificado electrónico también se emite de nuevo.
dispute-card-grace-months = Algunas municipalidades dan 3 meses de período de gracia después de que caduca la tarjeta misma; aquí se calcula con el plazo más corto, de 2 meses.
dispute-renewal-opens = Algunas municipalidades aceptan la renovación a partir del día siguiente a la fecha de “3 meses antes”.
timeline-expiry-either = { $early } o { $late }
timeline-basis = Cómo se obtuvo la fecha
basis-entered = escrita por usted
basis-computed = calculada
basis-ambiguous = 2 fechas posibles (se usa la más temprana)
basis-assumed = supuesta (no se escribió ninguna fecha)
timeline-limited-by-residence = La fecha de caducidad depende del fin del período de estadía
timeline-apply-by = Fecha límite para solicitar la tarjeta nueva
timeline-renew-by = Fecha límite para renovar el certificado electrónico
sheet-card-expiry-either = Fecha de caducidad de la tarjeta My Number: { $early } o { $late } (hay que comprobarla)
sheet-cert-expiry-either = Fecha de caducidad del certificado electrónico (電子証明書): { $early } o { $late } (hay que comprobarla)
sheet-after-that = Después: { $title }
sheet-todo-check-1 = Averigüe la fecha de caducidad real. Si está cerca o ya pasó, renueve en la ventanilla de su municipalidad.
sheet-todo-card-apply = Solicite una tarjeta nueva entre el { $from } y el { $to } (por correo, por teléfono inteligente, en una cabina de fotos de la calle o en la ventanilla de su municipalidad). Se tarda de 1 a 2 meses en recibirla.
sheet-todo-card-gap = Si la solicita después del { $date }, pida también a su aseguradora el certificado de elegibilidad (資格確認書), para usarlo hasta que llegue la tarjeta nueva.
sheet-todo-cert-by = Renueve el certificado electrónico en la ventanilla de su municipalidad a más tardar el { $date }. Se hace en el mismo día y es gratis.
sheet-todo-residence = Después de prorrogar su período de estadía, cambie la fecha de caducidad de la tarjeta en la ventanilla de su municipalidad antes del { $date }.
timeline-error-after-today = { $field } es posterior a la fecha de hoy.
timeline-error-before-first-card = { $field }: no había tarjetas My Number antes del 5 de octubre de 2015. Compruebe la fecha.
timeline-error-cert-before-card = La fecha de emisión del certificado electrónico es anterior a la fecha de emisión de la tarjeta. Compruebe las fechas.
timeline-error-cert-after-card = La fecha de caducidad del certificado electrónico es posterior a la fecha de caducidad de la tarjeta. Compruebe una de las dos.
date-error-year-range = { $field }: no se acepta el año { $year } (de 1868 a 2200). Ejemplo: 1950-10-10
field-cert-renewal = Renovación anticipada (--cert-renewal)
field-residence-until = Fin del período de estadía (--residence-until)
gui-dates-applied = Fecha de solicitud (día en que se recibió la solicitud)
gui-dates-applied-explain = Según el día en que hizo la solicitud, la tarjeta puede tener 2 fechas de caducidad posibles. Escriba ese día si lo sabe; si no, escriba la fecha de caducidad impresa en la tarjeta.
gui-dates-renewal-question = ¿Renovó el certificado electrónico antes de que caducara?
gui-dates-renewal-explain = Responda «Sí» si lo renovó en los 3 meses antes de que caducara el certificado electrónico anterior. Entonces dura 1 año más.
gui-dates-foreign = Persona extranjera con período de estadía (en su tarjeta de residencia figura una fecha límite)
gui-dates-residence = Fin del período de estadía
gui-dates-residence-explain = La fecha de «在留期間（満了日）» (período de estadía, fecha de fin) de su tarjeta de residencia (在留カード). Los residentes permanentes (永住者), los profesionales altamente calificados (ii) (高度専門職2号) y los residentes permanentes especiales (特別永住者) pueden dejarlo vacío.
band-unsure = No se sabe (hay que comprobarlo)
sheet-timeline-earliest-note = El gráfico usa la fecha más temprana. Averigüe la fecha de caducidad real.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = La impresora «{ $printer }» está en pausa. Avise a un miembro del personal.
print-error-rejecting = La impresora «{ $printer }» no acepta trabajos en este momento. Avise a un miembro del personal.
print-error-timed-out = El sistema de impresión ({ $program }) no respondió en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Avise a un miembro del personal.
print-error-stuck = La hoja sigue esperando en la cola de la impresora (trabajo { $job }). Avise a un miembro del personal.
print-error-cancelled = Se canceló la impresión.
printers-keeps-job-files = Nota: este servidor de impresión guarda los datos de los documentos impresos (CUPS PreserveJobFiles). En los equipos de ventanilla y de quiosco, configure «PreserveJobFiles No».
gui-print-busy = Imprimiendo. Espere hasta que termine.
gui-review-dates-invalid = Hay fechas que corregir, así que todavía no se puede imprimir la hoja. Pulse «Cambiar las fechas» para corregirlas.

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = Asociación de Seguro de salud nacional (国民健康保険組合: la asociación de Kokuho de un oficio, como la de la construcción o la de médicos)
kakuninsho-kumiai-title = No llega el certificado de elegibilidad (資格確認書): asociación de Seguro de salud nacional (国民健康保険組合)
kakuninsho-kumiai-step-1 = Pregunte a la asociación de Seguro de salud nacional a la que pertenece. El certificado de elegibilidad (資格確認書) se lo envía la asociación. Sus datos de contacto están en los documentos que le envió la asociación.
kakuninsho-meanwhile-mynaho = Si necesita ir al médico antes de que llegue y ya registró su tarjeta My Number como tarjeta del seguro de salud, puede usarla como Myna Hokensho. Si no la registró, puede registrarla allí mismo en el lector de tarjetas de la institución médica o farmacia.
kakuninsho-meanwhile-form = O muestre su tarjeta My Number y llene en la recepción la declaración de la condición de asegurado (被保険者資格申立書).
oshirase-not-alone = El Aviso de información de elegibilidad (資格情報のお知らせ) es un documento distinto del certificado de elegibilidad (資格確認書). Solo con el Aviso no le pueden atender.
full-cost-risk = Si no puede mostrar ni la tarjeta My Number ni el certificado de elegibilidad (資格確認書), es posible que tenga que pagar el total de los gastos médicos (10割).
kakuninsho-70-74 = Las personas de 70 a 74 años pueden necesitar, además del certificado de elegibilidad (資格確認書), la tarjeta de beneficiario de edad avanzada (高齢受給者証). Si la recibió, muéstrela también.
kakuninsho-kouki-youhairyo = Las personas a las que les cuesta usar la tarjeta (con certificación de necesidad de cuidados o de apoyo, con libreta de discapacidad, que viven en una residencia, con tutela de adultos, etc.) pueden solicitar el certificado de elegibilidad (資格確認書). Solo hay que solicitarlo 1 vez, la primera; después se lo siguen enviando. Si vive en una residencia, el personal de la residencia también puede solicitarlo en su nombre.
reader-failed-step-4 = Si la tarjeta está sucia o su chip IC está dañado, no se puede leer. Comuníquese con la ventanilla de la tarjeta My Number de su municipalidad.
turning-75-ask = Para consultas sobre el Sistema Médico para Personas de 75 años o más, pregunte a la asociación regional (後期高齢者医療広域連合) o en la ventanilla de ese sistema de su municipalidad. El Número telefónico gratuito en general para My Number es una línea para consultas sobre la tarjeta.
where-kouki-union = Asociación regional del Sistema Médico para Personas de 75 años o más (後期高齢者医療広域連合; hay una en cada prefectura)
apply-for-card-not-required = Tener la tarjeta My Number no es obligatorio. Quienes no tienen la tarjeta reciben el certificado de elegibilidad (資格確認書) y pueden ir al médico con él.
apply-for-card-then-register = Cuando reciba la tarjeta, regístrela para usarla como tarjeta del seguro de salud. También puede hacerlo en el lector de tarjetas de una institución médica o farmacia.
bring-kakuninsho = Certificado de elegibilidad (資格確認書), si lo recibió
bring-residence-card = Tarjeta de residencia (在留カード) nueva; si su solicitud está en trámite, la que tiene el sello “申請中” (en trámite)
situation-residence-period = Mi período de estadía cambia o lo renové (personas extranjeras)
residence-period-title = La tarjeta My Number de las personas con período de estadía
residence-period-step-1 = Si usted tiene un período de estadía, la fecha de caducidad de su tarjeta es el último día de ese período o la fecha de caducidad normal (la que se fija según su fecha de nacimiento), la que llegue primero. Esto no se aplica a los residentes permanentes (永住者), los profesionales altamente calificados (ii) (高度専門職2号) ni los residentes permanentes especiales (特別永住者). No le llegará ninguna carta que avise de la fecha de caducidad.
residence-period-step-2 = Después de prorrogar o cambiar su período de estadía, vaya a la ventanilla de su municipalidad antes de la fecha de fin anterior, con su nueva tarjeta de residencia (在留カード), su tarjeta My Number y su PIN de 4 dígitos, y pida que cambien la fecha de caducidad de la tarjeta. No cambia automáticamente.
residence-period-step-3 = La fecha de caducidad del certificado electrónico no se puede cambiar, así que en la ventanilla le emiten un certificado electrónico nuevo.
residence-period-step-4 = Si todavía no tiene el resultado de su solicitud de prórroga, vaya a la ventanilla antes de que caduque la tarjeta: se puede extender 1 sola vez, hasta 2 meses después de la fecha de fin (muestre la tarjeta de residencia con el sello “申請中” o la pantalla de recepción de la solicitud en línea).
residence-period-step-5 = Si obtiene la residencia permanente o la nacionalidad japonesa, también tiene que hacer en la ventanilla el trámite para cambiar la fecha de caducidad.
residence-period-step-6 = Si tiene la “tarjeta de residencia específica” (特定在留カード: la tarjeta de residencia y la tarjeta My Number en 1 sola tarjeta), consulte en la ventanilla de su municipalidad o a la Agencia de Servicios de Inmigración de Japón (出入国在留管理庁).
fact-kouki-2025-certificates-ended = El certificado de elegibilidad (資格確認書) que se envió como medida provisional a todas las personas del Sistema Médico para Personas de 75 años o más vale hasta el 31 de julio de 2026 (validez de 1 año, de agosto a julio del año siguiente). Compruebe la fecha de caducidad del certificado de elegibilidad que tiene.

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = Para la siguiente persona (borrar lo escrito)
gui-next-person-short = Siguiente persona
gui-top-settings-short = Ajustes
gui-more-below = ▼ Hay más abajo (desplácese hacia abajo)
timeline-error-out-of-range = { $field }: escriba una fecha del { $from } al { $to }. { $example }
example-born = p. ej. 1950-10-10
example-card-expiry = p. ej. 2031-10-10 (la fecha escrita en el frente de la tarjeta)
example-card-issued = p. ej. 2021-04-01
example-applied = p. ej. 2021-02-15
example-cert-expiry = p. ej. 2026-10-10
example-cert-issued = p. ej. 2021-04-01
example-residence = p. ej. 2027-03-31 (la fecha escrita en su tarjeta de residencia)
gui-dates-missing = Faltan fechas o hay algo que corregir: { $fields }
gui-save-cancelled = Se ha cancelado el guardado. No se ha guardado nada.
gui-chart-summary = Período en que sirve como Myna Hokensho
gui-top-home-short = Inicio
sheet-memo = Notas de la ventanilla (próxima cita, teléfono de la ventanilla, etc.)
## The sheet's first lines (issue 12)
sheet-act-by = Fecha límite del trámite: { $date } ({ $weekday })
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mié.
weekday-4 = jue.
weekday-5 = vie.
weekday-6 = sáb.
weekday-7 = dom.
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = No se puede usar el archivo de configuración del lugar { $file }: { $detail }
site-check-read = Se leyó { $file }. Su contenido es:
site-check-municipality = Municipalidad
site-check-window = Ventanilla
site-check-telephone = Teléfono
site-check-hours = Horario de atención
site-check-address = Dirección
site-check-closed = Días cerrados (además de los fines de semana, los festivos y las fiestas de fin de año)
site-check-home-languages = Idiomas en Inicio
site-check-sheet-languages = Idiomas de la hoja explicativa (el primero es el predeterminado)
site-check-printer = Impresora
site-check-copies = Copias
site-check-kiosk-idle = Tiempo de inactividad del quiosco (segundos)
site-check-rules-file = Archivo de reglas
site-check-not-set = (sin configurar)
site-ask-here = Consulte aquí: { $window }
site-telephone = Teléfono: { $number }
site-hours = Horario: { $hours }
site-address = Lugar: { $address }
rules-stale = Esta guía tiene la información al { $date }. Consulte la información más reciente en la ventanilla.
rules-check-ok = { $file } es un archivo de reglas válido.
rules-check-version = Versión
rules-check-reviewed-on = Revisado el
rules-check-review-by = Revisar a más tardar el
rules-check-values = Valores y fuentes
rules-check-source = Fuente: { $source } (desde el { $from })
gui-about = Acerca de esta guía
about-version = Versión: { $version }
about-rules = Reglas: { $version } (revisadas el { $reviewed }; próxima revisión a más tardar el { $review_by })
about-privacy = Funciona sin internet. Nunca le pide su número My Number de 12 dígitos ni su PIN. En un quiosco no se guarda nada.
about-fonts = Tipos de letra: Noto Sans, Noto Sans CJK JP, Noto Sans Thai, Khmer, Myanmar y Devanagari. SIL Open Font License 1.1
about-program = Este programa: { $license }
about-sources = Fuentes

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = Leer en voz alta
speech-stop = Detener
speech-preparing = Preparando la voz…
speech-reading = Leyendo en voz alta
speech-error-no-device = No se encontró ningún dispositivo de sonido. Compruebe que haya altavoces o auriculares conectados y que el volumen esté subido.
speech-error-device = El sonido se detuvo a la mitad. Pulse «Leer en voz alta» otra vez.
speech-error-language = La lectura en voz alta solo está disponible en japonés y en japonés fácil (やさしい日本語). Ejemplo: --lang ja
speech-error-voice = No se pudo preparar la voz. Vuelva a instalar el programa.
speech-error-speed = No se puede usar la velocidad “{ $value }”. Escriba un número de 0.7 a 1.2. Ejemplo: --speed 0.8
speech-error-empty = No hay ningún texto para leer. Ejemplo: mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = Se guardó { $file } ({ $seconds } segundos).
gui-settings-speech = Velocidad de la lectura en voz alta
gui-settings-speech-explain = Elija un número más pequeño para oírlo más despacio. La tecla R lee en voz alta la parte principal de la pantalla.
about-speech = Voz y diccionario para la lectura en voz alta
about-speech-voice = Voz: HTS Voice “NIT ATR503 M001” © 2003–2012 Instituto Tecnológico de Nagoya (Creative Commons Reconocimiento 3.0, CC BY 3.0)
about-speech-dictionary = Diccionario: NAIST Japanese Dictionary © 2009 Instituto de Ciencia y Tecnología de Nara (licencia BSD de 3 cláusulas; creado a partir de open-jtalk 1.11 de Debian)
about-speech-engine = Motor de voz: jpreprocess y jbonsai © 2023 JPreprocess Team (licencia BSD de 3 cláusulas)
