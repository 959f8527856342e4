//! Every word the app itself shows (content brings its own words), in Dutch.
//!
//! Kept in one file so tone can be reviewed in one go: B1 level, "je",
//! short sentences, no blame. Component code calls these functions and
//! never contains Dutch literals.
//!
//! Every Dutch sentence goes through [`tr`], which gives its translation in
//! the learner's UI language (`public/i18n/<code>.json`, keyed by the Dutch
//! sentence itself; see `weerbaar_core::ui_text`). A sentence with numbers
//! or names is one template with named holes, filled by [`fill`], so a
//! language can put the words in its own order. A native test checks that
//! every sentence passed to `tr` or written in `texts!` has a translation,
//! so `tr` only ever takes a string literal.

use weerbaar_core::content::Audience;
use weerbaar_core::ui_text::fill;

use crate::app::i18n::tr;

/// One function per fixed sentence: `name = "Dutch";` becomes
/// `pub fn name() -> &'static str`, translated when the UI is not Dutch.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = $dutch:literal;)*) => {
        $($(#[$doc])* #[inline(always)] pub fn $name() -> &'static str { $crate::app::i18n::tr($dutch) })*
    };
}

texts! {
    product = "Weerbaar";
    skip_link = "Ga direct naar de inhoud";
    nav_label = "Hoofdmenu";
    nav_home = "Start";
    nav_progress = "Mijn voortgang";
    nav_privacy = "Privacy";
    /// Read-aloud: the header's toggle and the bar's controls and states.
    read_aloud = "Voorlezen";
    read_aloud_start = "Lees voor";
    read_aloud_pause = "Pauzeer";
    read_aloud_resume = "Ga verder";
    read_aloud_stop = "Stop";
    read_aloud_reading = "Bezig met voorlezen.";
    read_aloud_paused = "Voorlezen gepauzeerd.";
    read_aloud_no_voice = "Op dit apparaat is geen Nederlandse stem om voor te lezen. Je kunt een stem toevoegen in de instellingen van je apparaat.";
    read_aloud_no_speech = "Deze browser kan niet voorlezen.";
    read_aloud_failed = "Het voorlezen is gestopt. Probeer het opnieuw.";
    /// The reading aid's toggle in the header.
    reading_aid = "Grotere letters";
    nav_accessibility = "Toegankelijkheid";
    loading = "Even geduld, de inhoud wordt geladen…";
    retry = "Probeer opnieuw";
    back_home = "Terug naar de startpagina";

    home_title = "Herken ondermijning, weet wat je kunt doen";
    home_intro = "Ondermijning is misdaad die zich verstopt in gewone zaken: een winkel zonder klanten, een schuur die ineens verhuurd wordt, een bankpas die iemand wil lenen. Hier leer je de signalen zien en ontdek je waar je ze kunt melden. Je hebt geen account nodig. Wat je doet, blijft op dit apparaat.";
    home_choose = "Wie ben je?";
}

/// Name and one-line description of each audience on the home page.
pub fn audience_label(a: Audience) -> (&'static str, &'static str) {
    match a {
        Audience::Staff => (tr("Medewerker van de gemeente"), tr("Signalen in je werk, Bibob, integriteit en hoe je intern meldt.")),
        Audience::Residents => (tr("Inwoner"), tr("Wat valt je op in je straat of wijk, en wat doe je dan?")),
        Audience::Entrepreneurs => (tr("Ondernemer"), tr("Verdachte huurders, klanten en aanbiedingen op je bedrijf of bedrijventerrein.")),
        Audience::Farmers => (tr("Agrariër of bewoner van het buitengebied"), tr("Schuur verhuren, vaten in de berm en nachtelijk verkeer.")),
        Audience::Youth => (tr("Jeugd (8 tot 12 jaar)"), tr("Missies over veilig online zijn en nee zeggen tegen geld voor je bankpas.")),
        Audience::Teens => (tr("Jongeren (12 tot 18 jaar)"), tr("Een aanbod voor snel geld? Zie wat het echt kost en waar je hulp vindt.")),
        Audience::Trainers => (tr("Trainer"), tr("Zelf een sessie geven of lesstof schrijven.")),
    }
}

/// "Terug naar Inwoners".
pub fn back_to(list_title: &str) -> String {
    fill(tr("Terug naar {list_title}"), &[("list_title", &list_title)])
}
/// "Volgende module: Signalen in je werk".
pub fn next_module(title: &str) -> String {
    fill(tr("Volgende module: {title}"), &[("title", &title)])
}
texts! {
    module_end_label = "Verder na deze module";
}
/// "Verder waar je was: Signalen in je werk".
pub fn resume(title: &str) -> String {
    fill(tr("Verder waar je was: {title}"), &[("title", &title)])
}
/// "Ongeveer 10 minuten".
pub fn about_minutes(minutes: u32) -> String {
    if minutes == 1 {
        tr("Ongeveer 1 minuut").to_string()
    } else {
        fill(tr("Ongeveer {minutes} minuten"), &[("minutes", &minutes)])
    }
}

texts! {
    audience_no_modules = "Voor deze groep staan nog geen modules klaar. Kijk later nog eens.";
    audience_not_in_catalogue = "Deze groep staat niet in het overzicht van deze website.";
    status_done = "Afgerond";
    status_started = "Bezig";
    status_new = "Nog niet begonnen";

    callout_note = "Uitleg";
    /// Read after a glossary term's own word, so the button says what it does
    /// ("witwassen, wat betekent dit?") while the sentence still reads on.
    term_what_is = ", wat betekent dit?";
    callout_tip = "Tip";
    callout_important = "Belangrijk";
    callout_warning = "Let op";
}

/// Where the learner is in a lesson: "Pagina 2 van 5".
pub fn page_of(n: usize, total: usize) -> String {
    fill(tr("Pagina {n} van {total}"), &[("n", &n), ("total", &total)])
}
/// The lesson's time left, after the page count: "nog ongeveer 4 minuten".
pub fn minutes_left(minutes: u32) -> String {
    if minutes == 1 {
        tr("nog ongeveer 1 minuut").to_string()
    } else {
        fill(tr("nog ongeveer {minutes} minuten"), &[("minutes", &minutes)])
    }
}
texts! {
    lesson_progress = "Voortgang in deze les";
    introduction = "Inleiding";
    pager_label = "Bladeren door de les";
    previous = "Vorige";
    next = "Volgende";
    finish = "Les afronden";
    lesson_done_title = "Je hebt deze les afgerond";
    lesson_done_text = "Goed gedaan. Hieronder zie je nog een keer wat je kunt doen als je iets ziet. Op de pagina Mijn voortgang staat deze les nu als afgerond.";
    choose_one = "Kies één antwoord.";
    choose_all = "Kies alle antwoorden die kloppen.";
    choose_first = "Kies eerst een antwoord.";
    order_hint = "Zet de stappen in de goede volgorde. Gebruik de knoppen Omhoog en Omlaag.";
    move_up = "Omhoog";
    move_down = "Omlaag";
    order_right_title = "De goede volgorde:";
    place_right = " (goede plek)";
    place_wrong = " (hoort ergens anders)";
}

/// The hint under a question: what the learner does with it.
pub fn answer_hint(answer: &weerbaar_core::content::kinds::question::Answer) -> &'static str {
    use weerbaar_core::content::kinds::question::Answer;
    match answer {
        Answer::One(_) => choose_one(),
        Answer::Several(_) => choose_all(),
        Answer::Order(_) => order_hint(),
    }
}

/// The accessible name of a step's "Omhoog" button. It starts with the
/// visible word, so speech users can say "klik Omhoog" (WCAG 2.5.3), and
/// names the step, so a screen reader user knows which one moves.
pub fn move_up_label(step: &str) -> String {
    fill(tr("Omhoog: zet '{step}' eerder"), &[("step", &step)])
}

/// The accessible name of a step's "Omlaag" button (see [`move_up_label`]).
pub fn move_down_label(step: &str) -> String {
    fill(tr("Omlaag: zet '{step}' later"), &[("step", &step)])
}

/// Said in the live region after a move: "'Bel 112' staat nu op plek 2 van 3."
pub fn step_moved(step: &str, place: usize, total: usize) -> String {
    fill(tr("'{step}' staat nu op plek {place} van {total}."), &[("step", &step), ("place", &place), ("total", &total)])
}

