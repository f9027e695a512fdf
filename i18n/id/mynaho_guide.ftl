# mynaho-guide — Bahasa Indonesia. Istilah mengikuti shared/docs/glossary.md §A.9. Istilah Jepang ditulis
# dalam tanda kurung agar bisa dicocokkan dengan surat yang diterima.

## language
language-name = Bahasa Indonesia
app-title = Panduan Myna Hokensho

## answers
answer-yes = Ya
answer-no = Tidak
answer-unknown = Tidak tahu
answer-insurer-employee = Asuransi kesehatan perusahaan (Kyokai Kenpo, perkumpulan asuransi kesehatan, atau perkumpulan bantuan bersama)
answer-insurer-kokuho = Asuransi Kesehatan Nasional (Kokuho dari kantor kota / kecamatan)
answer-insurer-kouki = Sistem Layanan Medis untuk usia 75 tahun ke atas (後期高齢者医療制度)

## quick guide (MHLW クイックガイド)
q-has-card = Apakah Anda mempunyai Kartu My Number?
q-has-card-help = Kartu My Number adalah kartu plastik dengan foto wajah Anda. Kartu ini berbeda dengan kartu pemberitahuan (dari kertas).
q-registered = Apakah Kartu My Number Anda sudah didaftarkan sebagai kartu asuransi kesehatan?
q-registered-help = Kartu My Number yang sudah didaftarkan adalah “Myna Hokensho” (マイナ保険証). Tidak ada kartu baru yang dikirim.
q-insurer-type = Anda ikut asuransi kesehatan yang mana?
q-insurer-type-help = Nama penyelenggara asuransi (保険者: lembaga yang mengelola asuransi kesehatan, misalnya Kyokai Kenpo, perkumpulan asuransi kesehatan, atau Kokuho dari kantor kota / kecamatan) tertulis di kartu asuransi lama atau di dokumen yang Anda terima.

use-at-reception-title = Mari menggunakannya (cara di resepsionis fasilitas medis dan apotek)
use-at-reception-step-1 = Letakkan Kartu My Number Anda di pembaca kartu di resepsionis.
use-at-reception-step-2 = Lakukan verifikasi identitas dengan pengenalan wajah atau PIN 4 digit.
use-at-reception-step-3 = Ikuti petunjuk di layar, lalu pilih apakah Anda setuju memberikan informasi obat dan informasi lainnya.
use-at-reception-step-4 = Selesai. Jangan lupa membawa pulang kartu Anda.

register-title = Lakukan pendaftaran (cara mendaftarkan kartu sebagai kartu asuransi kesehatan)
register-step-1 = Anda bisa mendaftar di pembaca kartu fasilitas medis atau apotek. Letakkan kartu, lalu pilih “Daftar” (登録) di layar.
register-step-2 = Anda juga bisa mendaftar di aplikasi Mynaportal (マイナポータル) di smartphone: “Sertifikat” (証明書) → “Kartu asuransi kesehatan” (健康保険証) → “Daftar” (登録).
register-step-3 = Anda juga bisa mendaftar di ATM Seven Bank atau di loket kantor kota / kecamatan.
register-step-4 = Jika tanggal kedaluwarsa sertifikat elektronik tinggal kurang dari 5 hari, pendaftaran mungkin tidak bisa dilakukan. Daftarlah sedini mungkin.

check-registration-title = Periksa status pendaftaran
check-registration-step-1 = Buka “Kartu asuransi kesehatan” (健康保険証) di Mynaportal (マイナポータル), lalu periksa apakah muncul “Sudah terdaftar” (登録済).
check-registration-step-2 = Anda juga bisa memeriksanya dengan meletakkan kartu di pembaca kartu fasilitas medis atau apotek. Jika belum terdaftar, Anda bisa mendaftar di tempat itu juga.
check-registration-step-3 = Jika ternyata belum terdaftar, lakukan pendaftaran.

apply-for-card-title = Cara mengajukan permohonan Kartu My Number
apply-for-card-step-1 = Dari pengajuan sampai menerima kartu, perlu waktu 1–2 bulan.
apply-for-card-step-2 = Jika Anda punya formulir permohonan (交付申請書): ajukan lewat smartphone atau komputer (kode QR), atau di mesin foto identitas di kota.
apply-for-card-step-3 = Jika Anda tidak punya formulir permohonan: ambil di loket kantor kota / kecamatan atau unduh, lalu kirim permohonan lewat pos.
apply-for-card-step-4 = Sampai kartu tiba, Anda bisa berobat dengan Surat Konfirmasi Kelayakan Asuransi (資格確認書) yang dikirim oleh penyelenggara asuransi (asuransi kesehatan yang Anda ikuti). Anda tidak perlu mengajukan permohonan untuk Surat Konfirmasi Kelayakan Asuransi.

ask-municipality-title = Periksa status penerbitan kartu, dan tanyakan ke loket kantor kota / kecamatan tempat tinggal Anda
ask-municipality-step-1 = Periksa apakah sudah datang surat pemberitahuan penerbitan kartu (交付通知書, berupa kartu pos) atau surat dari kantor kota / kecamatan.
ask-municipality-step-2 = Jika tidak yakin, tanyakan status penerbitan kartu di loket kantor kota / kecamatan tempat tinggal Anda.
ask-municipality-step-3 = Selama belum punya Myna Hokensho, Anda bisa berobat dengan Surat Konfirmasi Kelayakan Asuransi (資格確認書).

## counter situations
situation-lost-card = Kartu My Number saya hilang
situation-pin-locked = PIN saya terkunci
situation-reader-failed = Kartu saya tidak bisa dibaca di rumah sakit
situation-certificate-not-arrived = Surat Konfirmasi Kelayakan Asuransi (資格確認書) tidak datang
situation-turning-75 = Saya akan berusia 75 tahun
situation-changed-insurer = Pekerjaan atau alamat saya berubah, sehingga asuransi saya berubah
situation-unregister = Saya ingin membatalkan pendaftaran
situation-smartphone = Saya ingin memakai smartphone sebagai Myna Hokensho

lost-card-title = Jika Kartu My Number Anda hilang
lost-card-step-1 = Segera telepon Saluran Bebas Pulsa Umum My Number (0120-95-0178, pilih 2 pada panduan suara) dan mintalah agar kartu Anda dihentikan (24 jam, 365 hari). Jika Anda kehilangan smartphone yang berisi fungsi kartu, penghentiannya juga bisa dilakukan lewat nomor yang sama.
lost-card-step-2 = Laporkan kehilangan ke polisi (遺失届). Untuk penerbitan ulang, Anda memerlukan nama dan nomor telepon kantor polisi, nama petugas yang menangani, dan nomor penerimaan laporan kehilangan (受理番号). Catatlah semuanya.
lost-card-step-3 = Laporkan kehilangan (紛失届) di loket kantor kota / kecamatan, dan jika Anda mau, ajukan penerbitan ulang. Biayanya 1.000 yen, dan perlu 1–2 bulan sampai kartu diterima. Jika mendesak, ada juga “penerbitan kilat” (特急発行: cara membuat kartu lebih cepat; dalam 30 hari sejak laporan kehilangan, sekitar 1 minggu, 2.000 yen).
lost-card-step-4 = Sampai kartu baru tiba, ajukan permohonan Surat Konfirmasi Kelayakan Asuransi (資格確認書) ke penyelenggara asuransi (asuransi kesehatan yang Anda ikuti), lalu gunakan surat itu untuk berobat.
lost-card-step-5 = Jika kartunya ditemukan, laporkan ke loket kantor kota / kecamatan.

