//! Every Dutch word the app itself shows (content brings its own words).
//!
//! Kept in one file so tone can be reviewed in one go: B1 level, "je",
//! short sentences, no blame. Component code refers to these constants and
//! never contains Dutch literals.

use weerbaar_core::content::Audience;

pub const PRODUCT: &str = "Weerbaar";
pub const SKIP_LINK: &str = "Ga direct naar de inhoud";
pub const NAV_LABEL: &str = "Hoofdmenu";
pub const NAV_HOME: &str = "Start";
pub const NAV_PROGRESS: &str = "Mijn voortgang";
pub const NAV_PRIVACY: &str = "Privacy";
/// Read-aloud: the header's toggle and the bar's controls and states.
pub const READ_ALOUD: &str = "Voorlezen";
pub const READ_ALOUD_START: &str = "Lees voor";
pub const READ_ALOUD_PAUSE: &str = "Pauzeer";
pub const READ_ALOUD_RESUME: &str = "Ga verder";
pub const READ_ALOUD_STOP: &str = "Stop";
pub const READ_ALOUD_READING: &str = "Bezig met voorlezen.";
pub const READ_ALOUD_PAUSED: &str = "Voorlezen gepauzeerd.";
pub const READ_ALOUD_NO_VOICE: &str =
    "Op dit apparaat is geen Nederlandse stem om voor te lezen. Je kunt een stem toevoegen in de instellingen van je apparaat.";
pub const READ_ALOUD_NO_SPEECH: &str = "Deze browser kan niet voorlezen.";
pub const READ_ALOUD_FAILED: &str = "Het voorlezen is gestopt. Probeer het opnieuw.";
/// The reading aid's toggle in the header.
pub const READING_AID: &str = "Grotere letters";
pub const NAV_ACCESSIBILITY: &str = "Toegankelijkheid";
pub const LOADING: &str = "Even geduld, de inhoud wordt geladen…";
pub const RETRY: &str = "Probeer opnieuw";
pub const BACK_HOME: &str = "Terug naar de startpagina";

pub const HOME_TITLE: &str = "Herken ondermijning, weet wat je kunt doen";
pub const HOME_INTRO: &str = "Ondermijning is misdaad die zich verstopt in gewone zaken: een winkel zonder klanten, een schuur die ineens verhuurd wordt, een bankpas die iemand wil lenen. Hier leer je de signalen zien en ontdek je waar je ze kunt melden. Je hebt geen account nodig. Wat je doet, blijft op dit apparaat.";
pub const HOME_CHOOSE: &str = "Wie ben je?";

/// Name and one-line description of each audience on the home page.
pub fn audience_label(a: Audience) -> (&'static str, &'static str) {
    match a {
        Audience::Staff => ("Medewerker van de gemeente", "Signalen in je werk, Bibob, integriteit en hoe je intern meldt."),
        Audience::Residents => ("Inwoner", "Wat valt je op in je straat of wijk, en wat doe je dan?"),
        Audience::Entrepreneurs => ("Ondernemer", "Verdachte huurders, klanten en aanbiedingen op je bedrijf of bedrijventerrein."),
        Audience::Farmers => ("Agrariër of bewoner van het buitengebied", "Schuur verhuren, vaten in de berm en nachtelijk verkeer."),
        Audience::Youth => ("Jeugd (8 tot 12 jaar)", "Missies over veilig online zijn en nee zeggen tegen geld voor je bankpas."),
        Audience::Teens => ("Jongeren (12 tot 18 jaar)", "Een aanbod voor snel geld? Zie wat het echt kost en waar je hulp vindt."),
        Audience::Trainers => ("Trainer", "Zelf een sessie geven of lesstof schrijven."),
    }
}

/// "Terug naar Inwoners".
pub fn back_to(list_title: &str) -> String {
    format!("Terug naar {list_title}")
}
/// "Volgende module: Signalen in je werk".
pub fn next_module(title: &str) -> String {
    format!("Volgende module: {title}")
}
pub const MODULE_END_LABEL: &str = "Verder na deze module";
/// "Verder waar je was: Signalen in je werk".
pub fn resume(title: &str) -> String {
    format!("Verder waar je was: {title}")
}
/// "Ongeveer 10 minuten".
pub fn about_minutes(minutes: u32) -> String {
    if minutes == 1 {
        "Ongeveer 1 minuut".to_string()
    } else {
        format!("Ongeveer {minutes} minuten")
    }
}

pub const AUDIENCE_NO_MODULES: &str = "Voor deze groep staan nog geen modules klaar. Kijk later nog eens.";
pub const AUDIENCE_NOT_IN_CATALOGUE: &str = "Deze groep staat niet in het overzicht van deze website.";
pub const STATUS_DONE: &str = "Afgerond";
pub const STATUS_STARTED: &str = "Bezig";
pub const STATUS_NEW: &str = "Nog niet begonnen";

pub const CALLOUT_NOTE: &str = "Uitleg";
/// Read after a glossary term's own word, so the button says what it does
/// ("witwassen, wat betekent dit?") while the sentence still reads on.
pub const TERM_WHAT_IS: &str = ", wat betekent dit?";
pub const CALLOUT_TIP: &str = "Tip";
pub const CALLOUT_IMPORTANT: &str = "Belangrijk";
pub const CALLOUT_WARNING: &str = "Let op";

/// Where the learner is in a lesson: "Pagina 2 van 5".
pub fn page_of(n: usize, total: usize) -> String {
    format!("Pagina {n} van {total}")
}
/// The lesson's time left, after the page count: "nog ongeveer 4 minuten".
pub fn minutes_left(minutes: u32) -> String {
    format!("nog ongeveer {minutes} minuten")
}
pub const LESSON_PROGRESS: &str = "Voortgang in deze les";
pub const INTRODUCTION: &str = "Inleiding";
pub const PAGER_LABEL: &str = "Bladeren door de les";
pub const PREVIOUS: &str = "Vorige";
pub const NEXT: &str = "Volgende";
pub const FINISH: &str = "Les afronden";
pub const LESSON_DONE_TITLE: &str = "Je hebt deze les afgerond";
pub const LESSON_DONE_TEXT: &str =
    "Goed gedaan. Hieronder zie je nog een keer wat je kunt doen als je iets ziet. Op de pagina Mijn voortgang staat deze les nu als afgerond.";
pub const CHOOSE_ONE: &str = "Kies één antwoord.";
pub const CHOOSE_ALL: &str = "Kies alle antwoorden die kloppen.";
pub const CHOOSE_FIRST: &str = "Kies eerst een antwoord.";
pub const ORDER_HINT: &str = "Zet de stappen in de goede volgorde. Gebruik de knoppen Omhoog en Omlaag.";
pub const MOVE_UP: &str = "Omhoog";
pub const MOVE_DOWN: &str = "Omlaag";
pub const ORDER_RIGHT_TITLE: &str = "De goede volgorde:";
pub const PLACE_RIGHT: &str = " (goede plek)";
pub const PLACE_WRONG: &str = " (hoort ergens anders)";

/// The hint under a question: what the learner does with it.
pub fn answer_hint(answer: &weerbaar_core::content::kinds::question::Answer) -> &'static str {
    use weerbaar_core::content::kinds::question::Answer;
    match answer {
        Answer::One(_) => CHOOSE_ONE,
        Answer::Several(_) => CHOOSE_ALL,
        Answer::Order(_) => ORDER_HINT,
    }
}

/// The accessible name of a step's "Omhoog" button. It starts with the
/// visible word, so speech users can say "klik Omhoog" (WCAG 2.5.3), and
/// names the step, so a screen reader user knows which one moves.
pub fn move_up_label(step: &str) -> String {
    format!("Omhoog: zet '{step}' eerder")
}

/// The accessible name of a step's "Omlaag" button (see [`move_up_label`]).
pub fn move_down_label(step: &str) -> String {
    format!("Omlaag: zet '{step}' later")
}

/// Said in the live region after a move: "'Bel 112' staat nu op plek 2 van 3."
pub fn step_moved(step: &str, place: usize, total: usize) -> String {
    format!("'{step}' staat nu op plek {place} van {total}.")
}

/// Said when a step cannot move further: "'Bel 112' staat al bovenaan."
pub fn step_at_end(step: &str, top: bool) -> String {
    format!("'{step}' staat al {}.", if top { "bovenaan" } else { "onderaan" })
}

/// How many places were right, under a wrong order.
pub fn places_right(right: usize, total: usize) -> String {
    format!("Je had {right} van de {total} stappen op de goede plek.")
}