/// Said when a step cannot move further: "'Bel 112' staat al bovenaan."
pub fn step_at_end(step: &str, top: bool) -> String {
    let template = if top { tr("'{step}' staat al bovenaan.") } else { tr("'{step}' staat al onderaan.") };
    fill(template, &[("step", &step)])
}

/// How many places were right, under a wrong order.
pub fn places_right(right: usize, total: usize) -> String {
    fill(tr("Je had {right} van de {total} stappen op de goede plek."), &[("right", &right), ("total", &total)])
}

/// A learner's order as one line for the review: "1. Afstand; 2. Bellen".
pub fn numbered(texts: &[String]) -> String {
    texts.iter().enumerate().map(|(i, t)| format!("{}. {t}", i + 1)).collect::<Vec<_>>().join("; ")
}
texts! {
    error_prefix = "Fout: ";
    check_answer = "Controleer je antwoord";
    check_right = "Goed!";
    check_not_yet = "Niet helemaal. Zo zit het:";
    option_right = " (goed antwoord)";
    option_your_wrong = " (jouw keuze, niet goed)";

    to_test = "Naar de toets";
    question = "Vraag";
    error_summary_title = "Er is een probleem";
    result_title = "Je uitslag";
    result_passed = "Gefeliciteerd, je bent geslaagd! Je hebt deze module afgerond.";
    result_not_yet = "Je bent nog niet geslaagd. Lees hieronder waarom de antwoorden zo zijn. Oefen daarna de vragen die je fout had, of doe de hele toets opnieuw.";
    retry_missed = "Oefen de vragen die je fout had";
    restart_test = "Doe de hele toets opnieuw";
    to_result = "Naar je uitslag";
    practice_title = "Klaar met oefenen";
}

/// The caption above a question: the module, then where the learner is.
/// "Wat is ondermijning? · Vraag 2 van 4"; while practising "Oefenvraag 1 van 2".
pub fn question_caption(title: &str, step: weerbaar_core::progress::assessment::Step) -> String {
    let template = if step.practice { tr("{title} · Oefenvraag {n} van {total}") } else { tr("{title} · Vraag {n} van {total}") };
    fill(template, &[("title", &title), ("n", &step.number), ("total", &step.total)])
}

/// "Signaal of niet? · Kaart 2 van 12"; while practising "Oefenkaart 1 van 3".
pub fn card_caption(title: &str, step: weerbaar_core::progress::assessment::Step) -> String {
    let template = if step.practice { tr("{title} · Oefenkaart {n} van {total}") } else { tr("{title} · Kaart {n} van {total}") };
    fill(template, &[("title", &title), ("n", &step.number), ("total", &step.total)])
}

/// "Je had 9 van de 12 kaarten goed."
pub fn cards_score(right: usize, total: usize) -> String {
    fill(tr("Je had {right} van de {total} kaarten goed."), &[("right", &right), ("total", &total)])
}

/// After practising missed quiz questions: practice, said as such.
/// "Je hebt 3 vragen geoefend en had er nu 2 goed."
pub fn practised_questions(right: usize, practised: usize) -> String {
    fill(tr("Je hebt {questions} geoefend en had er nu {right} goed."), &[("questions", &questions(practised)), ("right", &right)])
}

/// After practising missed cards: "Je hebt 1 kaart geoefend en had er nu 1 goed."
pub fn practised_cards(right: usize, practised: usize) -> String {
    let template = if practised == 1 {
        tr("Je hebt 1 kaart geoefend en had er nu {right} goed.")
    } else {
        tr("Je hebt {practised} kaarten geoefend en had er nu {right} goed.")
    };
    fill(template, &[("practised", &practised), ("right", &right)])
}

/// "Je had 3 van de 4 vragen goed (75%)."
pub fn score_line(correct: usize, total: usize, percent: u32) -> String {
    fill(tr("Je had {correct} van de {total} vragen goed ({percent}%)."), &[("correct", &correct), ("total", &total), ("percent", &percent)])
}

/// Said before a test starts and on its result: what it takes to pass.
/// "Je slaagt met 70% goed: minimaal 3 van de 4 vragen."
pub fn pass_mark(pass_mark: u32, needed: usize, total: usize) -> String {
    fill(
        tr("Je slaagt met {pass_mark}% goed: minimaal {needed} van de {total} vragen."),
        &[("pass_mark", &pass_mark), ("needed", &needed), ("total", &total)],
    )
}

/// On the last lesson page, before "Naar de toets".
pub fn test_ahead(total: usize, pass_mark_percent: u32, needed: usize) -> String {
    fill(
        tr("Na deze pagina volgt de toets met {questions}. {pass_mark}"),
        &[("questions", &questions(total)), ("pass_mark", &pass_mark(pass_mark_percent, needed, total))],
    )
}

