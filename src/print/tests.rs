//! The print module's own checks: every error has its message, a kept copy is private.

use super::*;

#[test]
fn every_error_has_its_message_in_japanese_and_english() {
    let errors = [
        PrintError::NotInstalled,
        PrintError::NoScheduler,
        PrintError::NoPrinter,
        PrintError::NoDefault,
        PrintError::UnknownPrinter("Q".into()),
        PrintError::Paused("Q".into()),
        PrintError::Rejecting("Q".into()),
        PrintError::TimedOut {
            program: "lp".into(),
            seconds: 30,
        },
        PrintError::Stuck("Q-1".into()),
        PrintError::Cancelled,
        PrintError::Refused("r".into()),
        PrintError::TempFile("t".into()),
    ];
    for lang in ["ja", "en"] {
        let loc = crate::i18n::Localizer::new(lang);
        for error in &errors {
            assert!(loc.has_own(error.message_id()), "{lang}: {}", error.message_id());
        }
        for id in [
            "print-job-accepted",
            "print-pdf-kept",
            "printers-default",
            "printers-no-default",
            "printers-keeps-job-files",
        ] {
            assert!(loc.has_own(id), "{lang}: {id}");
        }
    }
    let ids: std::collections::BTreeSet<_> = errors.iter().map(PrintError::message_id).collect();
    assert_eq!(ids.len(), errors.len(), "one message per failure");
}

#[cfg(unix)]
#[test]
fn a_kept_copy_is_private_and_unpredictable() {
    use std::os::unix::fs::PermissionsExt;
    let first = keep_copy(b"%PDF-1.7 test").expect("kept");
    let second = keep_copy(b"%PDF-1.7 test").expect("kept");
    assert_ne!(first, second);
    let mode = |p: &Path| {
        std::fs::metadata(p)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0)
    };
    assert_eq!(mode(&first), 0o600);
    let dir = first.parent().expect("a directory");
    assert_eq!(mode(dir), 0o700);
    for path in [first, second] {
        if let Some(dir) = path.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
