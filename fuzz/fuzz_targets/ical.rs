//! The iCalendar writer: every line ends in CRLF and is at most 75 octets,
//! and unfolding gives back the escaped text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tolk::calendar::ical::{IcsEvent, calendar, escape_text};
use tolk::calendar::{Status, When};

fuzz_target!(|input: (String, String, String, u16, u8, u8, u8)| {
    let (summary, description, location, year, month, day, len) = input;
    let Ok(start) = jiff::civil::Date::new(1900 + (year % 300) as i16, 1 + (month % 12) as i8, 1 + (day % 28) as i8) else { return };
    let Ok(end) = start.checked_add(jiff::Span::new().days(i64::from(len % 10))) else { return };
    let when = When::AllDay { start, end };
    let event = IcsEvent {
        uid: "x@example.org".into(),
        summary: &summary,
        description: description.clone(),
        location,
        url: "https://example.org/e/".into(),
        when: &when,
        status: Status::Scheduled,
        stamp: jiff::Timestamp::UNIX_EPOCH,
    };
    let text = calendar("Fuzz", std::slice::from_ref(&event));
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape_text(&summary))));
});