/// The result page after practising missed questions: practice is said
/// to be practice, and the test's own result stays what it was.
pub fn practice_result(right: usize, practised: usize, score: u32, passed: bool) -> String {
    let template = if passed {
        tr("Je hebt {questions} geoefend en had er nu {right} goed. Oefenen telt niet mee voor je uitslag: die blijft {score}% (geslaagd). \
            Wil je een nieuwe uitslag? Doe dan de hele toets opnieuw. Je krijgt de vragen dan in een andere volgorde.")
    } else {
        tr("Je hebt {questions} geoefend en had er nu {right} goed. Oefenen telt niet mee voor je uitslag: die blijft {score}% (nog niet geslaagd). \
            Wil je een nieuwe uitslag? Doe dan de hele toets opnieuw. Je krijgt de vragen dan in een andere volgorde.")
    };
    fill(template, &[("questions", &questions(practised)), ("right", &right), ("score", &score)])
}
texts! {
    back_to_lesson = "Terug naar de les";
    review_title = "Alle vragen nagekeken";
    review_right = "Goed beantwoord.";
    review_wrong = "Nog niet goed.";
    review_yours = "Jouw antwoord:";
    review_correct = "Het goede antwoord:";

    print_link = "Hele les afdrukken";
    print_back = "Terug naar de les";
    print_intro = "Hier staat de hele les op één pagina, met de vragen om over na te denken en waar je kunt melden. Druk hem af of kies bij afdrukken voor \"Opslaan als pdf\".";
    print_button = "Afdrukken";
    print_no_test = "De toets staat niet op papier: die maak je in de les op de website.";
    print_not_lesson = "Alleen een les kun je als geheel afdrukken. Open de module om hem te spelen.";
    what_can_you_do = "Wat kun je doen?";
    /// The module page's choice of content language; each language's own name
    /// comes from `weerbaar_core::content::translation::LANGUAGES`.
    also_in = "Deze module is er ook in:";
    dutch = "Nederlands";
    what_can_you_do_intro = "Je hoeft niets te bewijzen. Meld wat je ziet; de politie en de gemeente zoeken het verder uit.";
    footer_report_title = "Iets gezien? Zo meld je het";
    call = "Bel";
    website = "Website";
    email = "E-mail";

    progress_title = "Mijn voortgang";
    progress_intro = "Hier zie je welke modules je hebt geopend en afgerond. Dit staat alleen op dit apparaat, in deze browser.";
    progress_growth_title = "Wat je erbij leerde";
    progress_growth_loading = "De vragen worden geladen.";
}
/// "Inwoners" as the heading of one audience's own before/after.
pub fn progress_growth_heading(audience: &str) -> String {
    fill(tr("Vragen voor en na: {audience}"), &[("audience", &audience)])
}
texts! {
    progress_empty = "Je hebt nog geen modules geopend. Kies op de startpagina wie je bent om te beginnen.";

    data_title = "Je gegevens op dit apparaat";
    data_intro = "Je voortgang staat alleen in deze browser. Wil je verder op een ander apparaat? Download dan je voortgang en lees het bestand daar in.";
    export_title = "Voortgang meenemen";
    export_button = "Download je voortgang";
    export_failed = "Het downloaden is niet gelukt.";
    import_title = "Voortgang inlezen";
    import_label = "Kies een bestand met voortgang";
    import_hint = "Kies het bestand dat je eerder bij Weerbaar hebt gedownload. Wat je op dit apparaat al hebt gedaan, blijft bewaard.";
    import_button = "Inlezen";
    import_ok = "Je voortgang is ingelezen:";
    import_ok_modules = "module(s) in het bestand.";
    import_no_file = "Kies eerst een bestand.";
    import_too_large = "Dit bestand is te groot voor voortgang van Weerbaar.";
    import_unreadable = "Dit bestand kon niet worden gelezen.";
    import_not_progress = "Dit bestand is geen voortgang van Weerbaar. Kies het bestand dat je bij \"Download je voortgang\" hebt gekregen.";
    import_too_new = "Dit bestand komt uit een nieuwere versie van Weerbaar.";
    import_implausible = "In dit bestand staan gegevens die niet kloppen.";
    import_unchanged = "Je voortgang op dit apparaat is niet veranderd.";
    erase_title = "Alles wissen";
    erase_intro = "Gebruik je een gedeelde computer, of wil je opnieuw beginnen? Wis dan alles wat Weerbaar op dit apparaat heeft bewaard, ook de opgeslagen pagina's voor offline gebruik.";
    erase_button = "Wis mijn gegevens";
    erase_confirm = "Weet je het zeker? Al je voortgang op dit apparaat wordt gewist. Dat kun je niet ongedaan maken.";
    erase_yes = "Ja, wis alles";
    erase_no = "Nee, terug";
    erase_done = "Alles wat Weerbaar op dit apparaat had bewaard, is gewist.";

    not_found_title = "Deze pagina bestaat niet";
    not_found_text = "Misschien is de link oud of zit er een typfout in. Kies hieronder waar je verder wilt gaan.";
    module_not_found_title = "Deze module bestaat niet (meer)";
    module_not_found_text = "Misschien is de module verplaatst of heeft hij een nieuwe naam gekregen.";
    listed_file_missing = "Deze module staat in het overzicht, maar het bestand ervan is niet op de website gevonden. Dat ligt niet aan jou. Geef het door aan de trainer of beheerder: die kan de naam in SUMMARY.md controleren of het bestand terugzetten.";

    load_failed_title = "Dit deel kon niet worden geladen";
    load_failed_offline = "Controleer of je verbinding hebt met internet en probeer het opnieuw.";
    load_failed_status = "De website gaf een fout terug. Probeer het opnieuw of probeer het later nog eens.";

    content_errors_title = "Deze module bevat fouten";
    content_errors_intro = "De tekst van deze module kan niet goed worden getoond. Geef dit door aan de trainer of beheerder. Voor de trainer staat hieronder wat er mis is:";
    /// The card's heading when the page's own heading already says so.
    problems_heading = "Wat er mis is";
    catalogue_errors_title = "Het overzicht van modules bevat fouten";
    catalogue_errors_intro = "Het overzicht van modules (SUMMARY.md) kan niet helemaal worden gelezen. Geef dit door aan de trainer of beheerder. Voor de trainer staat hieronder wat er mis is:";
    site_errors_title = "De instellingen van deze website bevatten fouten";
    site_errors_intro = "De instellingen van deze website (site.md) kunnen niet helemaal worden gelezen. Geef dit door aan de trainer of beheerder. Voor de trainer staat hieronder wat er mis is:";
    measure_errors_title = "Deze meting bevat fouten";
    measure_errors_intro = "De vragen van deze meting kunnen niet goed worden getoond. Geef dit door aan de trainer of beheerder. Voor de trainer staat hieronder wat er mis is:";
}
/// Where a problem is: "content/SUMMARY.md, regel 12".
pub fn file_line(file: &str, line: usize) -> String {
    fill(tr("{file}, regel {line}"), &[("file", &file), ("line", &line)])
}
/// A problem in the studio's list: "Fout, regel 3: …".
pub fn studio_problem(kind: &str, line: usize, message: &str) -> String {
    fill(tr("{kind}, regel {line}: {message}"), &[("kind", &kind), ("line", &line), ("message", &message)])
}
texts! {
    fix = "Zo los je het op:";

    storage_blocked = "Deze browser staat niet toe dat Weerbaar je voortgang bewaart. Je kunt gewoon verder, maar als je de pagina sluit, ben je je voortgang kwijt.";
    storage_full = "Er is geen ruimte meer om je voortgang op te slaan. Je kunt gewoon verder, maar je laatste stappen worden niet bewaard.";
    storage_kept_aside = "Je opgeslagen voortgang kon niet worden gelezen. We hebben hem apart gezet en beginnen opnieuw. Er is niets weggegooid.";
    storage_too_new = "Je voortgang is opgeslagen door een nieuwere versie van Weerbaar. We laten hem ongemoeid en bewaren deze keer niets.";
    update_available = "Er is een nieuwe versie van Weerbaar. Vernieuw de pagina wanneer het jou uitkomt.";
    update_reload = "Nu vernieuwen";
    /// Inside an LMS (a SCORM package), when the LMS refused to store progress.
    lms_problem = "De leeromgeving van je organisatie kon je voortgang nu niet opslaan. Je kunt gewoon verder: je voortgang blijft op dit apparaat bewaard. Blijft dit gebeuren? Meld het dan bij de beheerder van de leeromgeving.";
    dismiss = "Sluiten";
    notice_label = "Let op";

    fatal_title = "Er ging iets mis";
    fatal_text = "Weerbaar liep vast. Je voortgang is bewaard tot je laatste stap.";
    fatal_reload = "Laad de pagina opnieuw";
}

/// Title of the browser tab for a page.
pub fn document_title(page: &str) -> String {
    format!("{page} | {}", product())
}

texts! {
    privacy_title = "Privacy";
}
pub fn privacy_text() -> Vec<&'static str> {
    Vec::from([
        tr("Weerbaar heeft geen accounts en volgt je niet. Er gaat niets van jou naar een server: geen naam, geen antwoorden, geen scores. Er zijn geen cookies en geen statistieken."),
        tr("Wat bewaart Weerbaar? Alleen in deze browser, op dit apparaat: welke modules je hebt geopend en afgerond, wanneer, en je score. Dat staat in de opslag van de browser (localStorage) onder de naam weerbaar.voortgang. Andere websites kunnen daar niet bij."),
        tr("Kon Weerbaar je opgeslagen voortgang een keer niet lezen? Dan staat er een kopie onder weerbaar.voortgang.onleesbaar, zodat er nooit iets zomaar verdwijnt."),
        tr("Voor gebruik zonder internet bewaart de browser een kopie van de website zelf: de app en de lesstof (in de Cache Storage, onder weerbaar-). Daarin staat niets over jou."),
        tr("Op een bewijs van deelname typ je je naam. Die naam blijft alleen op die pagina, tenzij je \"Onthoud mijn naam op dit apparaat\" aanvinkt: dan staat hij onder weerbaar.naam. Vink je het weer uit, dan is hij weg."),
        tr("Kinderen die missies spelen, kiezen een bijnaam en een dier. Op een eigen apparaat onthoudt de browser die onder weerbaar.speler, met de gehaalde missies. Op een computer van school of de bibliotheek staan ze alleen in dit tabblad (sessionStorage, met weerbaar.gedeeld als teken) en verdwijnen ze bij \"Klaar\" of na tien minuten zonder gebruik. Een bijnaam is geen echte naam: de app vraagt om geen echte naam te gebruiken en weigert een e-mailadres of telefoonnummer."),
        tr("Schrijf je lesstof op de pagina Lesstof schrijven, dan bewaart de browser je concept onder weerbaar.studio.concept, zodat je werk niet verloren gaat. Ook dat gaat nergens heen."),
        tr("Doe je zelf de korte vragen voor en na de modules (Wat weet je al?), dan bewaart de browser je antwoorden bij je voortgang, onder weerbaar.voortgang. Zo kun je op Mijn voortgang zien wat je erbij leerde. Je antwoorden gaan nergens heen en niemand anders ziet ze."),
        tr("Trainers kunnen in een groepssessie voor en na meten wat de groep weet en of mensen zouden melden. Ze tellen dan alleen handen of kaarten: er worden geen namen, geen vrije tekst en niets over een apparaat bewaard. Zolang de meting loopt, staan de tellingen op het apparaat van de trainer (onder weerbaar.meting.sessie), zodat ze niet verloren gaan. Het verslag is een bestand dat de trainer zelf opslaat. Op de pagina Metingen samenvoegen worden zulke bestanden alleen in deze browser gelezen en niet bewaard. Een groep van minder dan vijf mensen krijgt nooit cijfers, want dan kun je zien wie wat antwoordde."),
        tr("Zet je Grotere letters aan, dan onthoudt de browser dat onder weerbaar.leeshulp. Zet je Voorlezen aan of uit, dan onthoudt hij dat onder weerbaar.voorlezen. Kies je bij een module een andere taal, dan onthoudt hij die onder weerbaar.taal. Voorlezen gebeurt met de stem van je eigen apparaat; de tekst gaat nergens heen. Kies je bovenaan English, dan onthoudt hij dat onder weerbaar.ui-taal."),
        tr("Download je je voortgang, dan maakt je eigen apparaat dat bestand. Het gaat nergens anders heen."),
        tr("Weerbaar laadt niets van andere websites: geen lettertypen, geen statistieken, geen advertenties. Alles komt van de website waar je nu bent."),
        tr("Alles wissen? Kies op de pagina Mijn voortgang voor \"Wis mijn gegevens\". Dan verdwijnt alles wat hierboven staat van dit apparaat. Op een gedeelde computer, zoals in een bibliotheek of op school, is dat verstandig als je klaar bent."),
    ])
}