/// A learner's order as one line for the review: "1. Afstand; 2. Bellen".
pub fn numbered(texts: &[String]) -> String {
    texts.iter().enumerate().map(|(i, t)| format!("{}. {t}", i + 1)).collect::<Vec<_>>().join("; ")
}
pub const ERROR_PREFIX: &str = "Fout: ";
pub const CHECK_ANSWER: &str = "Controleer je antwoord";
pub const CHECK_RIGHT: &str = "Goed!";
pub const CHECK_NOT_YET: &str = "Niet helemaal. Zo zit het:";
pub const OPTION_RIGHT: &str = " (goed antwoord)";
pub const OPTION_YOUR_WRONG: &str = " (jouw keuze, niet goed)";

pub const TO_TEST: &str = "Naar de toets";
pub const QUESTION: &str = "Vraag";
pub const ERROR_SUMMARY_TITLE: &str = "Er is een probleem";
pub const RESULT_TITLE: &str = "Je uitslag";
pub const RESULT_PASSED: &str = "Gefeliciteerd, je bent geslaagd! Je hebt deze module afgerond.";
pub const RESULT_NOT_YET: &str =
    "Je bent nog niet geslaagd. Lees hieronder waarom de antwoorden zo zijn. Oefen daarna de vragen die je fout had, of doe de hele toets opnieuw.";
pub const RETRY_MISSED: &str = "Oefen de vragen die je fout had";
pub const RESTART_TEST: &str = "Doe de hele toets opnieuw";
pub const TO_RESULT: &str = "Naar je uitslag";
pub const PRACTICE_TITLE: &str = "Klaar met oefenen";

/// The caption above a question: the module, then where the learner is.
/// "Wat is ondermijning? · Vraag 2 van 4"; while practising "Oefenvraag 1 van 2".
pub fn question_caption(title: &str, step: weerbaar_core::progress::assessment::Step) -> String {
    let word = if step.practice { "Oefenvraag" } else { "Vraag" };
    format!("{title} · {word} {} van {}", step.number, step.total)
}

/// "Signaal of niet? · Kaart 2 van 12"; while practising "Oefenkaart 1 van 3".
pub fn card_caption(title: &str, step: weerbaar_core::progress::assessment::Step) -> String {
    let word = if step.practice { "Oefenkaart" } else { "Kaart" };
    format!("{title} · {word} {} van {}", step.number, step.total)
}

/// "Je had 9 van de 12 kaarten goed."
pub fn cards_score(right: usize, total: usize) -> String {
    format!("Je had {right} van de {total} kaarten goed.")
}

/// After practising missed quiz questions: practice, said as such.
/// "Je hebt 3 vragen geoefend en had er nu 2 goed."
pub fn practised_questions(right: usize, practised: usize) -> String {
    format!("Je hebt {} geoefend en had er nu {right} goed.", questions(practised))
}

/// After practising missed cards: "Je hebt 1 kaart geoefend en had er nu 1 goed."
pub fn practised_cards(right: usize, practised: usize) -> String {
    let cards = if practised == 1 { "1 kaart".to_string() } else { format!("{practised} kaarten") };
    format!("Je hebt {cards} geoefend en had er nu {right} goed.")
}

/// "Je had 3 van de 4 vragen goed (75%)."
pub fn score_line(correct: usize, total: usize, percent: u32) -> String {
    format!("Je had {correct} van de {total} vragen goed ({percent}%).")
}

/// Said before a test starts and on its result: what it takes to pass.
/// "Je slaagt met 70% goed: minimaal 3 van de 4 vragen."
pub fn pass_mark(pass_mark: u32, needed: usize, total: usize) -> String {
    format!("Je slaagt met {pass_mark}% goed: minimaal {needed} van de {total} vragen.")
}

/// On the last lesson page, before "Naar de toets".
pub fn test_ahead(total: usize, pass_mark_percent: u32, needed: usize) -> String {
    format!("Na deze pagina volgt de toets met {}. {}", questions(total), pass_mark(pass_mark_percent, needed, total))
}

/// The result page after practising missed questions: practice is said
/// to be practice, and the test's own result stays what it was.
pub fn practice_result(right: usize, practised: usize, score: u32, passed: bool) -> String {
    let outcome = if passed { "geslaagd" } else { "nog niet geslaagd" };
    format!(
        "Je hebt {} geoefend en had er nu {right} goed. Oefenen telt niet mee voor je uitslag: die blijft {score}% ({outcome}). \
         Wil je een nieuwe uitslag? Doe dan de hele toets opnieuw. Je krijgt de vragen dan in een andere volgorde.",
        questions(practised)
    )
}
pub const BACK_TO_LESSON: &str = "Terug naar de les";
pub const REVIEW_TITLE: &str = "Alle vragen nagekeken";
pub const REVIEW_RIGHT: &str = "Goed beantwoord.";
pub const REVIEW_WRONG: &str = "Nog niet goed.";
pub const REVIEW_YOURS: &str = "Jouw antwoord:";
pub const REVIEW_CORRECT: &str = "Het goede antwoord:";

pub const PRINT_LINK: &str = "Hele les afdrukken";
pub const PRINT_BACK: &str = "Terug naar de les";
pub const PRINT_INTRO: &str = "Hier staat de hele les op één pagina, met de vragen om over na te denken en waar je kunt melden. Druk hem af of kies bij afdrukken voor \"Opslaan als pdf\".";
pub const PRINT_BUTTON: &str = "Afdrukken";
pub const PRINT_NO_TEST: &str = "De toets staat niet op papier: die maak je in de les op de website.";
pub const PRINT_NOT_LESSON: &str = "Alleen een les kun je als geheel afdrukken. Open de module om hem te spelen.";
pub const WHAT_CAN_YOU_DO: &str = "Wat kun je doen?";
/// The module page's choice of content language; each language's own name
/// comes from `weerbaar_core::content::translation::LANGUAGES`.
pub const ALSO_IN: &str = "Deze module is er ook in:";
pub const DUTCH: &str = "Nederlands";
pub const WHAT_CAN_YOU_DO_INTRO: &str = "Je hoeft niets te bewijzen. Meld wat je ziet; de politie en de gemeente zoeken het verder uit.";
pub const FOOTER_REPORT_TITLE: &str = "Iets gezien? Zo meld je het";
pub const CALL: &str = "Bel";
pub const WEBSITE: &str = "Website";
pub const EMAIL: &str = "E-mail";

pub const PROGRESS_TITLE: &str = "Mijn voortgang";
pub const PROGRESS_INTRO: &str = "Hier zie je welke modules je hebt geopend en afgerond. Dit staat alleen op dit apparaat, in deze browser.";
pub const PROGRESS_GROWTH_TITLE: &str = "Wat je erbij leerde";
pub const PROGRESS_GROWTH_LOADING: &str = "De vragen worden geladen.";
/// "Inwoners" as the heading of one audience's own before/after.
pub fn progress_growth_heading(audience: &str) -> String {
    format!("Vragen voor en na: {audience}")
}
pub const PROGRESS_EMPTY: &str = "Je hebt nog geen modules geopend. Kies op de startpagina wie je bent om te beginnen.";

pub const DATA_TITLE: &str = "Je gegevens op dit apparaat";
pub const DATA_INTRO: &str =
    "Je voortgang staat alleen in deze browser. Wil je verder op een ander apparaat? Download dan je voortgang en lees het bestand daar in.";
pub const EXPORT_TITLE: &str = "Voortgang meenemen";
pub const EXPORT_BUTTON: &str = "Download je voortgang";
pub const EXPORT_FAILED: &str = "Het downloaden is niet gelukt.";
pub const IMPORT_TITLE: &str = "Voortgang inlezen";
pub const IMPORT_LABEL: &str = "Kies een bestand met voortgang";
pub const IMPORT_HINT: &str = "Kies het bestand dat je eerder bij Weerbaar hebt gedownload. Wat je op dit apparaat al hebt gedaan, blijft bewaard.";
pub const IMPORT_BUTTON: &str = "Inlezen";
pub const IMPORT_OK: &str = "Je voortgang is ingelezen:";
pub const IMPORT_OK_MODULES: &str = "module(s) in het bestand.";
pub const IMPORT_NO_FILE: &str = "Kies eerst een bestand.";
pub const IMPORT_TOO_LARGE: &str = "Dit bestand is te groot voor voortgang van Weerbaar.";
pub const IMPORT_UNREADABLE: &str = "Dit bestand kon niet worden gelezen.";
pub const IMPORT_NOT_PROGRESS: &str =
    "Dit bestand is geen voortgang van Weerbaar. Kies het bestand dat je bij \"Download je voortgang\" hebt gekregen.";
