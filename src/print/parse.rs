//! Reading what `lp`, `lpstat` and `cupsctl` print (with `LC_ALL=C`), and choosing the queue.

use super::{PrintError, PrinterList};

/// The queue to print on: the one asked for, else the default, else the only one.
pub(super) fn choose_queue(list: &PrinterList, wanted: Option<&str>) -> Result<String, PrintError> {
    match (wanted, &list.default, list.printers.as_slice()) {
        (Some(name), _, printers) if printers.iter().any(|p| p == name) => Ok(name.to_owned()),
        (Some(name), _, _) => Err(PrintError::UnknownPrinter(name.to_owned())),
        (None, Some(default), _) => Ok(default.clone()),
        (None, None, [only]) => Ok(only.clone()),
        (None, None, []) => Err(PrintError::NoPrinter),
        (None, None, _) => Err(PrintError::NoDefault),
    }
}

/// `lpstat -r`: "scheduler is running" (it exits 0 either way).
pub(super) fn scheduler(text: &str) -> bool {
    text.lines().any(|line| line.trim() == "scheduler is running")
}

/// `lpstat -e`: one queue a line.
pub(super) fn queues(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `lpstat -d`: "system default destination: Q".
pub(super) fn default(text: &str) -> Option<String> {
    text.lines()
        .find_map(|line| line.trim().strip_prefix("system default destination:"))
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
}

/// `lpstat -p Q`: "printer Q disabled since …" when the queue is paused (stopped).
pub(super) fn paused(text: &str) -> bool {
    text.lines()
        .any(|line| line.starts_with("printer ") && line.contains(" disabled"))
}

/// `lpstat -a Q`: "Q not accepting requests since …" when the queue rejects jobs.
pub(super) fn rejecting(text: &str) -> bool {
    text.lines().any(|line| line.contains(" not accepting requests"))
}

/// `lpstat -o Q`: whether the job ("Q-3") is still listed as waiting or printing.
pub(super) fn job_pending(text: &str, job: &str) -> bool {
    text.lines()
        .any(|line| line.split_whitespace().next() == Some(job))
}

/// `cupsctl`: does the server keep job files after printing? `PreserveJobFiles` defaults to a
/// day (86400 s) when the setting is absent; `No`, `Off`, `False` or `0` keep nothing.
pub(super) fn keeps_job_files(text: &str) -> bool {
    let value = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("PreserveJobFiles="))
        .map(|v| v.trim().to_ascii_lowercase());
    !matches!(value.as_deref(), Some("no" | "off" | "false" | "0"))
}

/// "request id is Q-3 (1 file(s))" → "Q-3".
pub(super) fn request_id(text: &str) -> Option<String> {
    text.lines()
        .find_map(|line| line.trim().strip_prefix("request id is "))
        .and_then(|rest| rest.split_whitespace().next())
        .map(str::to_owned)
}

/// One error for each way `lp` fails. A lost connection makes `lp` print the errno of a
/// successful call ("Success"): that is the scheduler going away, not a refusal.
pub(super) fn lp_failure(message: &str, queue: &str) -> PrintError {
    let lower = message.to_lowercase();
    let reason = message
        .trim()
        .trim_start_matches("lp: ")
        .trim_start_matches("Error - ")
        .trim();
    if lower.contains("does not exist") {
        PrintError::UnknownPrinter(queue.to_owned())
    } else if lower.contains("scheduler is not running")
        || lower.contains("unable to connect")
        || lower.contains("connection refused")
        || lower.contains("broken pipe")
        || reason.eq_ignore_ascii_case("success")
        || reason.is_empty()
    {
        PrintError::NoScheduler
    } else if lower.contains("not accepting") {
        PrintError::Rejecting(queue.to_owned())
    } else if lower.contains("no default destination") {
        PrintError::NoPrinter
    } else {
        PrintError::Refused(reason.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lpstat_and_lp_messages() {
        assert!(scheduler("scheduler is running\n"));
        assert!(!scheduler("scheduler is not running\n"));
        assert_eq!(queues("Office\nSheet_PDF\n\n"), ["Office", "Sheet_PDF"]);
        assert_eq!(
            default("system default destination: Office\n").as_deref(),
            Some("Office")
        );
        assert_eq!(default("no system default destination\n"), None);
        assert_eq!(
            request_id("request id is Q-3 (1 file(s))\n").as_deref(),
            Some("Q-3")
        );
        assert_eq!(request_id("lp: Error - No default destination.\n"), None);
    }

    #[test]
    fn reads_paused_rejecting_and_pending() {
        let stopped = "printer Q disabled since Tue 01 Dec 2026 10:00:00 AM UTC -\n\tPaused\n";
        assert!(paused(stopped));
        assert!(!paused("printer Q is idle.  enabled since Tue 01 Dec 2026\n"));
        assert!(rejecting(
            "Q not accepting requests since Tue 01 Dec 2026 -\n\tRejecting Jobs\n"
        ));
        assert!(!rejecting("Q accepting requests since Tue 01 Dec 2026\n"));
        let listing = "Q-3                     root           1024   Tue 01 Dec 2026\n";
        assert!(job_pending(listing, "Q-3"));
        assert!(!job_pending(listing, "Q-31"));
        assert!(keeps_job_files("_debug_logging=0\nWebInterface=No\n"));
        assert!(keeps_job_files("PreserveJobFiles=86400\n"));
        assert!(!keeps_job_files("PreserveJobFiles=No\n"));
    }

    #[test]
    fn each_lp_failure_gets_its_own_error() {
        let unknown = lp_failure("lp: Error - The printer or class does not exist.", "X");
        assert_eq!(unknown, PrintError::UnknownPrinter("X".to_owned()));
        assert_eq!(
            lp_failure("lp: Error - No default destination.", "Q"),
            PrintError::NoPrinter
        );
        assert_eq!(
            lp_failure("lp: Error - Destination \"Q\" is not accepting jobs.", "Q"),
            PrintError::Rejecting("Q".to_owned())
        );
        // cupsd killed mid-job: lp reports errno 0.
        assert_eq!(lp_failure("lp: Success\n", "Q"), PrintError::NoScheduler);
        assert_eq!(lp_failure("", "Q"), PrintError::NoScheduler);
        let refused = lp_failure("lp: Error - Unsupported document-format.", "Q");
        assert_eq!(
            refused,
            PrintError::Refused("Unsupported document-format.".to_owned())
        );
    }

    #[test]
    fn the_queue_is_the_chosen_one_or_the_default() {
        let list = PrinterList {
            printers: vec!["A".into(), "B".into()],
            default: Some("B".into()),
            keeps_job_files: None,
        };
        assert_eq!(choose_queue(&list, Some("A")), Ok("A".to_owned()));
        assert_eq!(choose_queue(&list, None), Ok("B".to_owned()));
        assert_eq!(
            choose_queue(&list, Some("C")),
            Err(PrintError::UnknownPrinter("C".to_owned()))
        );
        let no_default = PrinterList {
            default: None,
            ..list
        };
        assert_eq!(choose_queue(&no_default, None), Err(PrintError::NoDefault));
        let one = PrinterList {
            printers: vec!["A".into()],
            default: None,
            keeps_job_files: None,
        };
        assert_eq!(choose_queue(&one, None), Ok("A".to_owned()));
    }
}