texts! {
    accessibility_title = "Toegankelijkheid";
}
pub fn accessibility_text() -> Vec<&'static str> {
    Vec::from([
        tr("Iedereen moet Weerbaar kunnen gebruiken. We bouwen volgens de richtlijnen WCAG 2.2 op niveau AA; overheden in Nederland zijn wettelijk verplicht om WCAG 2.1 AA te halen."),
        tr("Je kunt alles met alleen het toetsenbord bedienen. Met Tab ga je naar de volgende knop of link, met Enter kies je. De eerste link op elke pagina brengt je direct naar de inhoud."),
        tr("Bij elke nieuwe pagina gaat de focus naar de titel, zodat een schermlezer vertelt waar je bent. De pagina werkt ook op een smal scherm en als je inzoomt tot 400%."),
        tr("Elke versie van Weerbaar wordt automatisch getest met axe-core op alle pagina's, en met toetsenbord-tests in een echte browser."),
        tr("Loop je toch ergens tegenaan? Laat het de organisatie weten die deze website aanbiedt; zo kunnen we het verbeteren."),
    ])
}

// Certificate ("bewijs van deelname").
texts! {
    cert_title = "Bewijs van deelname";
    cert_intro = "Typ je naam zoals die op het bewijs moet staan. Druk het daarna af, of kies bij afdrukken voor \"Opslaan als pdf\".";
    cert_name_label = "Je naam";
    cert_name_hint = "Je naam staat alleen op dit bewijs. Weerbaar stuurt hem nergens heen.";
    cert_remember = "Onthoud mijn naam op dit apparaat";
    cert_remember_hint = "Doe dit niet op een gedeelde computer, zoals in een bibliotheek.";
    cert_print = "Afdrukken of opslaan als pdf";
    /// Anyone can print this page, so it never speaks for the organisation.
    cert_self_made = "Dit bewijs heeft de deelnemer zelf gemaakt en afgedrukt na het afronden van de e-learning. Het is geen verklaring van";
    cert_no_name = "(naam)";
    cert_finished = "de e-learning";
    cert_on = "heeft afgerond op";
    cert_score = "met een score van";
    cert_footer = "Weerbaar: ondermijning herkennen en melden";
    cert_not_done_title = "Nog geen bewijs van deelname";
    cert_not_done = "Je krijgt een bewijs van deelname als je deze module hebt afgerond. Maak de module eerst af.";
    cert_to_module = "Naar de module";
    cert_link = "Bekijk je bewijs van deelname";
    cert_not_saved = "Je naam kon niet worden onthouden, omdat de browser niets mag opslaan. Het bewijs afdrukken kan wel.";
}
/// Hidden after the progress page's certificate link, so it names its module:
/// "Bewijs van deelname" + " voor Signalen in je werk".
pub fn cert_for(title: &str) -> String {
    fill(tr(" voor {title}"), &[("title", &title)])
}

// Scenario quiz.
/// "1 vraag", "12 vragen".
pub fn questions(n: usize) -> String {
    if n == 1 {
        tr("1 vraag").to_string()
    } else {
        fill(tr("{n} vragen"), &[("n", &n)])
    }
}
texts! {
    quiz_about = "ongeveer";
    minutes = "minuten";
    quiz_start = "Begin";
    next_question = "Volgende vraag";
    see_result = "Bekijk je uitslag";
    quiz_restart = "Begin opnieuw";
    quiz_all_right = "Alles goed! Je herkent deze signalen en weet wat je kunt doen.";
    quiz_passed = "Goed gedaan. Lees hieronder nog eens de vragen die je fout had, of oefen ze opnieuw.";
    quiz_not_yet = "Dat is nog niet genoeg, maar je hebt nu wel gezien waar je op kunt letten. Lees de uitleg hieronder en oefen de vragen die je fout had.";
}

/// On a quiz's start page: when the quiz counts as done.
pub fn quiz_pass_mark(pass_mark: u32, needed: usize, total: usize) -> String {
    fill(
        tr("Je rondt de quiz af met {pass_mark}% goed: minimaal {needed} van de {total} vragen."),
        &[("pass_mark", &pass_mark), ("needed", &needed), ("total", &total)],
    )
}

/// After practising in a quiz: the round's result stays what it was.
pub fn quiz_result_stays(score: u32, pass_mark: u32) -> String {
    fill(
        tr("Oefenen telt niet mee: je uitslag blijft {score}% (nodig is {pass_mark}%). Begin opnieuw voor een nieuwe uitslag: je krijgt dan alle vragen."),
        &[("score", &score), ("pass_mark", &pass_mark)],
    )
}

/// "Je had de vorige keer 2 vragen fout. Die krijg je nu eerst."
pub fn quiz_missed_first(n: usize) -> String {
    if n == 1 {
        tr("Je had de vorige keer 1 vraag fout. Die krijg je nu eerst.").to_string()
    } else {
        fill(tr("Je had de vorige keer {n} vragen fout. Die krijg je nu eerst."), &[("n", &n)])
    }
}

// Branching scenario.
/// The presenter's counter in a scenario: "stap 3".
pub fn story_step(n: usize) -> String {
    fill(tr("stap {n}"), &[("n", &n)])
}
texts! {
    story_ending = "Einde";
}
/// "Nieuwe buren · Stap 2", or "Nieuwe buren · Einde" at an ending.
pub fn story_caption(title: &str, step: Option<usize>) -> String {
    match step {
        Some(n) => fill(tr("{title} · Stap {n}"), &[("title", &title), ("n", &n)]),
        None => format!("{title} · {}", story_ending()),
    }
}
texts! {
    story_choose = "Wat doe je?";
    story_route = "Jouw route";
    story_back = "Een stap terug";
    story_restart = "Opnieuw beginnen";
}

// "Signaal of niet?" cards.
texts! {
    cards = "kaarten";
    cards_how = "Lees steeds een korte situatie. Is het een signaal van ondermijning, of niet? Na elke kaart lees je waarom.";
    cards_swipe_hint = "Kies een knop. Op een touchscreen kun je ook vegen: naar rechts is signaal, naar links is geen signaal.";
    signal = "Signaal";
    no_signal = "Geen signaal";
    card_is_signal = "Dit is een signaal.";
    card_is_no_signal = "Dit is geen signaal.";
    next_card = "Volgende kaart";
    cards_all_right = "Alles goed! Je ziet het verschil tussen een signaal en iets gewoons.";
    cards_some_missed = "Goed bezig. Hieronder lees je de kaarten die je nog lastig vond. Die komen de volgende keer ook eerst terug.";
    cards_replay_missed = "Speel de gemiste kaarten nog een keer";
    cards_missed_title = "Kaarten om nog eens te lezen";
}

/// "Je had de vorige keer 3 kaarten fout. Die krijg je nu eerst."
pub fn cards_missed_first(n: usize) -> String {
    if n == 1 {
        tr("Je had de vorige keer 1 kaart fout. Die krijg je nu eerst.").to_string()
    } else {
        fill(tr("Je had de vorige keer {n} kaarten fout. Die krijg je nu eerst."), &[("n", &n)])
    }
}