pub const IMPORT_TOO_NEW: &str = "Dit bestand komt uit een nieuwere versie van Weerbaar.";
pub const IMPORT_IMPLAUSIBLE: &str = "In dit bestand staan gegevens die niet kloppen.";
pub const IMPORT_UNCHANGED: &str = "Je voortgang op dit apparaat is niet veranderd.";
pub const ERASE_TITLE: &str = "Alles wissen";
pub const ERASE_INTRO: &str = "Gebruik je een gedeelde computer, of wil je opnieuw beginnen? Wis dan alles wat Weerbaar op dit apparaat heeft bewaard, ook de opgeslagen pagina's voor offline gebruik.";
pub const ERASE_BUTTON: &str = "Wis mijn gegevens";
pub const ERASE_CONFIRM: &str = "Weet je het zeker? Al je voortgang op dit apparaat wordt gewist. Dat kun je niet ongedaan maken.";
pub const ERASE_YES: &str = "Ja, wis alles";
pub const ERASE_NO: &str = "Nee, terug";
pub const ERASE_DONE: &str = "Alles wat Weerbaar op dit apparaat had bewaard, is gewist.";

pub const NOT_FOUND_TITLE: &str = "Deze pagina bestaat niet";
pub const NOT_FOUND_TEXT: &str = "Misschien is de link oud of zit er een typfout in. Kies hieronder waar je verder wilt gaan.";
pub const MODULE_NOT_FOUND_TITLE: &str = "Deze module bestaat niet (meer)";
pub const MODULE_NOT_FOUND_TEXT: &str = "Misschien is de module verplaatst of heeft hij een nieuwe naam gekregen.";

pub const LOAD_FAILED_TITLE: &str = "Dit deel kon niet worden geladen";
pub const LOAD_FAILED_OFFLINE: &str = "Controleer of je verbinding hebt met internet en probeer het opnieuw.";
pub const LOAD_FAILED_STATUS: &str = "De website gaf een fout terug. Probeer het opnieuw of probeer het later nog eens.";

pub const CONTENT_ERRORS_TITLE: &str = "Deze module bevat fouten";
pub const CONTENT_ERRORS_INTRO: &str = "De tekst van deze module kan niet goed worden getoond. Geef dit door aan de trainer of beheerder. Voor de trainer staat hieronder wat er mis is:";
pub const CATALOGUE_ERRORS_TITLE: &str = "Het overzicht van modules bevat fouten";
pub const SITE_ERRORS_TITLE: &str = "De instellingen van deze website bevatten fouten";
/// Where a problem is: "content/SUMMARY.md, regel 12".
pub fn file_line(file: &str, line: usize) -> String {
    format!("{file}, regel {line}")
}
/// A problem in the studio's list: "Fout, regel 3: …".
pub fn studio_problem(kind: &str, line: usize, message: &str) -> String {
    format!("{kind}, regel {line}: {message}")
}
pub const FIX: &str = "Zo los je het op:";

pub const STORAGE_BLOCKED: &str =
    "Deze browser staat niet toe dat Weerbaar je voortgang bewaart. Je kunt gewoon verder, maar als je de pagina sluit, ben je je voortgang kwijt.";
pub const STORAGE_FULL: &str =
    "Er is geen ruimte meer om je voortgang op te slaan. Je kunt gewoon verder, maar je laatste stappen worden niet bewaard.";
pub const STORAGE_KEPT_ASIDE: &str =
    "Je opgeslagen voortgang kon niet worden gelezen. We hebben hem apart gezet en beginnen opnieuw. Er is niets weggegooid.";
pub const STORAGE_TOO_NEW: &str =
    "Je voortgang is opgeslagen door een nieuwere versie van Weerbaar. We laten hem ongemoeid en bewaren deze keer niets.";
pub const UPDATE_AVAILABLE: &str = "Er is een nieuwe versie van Weerbaar. Vernieuw de pagina wanneer het jou uitkomt.";
pub const UPDATE_RELOAD: &str = "Nu vernieuwen";
/// Inside an LMS (a SCORM package), when the LMS refused to store progress.
pub const LMS_PROBLEM: &str = "De leeromgeving van je organisatie kon je voortgang nu niet opslaan. Je kunt gewoon verder: je voortgang blijft op dit apparaat bewaard. Blijft dit gebeuren? Meld het dan bij de beheerder van de leeromgeving.";
pub const DISMISS: &str = "Sluiten";
pub const NOTICE_LABEL: &str = "Let op";

pub const FATAL_TITLE: &str = "Er ging iets mis";
pub const FATAL_TEXT: &str = "Weerbaar liep vast. Je voortgang is bewaard tot je laatste stap.";
pub const FATAL_RELOAD: &str = "Laad de pagina opnieuw";

/// Title of the browser tab for a page.
pub fn document_title(page: &str) -> String {
    format!("{page} | {PRODUCT}")
}

pub const PRIVACY_TITLE: &str = "Privacy";
pub const PRIVACY_TEXT: &[&str] = &[
    "Weerbaar heeft geen accounts en volgt je niet. Er gaat niets van jou naar een server: geen naam, geen antwoorden, geen scores. Er zijn geen cookies en geen statistieken.",
    "Wat bewaart Weerbaar? Alleen in deze browser, op dit apparaat: welke modules je hebt geopend en afgerond, wanneer, en je score. Dat staat in de opslag van de browser (localStorage) onder de naam weerbaar.voortgang. Andere websites kunnen daar niet bij.",
    "Kon Weerbaar je opgeslagen voortgang een keer niet lezen? Dan staat er een kopie onder weerbaar.voortgang.onleesbaar, zodat er nooit iets zomaar verdwijnt.",
    "Voor gebruik zonder internet bewaart de browser een kopie van de website zelf: de app en de lesstof (in de Cache Storage, onder weerbaar-). Daarin staat niets over jou.",
    "Op een bewijs van deelname typ je je naam. Die naam blijft alleen op die pagina, tenzij je \"Onthoud mijn naam op dit apparaat\" aanvinkt: dan staat hij onder weerbaar.naam. Vink je het weer uit, dan is hij weg.",
    "Kinderen die missies spelen, kiezen een bijnaam en een dier. Op een eigen apparaat onthoudt de browser die onder weerbaar.speler, met de gehaalde missies. Op een computer van school of de bibliotheek staan ze alleen in dit tabblad (sessionStorage, met weerbaar.gedeeld als teken) en verdwijnen ze bij \"Klaar\" of na tien minuten zonder gebruik. Een bijnaam is geen echte naam: de app vraagt om geen echte naam te gebruiken en weigert een e-mailadres of telefoonnummer.",
    "Schrijf je lesstof op de pagina Lesstof schrijven, dan bewaart de browser je concept onder weerbaar.studio.concept, zodat je werk niet verloren gaat. Ook dat gaat nergens heen.",
    "Doe je zelf de korte vragen voor en na de modules (Wat weet je al?), dan bewaart de browser je antwoorden bij je voortgang, onder weerbaar.voortgang. Zo kun je op Mijn voortgang zien wat je erbij leerde. Je antwoorden gaan nergens heen en niemand anders ziet ze.",
    "Trainers kunnen in een groepssessie voor en na meten wat de groep weet en of mensen zouden melden. Ze tellen dan alleen handen of kaarten: er worden geen namen, geen vrije tekst en niets over een apparaat bewaard. Zolang de meting loopt, staan de tellingen op het apparaat van de trainer (onder weerbaar.meting.sessie), zodat ze niet verloren gaan. Het verslag is een bestand dat de trainer zelf opslaat. Op de pagina Metingen samenvoegen worden zulke bestanden alleen in deze browser gelezen en niet bewaard. Een groep van minder dan vijf mensen krijgt nooit cijfers, want dan kun je zien wie wat antwoordde.",
    "Zet je Grotere letters aan, dan onthoudt de browser dat onder weerbaar.leeshulp. Zet je Voorlezen aan of uit, dan onthoudt hij dat onder weerbaar.voorlezen. Kies je bij een module een andere taal, dan onthoudt hij die onder weerbaar.taal. Voorlezen gebeurt met de stem van je eigen apparaat; de tekst gaat nergens heen.",
    "Download je je voortgang, dan maakt je eigen apparaat dat bestand. Het gaat nergens anders heen.",
    "Weerbaar laadt niets van andere websites: geen lettertypen, geen statistieken, geen advertenties. Alles komt van de website waar je nu bent.",
    "Alles wissen? Kies op de pagina Mijn voortgang voor \"Wis mijn gegevens\". Dan verdwijnt alles wat hierboven staat van dit apparaat. Op een gedeelde computer, zoals in een bibliotheek of op school, is dat verstandig als je klaar bent.",
];

pub const ACCESSIBILITY_TITLE: &str = "Toegankelijkheid";
pub const ACCESSIBILITY_TEXT: &[&str] = &[
    "Iedereen moet Weerbaar kunnen gebruiken. We bouwen volgens de richtlijnen WCAG 2.2 op niveau AA; overheden in Nederland zijn wettelijk verplicht om WCAG 2.1 AA te halen.",
    "Je kunt alles met alleen het toetsenbord bedienen. Met Tab ga je naar de volgende knop of link, met Enter kies je. De eerste link op elke pagina brengt je direct naar de inhoud.",
    "Bij elke nieuwe pagina gaat de focus naar de titel, zodat een schermlezer vertelt waar je bent. De pagina werkt ook op een smal scherm en als je inzoomt tot 400%.",
    "Elke versie van Weerbaar wordt automatisch getest met axe-core op alle pagina's, en met toetsenbord-tests in een echte browser.",
    "Loop je toch ergens tegenaan? Laat het de organisatie weten die deze website aanbiedt; zo kunnen we het verbeteren.",
];