pin-locked-title = Jika PIN Anda terkunci
pin-locked-step-1 = PIN 4 digit akan terkunci jika salah 3 kali berturut-turut.
pin-locked-step-2 = Di fasilitas medis dan apotek, kartu tetap bisa dipakai dengan pengenalan wajah atau dengan pemeriksaan visual oleh petugas (petugas mencocokkan foto di kartu dengan wajah Anda).
pin-locked-step-3 = Untuk mengatur ulang PIN, datanglah ke loket kantor kota / kecamatan dengan membawa kartu dan dokumen identitas.

reader-failed-title = Jika pembaca kartu tidak bisa membaca kartu Anda
reader-failed-step-1 = Tunjukkan Kartu My Number bersama layar “Kartu asuransi kesehatan” (健康保険証) di Mynaportal pada smartphone, atau PDF yang diunduh dari layar itu.
reader-failed-step-2 = Atau tunjukkan Kartu My Number bersama Pemberitahuan Informasi Kelayakan (資格情報のお知らせ). Dengan pemberitahuan ini saja, Anda tidak bisa berobat.
reader-failed-step-3 = Jika tidak punya keduanya, tunjukkan Kartu My Number dan isi formulir pernyataan status tertanggung (被保険者資格申立書) di resepsionis.

kakuninsho-step-why = Alasannya bisa karena pindah alamat, karena Anda masih punya Myna Hokensho yang bisa dipakai, atau karena prosesnya terlambat.
kakuninsho-employee-title = Surat Konfirmasi Kelayakan Asuransi (資格確認書) tidak datang: asuransi kesehatan perusahaan
kakuninsho-employee-step-1 = Tanyakan ke petugas bagian personalia atau urusan umum di tempat kerja, atau ke penyelenggara asuransi (Kyokai Kenpo, perkumpulan asuransi kesehatan, atau perkumpulan bantuan bersama).
kakuninsho-kokuho-title = Surat Konfirmasi Kelayakan Asuransi (資格確認書) tidak datang: Asuransi Kesehatan Nasional
kakuninsho-kokuho-step-1 = Tanyakan ke loket Asuransi Kesehatan Nasional di kantor kota / kecamatan tempat tinggal Anda.
kakuninsho-kouki-title = Surat Konfirmasi Kelayakan Asuransi (資格確認書) tidak datang: Sistem Layanan Medis untuk usia 75 tahun ke atas
kakuninsho-kouki-step-1 = Tanyakan ke loket Sistem Layanan Medis untuk usia 75 tahun ke atas (後期高齢者医療) di kantor kota / kecamatan tempat tinggal Anda.
kakuninsho-kouki-step-2 = Sejak Agustus 2026, orang yang tidak punya Myna Hokensho menerima Surat Konfirmasi Kelayakan Asuransi (資格確認書), dan yang punya menerima Pemberitahuan Informasi Kelayakan (資格情報のお知らせ). Perlakuan untuk orang berusia 85 tahun ke atas bisa berbeda menurut gabungan wilayah (広域連合).
kakuninsho-unknown-title = Surat Konfirmasi Kelayakan Asuransi (資格確認書) tidak datang: tidak tahu jenis asuransi
kakuninsho-unknown-step-1 = Periksa nama penyelenggara asuransi (asuransi kesehatan yang Anda ikuti) di kartu asuransi lama atau di surat yang Anda terima.
kakuninsho-unknown-step-2 = Jika tidak yakin, tanyakan ke loket kantor kota / kecamatan tempat tinggal Anda.

turning-75-title = Saat berusia 75 tahun
turning-75-step-1 = Tidak perlu prosedur apa pun saat berusia 75 tahun. Pendaftaran Myna Hokensho tetap berlaku.
turning-75-step-2 = Surat Konfirmasi Kelayakan Asuransi (資格確認書) atau Pemberitahuan Informasi Kelayakan (資格情報のお知らせ) dari Sistem Layanan Medis untuk usia 75 tahun ke atas akan dikirim oleh gabungan wilayah (広域連合) melalui kantor kota / kecamatan. Dengan pemberitahuan itu saja, Anda tidak bisa berobat. Tunjukkan pemberitahuan itu bersama Myna Hokensho.
turning-75-step-3 = Jika orang yang akan berusia 75 tahun ikut asuransi kesehatan perusahaan, anggota keluarga yang menjadi tanggungannya (yang berusia di bawah 75 tahun) perlu mengurus pendaftaran ke Asuransi Kesehatan Nasional atau asuransi lain.

changed-insurer-title = Jika asuransi Anda berubah
changed-insurer-step-1 = Serahkan dokumen yang diperlukan ke penyelenggara asuransi yang baru (asuransi kesehatan yang baru Anda ikuti).
changed-insurer-step-2 = Perlu sekitar 10 hari sampai data Myna Hokensho diperbarui. Agar tenang, periksa dulu di Mynaportal sebelum berobat.
changed-insurer-step-3 = Jika berobat sebelum data diperbarui, tunjukkan Surat Konfirmasi Kelayakan Asuransi (資格確認書) yang dikirim penyelenggara asuransi yang baru. Jika surat itu belum datang, tunjukkan Kartu My Number dan isi formulir pernyataan status tertanggung (被保険者資格申立書) di resepsionis.

unregister-title = Jika ingin membatalkan pendaftaran
unregister-step-1 = Serahkan formulir pembatalan ke penyelenggara asuransi (asuransi kesehatan yang Anda ikuti). Untuk Kokuho dari kantor kota / kecamatan dan Sistem Layanan Medis untuk usia 75 tahun ke atas: di loket kantor kota / kecamatan; untuk Perkumpulan Asuransi Kesehatan Nasional: ke perkumpulan itu.
unregister-step-2 = Setelah dibatalkan, penyelenggara asuransi akan mengirim Surat Konfirmasi Kelayakan Asuransi (資格確認書).
unregister-step-3 = Anda bisa memeriksa di Mynaportal apakah pendaftaran sudah dibatalkan.

smartphone-title = Memakai smartphone sebagai Myna Hokensho
smartphone-step-1 = Sejak 19 September 2025, smartphone bisa dipakai di fasilitas medis dan apotek yang mendukungnya (lihat stikernya).
smartphone-step-2 = Pengaturannya dilakukan di aplikasi Mynaportal. Anda memerlukan Kartu My Number fisik.
smartphone-step-3 = Ada fasilitas medis yang belum bisa menerima smartphone, jadi bawalah juga kartu Anda.

## what to bring, where to go
bring-card = Kartu My Number
bring-pin = PIN 4 digit (sertifikat elektronik untuk verifikasi pengguna)
bring-photo = Foto wajah (untuk permohonan)
bring-id = Dokumen identitas (SIM, dll.)
bring-application-form = Formulir permohonan (交付申請書), jika punya
bring-letters = Surat dari kantor kota / kecamatan atau dari penyelenggara asuransi
bring-police-number = Nama dan nomor telepon kantor polisi, nama petugas yang menangani, nomor penerimaan laporan kehilangan (受理番号)
bring-oshirase = Pemberitahuan Informasi Kelayakan (資格情報のお知らせ), jika punya
where-clinic = Resepsionis fasilitas medis atau apotek
where-smartphone = Aplikasi Mynaportal (マイナポータル) di smartphone
where-municipality = Loket kantor kota / kecamatan tempat tinggal Anda
where-municipality-kokuho = Loket Asuransi Kesehatan Nasional di kantor kota / kecamatan
where-municipality-kouki = Loket Sistem Layanan Medis untuk usia 75 tahun ke atas di kantor kota / kecamatan
where-police = Kantor polisi atau pos polisi (koban)
where-insurer = Penyelenggara asuransi (asuransi kesehatan perusahaan, Kokuho dari kantor kota / kecamatan, dll.)
where-employer = Petugas bagian personalia atau urusan umum di tempat kerja