// "Zoek de signalen" scenes.
texts! {
    scene_level = "Kies een niveau";
    level_easy = "Makkelijk";
    level_easy_hint = "Minder plekken om uit te kiezen. Je ziet hoeveel signalen er zijn.";
    level_normal = "Gewoon";
    level_normal_hint = "Alle plekken. Je ziet hoeveel signalen er zijn.";
    level_hard = "Moeilijk";
    level_hard_hint = "Alle plekken. Je ziet niet hoeveel signalen er zijn.";
    scene_clock = "Speel met een klok (3 minuten)";
    scene_clock_hint = "Zonder klok heb je alle tijd. Tijd levert geen extra punten op.";
    scene_clock_off = "Zet de klok uit";
    scene_how = "Kies in de tekening de plekken die volgens jou een signaal zijn. Met Tab ga je langs alle plekken, met Enter of spatie kies je. Kies nog een keer om het weer uit te zetten. Druk op Klaar als je klaar bent.";
    scene_description = "Beschrijving van de tekening";
    scene_ready = "Klaar";
}
/// The best score of a scene so far, in percent.
pub fn scene_best(percent: u32) -> String {
    fill(tr("Je beste score tot nu toe: {percent}%."), &[("percent", &percent)])
}
/// A scene round's points.
pub fn scene_points(points: u32, max: u32, percent: u32) -> String {
    fill(tr("Je score: {points} van {max} punten ({percent}%)."), &[("points", &points), ("max", &max), ("percent", &percent)])
}
texts! {
    scene_found = "Signalen die je vond";
    scene_missed = "Signalen die je nog niet vond";
    scene_out_of_view = "Buiten beeld";
    scene_out_of_view_intro = "Deze signalen stonden op een deel van de tekening dat niet op je scherm kwam. Kijk hier wat het was; de volgende keer kun je de tekening opzij schuiven of 'Hele tekening tonen' kiezen.";
    scene_pan_hint = "Past de tekening niet op je scherm? Schuif hem opzij om alles te zien, of toon de hele tekening.";
    scene_fitted_hint = "Je ziet de hele tekening. Tik op een plek om daar in te zoomen en te kiezen.";
    scene_fit = "Hele tekening tonen";
    scene_zoom_in = "Zoom in op deze plek van de tekening";
}
/// Under the score of a scene that reached its pass mark.
pub fn scene_done(pass_mark: u32) -> String {
    fill(tr("Je haalde {pass_mark}% of meer: deze scène staat nu als afgerond."), &[("pass_mark", &pass_mark)])
}
/// Under the score of a scene below its pass mark.
pub fn scene_not_done(pass_mark: u32) -> String {
    fill(
        tr("Met {pass_mark}% of meer staat deze scène als afgerond. Speel nog een keer: je weet nu waar je op kunt letten."),
        &[("pass_mark", &pass_mark)],
    )
}
texts! {
    scene_false_alarms = "Vals alarm";
    scene_false_alarms_intro = "Deze dingen koos je, maar ze zijn gewoon. Dat is niet erg: je leert er juist van wat wél een signaal is.";
    scene_ordinary = "Gewone dingen die je goed liet staan";
    scene_picture_retry = "Opnieuw laden";
    scene_what_now = "Zie je zulke signalen in het echt? Ga niet zelf kijken en spreek niemand aan. Schrijf op wat je zag en meld het. Hieronder staat waar.";
    scene_again = "Speel nog een keer";
    tag_found = "gevonden";
    tag_missed = "niet gevonden";
    tag_out_of_view = "buiten beeld";
    tag_false_alarm = "vals alarm";
}

/// "Er zijn 5 signalen te vinden. Je hebt 2 plekken gekozen."
pub fn scene_count(signals: usize, marked: usize) -> String {
    fill(tr("Er zijn {signals} signalen te vinden. {marked}"), &[("signals", &signals), ("marked", &scene_marked(marked))])
}

/// Shown instead of an empty game when the scene's picture does not load
/// (no connection, or a wrong name after `afbeelding:` edited on the host).
pub fn scene_picture_failed(file: &str) -> String {
    fill(
        tr("De tekening kon niet worden geladen, dus je kunt de signalen nu niet zoeken. Controleer je verbinding en kies Opnieuw laden. Lukt het niet, geef het dan door aan de trainer: het bestand {file} is niet gevonden. Hoofdletters in de naam tellen mee."),
        &[("file", &file)],
    )
}

/// "Je hebt 2 plekken gekozen."
pub fn scene_marked(marked: usize) -> String {
    match marked {
        1 => tr("Je hebt 1 plek gekozen.").to_string(),
        n => fill(tr("Je hebt {n} plekken gekozen."), &[("n", &n)]),
    }
}

/// "Nog 2:05" on the optional clock.
pub fn clock_left(seconds: u32) -> String {
    let (minutes, seconds) = (seconds / 60, format!("{:02}", seconds % 60));
    fill(tr("Nog {minutes}:{seconds}"), &[("minutes", &minutes), ("seconds", &seconds)])
}

/// "Je vond 4 van de 5 signalen. 1 keer vals alarm."
pub fn scene_result(found: usize, signals: usize, false_alarms: usize) -> String {
    let template = match false_alarms {
        0 => tr("Je vond {found} van de {signals} signalen. Geen vals alarm."),
        1 => tr("Je vond {found} van de {signals} signalen. 1 keer vals alarm."),
        _ => tr("Je vond {found} van de {signals} signalen. {false_alarms} keer vals alarm."),
    };
    fill(template, &[("found", &found), ("signals", &signals), ("false_alarms", &false_alarms)])
}

// Presenter mode.
/// The presenter's counter: "Dia 3 van 12".
pub fn slide_of(n: usize, total: usize) -> String {
    fill(tr("Dia {n} van {total}"), &[("n", &n), ("total", &total)])
}
/// The heading of a slide that continues a lesson page: "Vergunningen (vervolg)".
pub fn continued(title: &str) -> String {
    fill(tr("{title} (vervolg)"), &[("title", &title)])
}
texts! {
    present_title = "Presentatie";
    present_previous = "Vorige";
    present_next = "Volgende";
    present_reveal = "Toon antwoord";
    present_notes = "Notities voor de trainer";
}
/// The notes button, with how many notes the current slide has: the
/// module's total said "(2)" on slides that had none.
pub fn present_notes_button(total: usize) -> String {
    format!("{} ({total})", present_notes())
}
texts! {
    present_no_notes = "Bij deze dia staan geen notities.";
    present_stop = "Stop presentatie";
    present_choose = "Kies";
    present_right = " (goed)";
    present_keys = "Toetsen: pijl rechts, pijl omlaag, Page Down of spatie = verder (eerst het antwoord). Pijl links, pijl omhoog of Page Up = terug. Bij een scenario: cijfer 1, 2 of 3 kiest.";
    /// Turns the scenario's number keys on and off.
    present_digits = "Cijfertoetsen aan";
    present_link = "Geef je een sessie met deze module? Open de presentatiemodus";
    present_mission = "Een missie heeft geen presentatiemodus: kinderen doen hem zelf op een computer of tablet. Voor een les in de klas is er een lesplan met gespreksvragen.";
    present_mission_open = "Open de missie";
}
/// The name of the button that counts a hand for an option.
pub fn tally_plus(option: &str) -> String {
    fill(tr("Eén hand erbij voor {option}"), &[("option", &option)])
}
/// The name of the button that takes a hand back from an option.
pub fn tally_minus(option: &str) -> String {
    fill(tr("Eén hand eraf voor {option}"), &[("option", &option)])
}
texts! {
    scene_found_all = "De signalen in deze tekening";
}