// Certificate ("bewijs van deelname").
pub const CERT_TITLE: &str = "Bewijs van deelname";
pub const CERT_INTRO: &str = "Typ je naam zoals die op het bewijs moet staan. Druk het daarna af, of kies bij afdrukken voor \"Opslaan als pdf\".";
pub const CERT_NAME_LABEL: &str = "Je naam";
pub const CERT_NAME_HINT: &str = "Je naam staat alleen op dit bewijs. Weerbaar stuurt hem nergens heen.";
pub const CERT_REMEMBER: &str = "Onthoud mijn naam op dit apparaat";
pub const CERT_REMEMBER_HINT: &str = "Doe dit niet op een gedeelde computer, zoals in een bibliotheek.";
pub const CERT_PRINT: &str = "Afdrukken of opslaan als pdf";
/// Anyone can print this page, so it never speaks for the organisation.
pub const CERT_SELF_MADE: &str =
    "Dit bewijs heeft de deelnemer zelf gemaakt en afgedrukt na het afronden van de e-learning. Het is geen verklaring van";
pub const CERT_NO_NAME: &str = "(naam)";
pub const CERT_FINISHED: &str = "de e-learning";
pub const CERT_ON: &str = "heeft afgerond op";
pub const CERT_SCORE: &str = "met een score van";
pub const CERT_FOOTER: &str = "Weerbaar: ondermijning herkennen en melden";
pub const CERT_NOT_DONE_TITLE: &str = "Nog geen bewijs van deelname";
pub const CERT_NOT_DONE: &str = "Je krijgt een bewijs van deelname als je deze module hebt afgerond. Maak de module eerst af.";
pub const CERT_TO_MODULE: &str = "Naar de module";
pub const CERT_LINK: &str = "Bekijk je bewijs van deelname";
pub const CERT_NOT_SAVED: &str = "Je naam kon niet worden onthouden, omdat de browser niets mag opslaan. Het bewijs afdrukken kan wel.";

// Scenario quiz.
/// "1 vraag", "12 vragen".
pub fn questions(n: usize) -> String {
    if n == 1 {
        "1 vraag".to_string()
    } else {
        format!("{n} vragen")
    }
}
pub const QUIZ_ABOUT: &str = "ongeveer";
pub const MINUTES: &str = "minuten";
pub const QUIZ_START: &str = "Begin";
pub const NEXT_QUESTION: &str = "Volgende vraag";
pub const SEE_RESULT: &str = "Bekijk je uitslag";
pub const QUIZ_RESTART: &str = "Begin opnieuw";
pub const QUIZ_ALL_RIGHT: &str = "Alles goed! Je herkent deze signalen en weet wat je kunt doen.";
pub const QUIZ_PASSED: &str = "Goed gedaan. Lees hieronder nog eens de vragen die je fout had, of oefen ze opnieuw.";
pub const QUIZ_NOT_YET: &str =
    "Dat is nog niet genoeg, maar je hebt nu wel gezien waar je op kunt letten. Lees de uitleg hieronder en oefen de vragen die je fout had.";

/// On a quiz's start page: when the quiz counts as done.
pub fn quiz_pass_mark(pass_mark: u32, needed: usize, total: usize) -> String {
    format!("Je rondt de quiz af met {pass_mark}% goed: minimaal {needed} van de {total} vragen.")
}

/// After practising in a quiz: the round's result stays what it was.
pub fn quiz_result_stays(score: u32, pass_mark: u32) -> String {
    format!(
        "Oefenen telt niet mee: je uitslag blijft {score}% (nodig is {pass_mark}%). Begin opnieuw voor een nieuwe uitslag: je krijgt dan alle vragen."
    )
}

/// "Je had de vorige keer 2 vragen fout. Die krijg je nu eerst."
pub fn quiz_missed_first(n: usize) -> String {
    if n == 1 {
        "Je had de vorige keer 1 vraag fout. Die krijg je nu eerst.".to_string()
    } else {
        format!("Je had de vorige keer {n} vragen fout. Die krijg je nu eerst.")
    }
}

// Branching scenario.
/// The presenter's counter in a scenario: "stap 3".
pub fn story_step(n: usize) -> String {
    format!("stap {n}")
}
pub const STORY_ENDING: &str = "Einde";
/// "Nieuwe buren · Stap 2", or "Nieuwe buren · Einde" at an ending.
pub fn story_caption(title: &str, step: Option<usize>) -> String {
    match step {
        Some(n) => format!("{title} · Stap {n}"),
        None => format!("{title} · {STORY_ENDING}"),
    }
}
pub const STORY_CHOOSE: &str = "Wat doe je?";
pub const STORY_ROUTE: &str = "Jouw route";
pub const STORY_BACK: &str = "Een stap terug";
pub const STORY_RESTART: &str = "Opnieuw beginnen";

// "Signaal of niet?" cards.
pub const CARDS: &str = "kaarten";
pub const CARDS_HOW: &str = "Lees steeds een korte situatie. Is het een signaal van ondermijning, of niet? Na elke kaart lees je waarom.";
pub const CARDS_SWIPE_HINT: &str = "Kies een knop. Op een touchscreen kun je ook vegen: naar rechts is signaal, naar links is geen signaal.";
pub const SIGNAL: &str = "Signaal";
pub const NO_SIGNAL: &str = "Geen signaal";
pub const CARD_IS_SIGNAL: &str = "Dit is een signaal.";
pub const CARD_IS_NO_SIGNAL: &str = "Dit is geen signaal.";
pub const NEXT_CARD: &str = "Volgende kaart";
pub const CARDS_ALL_RIGHT: &str = "Alles goed! Je ziet het verschil tussen een signaal en iets gewoons.";
pub const CARDS_SOME_MISSED: &str = "Goed bezig. Hieronder lees je de kaarten die je nog lastig vond. Die komen de volgende keer ook eerst terug.";
pub const CARDS_REPLAY_MISSED: &str = "Speel de gemiste kaarten nog een keer";
pub const CARDS_MISSED_TITLE: &str = "Kaarten om nog eens te lezen";

/// "Je had de vorige keer 3 kaarten fout. Die krijg je nu eerst."
pub fn cards_missed_first(n: usize) -> String {
    if n == 1 {
        "Je had de vorige keer 1 kaart fout. Die krijg je nu eerst.".to_string()
    } else {
        format!("Je had de vorige keer {n} kaarten fout. Die krijg je nu eerst.")
    }
}

// "Zoek de signalen" scenes.
pub const SCENE_LEVEL: &str = "Kies een niveau";
pub const LEVEL_EASY: &str = "Makkelijk";
pub const LEVEL_EASY_HINT: &str = "Minder plekken om uit te kiezen. Je ziet hoeveel signalen er zijn.";
pub const LEVEL_NORMAL: &str = "Gewoon";
pub const LEVEL_NORMAL_HINT: &str = "Alle plekken. Je ziet hoeveel signalen er zijn.";
pub const LEVEL_HARD: &str = "Moeilijk";
pub const LEVEL_HARD_HINT: &str = "Alle plekken. Je ziet niet hoeveel signalen er zijn.";
pub const SCENE_CLOCK: &str = "Speel met een klok (3 minuten)";
pub const SCENE_CLOCK_HINT: &str = "Zonder klok heb je alle tijd. Tijd levert geen extra punten op.";
pub const SCENE_CLOCK_OFF: &str = "Zet de klok uit";
pub const SCENE_HOW: &str = "Kies in de tekening de plekken die volgens jou een signaal zijn. Met Tab ga je langs alle plekken, met Enter of spatie kies je. Kies nog een keer om het weer uit te zetten. Druk op Klaar als je klaar bent.";
pub const SCENE_DESCRIPTION: &str = "Beschrijving van de tekening";
pub const SCENE_DONE: &str = "Klaar";
/// The best score of a scene so far, in percent.
pub fn scene_best(percent: u32) -> String {
    format!("Je beste score tot nu toe: {percent}%.")
}
/// A scene round's points.
pub fn scene_points(points: u32, max: u32, percent: u32) -> String {
    format!("Je score: {points} van {max} punten ({percent}%).")
}
pub const SCENE_FOUND: &str = "Signalen die je vond";
pub const SCENE_MISSED: &str = "Signalen die je nog niet vond";
pub const SCENE_OUT_OF_VIEW: &str = "Buiten beeld";
pub const SCENE_OUT_OF_VIEW_INTRO: &str =
    "Deze signalen stonden op een deel van de tekening dat niet op je scherm kwam. Kijk hier wat het was; de volgende keer kun je de tekening opzij schuiven of 'Hele tekening tonen' kiezen.";