## hotlines (rules file)
hotline-general = Saluran Bebas Pulsa Umum My Number (bahasa Jepang)
hotline-general-hours = Hari kerja 9:30–20:00; Sabtu, Minggu, dan hari libur 9:30–17:30 (penghentian sementara karena hilang atau dicuri: 24 jam, 365 hari)
hotline-foreign-system = Layanan bahasa asing (sistem, Mynaportal)
hotline-foreign-system-hours = Hari kerja 9:30–20:00; Sabtu, Minggu, dan hari libur 9:30–17:30
hotline-foreign-card = Layanan bahasa asing (kartu, sertifikat elektronik, kehilangan)
hotline-foreign-card-hours = Bahasa Inggris, Mandarin, Korea, Spanyol, Portugis: 8:30–20:00; bahasa Thailand, Nepal, Indonesia, Vietnam, Tagalog: 9:00–18:00

## dated facts (rules file)
fact-legacy-cards-ended = Kartu asuransi kesehatan lama hanya bisa dipakai sampai 1 Desember 2025 (mulai 2 Desember tidak bisa dipakai lagi).
fact-legacy-kouki-ended = Kartu asuransi Sistem Layanan Medis untuk usia 75 tahun ke atas hanya bisa dipakai sampai 31 Juli 2025 (mulai 1 Agustus tidak bisa dipakai lagi).
fact-clinic-tolerance = Sampai akhir Maret 2026 ada kebijakan sementara: fasilitas medis boleh memutuskan untuk menerima kartu asuransi yang sudah kedaluwarsa atau hanya Pemberitahuan Informasi Kelayakan (資格情報のお知らせ).
fact-clinic-tolerance-ended = Kebijakan sementara yang memperbolehkan berobat hanya dengan kartu asuransi yang sudah kedaluwarsa atau dengan Pemberitahuan Informasi Kelayakan (資格情報のお知らせ) ditetapkan sampai akhir Maret 2026 (belum ditemukan pengumuman bahwa kebijakan ini dilanjutkan).
fact-kouki-blanket = Sampai 31 Juli 2026, semua peserta Sistem Layanan Medis untuk usia 75 tahun ke atas (後期高齢者医療) menerima Surat Konfirmasi Kelayakan Asuransi (資格確認書) (kebijakan sementara).
fact-kouki-status-based = Sejak Agustus 2026, peserta Sistem Layanan Medis untuk usia 75 tahun ke atas (後期高齢者医療) yang tidak punya Myna Hokensho menerima Surat Konfirmasi Kelayakan Asuransi (資格確認書), dan yang punya menerima Pemberitahuan Informasi Kelayakan (資格情報のお知らせ).
fact-kouki-85-plus = Ada gabungan wilayah (広域連合) yang mengumumkan bahwa, karena perubahan kebijakan pemerintah pusat, Surat Konfirmasi Kelayakan Asuransi (資格確認書) akan dikirim kepada semua orang yang berusia 85 tahun ke atas per 1 Agustus 2026.
fact-reported-by-one = Bisa berbeda di daerah Anda.

## timeline
status-valid = Berlaku: bisa dipakai sebagai Myna Hokensho
status-grace = Masa tenggang (masa singkat setelah tanggal kedaluwarsa): masih bisa dipakai sebagai kartu asuransi kesehatan, tetapi informasi obat dan lainnya tidak diteruskan
status-expired = Kedaluwarsa: tidak bisa dipakai lagi sebagai Myna Hokensho
status-valid-act = Lakukan perpanjangan paling lambat { $date }.
status-grace-act = Lakukan perpanjangan di loket kantor kota / kecamatan paling lambat { $date }.
status-expired-act = Lakukan perpanjangan di loket kantor kota / kecamatan. Sampai saat itu, berobatlah dengan Surat Konfirmasi Kelayakan Asuransi (資格確認書) yang dikirim penyelenggara asuransi.
timeline-today = Hari ini
timeline-card = Kartu My Number (kartunya sendiri)
timeline-certificate = Sertifikat elektronik (untuk verifikasi pengguna)
timeline-expiry = Tanggal kedaluwarsa
timeline-renewal-opens = Perpanjangan mulai bisa dilakukan
timeline-grace-last-day = Hari terakhir masa tenggang
timeline-registration-cutoff = Perkiraan batas akhir pendaftaran
timeline-full-function-until = Hari terakhir semua fungsi bisa dipakai
timeline-usable-until = Hari terakhir bisa dipakai sebagai Myna Hokensho
timeline-status = Status hari ini
timeline-act-by = Batas waktu prosedur
timeline-facts = Yang berlaku hari ini
band-valid = Berlaku
band-renewal = Masa perpanjangan
band-grace = Masa tenggang (hanya sebagai kartu asuransi)
band-expired = Kedaluwarsa
warning-leap-day-birthday = Untuk yang lahir pada 29 Februari, pada tahun yang bukan tahun kabisat ulang tahun dihitung pada 28 Februari. Periksa tanggal yang tertulis di kartu.
warning-computed-not-printed = Tanggal kedaluwarsa kartu ini adalah hasil perhitungan. Tanggal yang tercetak di kartu adalah tanggal yang benar.
printed-dates-prevail = Yang berlaku adalah tanggal yang tertulis di kartu dan di surat.

## fields (named in error messages)
field-today = Tanggal hari ini (--today)
field-born = Tanggal lahir (--born)
field-card-expiry = Tanggal kedaluwarsa kartu (--card-expiry)
field-card-issued = Tanggal penerbitan kartu (--card-issued)
field-applied = Tanggal permohonan (--applied)
field-cert-expiry = Tanggal kedaluwarsa sertifikat elektronik (--cert-expiry)
field-cert-issued = Tanggal penerbitan sertifikat elektronik (--cert-issued)