// Authoring studio.
texts! {
    studio_title = "Lesstof schrijven";
}
/// Under the studio's messages when begrippen.md has errors: the preview
/// then explains only the terms that are written correctly.
pub fn studio_glossary_problems(errors: usize) -> String {
    match errors {
        1 => tr("In de begrippenlijst (begrippen.md) staat 1 fout. De voorbeeldweergave legt alleen de begrippen uit die goed zijn geschreven. De checker zegt wat je moet verbeteren.").into(),
        n => fill(
            tr("In de begrippenlijst (begrippen.md) staan {n} fouten. De voorbeeldweergave legt alleen de begrippen uit die goed zijn geschreven. De checker zegt wat je moet verbeteren."),
            &[("n", &n)],
        ),
    }
}
texts! {
    studio_intro = "Schrijf of verbeter een module. Links staat de tekst, rechts zie je meteen wat deelnemers zien. Er gaat niets naar een server: je werk blijft in deze browser tot je het downloadt.";
    studio_template_label = "Begin met een voorbeeld";
    studio_use_template = "Gebruik dit voorbeeld";
    studio_template_loaded = "Het voorbeeld staat in de editor:";
    studio_open_label = "Of open een bestand van je computer (.md)";
    studio_open = "Open bestand";
    studio_opened = "Geopend:";
    studio_too_large = "Dit bestand is groter dan 1 MB. Dat is te groot voor één module; verdeel de lesstof over meer bestanden.";
    studio_editor_label = "Tekst van de module (Markdown)";
    studio_editor_hint = "Je werk wordt in deze browser bewaard, ook als je de pagina sluit. Download het als je klaar bent.";
}
/// "Download signaal-of-niet.md".
pub fn studio_download(file: &str) -> String {
    fill(tr("Download {file}"), &[("file", &file)])
}
texts! {
    studio_summary_how = "Zet het bestand in de map van de doelgroep in content/ en zet deze regel in content/SUMMARY.md, onder het kopje van die doelgroep. Dan staat de module op de website.";
    studio_handbook = "Handleiding voor trainers (alle regels en voorbeelden)";
    studio_sheet_title = "Spiekbriefje: zo schrijf je een module";
}
/// The main forms of the dialect, in the handbook's words.
pub fn studio_sheet() -> Vec<(&'static str, &'static str)> {
    Vec::from([
        ("---  …  ---", tr("Het blok bovenaan, met titel:, soort: (les, quiz, kaarten, scene, scenario of missie), doelgroep: en eventueel duur:, slaaggrens: en omschrijving:.")),
        (tr("## Kopje"), tr("Een nieuwe pagina, vraag, kaartengroep, plek in een tekening of situatie.")),
        (tr("- [x] Antwoord"), tr("Een goed antwoord (bij kaarten: een signaal).")),
        (tr("- [ ] Antwoord"), tr("Een fout antwoord (bij kaarten: geen signaal).")),
        (tr("  > Uitleg"), tr("Twee spaties en > onder een antwoord: de uitleg bij dat antwoord.")),
        ("> [!TIP]", tr("Een tip bij de vraag. > [!NOTE] is de uitleg na het antwoorden.")),
        ("# Toets", tr("In een les: alles hierna is de eindtoets.")),
        (tr("- [Keuze](#code)"), tr("In een scenario: een keuze die naar het kopje met {#code} gaat.")),
        ("```trainer", tr("Notities voor de trainer, alleen te zien in de presentatie.")),
    ])
}
texts! {
    studio_replace_title = "Je concept vervangen?";
    studio_replace_text = "In de editor staat werk van jou. Als je doorgaat, komt daar iets anders te staan. Je kunt je werk daarna nog terugzetten, zolang je deze pagina open hebt.";
    studio_replace_yes = "Ja, vervang mijn concept";
    studio_replace_no = "Nee, houd mijn concept";
    studio_kept = "Je concept is niet veranderd.";
    studio_previous_kept = "Je vorige concept kun je terugzetten met de knop hieronder.";
    studio_restore = "Zet mijn vorige concept terug";
    studio_restored = "Je vorige concept staat weer in de editor.";
    studio_preview_last_good = "Dit is de laatste versie zonder fouten. Los de meldingen op, dan verschijnt je nieuwe tekst hier.";
    studio_messages = "Meldingen";
    studio_clean = "Geen fouten of waarschuwingen in de tekst. Of links naar andere modules en plaatjes kloppen, controleert de checker als het bestand in de map content staat.";
    studio_error = "Fout";
    studio_warning = "Waarschuwing";
    studio_preview = "Zo ziet de deelnemer het";
    studio_preview_waits = "Het voorbeeld verschijnt als er geen fouten meer zijn. Kies een melding om naar de regel te gaan.";
    studio_draft_not_saved = "Je werk kon niet in de browser worden bewaard. Download het bestand voordat je de pagina sluit.";
}

/// "2 fouten, 1 waarschuwing".
pub fn studio_count(errors: usize, warnings: usize) -> String {
    let template = match (errors == 1, warnings == 1) {
        (true, true) => tr("1 fout, 1 waarschuwing."),
        (true, false) => tr("1 fout, {warnings} waarschuwingen."),
        (false, true) => tr("{errors} fouten, 1 waarschuwing."),
        (false, false) => tr("{errors} fouten, {warnings} waarschuwingen."),
    };
    fill(template, &[("errors", &errors), ("warnings", &warnings)])
}

/// The children's words (8-12): shorter sentences than the rest of the
/// site, "je", always encouraging and specific.
pub mod youth {
    use weerbaar_core::ui_text::fill;

    use crate::app::i18n::tr;

    texts! {
        left_title = "Bijna klaar!";
        left_text = "Deze stappen heb je nog niet gedaan. Doe ze eerst, dan krijg je je badge.";
    }
    /// "Naar stap 3: Sorteer de wachtwoorden".
    pub fn go_to_step(number: usize, title: &str) -> String {
        fill(tr("Naar stap {number}: {title}"), &[("number", &number), ("title", &title)])
    }
    texts! {
        home_title = "Missies voor slimme kids";
        home_intro = "Leer hoe je nepberichten herkent, je wachtwoord sterk maakt en nee zegt als iemand je bankpas wil lenen. Elke missie duurt ongeveer 10 minuten.";
        setup_title = "Maak je speler";
        where_legend = "Waar speel je?";
        where_shared = "Op een computer van school of de bibliotheek";
        where_shared_hint = "We onthouden alles tot je op Klaar drukt. Daarna wissen we alles.";
        where_own = "Op mijn eigen computer of tablet";
        where_own_hint = "Je missies blijven op dit apparaat bewaard.";
        where_own_hint_not_kept = "Deze browser bewaart nu niets. Je missies zijn weg als je de pagina sluit.";
        nickname_label = "Je bijnaam";
        nickname_hint = "Verzin een bijnaam. Gebruik niet je echte naam.";
        nickname_empty = "Typ een bijnaam.";
        nickname_too_long = "Je bijnaam mag maximaal 20 tekens hebben.";
        nickname_contact = "Gebruik geen e-mailadres of telefoonnummer. Verzin een bijnaam.";
        avatar_legend = "Kies je dier";
        avatar_missing = "Kies een dier.";
        errors_title = "Er gaat nog iets mis";
        start = "Start";
        hello = "Hoi";
        rank_lead = "Je rang:";
        badge = "Badge gehaald";
        status_started = "Bezig";
        status_new = "Nog niet gedaan";
        diploma_link = "Print je diploma";
        other_player = "Andere speler";
        teachers_title = "Voor leerkrachten en de bibliotheek";
        teachers_intro = "Bij elke missie hoort een pagina met leerdoelen, een lesplan van 45 minuten, vragen voor een klassengesprek en wat je doet als een kind iets vertelt. Spelen op een gedeelde computer? Kies dan bij het begin 'Op een computer van school of de bibliotheek'.";
        teacher_for = "Voor de leerkracht:";
        teacher_steps = "Wat de kinderen doen";
        teacher_none = "Bij deze missie staat nog geen deel voor de leerkracht.";
        teacher_not_mission = "Deze module is geen missie.";
        teacher_link = "Voor de leerkracht: lesplan en gespreksvragen";
        teacher_print = "Print deze pagina";
    }

    // The shared-computer session.
    texts! {
        shared_bar = "Gedeelde computer: als je klaar bent, wissen we alles.";
        done = "Klaar";
        done_confirm = "Ben je klaar? Dan wissen we je bijnaam en je missies van deze computer.";
        done_yes = "Ja, wis alles";
        done_no = "Nee, ik speel verder";
        ended_title = "Alles is gewist";
        ended_text = "Je bijnaam en je missies staan niet meer op deze computer. De volgende kan beginnen.";
        ended_idle = "Er gebeurde 10 minuten niets. Daarom hebben we alles gewist.";
        idle_title = "Ben je er nog?";
        idle_text = "Er gebeurt al een tijdje niets. Over 1 minuut wissen we alles.";
        idle_stay = "Ik speel verder";
    }

    // The mission player.
    /// Where the child is in a mission: "Stap 2 van 6".
    pub fn step_of(n: usize, total: usize) -> String {
        fill(tr("Stap {n} van {total}"), &[("n", &n), ("total", &total)])
    }
    texts! {
        progress_label = "Hoe ver je bent in de missie";
        next = "Verder";
        previous = "Terug";
        finish = "Missie afronden";
        done_title = "Missie gehaald!";
        done_badge = "Je hebt de badge";
        done_rank = "Je rang is nu";
    }

    /// "Je rang is nu Verkenner. Nog 1 missie tot Speurder.", after `lead`.
    pub fn rank_sentence(lead: &str, rank: &weerbaar_core::progress::youth::Rank) -> String {
        let mut text = format!("{lead} {}.", rank_name(rank.name));
        if let Some((left, next)) = rank.next {
            let template = if left == 1 { tr("Nog 1 missie tot {next}.") } else { tr("Nog {left} missies tot {next}.") };
            text.push(' ');
            text.push_str(&fill(template, &[("left", &left), ("next", &rank_name(next))]));
        }
        text
    }