pub const SCENE_PAN_HINT: &str = "Past de tekening niet op je scherm? Schuif hem opzij om alles te zien, of toon de hele tekening.";
pub const SCENE_FITTED_HINT: &str = "Je ziet de hele tekening. Tik op een plek om daar in te zoomen en te kiezen.";
pub const SCENE_FIT: &str = "Hele tekening tonen";
pub const SCENE_ZOOM_IN: &str = "Zoom in op deze plek van de tekening";
/// Under the score of a scene that reached its pass mark.
pub fn scene_done(pass_mark: u32) -> String {
    format!("Je haalde {pass_mark}% of meer: deze scène staat nu als afgerond.")
}
/// Under the score of a scene below its pass mark.
pub fn scene_not_done(pass_mark: u32) -> String {
    format!("Met {pass_mark}% of meer staat deze scène als afgerond. Speel nog een keer: je weet nu waar je op kunt letten.")
}
pub const SCENE_FALSE_ALARMS: &str = "Vals alarm";
pub const SCENE_FALSE_ALARMS_INTRO: &str = "Deze dingen koos je, maar ze zijn gewoon. Dat is niet erg: je leert er juist van wat wél een signaal is.";
pub const SCENE_ORDINARY: &str = "Gewone dingen die je goed liet staan";
pub const SCENE_WHAT_NOW: &str =
    "Zie je zulke signalen in het echt? Ga niet zelf kijken en spreek niemand aan. Schrijf op wat je zag en meld het. Hieronder staat waar.";
pub const SCENE_AGAIN: &str = "Speel nog een keer";
pub const TAG_FOUND: &str = "gevonden";
pub const TAG_MISSED: &str = "niet gevonden";
pub const TAG_OUT_OF_VIEW: &str = "buiten beeld";
pub const TAG_FALSE_ALARM: &str = "vals alarm";

/// "Er zijn 5 signalen te vinden. Je hebt 2 plekken gekozen."
pub fn scene_count(signals: usize, marked: usize) -> String {
    format!("Er zijn {signals} signalen te vinden. {}", scene_marked(marked))
}

/// "Je hebt 2 plekken gekozen."
pub fn scene_marked(marked: usize) -> String {
    match marked {
        1 => "Je hebt 1 plek gekozen.".to_string(),
        n => format!("Je hebt {n} plekken gekozen."),
    }
}

/// "Nog 2:05" on the optional clock.
pub fn clock_left(seconds: u32) -> String {
    format!("Nog {}:{:02}", seconds / 60, seconds % 60)
}

/// "Je vond 4 van de 5 signalen. 1 keer vals alarm."
pub fn scene_result(found: usize, signals: usize, false_alarms: usize) -> String {
    let alarms = match false_alarms {
        0 => "Geen vals alarm.".to_string(),
        1 => "1 keer vals alarm.".to_string(),
        n => format!("{n} keer vals alarm."),
    };
    format!("Je vond {found} van de {signals} signalen. {alarms}")
}

// Presenter mode.
/// The presenter's counter: "Dia 3 van 12".
pub fn slide_of(n: usize, total: usize) -> String {
    format!("Dia {n} van {total}")
}
/// The heading of a slide that continues a lesson page: "Vergunningen (vervolg)".
pub fn continued(title: &str) -> String {
    format!("{title} (vervolg)")
}
pub const PRESENT_TITLE: &str = "Presentatie";
pub const PRESENT_PREVIOUS: &str = "Vorige";
pub const PRESENT_NEXT: &str = "Volgende";
pub const PRESENT_REVEAL: &str = "Toon antwoord";
pub const PRESENT_NOTES: &str = "Notities voor de trainer";
/// The notes button, with how many notes the module has.
pub fn present_notes_button(total: usize) -> String {
    format!("{PRESENT_NOTES} ({total})")
}
pub const PRESENT_NO_NOTES: &str = "Bij deze dia staan geen notities.";
pub const PRESENT_STOP: &str = "Stop presentatie";
pub const PRESENT_CHOOSE: &str = "Kies";
pub const PRESENT_RIGHT: &str = " (goed)";
pub const PRESENT_KEYS: &str = "Toetsen: pijl rechts, pijl omlaag, Page Down of spatie = verder (eerst het antwoord). Pijl links, pijl omhoog of Page Up = terug. Bij een scenario: cijfer 1, 2 of 3 kiest.";
/// Turns the scenario's number keys on and off.
pub const PRESENT_DIGITS: &str = "Cijfertoetsen aan";
pub const PRESENT_LINK: &str = "Geef je een sessie met deze module? Open de presentatiemodus";
/// The name of the button that counts a hand for an option.
pub fn tally_plus(option: &str) -> String {
    format!("Eén hand erbij voor {option}")
}
/// The name of the button that takes a hand back from an option.
pub fn tally_minus(option: &str) -> String {
    format!("Eén hand eraf voor {option}")
}
pub const SCENE_FOUND_ALL: &str = "De signalen in deze tekening";

// Authoring studio.
pub const STUDIO_TITLE: &str = "Lesstof schrijven";
/// Under the studio's messages when begrippen.md has errors: the preview
/// then explains only the terms that are written correctly.
pub fn studio_glossary_problems(errors: usize) -> String {
    match errors {
        1 => "In de begrippenlijst (begrippen.md) staat 1 fout. De voorbeeldweergave legt alleen de begrippen uit die goed zijn geschreven. De checker zegt wat je moet verbeteren.".into(),
        n => format!("In de begrippenlijst (begrippen.md) staan {n} fouten. De voorbeeldweergave legt alleen de begrippen uit die goed zijn geschreven. De checker zegt wat je moet verbeteren."),
    }
}
pub const STUDIO_INTRO: &str = "Schrijf of verbeter een module. Links staat de tekst, rechts zie je meteen wat deelnemers zien. Er gaat niets naar een server: je werk blijft in deze browser tot je het downloadt.";
pub const STUDIO_TEMPLATE_LABEL: &str = "Begin met een voorbeeld";
pub const STUDIO_USE_TEMPLATE: &str = "Gebruik dit voorbeeld";
pub const STUDIO_TEMPLATE_LOADED: &str = "Het voorbeeld staat in de editor:";
pub const STUDIO_OPEN_LABEL: &str = "Of open een bestand van je computer (.md)";
pub const STUDIO_OPEN: &str = "Open bestand";
pub const STUDIO_OPENED: &str = "Geopend:";
pub const STUDIO_TOO_LARGE: &str = "Dit bestand is groter dan 1 MB. Dat is te groot voor één module; verdeel de lesstof over meer bestanden.";
pub const STUDIO_EDITOR_LABEL: &str = "Tekst van de module (Markdown)";
pub const STUDIO_EDITOR_HINT: &str = "Je werk wordt in deze browser bewaard, ook als je de pagina sluit. Download het als je klaar bent.";
/// "Download signaal-of-niet.md".
pub fn studio_download(file: &str) -> String {
    format!("Download {file}")
}
pub const STUDIO_SUMMARY_HOW: &str = "Zet het bestand in de map van de doelgroep in content/ en zet deze regel in content/SUMMARY.md, onder het kopje van die doelgroep. Dan staat de module op de website.";
pub const STUDIO_HANDBOOK: &str = "Handleiding voor trainers (alle regels en voorbeelden)";
pub const STUDIO_SHEET_TITLE: &str = "Spiekbriefje: zo schrijf je een module";
/// The main forms of the dialect, in the handbook's words.
pub const STUDIO_SHEET: &[(&str, &str)] = &[
    ("---  …  ---", "Het blok bovenaan, met titel:, soort: (les, quiz, kaarten, scene, scenario of missie), doelgroep: en eventueel duur:, slaaggrens: en omschrijving:."),
    ("## Kopje", "Een nieuwe pagina, vraag, kaartengroep, plek in een tekening of situatie."),
    ("- [x] Antwoord", "Een goed antwoord (bij kaarten: een signaal)."),
    ("- [ ] Antwoord", "Een fout antwoord (bij kaarten: geen signaal)."),
    ("  > Uitleg", "Twee spaties en > onder een antwoord: de uitleg bij dat antwoord."),
    ("> [!TIP]", "Een tip bij de vraag. > [!NOTE] is de uitleg na het antwoorden."),
    ("# Toets", "In een les: alles hierna is de eindtoets."),
    ("- [Keuze](#code)", "In een scenario: een keuze die naar het kopje met {#code} gaat."),
    ("```trainer", "Notities voor de trainer, alleen te zien in de presentatie."),
];
pub const STUDIO_REPLACE_TITLE: &str = "Je concept vervangen?";
pub const STUDIO_REPLACE_TEXT: &str = "In de editor staat werk van jou. Als je doorgaat, komt daar iets anders te staan. Je kunt je werk daarna nog terugzetten, zolang je deze pagina open hebt.";
pub const STUDIO_REPLACE_YES: &str = "Ja, vervang mijn concept";
pub const STUDIO_REPLACE_NO: &str = "Nee, houd mijn concept";
pub const STUDIO_KEPT: &str = "Je concept is niet veranderd.";
pub const STUDIO_PREVIOUS_KEPT: &str = "Je vorige concept kun je terugzetten met de knop hieronder.";
pub const STUDIO_RESTORE: &str = "Zet mijn vorige concept terug";
pub const STUDIO_RESTORED: &str = "Je vorige concept staat weer in de editor.";
pub const STUDIO_PREVIEW_LAST_GOOD: &str = "Dit is de laatste versie zonder fouten. Los de meldingen op, dan verschijnt je nieuwe tekst hier.";
pub const STUDIO_MESSAGES: &str = "Meldingen";
pub const STUDIO_CLEAN: &str = "Geen fouten of waarschuwingen. Deze module is klaar.";
pub const STUDIO_ERROR: &str = "Fout";
pub const STUDIO_WARNING: &str = "Waarschuwing";
pub const STUDIO_PREVIEW: &str = "Zo ziet de deelnemer het";
pub const STUDIO_PREVIEW_WAITS: &str = "Het voorbeeld verschijnt als er geen fouten meer zijn. Kies een melding om naar de regel te gaan.";
pub const STUDIO_DRAFT_NOT_SAVED: &str = "Je werk kon niet in de browser worden bewaard. Download het bestand voordat je de pagina sluit.";

