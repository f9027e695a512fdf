//! The `--rules` file (issue 9, item 6): a file cut short, too big, not a regular file, with a
//! duplicate id or naming a message that does not exist is refused, and the refusal says why.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use mynaho_guide::rules::{MAX_FILE_BYTES, Rules, RulesError};

const EMBEDDED: &str = include_str!("../../assets/rules/rules.toml");

/// A fresh directory for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mynaho-rules-file-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `Rules::load_file`, given at most 5 s: a path that blocks (a FIFO opened for reading) or
/// never ends (`/dev/urandom` read whole) fails the test instead of hanging it.
#[track_caller]
fn load_within_5_s(path: &Path) -> Result<Rules, RulesError> {
    let (send, receive) = mpsc::channel();
    let owned = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = send.send(Rules::load_file(&owned));
    });
    match receive.recv_timeout(Duration::from_secs(5)) {
        Ok(result) => result,
        Err(_) => panic!("loading {} did not return within 5 s", path.display()),
    }
}

/// The embedded file with `count` more facts: a valid rules file of any size.
fn with_extra_facts(count: usize) -> String {
    let mut text = EMBEDDED.replace("\n[end]\n", "\n");
    for n in 0..count {
        text.push_str(&format!(
            "\n[[fact]]\nid = \"extra-{n}\"\nmessage = \"fact-kouki-blanket\"\n\
             from = \"2024-12-02\"\nsource = \"filler for the size test, fact {n}\"\n"
        ));
    }
    text.push_str("\n[end]\n");
    text
}