    /// A rank's name (`weerbaar_core::progress::youth`'s Dutch) in the UI language.
    pub fn rank_name(name: &'static str) -> &'static str {
        match name {
            "Starter" => tr("Starter"),
            "Verkenner" => tr("Verkenner"),
            "Speurder" => tr("Speurder"),
            "Beschermer" => tr("Beschermer"),
            "Meester-beschermer" => tr("Meester-beschermer"),
            other => other,
        }
    }

    /// An avatar's animal (`weerbaar_core::progress::youth::AVATARS`'s Dutch) in the UI language.
    pub fn animal_name(name: &'static str) -> &'static str {
        match name {
            "Vos" => tr("Vos"),
            "Uil" => tr("Uil"),
            "Egel" => tr("Egel"),
            "Das" => tr("Das"),
            "Otter" => tr("Otter"),
            "Kat" => tr("Kat"),
            "Hond" => tr("Hond"),
            "Konijn" => tr("Konijn"),
            other => other,
        }
    }
    // The mission map on the youth page.
    texts! {
        map_title = "Jouw missiekaart";
        map_finish = "Finish: je diploma";
        you_are_here = "Hier ben je";
    }

    /// "Je hebt 2 van de 6 missies gehaald."
    pub fn missions_done(done: usize, total: usize) -> String {
        fill(tr("Je hebt {done} van de {total} missies gehaald."), &[("done", &done), ("total", &total)])
    }

    /// "Missie 3", above a stop's title on the map.
    pub fn mission_number(number: usize) -> String {
        fill(tr("Missie {number}"), &[("number", &number)])
    }
    texts! {
        back_to_missions = "Terug naar de missies";
        tell_title = "Wie kun je het vertellen?";
        tell_intro = "Zie of lees je iets online dat niet goed voelt? Stop, maak een screenshot en vertel het aan:";
    }
    pub fn tell_adults() -> [&'static str; 3] {
        [tr("je vader, moeder of verzorger;"), tr("je juf of meester;"), tr("een andere volwassene die je vertrouwt.")]
    }
    texts! {
        tell_no_blame = "Je krijgt geen straf als je iets vertelt. Het is nooit jouw schuld.";
        tell_kindertelefoon = "Wil je liever met iemand anders praten? Bel of chat met De Kindertelefoon:";
        kindertelefoon_number = "0800-0432";
        kindertelefoon_href = "tel:08000432";
        kindertelefoon_free = "(gratis, je hoeft je naam niet te zeggen).";
        tell_danger = "Is er nu gevaar? Bel 112.";
    }

    // Echt of nep?
    texts! {
        message_mail = "E-mail";
        message_sms = "Sms";
        message_chat = "Chatbericht";
        mark_hint = "Tik op de stukjes die niet kloppen. Tik nog een keer om het weg te halen.";
        marked = "Aangetikt";
        show_answers = "Klaar, laat zien";
        seen_through = "Goed gezien: dit klopt niet.";
        missed = "Dit klopt ook niet.";
        false_alarm = "Dit is gewoon.";
        fine = "Gewoon stukje.";
        try_again = "Nog een keer";
    }

    // Sorting.
    /// Which card is being sorted: "Kaartje 3 van 8".
    pub fn card_of(n: usize, total: usize) -> String {
        fill(tr("Kaartje {n} van {total}"), &[("n", &n), ("total", &total)])
    }
    texts! {
        where_does_it_go = "Waar hoort dit kaartje bij?";
        drag_hint = "Kies een knop. Je mag het kaartje ook naar een vak slepen.";
        right = "Goed!";
        not_quite = "Net niet.";
        belongs_in = "Dit hoort bij:";
        next_card = "Volgend kaartje";
        sort_done = "Alle kaartjes liggen op hun plek.";
        sort_review = "Deze kaartjes waren lastig:";
    }

    // Chat.
    texts! {
        chat_label = "Het gesprek";
        you = "Jij";
        choose_reply = "Wat doe je?";
        chat_end = "Einde van het gesprek";
        chat_back = "Een stap terug";
        chat_restart = "Begin het gesprek opnieuw";
    }

    // Password lab.
    texts! {
        lab_label = "Jouw oefenwachtwoord";
        lab_hint = "Wat je hier typt, bewaren we niet en sturen we nergens heen.";
        lab_hide = "Verberg wat ik typ";
        lab_loading = "De lijst met bekende wachtwoorden wordt geladen…";
        lab_no_lists = "De lijst met bekende wachtwoorden kon niet laden. Misschien heb je geen internet. De meter werkt wel, maar is nu minder streng: een bekend wachtwoord lijkt dan sterker dan het is.";
        lab_strength = "Sterkte:";
    }
    pub fn lab_levels() -> [&'static str; 5] {
        [tr("Heel zwak"), tr("Zwak"), tr("Redelijk"), tr("Sterk"), tr("Heel sterk")]
    }
    texts! {
        lab_time = "Een snelle computer raadt dit";
    }
    pub fn lab_times() -> [&'static str; 6] {
        [
            tr("in minder dan een seconde."),
            tr("in een paar minuten of uren."),
            tr("in een paar dagen."),
            tr("in een paar maanden."),
            tr("in een paar jaar."),
            tr("pas na honderden jaren."),
        ]
    }
    texts! {
        lab_tips = "Tips";
        lab_tip_words = "Gebruik 4 of meer woorden die niet bij elkaar horen.";
        lab_tip_length = "Maak het minstens 15 tekens lang.";
        lab_tip_common = "Geen bekend wachtwoord gebruiken (zoals welkom of 123456).";
        lab_tip_sequence = "Geen rijtjes zoals 1234, abcd of qwerty.";
        lab_tip_year = "Geen jaartal, zoals je geboortejaar.";
        lab_tip_ok = "Gelukt:";
        lab_tip_todo = "Nog doen:";
        lab_empty = "Typ iets om te zien hoe sterk het is.";
    }

    // Privacy.
    texts! {
        profile_title = "Zo ziet een onbekende jouw profiel";
        profile_nothing = "Een onbekende ziet bijna niets. Goed zo!";
        profile_sees = "Een onbekende kan dit zien:";
        who_sees = "Wie ziet dit?";
        safe = "Veilig gekozen.";
        unsafe_label = "Let op:";
        privacy_done = "Klaar, bekijk mijn profiel";
        privacy_choose_all = "Kies bij elke instelling iets.";
    }
    /// How many privacy settings the child chose safely.
    pub fn safe_count(safe: usize, total: usize) -> String {
        fill(tr("Je koos {safe} keer veilig, van de {total}."), &[("safe", &safe), ("total", &total)])
    }

    /// The headline after "Klaar, laat zien": always encouraging.
    pub fn found(found: usize, total: usize) -> String {
        match (found, total) {
            (f, t) if f == t => fill(tr("Super! Je vond alle {total} dingen die niet klopten."), &[("total", &t)]),
            (0, t) => fill(tr("Er klopten {total} dingen niet. Lees hieronder welke, dan zie je ze de volgende keer."), &[("total", &t)]),
            (f, t) => fill(tr("Goed bezig! Je vond {found} van de {total} dingen die niet klopten."), &[("found", &f), ("total", &t)]),
        }
    }

    /// "Je legde er 7 van de 9 meteen goed."
    pub fn sorted(right: usize, total: usize) -> String {
        fill(tr("Je legde er {right} van de {total} meteen goed."), &[("right", &right), ("total", &total)])
    }

    texts! {
        privacy_all_safe = "Top!";
        privacy_some_unsafe = "Kijk bij 'Let op' hoe het veiliger kan.";
        /// The name on the pretend profile when no player was made.
        profile_default_name = "Sam";

        /// What a step asks, for the teacher's overview.
        task_read = "lezen";
        task_check = "vraag";
        task_real_or_fake = "oefening echt of nep";
        task_sort = "oefening sorteren";
        task_chat = "oefening chatgesprek";
        task_password = "oefening wachtwoordlab";
        task_privacy = "oefening privacy-instellingen";
    }

    // Diploma.
    texts! {
        diploma_title = "Diploma";
        diploma_for = "Dit diploma is voor";
        diploma_done = "Gehaalde missies:";
        diploma_rank = "Rang";
        diploma_none = "Haal eerst een missie. Dan kun je je diploma printen.";
        diploma_print = "Print je diploma";
        diploma_no_player = "Speler zonder bijnaam";
    }
}

// "Metingen samenvoegen": the trainers' overview of session measurements.
texts! {
    measure_title = "Metingen samenvoegen";
    measure_intro = "Heb je in een sessie de meting voor en na gedaan? Dan heb je daarna een CSV-bestand opgeslagen. Open hier de bestanden van een of meer sessies. Weerbaar telt ze op per doelgroep en periode. De bestanden blijven op deze computer: er gaat niets naar internet.";
    measure_files_label = "Kies de CSV-bestanden van je sessies";
    measure_files_hint = "Je kunt meer bestanden tegelijk kiezen. Open je later nog een bestand, dan komt het erbij.";
    measure_open = "Bestanden openen";
    measure_clear = "Begin opnieuw";
    measure_period = "Tel de sessies op";
    measure_refused_title = "Deze bestanden konden we niet gebruiken";
    measure_duplicates = "Deze sessies zaten er twee keer in. Ze tellen één keer mee:";
    measure_too_large = "Dit bestand is te groot voor het verslag van een sessie.";
    measure_unreadable = "Dit bestand kon niet worden gelezen.";
    measure_table_caption = "Deel van de deelnemers met het goede antwoord (vragen) of dat het eens is (stellingen), voor en na de sessie";
    measure_item = "Onderwerp";
    measure_before = "Voor";
    measure_after = "Na";
    measure_conclusions = "Wat dit zegt";
    measure_chart_alt = "Grafiek van de cijfers voor en na de sessie per onderwerp. Dezelfde cijfers staan in de tabel onder de grafiek.";
    measure_chart_caption = "Percentages voor en na de sessie.";
    measure_link = "Metingen samenvoegen";
}

/// "2 bestanden geopend, 2 sessies geteld."
pub fn measure_files_opened(files: usize, sessions: u32) -> String {
    let template = match (files == 1, sessions == 1) {
        (true, true) => tr("1 bestand geopend, 1 sessie geteld."),
        (true, false) => tr("1 bestand geopend, {sessions} sessies geteld."),
        (false, true) => tr("{files} bestanden geopend, 1 sessie geteld."),
        (false, false) => tr("{files} bestanden geopend, {sessions} sessies geteld."),
    };
    fill(template, &[("files", &files), ("sessions", &sessions)])
}

/// "3 sessies. Deelnemers voor: 24; na: 22."
pub fn measure_group_facts(sessions: u32, before: &str, after: &str) -> String {
    let template = if sessions == 1 {
        tr("1 sessie. Deelnemers voor: {before}; na: {after}.")
    } else {
        tr("{sessions} sessies. Deelnemers voor: {before}; na: {after}.")
    };
    fill(template, &[("sessions", &sessions), ("before", &before), ("after", &after)])
}

// "Meting met de groep": the trainer counts hands before and after.
texts! {
    group_measure_title = "Meting met de groep";
    group_measure_none = "Voor deze doelgroep is nog geen meting. Een trainer kan er een schrijven: zie de handleiding.";
    group_measure_run_title = "Een meting doen met een groep";
    group_measure_run_intro = "Stel de vragen voor de sessie en nog een keer na de sessie. Tel de handen of kaarten per antwoord. Je krijgt een verslag om af te drukken en een CSV-bestand om te bewaren. Kies de doelgroep:";
    measure_combine_title = "Verslagen samenvoegen";
    group_measure_resumed = "Je was al bezig met een meting op dit apparaat. Je tellingen zijn er nog.";
    group_measure_before = "Voor de sessie";
    group_measure_after = "Na de sessie";
    group_measure_people = "Hoeveel mensen doen mee?";
    group_measure_people_hint = "Tel ook wie geen hand opsteekt. Bij minder dan vijf mensen toont het verslag geen cijfers.";
    group_measure_start_before = "Begin de meting voor de sessie";
    group_measure_start_after = "Begin de meting na de sessie";
    group_measure_between = "Nu de sessie";
    group_measure_between_text = "De meting voor de sessie is klaar. Geef nu je sessie. Daarna stel je dezelfde soort vragen nog een keer. De tellingen blijven bewaard op dit apparaat.";
    group_measure_next = "Volgende vraag";
    group_measure_done_phase = "Klaar met deze ronde";
    group_measure_back = "Terug";
    group_measure_report = "Verslag van de meting";
    group_measure_download = "Download als CSV";
    group_measure_new = "Nieuwe meting";
    group_measure_exit = "Terug naar Metingen";
}

/// "Voor de sessie · vraag 2 van 8"
pub fn group_measure_caption(before: bool, n: usize, of: usize) -> String {
    let template = if before { tr("Voor de sessie · vraag {n} van {of}") } else { tr("Na de sessie · vraag {n} van {of}") };
    fill(template, &[("n", &n), ("of", &of)])
}

/// "Wat weet je al? Meting voor inwoners, 2026-12-04."
pub fn group_measure_report_intro(title: &str, date: &str) -> String {
    fill(tr("{title}, {date}. Alleen aantallen: er staan geen namen in."), &[("title", &title), ("date", &date)])
}

// "Wat weet je al?": the learner's own before/after questions.
texts! {
    own_measure_invite_before_title = "Wat weet je al?";
}
/// The invitation on an audience's page, with the set's `duur:`.
pub fn own_measure_invite_before(minutes: Option<u32>) -> String {
    match minutes {
        Some(m) => fill(
            tr("Beantwoord eerst een paar korte vragen. {duration}. Na de modules krijg je er nog een paar. Zo zie je zelf wat je erbij leerde. Het is geen toets: je krijgt geen cijfer en je mag het overslaan. Je antwoorden blijven op dit apparaat."),
            &[("duration", &about_minutes(m))],
        ),
        None => tr("Beantwoord eerst een paar korte vragen. Na de modules krijg je er nog een paar. Zo zie je zelf wat je erbij leerde. Het is geen toets: je krijgt geen cijfer en je mag het overslaan. Je antwoorden blijven op dit apparaat.").to_string(),
    }
}
texts! {
    own_measure_invite_after = "Wat heb je erbij geleerd?";
    own_measure_invite_after_text = "Je hebt een module afgerond. Beantwoord nog een keer een paar korte vragen. Daarna zie je het verschil met het begin.";
    own_measure_invite_done = "Je vulde de vragen voor en na in";
    own_measure_invite_done_text = "Op Mijn voortgang zie je wat je erbij leerde.";
    own_measure_see_growth = "Bekijk wat je erbij leerde";
    own_measure_start = "Naar de vragen";
    own_measure_skip = "Overslaan";
    own_measure_title = "Vragen voor en na";
    own_measure_title_before = "Wat weet je al?";
    own_measure_title_after = "Wat weet je nu?";
    own_measure_none = "Voor deze groep zijn er geen vragen voor en na. Je kunt gewoon met de modules beginnen.";
    own_measure_questions = "Vragen";
    own_measure_statements = "Wat vind jij?";
    own_measure_statements_hint = "Kies bij elke zin hoe goed die bij jou past. Er is geen goed of fout.";
    own_measure_done = "Klaar";
    own_measure_thanks = "Bedankt";
    own_measure_thanks_before = "Je antwoorden staan op dit apparaat. Begin nu met de modules. Heb je een module afgerond? Dan krijg je nog een keer een paar vragen en zie je wat je erbij leerde.";
    own_measure_to_modules = "Naar de modules";
    own_measure_growth_title = "Wat je erbij leerde";
    own_measure_right_answers = "De goede antwoorden";
    own_measure_only_before = "Je vulde de vragen vooraf in. Rond een module af en beantwoord dan de vragen achteraf: dan zie je hier het verschil.";
    own_measure_only_after = "Je vulde de vragen vooraf niet in. Daarom is er geen verschil te zien. Je antwoorden van nu staan in de tabel.";
    own_measure_knowledge = "Vragen goed";
    own_measure_skipped = "niet ingevuld";
    own_measure_not_taken = "niet gedaan";
    own_measure_table_caption = "Je antwoorden voor en na de modules";
    own_measure_chart_alt = "Grafiek van je antwoorden voor en na de modules. Dezelfde gegevens staan in de tabel onder de grafiek.";
    own_measure_chart_caption = "Hoe langer de balk, hoe meer vragen goed of hoe meer je het eens bent met de zin.";
}
/// "2 van de 4".
pub fn own_right(right: u32, asked: u32) -> String {
    fill(tr("{right} van de {asked}"), &[("right", &right), ("asked", &asked)])
}