/// "2 fouten, 1 waarschuwing".
pub fn studio_count(errors: usize, warnings: usize) -> String {
    let e = if errors == 1 { "1 fout".to_string() } else { format!("{errors} fouten") };
    let w = if warnings == 1 { "1 waarschuwing".to_string() } else { format!("{warnings} waarschuwingen") };
    format!("{e}, {w}.")
}

/// The children's words (8-12): shorter sentences than the rest of the
/// site, "je", always encouraging and specific.
pub mod youth {
    pub const LEFT_TITLE: &str = "Bijna klaar!";
    pub const LEFT_TEXT: &str = "Deze stappen heb je nog niet gedaan. Doe ze eerst, dan krijg je je badge.";
    /// "Naar stap 3: Sorteer de wachtwoorden".
    pub fn go_to_step(number: usize, title: &str) -> String {
        format!("Naar stap {number}: {title}")
    }
    pub const HOME_TITLE: &str = "Missies voor slimme kids";
    pub const HOME_INTRO: &str = "Leer hoe je nepberichten herkent, je wachtwoord sterk maakt en nee zegt als iemand je bankpas wil lenen. Elke missie duurt ongeveer 10 minuten.";
    pub const SETUP_TITLE: &str = "Maak je speler";
    pub const WHERE_LEGEND: &str = "Waar speel je?";
    pub const WHERE_SHARED: &str = "Op een computer van school of de bibliotheek";
    pub const WHERE_SHARED_HINT: &str = "We onthouden alles tot je op Klaar drukt. Daarna wissen we alles.";
    pub const WHERE_OWN: &str = "Op mijn eigen computer of tablet";
    pub const WHERE_OWN_HINT: &str = "Je missies blijven op dit apparaat bewaard.";
    pub const NICKNAME_LABEL: &str = "Je bijnaam";
    pub const NICKNAME_HINT: &str = "Verzin een bijnaam. Gebruik niet je echte naam.";
    pub const NICKNAME_EMPTY: &str = "Typ een bijnaam.";
    pub const NICKNAME_TOO_LONG: &str = "Je bijnaam mag maximaal 20 tekens hebben.";
    pub const NICKNAME_CONTACT: &str = "Gebruik geen e-mailadres of telefoonnummer. Verzin een bijnaam.";
    pub const AVATAR_LEGEND: &str = "Kies je dier";
    pub const AVATAR_MISSING: &str = "Kies een dier.";
    pub const ERRORS_TITLE: &str = "Er gaat nog iets mis";
    pub const START: &str = "Start";
    pub const HELLO: &str = "Hoi";
    pub const RANK: &str = "Je rang";
    pub const RANK_LEAD: &str = "Je rang:";
    pub const BADGE: &str = "Badge gehaald";
    pub const STATUS_STARTED: &str = "Bezig";
    pub const STATUS_NEW: &str = "Nog niet gedaan";
    pub const DIPLOMA_LINK: &str = "Print je diploma";
    pub const OTHER_PLAYER: &str = "Andere speler";
    pub const TEACHERS_TITLE: &str = "Voor leerkrachten en de bibliotheek";
    pub const TEACHERS_INTRO: &str = "Bij elke missie hoort een pagina met leerdoelen, een lesplan van 45 minuten, vragen voor een klassengesprek en wat je doet als een kind iets vertelt. Spelen op een gedeelde computer? Kies dan bij het begin 'Op een computer van school of de bibliotheek'.";
    pub const TEACHER_FOR: &str = "Voor de leerkracht:";
    pub const TEACHER_STEPS: &str = "Wat de kinderen doen";
    pub const TEACHER_NONE: &str = "Bij deze missie staat nog geen deel voor de leerkracht.";
    pub const TEACHER_NOT_MISSION: &str = "Deze module is geen missie.";
    pub const TEACHER_LINK: &str = "Voor de leerkracht: lesplan en gespreksvragen";
    pub const TEACHER_PRINT: &str = "Print deze pagina";

    // The shared-computer session.
    pub const SHARED_BAR: &str = "Gedeelde computer: als je klaar bent, wissen we alles.";
    pub const DONE: &str = "Klaar";
    pub const DONE_CONFIRM: &str = "Ben je klaar? Dan wissen we je bijnaam en je missies van deze computer.";
    pub const DONE_YES: &str = "Ja, wis alles";
    pub const DONE_NO: &str = "Nee, ik speel verder";
    pub const ENDED_TITLE: &str = "Alles is gewist";
    pub const ENDED_TEXT: &str = "Je bijnaam en je missies staan niet meer op deze computer. De volgende kan beginnen.";
    pub const ENDED_IDLE: &str = "Er gebeurde 10 minuten niets. Daarom hebben we alles gewist.";
    pub const IDLE_TITLE: &str = "Ben je er nog?";
    pub const IDLE_TEXT: &str = "Er gebeurt al een tijdje niets. Over 1 minuut wissen we alles.";
    pub const IDLE_STAY: &str = "Ik speel verder";

    // The mission player.
    /// Where the child is in a mission: "Stap 2 van 6".
    pub fn step_of(n: usize, total: usize) -> String {
        format!("Stap {n} van {total}")
    }
    pub const PROGRESS_LABEL: &str = "Hoe ver je bent in de missie";
    pub const NEXT: &str = "Verder";
    pub const PREVIOUS: &str = "Terug";
    pub const FINISH: &str = "Missie afronden";
    pub const DONE_TITLE: &str = "Missie gehaald!";
    pub const DONE_BADGE: &str = "Je hebt de badge";
    pub const DONE_RANK: &str = "Je rang is nu";
    pub const DONE_NEXT_RANK_1: &str = "Nog";
    pub const DONE_NEXT_RANK_2: &str = "tot";
    pub const MISSION_ONE: &str = "missie";
    pub const MISSION_MANY: &str = "missies";

    /// "Je rang is nu Verkenner. Nog 1 missie tot Speurder.", after `lead`.
    pub fn rank_sentence(lead: &str, rank: &weerbaar_core::progress::youth::Rank) -> String {
        let mut text = format!("{lead} {}.", rank.name);
        if let Some((left, next)) = rank.next {
            let missions = if left == 1 { MISSION_ONE } else { MISSION_MANY };
            text.push_str(&format!(" {DONE_NEXT_RANK_1} {left} {missions} {DONE_NEXT_RANK_2} {next}."));
        }
        text
    }
    // The mission map on the youth page.
    pub const MAP_TITLE: &str = "Jouw missiekaart";
    pub const MAP_FINISH: &str = "Finish: je diploma";
    pub const YOU_ARE_HERE: &str = "Hier ben je";

    /// "Je hebt 2 van de 6 missies gehaald."
    pub fn missions_done(done: usize, total: usize) -> String {
        format!("Je hebt {done} van de {total} missies gehaald.")
    }