#[track_caller]
fn refused(text: &str) -> String {
    match Rules::from_toml(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn every_prefix_of_the_embedded_file_is_refused_or_the_whole() {
    let whole = Rules::from_toml(EMBEDDED).expect("embedded rules");
    let mut accepted = 0;
    for (cut, c) in EMBEDDED.char_indices() {
        match Rules::from_toml(&EMBEDDED[..cut]) {
            Ok(rules) => {
                assert!(rules == whole, "the prefix of {cut} bytes gave other rules");
                accepted += 1;
            }
            // Cut after a whole line, the file is valid TOML and the refusal names what is
            // missing (a cut inside a line may be a syntax error instead).
            Err(error) if cut > 0 && EMBEDDED.as_bytes()[cut - 1] == b'\n' => assert!(
                matches!(error, RulesError::MissingKey(_)),
                "cut at {cut} (before {c:?}): {error}"
            ),
            Err(_) => {}
        }
    }
    // Only the file without its last line break may be accepted.
    assert_eq!(accepted, 1, "{accepted} prefixes accepted");
}

#[test]
fn a_file_cut_in_half_names_what_is_missing() {
    let half = &EMBEDDED[..EMBEDDED.find("[[fact]]").expect("facts")];
    let detail = refused(half);
    assert!(detail.contains("`[[fact]]` is missing"), "{detail}");
}

#[test]
fn an_unknown_fact_message_is_refused_naming_it() {
    let text = EMBEDDED.replacen(
        "message = \"fact-kouki-blanket\"",
        "message = \"no-such-message-id\"",
        1,
    );
    assert_ne!(text, EMBEDDED);
    let detail = refused(&text);
    assert!(detail.contains("no-such-message-id"), "{detail}");
}

#[test]
fn an_unknown_hotline_name_or_hours_is_refused_naming_it() {
    for (from, to) in [
        ("name = \"hotline-general\"", "name = \"hotline-nowhere\""),
        (
            "hours = \"hotline-foreign-card-hours\"",
            "hours = \"hotline-never-hours\"",
        ),
    ] {
        let text = EMBEDDED.replacen(from, to, 1);
        assert_ne!(text, EMBEDDED);
        let detail = refused(&text);
        let id = to.split('"').nth(1).unwrap_or_default();
        assert!(detail.contains(id), "{detail}");
    }
}

#[test]
fn a_dispute_without_its_sentence_is_refused_naming_it() {
    let extra = "\n[[dispute]]\nid = \"no-sentence\"\nrule = \"card_body.years_adult\"\n\
                 used = \"a\"\nother = \"b\"\nsource = \"c\"\n";
    let text = EMBEDDED.replacen("\n[[fact]]", &format!("{extra}\n[[fact]]"), 1);
    assert_ne!(text, EMBEDDED);
    let detail = refused(&text);
    assert!(detail.contains("dispute-no-sentence"), "{detail}");
}

#[test]
fn duplicate_ids_are_refused() {
    for (section, id) in [
        ("[[fact]]", "legacy-cards-ended"),
        ("[[hotline]]", "general"),
        ("[[dispute]]", "renewal-opens"),
    ] {
        let start = EMBEDDED
            .find(&format!("{section}\nid = \"{id}\""))
            .expect("entry");
        let end = EMBEDDED[start + 1..]
            .find("\n[")
            .map_or(EMBEDDED.len(), |i| start + 1 + i);
        let entry = &EMBEDDED[start..end];
        let text = EMBEDDED.replacen(entry, &format!("{entry}\n{entry}"), 1);
        let detail = refused(&text);
        assert!(
            detail.contains("duplicate") && detail.contains(id),
            "{section}: {detail}"
        );
    }
}

#[test]
fn a_file_cut_between_two_hotlines_is_refused() {
    let cut = EMBEDDED.rfind("\n[[hotline]]").expect("hotlines");
    let detail = refused(&EMBEDDED[..cut]);
    assert!(detail.contains("[end]"), "{detail}");
}

#[test]
fn an_eleven_megabyte_file_is_refused_by_its_size_at_once() {
    let dir = temp_dir("big");
    let big = dir.join("big.toml");
    let text = with_extra_facts(87_000);
    assert!(text.len() > 11_000_000, "{} bytes", text.len());
    std::fs::write(&big, &text).expect("write");
    let start = Instant::now();
    let from_file = load_within_5_s(&big);
    let file_time = start.elapsed();
    let start = Instant::now();
    let from_text = Rules::from_toml(&text);
    let text_time = start.elapsed();
    eprintln!("11 MB: load_file {file_time:?}, from_toml {text_time:?}");
    let size = text.len() as u64;
    assert_eq!(from_file, Err(RulesError::TooLarge { size }));
    assert_eq!(from_text, Err(RulesError::TooLarge { size }));
    assert!(file_time < Duration::from_secs(1), "{file_time:?}");
    assert!(text_time < Duration::from_secs(1), "{text_time:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_file_just_under_the_limit_is_checked_quickly() {
    // 8 000 facts: duplicates are looked up in a set, not compared pairwise.
    let mut text = with_extra_facts(8_000);
    assert!(text.len() as u64 <= MAX_FILE_BYTES, "{} bytes", text.len());
    let start = Instant::now();
    let rules = Rules::from_toml(&text).expect("a valid file under 1 MiB");
    let elapsed = start.elapsed();
    eprintln!("{} bytes, {} facts: {elapsed:?}", text.len(), rules.facts.len());
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    text = text.replace("[end]", "");
    text.push_str("[[fact]]\nid = \"extra-1\"\nmessage = \"fact-kouki-blanket\"\nsource = \"x\"\n[end]\n");
    let detail = refused(&text);
    assert!(detail.contains("duplicate id `extra-1`"), "{detail}");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = temp_dir("fifo");
    let fifo = dir.join("rules.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    assert_eq!(
        load_within_5_s(&fifo),
        Err(RulesError::NotAFile("a FIFO (named pipe)"))
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(unix)]
#[test]
fn dev_urandom_and_a_directory_are_refused() {
    assert_eq!(
        load_within_5_s(Path::new("/dev/urandom")),
        Err(RulesError::NotAFile("a device"))
    );
    let dir = temp_dir("dir");
    assert_eq!(load_within_5_s(&dir), Err(RulesError::NotAFile("a directory")));
    let absent = load_within_5_s(&dir.join("absent.toml"));
    assert!(matches!(absent, Err(RulesError::Read(_))), "{absent:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_replacement_file_is_loaded_and_checked() {
    let dir = temp_dir("files");
    let good = dir.join("good.toml");
    std::fs::write(&good, EMBEDDED).expect("write");
    assert_eq!(load_within_5_s(&good), Rules::from_toml(EMBEDDED));
    let latin1 = dir.join("latin1.toml");
    std::fs::write(&latin1, b"version = \"caf\xe9\"\n").expect("write");
    assert_eq!(load_within_5_s(&latin1), Err(RulesError::NotUtf8 { offset: 14 }));
    let unknown = dir.join("unknown.toml");
    std::fs::write(
        &unknown,
        EMBEDDED.replacen("\"fact-kouki-85-plus\"", "\"no-such-message-id\"", 1),
    )
    .expect("write");
    let detail = load_within_5_s(&unknown)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(detail.contains("no-such-message-id"), "{detail}");
    let _ = std::fs::remove_dir_all(dir);
}

/// The refusal reaches the user through `rules-error`, naming the file and the reason.
#[cfg(unix)]
#[test]
fn the_command_line_says_why_a_rules_file_is_refused() {
    let dir = temp_dir("cli");
    let fifo = dir.join("rules.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let half = dir.join("half.toml");
    // Cut at a line break: what a copy that stopped half way leaves, valid TOML.
    let middle = EMBEDDED.as_bytes()[..EMBEDDED.len() / 2]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    std::fs::write(&half, &EMBEDDED[..middle]).expect("write");
    for (path, reason) in [(&fifo, "FIFO"), (&half, "is missing")] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mynaho-guide"))
            .args([
                "timeline",
                "--lang",
                "en",
                "--card-expiry",
                "2030-01-01",
                "--rules",
            ])
            .arg(path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        let start = Instant::now();
        while child.try_wait().expect("wait").is_none() {
            if start.elapsed() > Duration::from_secs(5) {
                let _ = child.kill();
                panic!(
                    "mynaho-guide --rules {} did not return within 5 s",
                    path.display()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().expect("output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("cannot be used"), "{stderr}");
        assert!(
            stderr.contains(&path.display().to_string()) && stderr.contains(reason),
            "{stderr}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}