## errors
date-error-empty = { $field }: tanggal belum diisi.
date-error-unrecognised = { $field }: “{ $input }” tidak bisa dibaca sebagai tanggal.
date-error-month = { $field }: tidak ada bulan { $month }.
date-error-day = { $field }: tanggal { $day }-{ $month }-{ $year } tidak ada.
date-error-era-unknown = { $field }: era “{ $era }” tidak bisa dipakai (明治 Meiji, 大正 Taisho, 昭和 Showa, 平成 Heisei, 令和 Reiwa).
date-error-outside-era = { $field }: era { $era } berlangsung dari { $first } sampai { $last }.
date-error-before-era = { $field }: { $era } dimulai pada { $first }.
date-accepted-forms = Format yang bisa dipakai: 2026-03-15, 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, S25.10.10 (huruf lebar penuh juga bisa)
timeline-error-born-needed = Untuk menghitung tanggal kedaluwarsa dari tanggal penerbitan, { $field } diperlukan.
timeline-error-before-birth = { $field } lebih awal dari tanggal lahir.
timeline-error-applied-after-issue = { $field } lebih lambat daripada tanggal penerbitan kartu.
timeline-error-card-needed = Masukkan tanggal kedaluwarsa kartu (--card-expiry) atau tanggal penerbitan kartu (--card-issued).
guide-error-data = Ada kesalahan pada data panduan: { $detail }
guide-error-situation = Situasi “{ $value }” tidak ada. Yang bisa dipakai: { $accepted }
guide-error-question = Pertanyaan “{ $value }” tidak ada. Yang bisa dipakai: { $accepted }
guide-error-answer = “{ $value }” tidak bisa menjadi jawaban untuk “{ $question }”. Yang bisa dipakai: { $accepted }
rules-error = File aturan { $file } tidak bisa dibaca: { $detail }
lang-error = Bahasa “{ $value }” tidak ada. Yang bisa dipakai: { $accepted }
answer-format-error = Tulis --answer dalam bentuk KEY=VALUE (kunci=nilai), misalnya has-card=yes: “{ $value }”
output-write-error = Keluaran tidak bisa ditulis: { $reason }
no-display = Tidak ada layar: gunakan sesi desktop, atau perintah-perintahnya: mynaho-guide --help
cli-error-unknown-argument = Opsi “{ $arg }” tidak ada.
cli-error-unknown-command = Perintah “{ $value }” tidak ada. Yang bisa dipakai: { $accepted }
cli-error-did-you-mean = Maksud Anda { $suggestion }?
cli-error-invalid-value = { $arg }: “{ $value }” tidak bisa dipakai. Yang bisa dipakai: { $accepted }
cli-error-value-needed = { $arg } memerlukan nilai (misalnya { $example }).
cli-error-number = { $arg }: “{ $value }” tidak bisa dipakai. Tulis bilangan bulat dari { $min } sampai { $max } (misalnya { $example }).
cli-error-missing = { $arg } juga diperlukan (misalnya { $example }).
cli-error-requires = { $arg } hanya bisa dipakai bersama { $needed } (misalnya { $example }).
cli-error-conflict = { $arg } dan { $other } tidak bisa dipakai bersamaan: berikan salah satu saja.
cli-error-repeated = { $arg } diberikan 2 kali atau lebih: berikan 1 kali saja.
cli-error-not-utf8 = { $arg }: teks tidak bisa dibaca (gunakan UTF-8)
cli-error-window-only = { $arg } untuk jendela: tidak bisa dipakai dengan perintah { $command }.
cli-error-other = Baris perintah tidak bisa dibaca: { $detail }
cli-error-help = Untuk melihat opsi: { $command }
answer-repeated = --answer { $key } diberikan 2 kali atau lebih: berikan 1 jawaban untuk 1 pertanyaan.
answer-not-asked = --answer { $key } tidak akan dipakai: dengan jawaban-jawaban ini panduan tidak menanyakan pertanyaan ini (urutan: { $path }).
sheet-error-card-needed = { $arg } hanya bisa dipakai bersama tanggal kedaluwarsa kartu (--card-expiry) atau tanggal penerbitan kartu (--card-issued): berikan juga salah satunya (misalnya --card-expiry 2031-03-15).

## command-line text output
cli-outcome = Hasil
cli-question = Pertanyaan
cli-choices = Jawaban
cli-steps = Yang harus dilakukan
cli-bring = Yang harus dibawa
cli-where = Tempat yang dituju
cli-call = Telepon

## sheet
sheet-title = Myna Hokensho (マイナ保険証) Anda
sheet-name-line = { $name } 様
sheet-card-expiry = Tanggal kedaluwarsa Kartu My Number: { $date }
sheet-cert-expiry = Tanggal kedaluwarsa sertifikat elektronik (電子証明書): { $date }
sheet-timeline-card = Yang akan datang (menurut tanggal kedaluwarsa Kartu My Number)
sheet-timeline-cert = Yang akan datang (menurut tanggal kedaluwarsa sertifikat elektronik)
sheet-dates-until = sampai { $date }
sheet-dates-range = { $from } sampai { $to }
sheet-dates-from = mulai { $date }
sheet-todo-wait = Saat ini belum ada prosedur yang perlu dilakukan. Perpanjangan mulai bisa dilakukan pada { $date }.
sheet-todo-letter = Menjelang tanggal kedaluwarsa, surat pemberitahuan tanggal kedaluwarsa (有効期限通知書) akan datang dalam amplop biru. Setelah menerimanya, lakukan perpanjangan.
sheet-todo-card-3 = Perpanjangan karena tanggal kedaluwarsa tidak dipungut biaya. Untuk mengajukan, perlu foto.
sheet-todo-cert-2 = Bawa Kartu My Number dan PIN 4 digit Anda.
sheet-todo-cert-3 = Jika diperpanjang dalam masa tenggang (masa singkat setelah tanggal kedaluwarsa), Anda tidak perlu mengulang pendaftaran kartu sebagai kartu asuransi kesehatan (Myna Hokensho).
sheet-todo-expired-1 = Di loket kantor kota / kecamatan, perpanjang sertifikat elektronik atau ajukan kartu baru.
sheet-todo-expired-2 = Setelah diperpanjang, daftarkan lagi kartu sebagai kartu asuransi kesehatan. Ini juga bisa dilakukan di pembaca kartu fasilitas medis atau apotek.
sheet-todo-expired-3 = Sampai saat itu, berobatlah dengan Surat Konfirmasi Kelayakan Asuransi (資格確認書) yang dikirim penyelenggara asuransi. Jika tidak datang, tanyakan kepada penyelenggara asuransi.
sheet-contacts-heading = Kontak
sheet-contact-languages = Bahasa yang dilayani (menurut informasi J-LIS per { $date }): { $languages }
sheet-contact-insurer = Penyelenggara asuransi Anda (保険者) atau loket kantor kota / kecamatan (市区町村の窓口)
sheet-contact-insurer-detail = Tanyakan di sini tentang Surat Konfirmasi Kelayakan Asuransi (資格確認書) dan asuransi Anda. Nama penyelenggara asuransi tertulis di surat-suratnya dan di kartu asuransi lama Anda.
sheet-no-hotline = Tidak ada saluran telepon dalam bahasa Anda. Teleponlah saluran bahasa Jepang (0120-95-0178) bersama orang yang bisa berbahasa Jepang.
sheet-no-hotline-show = Tunjukkan ini kepada petugas. Artinya: "Orang ini kurang bisa berbahasa Jepang, dan tidak ada saluran telepon dalam bahasanya. Mohon bantu prosedurnya."
sheet-footer = Aturan { $version } (per { $reviewed }) · dicetak { $date }
sheet-error = Lembar penjelasan tidak dapat dibuat: { $reason }
sheet-saved = Lembar penjelasan disimpan: { $path }
sheet-save-error = Lembar penjelasan tidak dapat disimpan ({ $path }): { $reason }
sheet-error-guide-incomplete = Masih ada pertanyaan panduan yang belum dijawab: { $question }
print-job-accepted = Printer menerima pekerjaan cetak ({ $job }).
print-pdf-kept = PDF disimpan di sini; Anda bisa menyimpannya atau mencetaknya di printer lain: { $path }
print-error-not-installed = Sistem pencetakan (CUPS) tidak terpasang.
print-error-no-scheduler = Sistem pencetakan (CUPS) tidak berjalan.
print-error-no-printer = Tidak ada printer yang disiapkan.
print-error-no-default = Ada beberapa printer dan tidak ada printer bawaan. Pilih salah satu dengan --printer.
print-error-unknown-printer = Tidak ada printer bernama "{ $printer }".
print-error-refused = Printer tidak menerima pekerjaan cetak: { $reason }
print-error-temp-file = PDF untuk dicetak tidak dapat disimpan: { $reason }
printers-default = (bawaan)
printers-no-default = Belum ada printer bawaan.