    /// "Missie 3", above a stop's title on the map.
    pub fn mission_number(number: usize) -> String {
        format!("Missie {number}")
    }
    pub const BACK_TO_MISSIONS: &str = "Terug naar de missies";
    pub const TELL_TITLE: &str = "Wie kun je het vertellen?";
    pub const TELL_INTRO: &str = "Zie of lees je iets online dat niet goed voelt? Stop, maak een screenshot en vertel het aan:";
    pub const TELL_ADULTS: &[&str] = &["je vader, moeder of verzorger;", "je juf of meester;", "een andere volwassene die je vertrouwt."];
    pub const TELL_NO_BLAME: &str = "Je krijgt geen straf als je iets vertelt. Het is nooit jouw schuld.";
    pub const TELL_KINDERTELEFOON: &str = "Wil je liever met iemand anders praten? Bel of chat met De Kindertelefoon:";
    pub const KINDERTELEFOON_NUMBER: &str = "0800-0432";
    pub const KINDERTELEFOON_HREF: &str = "tel:08000432";
    pub const KINDERTELEFOON_FREE: &str = "(gratis, je hoeft je naam niet te zeggen).";
    pub const TELL_DANGER: &str = "Is er nu gevaar? Bel 112.";

    // Echt of nep?
    pub const MESSAGE_MAIL: &str = "E-mail";
    pub const MESSAGE_SMS: &str = "Sms";
    pub const MESSAGE_CHAT: &str = "Chatbericht";
    pub const MARK_HINT: &str = "Tik op de stukjes die niet kloppen. Tik nog een keer om het weg te halen.";
    pub const MARKED: &str = "Aangetikt";
    pub const SHOW_ANSWERS: &str = "Klaar, laat zien";
    pub const FOUND: &str = "Goed gezien: dit klopt niet.";
    pub const MISSED: &str = "Dit klopt ook niet.";
    pub const FALSE_ALARM: &str = "Dit is gewoon.";
    pub const FINE: &str = "Gewoon stukje.";
    pub const TRY_AGAIN: &str = "Nog een keer";

    // Sorting.
    /// Which card is being sorted: "Kaartje 3 van 8".
    pub fn card_of(n: usize, total: usize) -> String {
        format!("Kaartje {n} van {total}")
    }
    pub const WHERE_DOES_IT_GO: &str = "Waar hoort dit kaartje bij?";
    pub const DRAG_HINT: &str = "Kies een knop. Je mag het kaartje ook naar een vak slepen.";
    pub const RIGHT: &str = "Goed!";
    pub const NOT_QUITE: &str = "Net niet.";
    pub const BELONGS_IN: &str = "Dit hoort bij:";
    pub const NEXT_CARD: &str = "Volgend kaartje";
    pub const SORT_DONE: &str = "Alle kaartjes liggen op hun plek.";
    pub const SORT_REVIEW: &str = "Deze kaartjes waren lastig:";

    // Chat.
    pub const CHAT_LABEL: &str = "Het gesprek";
    pub const YOU: &str = "Jij";
    pub const CHOOSE_REPLY: &str = "Wat doe je?";
    pub const CHAT_END: &str = "Einde van het gesprek";
    pub const CHAT_BACK: &str = "Een stap terug";
    pub const CHAT_RESTART: &str = "Begin het gesprek opnieuw";

    // Password lab.
    pub const LAB_LABEL: &str = "Jouw oefenwachtwoord";
    pub const LAB_HINT: &str = "Wat je hier typt, bewaren we niet en sturen we nergens heen.";
    pub const LAB_HIDE: &str = "Verberg wat ik typ";
    pub const LAB_LOADING: &str = "De lijst met bekende wachtwoorden wordt geladen…";
    pub const LAB_NO_LISTS: &str = "De lijst met bekende wachtwoorden kon niet laden. Misschien heb je geen internet. De meter werkt wel, maar is nu minder streng: een bekend wachtwoord lijkt dan sterker dan het is.";
    pub const LAB_STRENGTH: &str = "Sterkte:";
    pub const LAB_LEVELS: [&str; 5] = ["Heel zwak", "Zwak", "Redelijk", "Sterk", "Heel sterk"];
    pub const LAB_TIME: &str = "Een snelle computer raadt dit";
    pub const LAB_TIMES: [&str; 6] = [
        "in minder dan een seconde.",
        "in een paar minuten of uren.",
        "in een paar dagen.",
        "in een paar maanden.",
        "in een paar jaar.",
        "pas na honderden jaren.",
    ];
    pub const LAB_TIPS: &str = "Tips";
    pub const LAB_TIP_WORDS: &str = "Gebruik 4 of meer woorden die niet bij elkaar horen.";
    pub const LAB_TIP_LENGTH: &str = "Maak het minstens 15 tekens lang.";
    pub const LAB_TIP_COMMON: &str = "Geen bekend wachtwoord gebruiken (zoals welkom of 123456).";
    pub const LAB_TIP_SEQUENCE: &str = "Geen rijtjes zoals 1234, abcd of qwerty.";
    pub const LAB_TIP_YEAR: &str = "Geen jaartal, zoals je geboortejaar.";
    pub const LAB_TIP_OK: &str = "Gelukt:";
    pub const LAB_TIP_TODO: &str = "Nog doen:";
    pub const LAB_EMPTY: &str = "Typ iets om te zien hoe sterk het is.";

    // Privacy.
    pub const PROFILE_TITLE: &str = "Zo ziet een onbekende jouw profiel";
    pub const PROFILE_NOTHING: &str = "Een onbekende ziet bijna niets. Goed zo!";
    pub const PROFILE_SEES: &str = "Een onbekende kan dit zien:";
    pub const WHO_SEES: &str = "Wie ziet dit?";
    pub const SAFE: &str = "Veilig gekozen.";
    pub const UNSAFE: &str = "Let op:";
    pub const PRIVACY_DONE: &str = "Klaar, bekijk mijn profiel";
    pub const PRIVACY_CHOOSE_ALL: &str = "Kies bij elke instelling iets.";
    /// How many privacy settings the child chose safely.
    pub fn safe_count(safe: usize, total: usize) -> String {
        format!("Je koos {safe} keer veilig, van de {total}.")
    }

    /// The headline after "Klaar, laat zien": always encouraging.
    pub fn found(found: usize, total: usize) -> String {
        match (found, total) {
            (f, t) if f == t => format!("Super! Je vond alle {t} dingen die niet klopten."),
            (0, t) => format!("Er klopten {t} dingen niet. Lees hieronder welke, dan zie je ze de volgende keer."),
            (f, t) => format!("Goed bezig! Je vond {f} van de {t} dingen die niet klopten."),
        }
    }

    /// "Je legde er 7 van de 9 meteen goed."
    pub fn sorted(right: usize, total: usize) -> String {
        format!("Je legde er {right} van de {total} meteen goed.")
    }

    pub const PRIVACY_ALL_SAFE: &str = "Top!";
    pub const PRIVACY_SOME_UNSAFE: &str = "Kijk bij 'Let op' hoe het veiliger kan.";
    /// The name on the pretend profile when no player was made.
    pub const PROFILE_DEFAULT_NAME: &str = "Sam";

    /// What a step asks, for the teacher's overview.
    pub const TASK_READ: &str = "lezen";
    pub const TASK_CHECK: &str = "vraag";
    pub const TASK_REAL_OR_FAKE: &str = "oefening echt of nep";
    pub const TASK_SORT: &str = "oefening sorteren";
    pub const TASK_CHAT: &str = "oefening chatgesprek";
    pub const TASK_PASSWORD: &str = "oefening wachtwoordlab";
    pub const TASK_PRIVACY: &str = "oefening privacy-instellingen";

    // Diploma.
    pub const DIPLOMA_TITLE: &str = "Diploma";
    pub const DIPLOMA_FOR: &str = "Dit diploma is voor";
    pub const DIPLOMA_DONE: &str = "heeft deze missies gehaald:";
    pub const DIPLOMA_NONE: &str = "Haal eerst een missie. Dan kun je je diploma printen.";
    pub const DIPLOMA_PRINT: &str = "Print je diploma";
    pub const DIPLOMA_NO_PLAYER: &str = "Speler zonder bijnaam";
}

// "Metingen samenvoegen": the trainers' overview of session measurements.
pub const MEASURE_TITLE: &str = "Metingen samenvoegen";
pub const MEASURE_INTRO: &str = "Heb je in een sessie de meting voor en na gedaan? Dan heb je daarna een CSV-bestand opgeslagen. Open hier de bestanden van een of meer sessies. Weerbaar telt ze op per doelgroep en periode. De bestanden blijven op deze computer: er gaat niets naar internet.";
pub const MEASURE_FILES_LABEL: &str = "Kies de CSV-bestanden van je sessies";
pub const MEASURE_FILES_HINT: &str = "Je kunt meer bestanden tegelijk kiezen. Open je later nog een bestand, dan komt het erbij.";
pub const MEASURE_OPEN: &str = "Bestanden openen";
pub const MEASURE_CLEAR: &str = "Begin opnieuw";
pub const MEASURE_PERIOD: &str = "Tel de sessies op";
pub const MEASURE_REFUSED_TITLE: &str = "Deze bestanden konden we niet gebruiken";
pub const MEASURE_DUPLICATES: &str = "Deze sessies zaten er twee keer in. Ze tellen één keer mee:";
pub const MEASURE_TOO_LARGE: &str = "Dit bestand is te groot voor het verslag van een sessie.";
pub const MEASURE_UNREADABLE: &str = "Dit bestand kon niet worden gelezen.";
pub const MEASURE_TABLE_CAPTION: &str =
    "Deel van de deelnemers met het goede antwoord (vragen) of dat het eens is (stellingen), voor en na de sessie";
