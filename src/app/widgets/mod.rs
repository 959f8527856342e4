//! Small reusable pieces of UI.

pub mod before_after_chart;
pub mod contacts;
pub mod language_choice;
pub mod lms_notice;
pub mod load_error;
pub mod measure_invitation;
pub mod module_end;
pub mod own_growth;
pub mod page_title;
pub mod problems;
pub mod read_aloud;
pub mod reading_aid;
pub mod resume;
pub mod shared_session;
pub mod storage_notice;
pub mod tally;
pub mod ui_language_switch;
pub mod update_notice;