## gui
## The window (src/app). Owned by the GUI; ids start with gui-.

gui-top-home = Beranda
gui-top-settings = Ukuran huruf dan pengaturan
gui-back = ← Kembali
gui-restart = Mulai lagi
gui-language = Bahasa (Language / ことば)
gui-home-title = Memakai Kartu My Number di dokter
gui-home-intro = Panduan ini menunjukkan langkah demi langkah cara memakai Kartu My Number sebagai kartu asuransi kesehatan, yaitu Myna Hokensho (マイナ保険証).
gui-home-guide = Jawab beberapa pertanyaan
gui-home-guide-explain = Jawab "ya" atau "tidak" dan lihat apa yang harus dilakukan di resepsionis.
gui-home-dates = Periksa tanggal kedaluwarsa kartu
gui-home-dates-explain = Dari tanggal lahir dan tanggal kartu: sampai kapan kartu bisa dipakai dan kapan harus mengurus prosedurnya.
gui-home-problem = Saya punya masalah
gui-home-problem-explain = Pilih dari masalah yang sering terjadi, misalnya kartu hilang atau PIN terkunci.
gui-home-keys = Keyboard: tombol angka untuk memilih, Enter untuk lanjut, Esc untuk kembali.
gui-problem-title = Apa masalahnya?
gui-problem-explain = Pilih yang paling mirip.
gui-guide-step = Pertanyaan { $number }
gui-guide-answer-hint = Jika tidak yakin, pilih "Tidak tahu". Bisa diubah nanti.
gui-guide-so-far = Jawaban Anda sejauh ini
gui-guide-diagram = Seluruh panduan (posisi Anda berwarna)
gui-guide-missing = Data panduan tidak dapat dibaca. Mohon beri tahu petugas.
gui-outcome-label = Yang harus dilakukan
gui-outcome-review = Periksa dan cetak
gui-outcome-dates = Periksa juga tanggal kedaluwarsa kartu
gui-node-has-card = Punya kartu?
gui-node-registered = Sudah didaftarkan?
gui-node-use-at-reception = Pakai di resepsionis
gui-node-register = Daftarkan
gui-node-check-registration = Periksa pendaftaran
gui-node-apply-for-card = Ajukan kartu
gui-node-ask-municipality = Tanya ke kantor kota / kecamatan
gui-dates-title = Periksa tanggal kedaluwarsa kartu
gui-dates-forms = Tulis tanggal dalam bentuk apa saja: 昭和25年10月10日, S25.10.10, 1950-10-10 atau angka lebar penuh seperti １９５０年１０月１０日.
gui-dates-placeholder = Masukkan tanggal di sini
gui-dates-example = Tanggal yang terbaca akan muncul di sini.
gui-dates-born = Tanggal lahir
gui-dates-born-explain = Diperlukan untuk perhitungan. Ada di depan kartu.
gui-dates-card = Kartu My Number
gui-dates-card-expiry = Tanggal kedaluwarsa kartu (tercetak di kartu)
gui-dates-card-expiry-explain = Tanggal "有効期限" di depan kartu. Ini yang paling tepat.
gui-dates-card-issued = Tanggal penerbitan kartu
gui-dates-card-issued-explain = Pakai jika tanggal kedaluwarsa tidak diketahui; tanggal kedaluwarsa lalu dihitung dari tanggal ini (ini bukan hari Anda mengambil kartu).
gui-dates-cert = Sertifikat elektronik
gui-dates-cert-explain = Sertifikat elektronik adalah "bukti bahwa ini Anda" yang tersimpan di kartu. Tanggal kedaluwarsanya berbeda dari kartu, biasanya setiap 5 tahun.
gui-dates-cert-unknown = Tidak tahu
gui-dates-cert-expiry = Tanggal kedaluwarsa sertifikat elektronik
gui-dates-cert-issued = Tanggal penerbitan sertifikat elektronik (tanggal diperpanjang)
gui-dates-cert-where = Ada di belakang kartu, di pemberitahuan dalam amplop biru, dan di Mynaportal.
gui-dates-need-card = Tulis tanggal kartu untuk melihat hasilnya.
gui-dates-show = Lihat hasil
gui-dates-edit = Ubah tanggal
gui-dates-incomplete = Ada tanggal yang kurang atau tidak terbaca. Perbaiki yang berwarna merah.
gui-rules-missing = Data aturan tidak dapat dibaca. Mohon beri tahu petugas.
gui-dates-result-title = Hasil
gui-status-renew-now = Sekarang sudah bisa diperpanjang. Gratis di loket kantor kota / kecamatan.
gui-status-nothing-yet = Untuk sekarang tidak perlu melakukan apa-apa. Menjelang tanggal kedaluwarsa, pemberitahuan akan datang dalam amplop biru.
gui-status-grace-hurry = Setelah hari itu kartu tidak bisa lagi dipakai sebagai Myna Hokensho. Sebelum itu, lakukan perpanjangan di loket kantor kota / kecamatan tempat tinggal Anda.
gui-status-ask-insurer = Jika Surat Konfirmasi Kelayakan Asuransi (資格確認書) tidak datang, hubungi penyelenggara asuransi (保険者) yang Anda ikuti.
gui-chart-title = Garis waktu
gui-key-dates = Tanggal penting
gui-key-card-expiry = Tanggal kedaluwarsa kartu
gui-key-card-renewal = Kartu bisa diperpanjang mulai
gui-key-cert-expiry = Tanggal kedaluwarsa sertifikat elektronik
gui-key-cert-renewal = Sertifikat elektronik bisa diperpanjang mulai
gui-pair = { $label }: { $value }
gui-warnings = Perhatian
gui-review-title = Periksa dan cetak
gui-review-explain = Jika ada yang salah, tekan "Ubah". Kertas yang dicetak bisa ditunjukkan di loket atau klinik.
gui-review-guide = Jawaban Anda
gui-review-dates = Tanggal
gui-review-not-entered = Belum diisi
gui-review-edit-guide = Ubah jawaban
gui-review-edit-dates = Ubah tanggal
gui-review-sheet = Kertas yang dicetak
gui-review-sheet-explain = Cetak dalam bahasa Jepang saja, atau bahasa Jepang di samping satu bahasa lain.
gui-sheet-ja-only = Bahasa Jepang saja
gui-review-large-print = Huruf besar
gui-review-copies = lembar
gui-review-name = Nama (dicetak di lembar; boleh dikosongkan)
gui-review-name-explain = Nama tidak disimpan di mana pun.
gui-review-print = Cetak
gui-review-save = Simpan sebagai PDF
gui-review-no-save-kiosk = Mesin ini tidak bisa menyimpan (mencetak bisa).
gui-print-working = Sedang menyiapkan…
gui-tell-staff = Mohon beri tahu petugas.
gui-settings-title = Ukuran huruf dan pengaturan
gui-settings-size = Ukuran huruf
gui-settings-size-explain = Semua di layar menjadi lebih besar. Bisa juga dengan Ctrl dan + atau −.
gui-settings-contrast = Warna
gui-settings-contrast-explain = Jika layar sulit dibaca, pilih "Kontras tinggi": huruf putih di atas hitam.
gui-settings-contrast-normal = Biasa
gui-settings-contrast-high = Kontras tinggi (putih di atas hitam)
gui-idle-countdown = Sudah lama tidak ada yang menyentuh layar. Kembali ke awal dalam { $seconds } detik
gui-idle-explain = Semua yang diisi akan dihapus. Sentuh layar untuk melanjutkan.
gui-idle-continue = Lanjutkan