pub const MEASURE_ITEM: &str = "Onderwerp";
pub const MEASURE_BEFORE: &str = "Voor";
pub const MEASURE_AFTER: &str = "Na";
pub const MEASURE_CONCLUSIONS: &str = "Wat dit zegt";
pub const MEASURE_CHART_ALT: &str = "Grafiek van de cijfers voor en na de sessie per onderwerp. Dezelfde cijfers staan in de tabel onder de grafiek.";
pub const MEASURE_CHART_CAPTION: &str = "Percentages voor en na de sessie.";
pub const MEASURE_LINK: &str = "Metingen samenvoegen";

/// "2 bestanden geopend, 2 sessies geteld."
pub fn measure_files_opened(files: usize, sessions: u32) -> String {
    let f = if files == 1 { "bestand" } else { "bestanden" };
    let s = if sessions == 1 { "sessie" } else { "sessies" };
    format!("{files} {f} geopend, {sessions} {s} geteld.")
}

/// "3 sessies. Deelnemers voor: 24; na: 22."
pub fn measure_group_facts(sessions: u32, before: &str, after: &str) -> String {
    let s = if sessions == 1 { "sessie" } else { "sessies" };
    format!("{sessions} {s}. Deelnemers voor: {before}; na: {after}.")
}

// "Meting met de groep": the trainer counts hands before and after.
pub const GROUP_MEASURE_TITLE: &str = "Meting met de groep";
pub const GROUP_MEASURE_NONE: &str = "Voor deze doelgroep is nog geen meting. Een trainer kan er een schrijven: zie de handleiding.";
pub const GROUP_MEASURE_RUN_TITLE: &str = "Een meting doen met een groep";
pub const GROUP_MEASURE_RUN_INTRO: &str = "Stel de vragen voor de sessie en nog een keer na de sessie. Tel de handen of kaarten per antwoord. Je krijgt een verslag om af te drukken en een CSV-bestand om te bewaren. Kies de doelgroep:";
pub const MEASURE_COMBINE_TITLE: &str = "Verslagen samenvoegen";
pub const GROUP_MEASURE_RESUMED: &str = "Je was al bezig met een meting op dit apparaat. Je tellingen zijn er nog.";
pub const GROUP_MEASURE_BEFORE: &str = "Voor de sessie";
pub const GROUP_MEASURE_AFTER: &str = "Na de sessie";
pub const GROUP_MEASURE_PEOPLE: &str = "Hoeveel mensen doen mee?";
pub const GROUP_MEASURE_PEOPLE_HINT: &str = "Tel ook wie geen hand opsteekt. Bij minder dan vijf mensen toont het verslag geen cijfers.";
pub const GROUP_MEASURE_START_BEFORE: &str = "Begin de meting voor de sessie";
pub const GROUP_MEASURE_START_AFTER: &str = "Begin de meting na de sessie";
pub const GROUP_MEASURE_BETWEEN: &str = "Nu de sessie";
pub const GROUP_MEASURE_BETWEEN_TEXT: &str = "De meting voor de sessie is klaar. Geef nu je sessie. Daarna stel je dezelfde soort vragen nog een keer. De tellingen blijven bewaard op dit apparaat.";
pub const GROUP_MEASURE_NEXT: &str = "Volgende vraag";
pub const GROUP_MEASURE_DONE_PHASE: &str = "Klaar met deze ronde";
pub const GROUP_MEASURE_BACK: &str = "Terug";
pub const GROUP_MEASURE_REPORT: &str = "Verslag van de meting";
pub const GROUP_MEASURE_DOWNLOAD: &str = "Download als CSV";
pub const GROUP_MEASURE_NEW: &str = "Nieuwe meting";
pub const GROUP_MEASURE_EXIT: &str = "Terug naar Metingen";

/// "Voor de sessie · vraag 2 van 8"
pub fn group_measure_caption(before: bool, n: usize, of: usize) -> String {
    format!("{} · vraag {n} van {of}", if before { GROUP_MEASURE_BEFORE } else { GROUP_MEASURE_AFTER })
}

/// "Wat weet je al? Meting voor inwoners, 2026-12-04."
pub fn group_measure_report_intro(title: &str, date: &str) -> String {
    format!("{title}, {date}. Alleen aantallen: er staan geen namen in.")
}

// "Wat weet je al?": the learner's own before/after questions.
pub const OWN_MEASURE_INVITE_BEFORE: &str = "Wat weet je al?";
/// The invitation on an audience's page, with the set's `duur:`.
pub fn own_measure_invite_before(minutes: Option<u32>) -> String {
    let time = minutes.map(|m| format!(" {}.", about_minutes(m))).unwrap_or_default();
    format!(
        "Beantwoord eerst een paar korte vragen.{time} Na de modules krijg je er nog een paar. Zo zie je zelf wat je erbij leerde. Het is geen toets: je krijgt geen cijfer en je mag het overslaan. Je antwoorden blijven op dit apparaat."
    )
}
pub const OWN_MEASURE_INVITE_AFTER: &str = "Wat heb je erbij geleerd?";
pub const OWN_MEASURE_INVITE_AFTER_TEXT: &str =
    "Je hebt een module afgerond. Beantwoord nog een keer een paar korte vragen. Daarna zie je het verschil met het begin.";
pub const OWN_MEASURE_INVITE_DONE: &str = "Je vulde de vragen voor en na in";
pub const OWN_MEASURE_INVITE_DONE_TEXT: &str = "Op Mijn voortgang zie je wat je erbij leerde.";
pub const OWN_MEASURE_SEE_GROWTH: &str = "Bekijk wat je erbij leerde";
pub const OWN_MEASURE_START: &str = "Naar de vragen";
pub const OWN_MEASURE_SKIP: &str = "Overslaan";
pub const OWN_MEASURE_TITLE: &str = "Vragen voor en na";
pub const OWN_MEASURE_TITLE_BEFORE: &str = "Wat weet je al?";
pub const OWN_MEASURE_TITLE_AFTER: &str = "Wat weet je nu?";
pub const OWN_MEASURE_NONE: &str = "Voor deze groep zijn er geen vragen voor en na. Je kunt gewoon met de modules beginnen.";
pub const OWN_MEASURE_QUESTIONS: &str = "Vragen";
pub const OWN_MEASURE_STATEMENTS: &str = "Wat vind jij?";
pub const OWN_MEASURE_STATEMENTS_HINT: &str = "Kies bij elke zin hoe goed die bij jou past. Er is geen goed of fout.";
pub const OWN_MEASURE_DONE: &str = "Klaar";
pub const OWN_MEASURE_THANKS: &str = "Bedankt";
pub const OWN_MEASURE_THANKS_BEFORE: &str =
    "Je antwoorden staan op dit apparaat. Begin nu met de modules. Heb je een module afgerond? Dan krijg je nog een keer een paar vragen en zie je wat je erbij leerde.";
pub const OWN_MEASURE_TO_MODULES: &str = "Naar de modules";
pub const OWN_MEASURE_GROWTH_TITLE: &str = "Wat je erbij leerde";
pub const OWN_MEASURE_RIGHT_ANSWERS: &str = "De goede antwoorden";
pub const OWN_MEASURE_ONLY_BEFORE: &str =
    "Je vulde de vragen vooraf in. Rond een module af en beantwoord dan de vragen achteraf: dan zie je hier het verschil.";
pub const OWN_MEASURE_ONLY_AFTER: &str =
    "Je vulde de vragen vooraf niet in. Daarom is er geen verschil te zien. Je antwoorden van nu staan in de tabel.";
pub const OWN_MEASURE_KNOWLEDGE: &str = "Vragen goed";
pub const OWN_MEASURE_SKIPPED: &str = "niet ingevuld";
pub const OWN_MEASURE_NOT_TAKEN: &str = "niet gedaan";
pub const OWN_MEASURE_TABLE_CAPTION: &str = "Je antwoorden voor en na de modules";
pub const OWN_MEASURE_CHART_ALT: &str = "Grafiek van je antwoorden voor en na de modules. Dezelfde gegevens staan in de tabel onder de grafiek.";
pub const OWN_MEASURE_CHART_CAPTION: &str = "Hoe langer de balk, hoe meer vragen goed of hoe meer je het eens bent met de zin.";
/// "2 van de 4".
pub fn own_right(right: u32, asked: u32) -> String {
    format!("{right} van de {asked}")
}