## How sure each date is (entered, computed, ambiguous, assumed), act-by dates on open window days,
## cards limited by the period of stay. Never state as fact what was assumed.
status-check = Perlu diperiksa: tanggal kedaluwarsa belum pasti
status-check-act = Pertama, cari tahu tanggal kedaluwarsa yang sebenarnya.
status-expired-card = Tanggal kedaluwarsa Kartu My Number itu sendiri sudah lewat: { $date }.
status-expired-cert = Tanggal kedaluwarsa sertifikat elektronik (電子証明書) sudah lewat: { $date }.
check-card-ambiguous = Tergantung pada tanggal pengajuan Anda, tanggal kedaluwarsa kartu adalah { $early } atau { $late }. Lihat tanggal yang tercetak di depan kartu.
check-cert-renewal = Tergantung apakah sertifikat elektronik diperpanjang lebih awal atau tidak, tanggal kedaluwarsanya adalah { $early } atau { $late }.
check-cert-assumed = Jika sertifikat elektronik belum pernah diperpanjang, tanggal kedaluwarsanya { $date }. Jika sudah diperpanjang, tanggalnya lebih lambat.
check-usable-if-earliest = Jika tanggal yang lebih awal yang benar, kartu bisa dipakai sebagai Myna Hokensho sampai { $date }.
check-how = Cara memeriksa: layar Mynaportal (マイナポータル), tampilan pembaca kartu di fasilitas medis atau apotek, surat pemberitahuan tanggal kedaluwarsa (有効期限通知書) dari J-LIS (datang 2–3 bulan sebelum tanggalnya), atau loket kantor kota / kecamatan tempat tinggal Anda.
warning-card-application-date-needed = Tanggal pengajuan Anda diterima tidak diketahui, jadi ada 2 kemungkinan tanggal kedaluwarsa kartu. Masukkan tanggal kedaluwarsa yang tercetak di kartu agar tanggalnya pasti.
warning-certificate-renewal-unknown = Jika sertifikat elektronik ini diperpanjang dalam 3 bulan sebelum sertifikat sebelumnya kedaluwarsa, tanggal kedaluwarsanya 1 tahun lebih lambat. Mohon periksa mana yang benar.
warning-certificate-assumed = Tanggal sertifikat elektronik tidak diisi, jadi perhitungan ini menganggap sertifikat diterbitkan bersamaan dengan kartu dan belum pernah diperpanjang. Tanggal kedaluwarsa yang sebenarnya bisa diperiksa di Mynaportal (マイナポータル), di pembaca kartu fasilitas medis atau apotek, di surat pemberitahuan tanggal kedaluwarsa (有効期限通知書) dari J-LIS, atau di loket kantor kota / kecamatan.
warning-certificate-after-card = Tanggal kedaluwarsa sertifikat elektronik lebih lambat daripada tanggal kedaluwarsa kartu hasil perhitungan. Periksa tanggal kedaluwarsa yang tercetak di kartu.
warning-residence-no-reminder = Tanggal kedaluwarsa kartu ditentukan oleh akhir masa tinggal (在留期間) Anda. Setelah memperpanjang atau mengubah masa tinggal, sebelum tanggal yang lama datanglah ke loket kantor kota / kecamatan dengan kartu izin tinggal (在留カード) yang baru, Kartu My Number, dan PIN 4 digit untuk mengubah tanggal kedaluwarsa kartu. Tidak ada surat pengingat yang dikirim. Sertifikat elektronik juga diterbitkan ulang.
dispute-card-grace-months = Ada kantor kota / kecamatan yang memberi masa tenggang 3 bulan setelah kartu itu sendiri kedaluwarsa; di sini dipakai yang lebih pendek, yaitu 2 bulan.
dispute-renewal-opens = Ada kantor kota / kecamatan yang mulai menerima perpanjangan sejak "sehari setelah 3 bulan sebelum" tanggal kedaluwarsa.
timeline-expiry-either = { $early } atau { $late }
timeline-basis = Dasar tanggal
basis-entered = dimasukkan
basis-computed = hasil perhitungan
basis-ambiguous = ada 2 kemungkinan (dihitung dengan yang lebih awal)
basis-assumed = anggapan (tanggal tidak diisi)
timeline-limited-by-residence = Tanggal kedaluwarsa ditentukan oleh akhir masa tinggal
timeline-apply-by = Batas pengajuan kartu baru
timeline-renew-by = Batas perpanjangan sertifikat elektronik
sheet-card-expiry-either = Tanggal kedaluwarsa Kartu My Number: { $early } atau { $late } (perlu diperiksa)
sheet-cert-expiry-either = Tanggal kedaluwarsa sertifikat elektronik (電子証明書): { $early } atau { $late } (perlu diperiksa)
sheet-after-that = Setelah itu: { $title }
sheet-todo-check-1 = Cari tahu tanggal kedaluwarsa yang sebenarnya. Jika sudah dekat atau sudah lewat, lakukan perpanjangan di loket kantor kota / kecamatan.
sheet-todo-card-apply = Ajukan kartu baru antara { $from } dan { $to } (lewat pos, smartphone, mesin foto identitas di kota, atau di loket kantor kota / kecamatan). Perlu 1–2 bulan sampai kartu diterima.
sheet-todo-card-gap = Jika Anda mengajukan setelah { $date }, mintalah juga Surat Konfirmasi Kelayakan Asuransi (資格確認書) kepada penyelenggara asuransi untuk dipakai sampai kartu baru datang.
sheet-todo-cert-by = Perpanjang sertifikat elektronik di loket kantor kota / kecamatan tempat tinggal Anda paling lambat { $date }. Selesai pada hari itu juga dan gratis.
sheet-todo-residence = Setelah memperpanjang masa tinggal, ubah tanggal kedaluwarsa kartu di loket kantor kota / kecamatan sebelum { $date }.
timeline-error-after-today = { $field } lebih lambat dari hari ini.
timeline-error-before-first-card = { $field }: Kartu My Number belum ada sebelum 5 Oktober 2015. Mohon periksa tanggalnya.
timeline-error-cert-before-card = Tanggal penerbitan sertifikat elektronik lebih awal daripada tanggal penerbitan kartu. Mohon periksa tanggalnya.
timeline-error-cert-after-card = Tanggal kedaluwarsa sertifikat elektronik lebih lambat daripada tanggal kedaluwarsa kartu. Mohon periksa salah satunya.
date-error-year-range = { $field }: tahun { $year } tidak bisa dipakai (hanya 1868 sampai 2200). Contoh: 1950-10-10
field-cert-renewal = Perpanjangan lebih awal (--cert-renewal)
field-residence-until = Akhir masa tinggal (--residence-until)
gui-dates-applied = Tanggal permohonan diterima
gui-dates-applied-explain = Ada 2 kemungkinan tanggal kedaluwarsa kartu, tergantung pada tanggal Anda mengajukan. Isi jika Anda tahu; jika tidak, isi tanggal kedaluwarsa yang tercetak di kartu.
gui-dates-renewal-question = Apakah Anda memperpanjangnya sebelum kedaluwarsa?
gui-dates-renewal-explain = Jawab "Ya" jika Anda memperpanjangnya dalam 3 bulan sebelum sertifikat elektronik sebelumnya kedaluwarsa. Tanggal kedaluwarsanya menjadi 1 tahun lebih lambat.
gui-dates-foreign = Warga asing dengan masa tinggal (kartu izin tinggal Anda punya tanggal berakhir)
gui-dates-residence = Akhir masa tinggal
gui-dates-residence-explain = Masa tinggal (tanggal berakhir) yang tertulis di kartu izin tinggal (在留カード) Anda. Penduduk tetap (永住者), Profesional Berketerampilan Tinggi (高度専門職2号), dan Penduduk Tetap Khusus (特別永住者) boleh mengosongkannya.
band-unsure = Belum pasti (perlu diperiksa)
sheet-timeline-earliest-note = Digambar dengan tanggal yang lebih awal. Cari tahu tanggal kedaluwarsa yang sebenarnya.

## Printing that never hangs and never leaves a sheet behind (issue 9)
print-error-paused = Printer "{ $printer }" sedang dijeda. Mohon beri tahu petugas.
print-error-rejecting = Printer "{ $printer }" saat ini tidak menerima pekerjaan cetak. Mohon beri tahu petugas.
print-error-timed-out = Sistem pencetakan ({ $program }) tidak merespons dalam { $seconds } detik. Mohon beri tahu petugas.
print-error-stuck = Lembar penjelasan masih menunggu di antrean printer (pekerjaan cetak { $job }). Mohon beri tahu petugas.
print-error-cancelled = Pencetakan dibatalkan.
printers-keeps-job-files = Catatan: server cetak ini diatur untuk menyimpan data dokumen yang dicetak (CUPS PreserveJobFiles). Pada mesin di loket dan kios, atur "PreserveJobFiles No".
gui-print-busy = Sedang mencetak. Mohon tunggu sampai selesai.
gui-review-dates-invalid = Ada tanggal yang perlu diperbaiki, jadi kertas belum bisa dicetak. Tekan "Ubah tanggal" untuk memperbaikinya.

## Counter advice every step sourced (issue 10)
answer-insurer-kokuho-kumiai = Perkumpulan Asuransi Kesehatan Nasional (国民健康保険組合): perkumpulan Kokuho menurut jenis pekerjaan, misalnya Kokuho konstruksi (建設国保) atau Kokuho dokter (医師国保)
kakuninsho-kumiai-title = Surat Konfirmasi Kelayakan Asuransi (資格確認書) tidak datang: Perkumpulan Asuransi Kesehatan Nasional (国民健康保険組合)
kakuninsho-kumiai-step-1 = Tanyakan ke Perkumpulan Asuransi Kesehatan Nasional yang Anda ikuti. Surat Konfirmasi Kelayakan Asuransi dikirim oleh perkumpulan itu. Kontaknya tertulis di dokumen yang dikirim oleh perkumpulan.
kakuninsho-meanwhile-mynaho = Jika perlu berobat sebelum surat itu datang: kalau Kartu My Number Anda sudah didaftarkan sebagai kartu asuransi kesehatan, kartu itu bisa dipakai sebagai Myna Hokensho. Kalau belum, Anda bisa mendaftarkannya saat itu juga di pembaca kartu fasilitas medis atau apotek.
kakuninsho-meanwhile-form = Atau tunjukkan Kartu My Number dan isi formulir pernyataan status tertanggung (被保険者資格申立書) di resepsionis.
oshirase-not-alone = Pemberitahuan Informasi Kelayakan (資格情報のお知らせ) adalah dokumen yang berbeda dari Surat Konfirmasi Kelayakan Asuransi (資格確認書). Dengan pemberitahuan ini saja, Anda tidak bisa berobat.
full-cost-risk = Jika Anda tidak bisa menunjukkan Kartu My Number maupun Surat Konfirmasi Kelayakan Asuransi (資格確認書), Anda mungkin harus membayar seluruh biaya pengobatan (10割).
kakuninsho-70-74 = Orang berusia 70–74 tahun mungkin juga memerlukan “Sertifikat Penerima Manfaat Lansia” (高齢受給者証) bersama Surat Konfirmasi Kelayakan Asuransi. Jika sudah menerimanya, tunjukkan keduanya bersama-sama.
kakuninsho-kouki-youhairyo = Orang yang sulit memakai kartu (misalnya yang memiliki penetapan perlu perawatan atau perlu dukungan (要介護・要支援), buku disabilitas (障害者手帳), tinggal di panti, atau berada di bawah perwalian dewasa (成年後見)) dapat mengajukan permohonan Surat Konfirmasi Kelayakan Asuransi (資格確認書). Permohonan hanya perlu 1 kali di awal; setelah itu surat tetap dikirim. Untuk orang yang tinggal di panti, petugas panti juga bisa mengajukan atas namanya.
reader-failed-step-4 = Jika kartu kotor atau chip IC-nya rusak, kartu tidak bisa dibaca. Hubungi loket Kartu My Number di kantor kota / kecamatan tempat tinggal Anda.
turning-75-ask = Untuk urusan Sistem Layanan Medis untuk usia 75 tahun ke atas (後期高齢者医療), tanyakan ke gabungan wilayah sistem ini (後期高齢者医療広域連合) atau ke loket sistem ini di kantor kota / kecamatan. Saluran Bebas Pulsa Umum My Number adalah telepon untuk urusan kartu.
where-kouki-union = Gabungan wilayah Sistem Layanan Medis untuk usia 75 tahun ke atas (後期高齢者医療広域連合; ada satu di setiap prefektur)
apply-for-card-not-required = Membuat Kartu My Number tidak wajib. Orang yang tidak punya kartu akan menerima Surat Konfirmasi Kelayakan Asuransi (資格確認書) dan bisa berobat dengan surat itu.
apply-for-card-then-register = Setelah menerima kartu, daftarkan kartu sebagai kartu asuransi kesehatan. Pendaftaran juga bisa dilakukan di pembaca kartu fasilitas medis atau apotek.
bring-kakuninsho = Surat Konfirmasi Kelayakan Asuransi (資格確認書), jika sudah datang
bring-residence-card = Kartu izin tinggal (在留カード) yang baru (jika permohonan masih diproses: kartu dengan cap “sedang diajukan” (申請中))
situation-residence-period = Masa tinggal saya berubah atau diperpanjang (warga negara asing)
residence-period-title = Kartu My Number untuk orang yang memiliki masa tinggal
residence-period-step-1 = Tanggal kedaluwarsa kartu milik orang yang memiliki masa tinggal adalah tanggal berakhirnya masa tinggal atau tanggal kedaluwarsa biasa (ditentukan oleh hari ulang tahun), mana yang lebih awal (kecuali Penduduk tetap (永住者), Profesional Berketerampilan Tinggi (高度専門職2号), dan Penduduk Tetap Khusus (特別永住者)). Tidak ada surat pemberitahuan tanggal kedaluwarsa yang dikirim.
residence-period-step-2 = Setelah memperpanjang atau mengubah masa tinggal, sebelum tanggal berakhir yang lama, bawa kartu izin tinggal (在留カード) yang baru, Kartu My Number, dan PIN 4 digit ke loket kantor kota / kecamatan untuk mengubah tanggal kedaluwarsa kartu. Tanggalnya tidak berubah secara otomatis.
residence-period-step-3 = Tanggal kedaluwarsa sertifikat elektronik tidak bisa diubah, jadi sertifikat elektronik baru akan diterbitkan di loket.
residence-period-step-4 = Jika hasil permohonan perpanjangan masa tinggal belum keluar, datanglah ke loket sebelum kartu kedaluwarsa: tanggal kedaluwarsa kartu bisa diundur sampai 2 bulan setelah tanggal berakhirnya masa tinggal, hanya 1 kali (tunjukkan kartu izin tinggal dengan cap “sedang diajukan” (申請中) atau layar tanda terima permohonan online).
residence-period-step-5 = Jika Anda menjadi penduduk tetap (永住者) atau memperoleh kewarganegaraan Jepang, Anda juga perlu mengurus perubahan tanggal kedaluwarsa di loket.
residence-period-step-6 = Jika Anda memiliki “Kartu Izin Tinggal Tertentu” (特定在留カード: kartu izin tinggal dan Kartu My Number menjadi 1 kartu), tanyakan ke loket kantor kota / kecamatan atau ke Badan Imigrasi Jepang (出入国在留管理庁).
fact-kouki-2025-certificates-ended = Surat Konfirmasi Kelayakan Asuransi (資格確認書) yang untuk sementara dikirim kepada semua peserta Sistem Layanan Medis untuk usia 75 tahun ke atas berlaku sampai 31 Juli 2026 (masa berlaku 1 tahun, dari Agustus sampai Juli tahun berikutnya). Periksa tanggal kedaluwarsa pada Surat Konfirmasi Kelayakan Asuransi Anda.

## The window for an 80-year-old and for the next person (issue 11)
gui-next-person = Orang berikutnya (hapus isian)
gui-next-person-short = Orang berikutnya
gui-top-settings-short = Pengaturan
gui-more-below = ▼ Masih ada lanjutannya (geser ke bawah)
timeline-error-out-of-range = { $field }: masukkan tanggal antara { $from } dan { $to }. { $example }
example-born = Contoh: 1950/10/10
example-card-expiry = Contoh: 2031/10/10 (tanggal yang tertulis di depan kartu)
example-card-issued = Contoh: 2021/4/1
example-applied = Contoh: 2021/2/15
example-cert-expiry = Contoh: 2026/10/10
example-cert-issued = Contoh: 2021/4/1
example-residence = Contoh: 2027/3/31 (tanggal yang tertulis di kartu izin tinggal)
gui-dates-missing = Ada tanggal yang belum diisi atau perlu diperbaiki: { $fields }
gui-save-cancelled = Penyimpanan dibatalkan. Tidak ada yang disimpan.
gui-chart-summary = Masa kartu bisa dipakai sebagai Myna Hokensho
gui-top-home-short = Beranda
sheet-memo = Catatan loket (janji berikutnya, nomor telepon loket, dll.)
## The sheet's first lines (issue 12)
sheet-act-by = Batas waktu prosedur: { $date } ({ $weekday })
weekday-1 = Sen
weekday-2 = Sel
weekday-3 = Rab
weekday-4 = Kam
weekday-5 = Jum
weekday-6 = Sab
weekday-7 = Min
## Installed at a town hall: the site profile, rules freshness, About (issue 13)
site-error = File pengaturan lokasi { $file } tidak bisa digunakan: { $detail }
site-check-read = { $file } sudah dibaca. Isinya:
site-check-municipality = Pemerintah daerah
site-check-window = Loket
site-check-telephone = Telepon
site-check-hours = Jam layanan
site-check-address = Alamat
site-check-closed = Hari tutup (selain akhir pekan, hari libur nasional, serta libur akhir tahun dan Tahun Baru)
site-check-home-languages = Bahasa di Beranda
site-check-sheet-languages = Bahasa lembar penjelasan (yang pertama adalah bawaan)
site-check-printer = Printer
site-check-copies = Jumlah salinan
site-check-kiosk-idle = Waktu diam kios (detik)
site-check-rules-file = File aturan
site-check-not-set = (tidak diatur)
site-ask-here = Tanyakan di sini: { $window }
site-telephone = Telepon: { $number }
site-hours = Jam layanan: { $hours }
site-address = Tempat: { $address }
rules-stale = Panduan ini berisi informasi per { $date }. Mohon pastikan informasi terbaru di loket.
rules-check-ok = { $file } adalah file aturan yang valid.
rules-check-version = Versi
rules-check-reviewed-on = Diperiksa pada
rules-check-review-by = Ditinjau ulang paling lambat
rules-check-values = Nilai dan sumber
rules-check-source = Sumber: { $source } (berlaku sejak { $from })
gui-about = Tentang panduan ini
about-version = Versi: { $version }
about-rules = Aturan: { $version } (diperiksa { $reviewed }, ditinjau ulang paling lambat { $review_by })
about-privacy = Berjalan tanpa internet. Tidak pernah menanyakan nomor My Number 12 digit atau PIN Anda. Kios tidak menyimpan apa pun.
about-fonts = Huruf (font): Noto Sans, Noto Sans CJK JP, Noto Sans Thai, Khmer, Myanmar, dan Devanagari. SIL Open Font License 1.1
about-program = Program ini: { $license }
about-sources = Sumber

## Read aloud (issue 14): Japanese and やさしい日本語 only
speech-read = Bacakan
speech-stop = Berhenti
speech-preparing = Sedang menyiapkan suara…
speech-reading = Sedang membacakan
speech-error-no-device = Perangkat suara tidak ditemukan. Periksa apakah speaker atau earphone sudah tersambung dan volumenya cukup keras.
speech-error-device = Suara berhenti di tengah jalan. Tekan "Bacakan" lagi.
speech-error-language = Fitur membacakan hanya tersedia dalam bahasa Jepang dan bahasa Jepang mudah (やさしい日本語). Contoh: --lang ja
speech-error-voice = Suara tidak bisa disiapkan. Mohon pasang ulang program ini.
speech-error-speed = Kecepatan “{ $value }” tidak bisa dipakai. Tulis angka dari 0.7 sampai 1.2. Contoh: --speed 0.8
speech-error-empty = Tidak ada teks yang bisa dibacakan. Contoh: mynaho-guide say --lang ja "令和8年11月30日"
speech-saved = { $file } disimpan ({ $seconds } detik).
gui-settings-speech = Kecepatan membacakan
gui-settings-speech-explain = Pilih angka yang lebih kecil agar terdengar lebih lambat. Tombol R membacakan bagian utama layar.
about-speech = Suara dan kamus untuk fitur membacakan
about-speech-voice = Suara: HTS Voice “NIT ATR503 M001” © 2003–2012 Institut Teknologi Nagoya (Creative Commons Atribusi 3.0, CC BY 3.0)
about-speech-dictionary = Kamus: NAIST Japanese Dictionary © 2009 Institut Sains dan Teknologi Nara (Lisensi BSD 3-Klausul; dibuat dari open-jtalk 1.11 milik Debian)
about-speech-engine = Mesin suara: jpreprocess dan jbonsai © 2023 JPreprocess Team (Lisensi BSD 3-Klausul)
