//! Diagnostics: what is wrong in a content file, where, and how to fix it.
//!
//! A diagnostic is data (modelled on codespan-reporting and miette): a stable
//! code, a severity, a message that makes sense on its own, a byte span and
//! fix advice. Rendering (with the source line, like a compiler) is a separate
//! function so the app, the CLI and the tests can each present it their way.
//!
//! All Dutch wording for trainers lives in this file and in the parser call
//! sites that fill in the details, so tone (B1, je/jij) can be reviewed here.

use std::ops::Range;

use super::line_index::LineIndex;

/// A byte range into one source file.
pub type Span = Range<usize>;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Severity {
    /// A hint that makes the content better; nothing is wrong.
    Advice,
    /// The content works, but probably not as the trainer meant.
    Warning,
    /// The module cannot be shown as written.
    Error,
}

impl Severity {
    /// The Dutch word shown before the message.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Advice => "tip",
            Severity::Warning => "waarschuwing",
            Severity::Error => "fout",
        }
    }
}

macro_rules! codes {
    ($($variant:ident = $code:literal, $severity:ident, $help:literal;)*) => {
        /// Every kind of mistake the checker knows. Codes are stable: the
        /// handbook and the tests refer to them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        pub enum Code { $(
            #[doc = $help]
            $variant,
        )* }

        impl Code {
            /// Every code, for the handbook and the "one fixture per code" test.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable code, e.g. `W-VOORBLAD-001`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The usual severity of this kind of mistake.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// The fix, in words a trainer understands.
            pub fn help(self) -> &'static str {
                match self { $(Code::$variant => $help,)* }
            }
        }
    };
}

codes! {
    FrontMatterMissing = "F-VOORBLAD-001", Error,
        "Zet bovenaan het bestand een blok tussen twee regels met alleen ---, bijvoorbeeld:\n---\ntitel: Signalen in je straat\nsoort: les\ndoelgroep: inwoner\n---";
    FrontMatterUnclosed = "F-VOORBLAD-002", Error,
        "Sluit het blok bovenaan af met een regel met alleen --- (drie streepjes).";
    FrontMatterLine = "F-VOORBLAD-003", Error,
        "Schrijf elke regel in het blok bovenaan als 'naam: waarde', bijvoorbeeld 'titel: Wat is ondermijning?'.";
    FrontMatterUnknownKey = "W-VOORBLAD-004", Warning,
        "Controleer de spelling. Toegestaan zijn: titel, soort, doelgroep, duur, slaaggrens, toetsvragen, omschrijving, afbeelding.";
    FrontMatterDuplicateKey = "F-VOORBLAD-005", Error,
        "Laat elke naam maar één keer voorkomen in het blok bovenaan.";
    FrontMatterNotAtTop = "F-VOORBLAD-006", Error,
        "Een regel met alleen --- midden in de tekst maakt er een tweede voorblad van. Wil je een scheidingslijn? Gebruik dan *** of laat een lege regel weg.";
    TitleMissing = "F-TITEL-001", Error,
        "Schrijf in het blok bovenaan een regel 'titel: ...' met de naam van de module.";
    UnknownKind = "F-SOORT-001", Error,
        "Kies een van deze soorten: les, quiz, kaarten, scene, scenario, missie. Een voor- en nameting (soort: meting) staat in de map meting, bijvoorbeeld meting/inwoner.md.";
    KindMissing = "F-SOORT-002", Error,
        "Schrijf in het blok bovenaan een regel 'soort: ...', bijvoorbeeld 'soort: les'.";
    UnknownAudience = "F-DOELGROEP-001", Error,
        "Kies een van deze doelgroepen: medewerker, inwoner, ondernemer, agrarier, jeugd, jongeren, trainer.";
    AudienceMissing = "F-DOELGROEP-002", Error,
        "Schrijf in het blok bovenaan een regel 'doelgroep: ...', bijvoorbeeld 'doelgroep: inwoner'.";
    BadNumber = "F-GETAL-001", Error,
        "Schrijf hier een heel getal, zonder eenheid, bijvoorbeeld 'duur: 15' of 'slaaggrens: 70'.";
    RawHtml = "W-HTML-001", Warning,
        "HTML wordt niet uitgevoerd maar als gewone tekst getoond. Gebruik Markdown: **vet**, *schuin*, [link](https://...).";
    UnsafeLink = "F-LINK-001", Error,
        "Gebruik alleen links die beginnen met https:, mailto: of tel:, of een link naar een bestand of kopje in deze map.";
    TopHeading = "W-KOPJE-001", Warning,
        "Begin elke pagina, vraag of kaart met ## (twee hekjes). Eén # is alleen voor # Toets in een les en # Voor de leerkracht in een missie; de titel van de module staat al in het blok bovenaan.";
    HeadingNoSpace = "F-KOPJE-002", Error,
        "Zet een spatie tussen de #-tekens en de tekst, bijvoorbeeld: ## Gaten in de muur. Zonder spatie is de regel gewone tekst: dan verdwijnt de vraag of pagina, en komt alles eronder (ook de antwoorden) bij het stuk erboven terecht.";
    EmptyBody = "W-INHOUD-001", Warning,
        "Schrijf onder het blok bovenaan de tekst van de module.";
    CatalogueBadAudience = "F-OVERZICHT-001", Error,
        "Schrijf elke doelgroep als kopje met een code erachter, bijvoorbeeld: ## Inwoners {#inwoner}. Codes: medewerker, inwoner, ondernemer, agrarier, jeugd, jongeren, trainer.";
    CatalogueDuplicateAudience = "F-OVERZICHT-002", Error,
        "Noem elke doelgroep maar één keer in SUMMARY.md; zet alle modules voor die groep onder hetzelfde kopje.";
    CatalogueEntryOutsideAudience = "F-OVERZICHT-003", Error,
        "Zet de link onder een doelgroep-kopje (## ...), zodat de app weet voor wie de module is.";
    CatalogueBadLink = "F-OVERZICHT-004", Error,
        "Schrijf elke module als lijstregel met een link naar een .md-bestand in de map content, bijvoorbeeld: - [Wat is ondermijning?](medewerker/wat-is-ondermijning.md)";
    CatalogueDuplicateModule = "F-OVERZICHT-005", Error,
        "Noem elk bestand maar één keer in SUMMARY.md.";
    CatalogueStrayText = "W-OVERZICHT-006", Warning,
        "In SUMMARY.md staan alleen kopjes, een korte uitleg per doelgroep en lijsten met links. Verplaats andere tekst naar een module.";
    CatalogueMissingFile = "F-OVERZICHT-007", Error,
        "Controleer of de bestandsnaam in SUMMARY.md precies klopt (ook hoofdletters), of zet het bestand in de map content.";
    CatalogueEmpty = "F-OVERZICHT-009", Error,
        "Zet in SUMMARY.md onder een doelgroep-kopje minstens één module, bijvoorbeeld:\n## Inwoners {#inwoner}\n- [Signalen in je straat](inwoner/signalen-in-je-straat.md)";
    CatalogueMissing = "F-OVERZICHT-010", Error,
        "SUMMARY.md is de lijst met alle modules: zonder dit bestand toont de website geen enkele module. Zet het in de map content, naast site.md. Begin met het voorbeeld in de handleiding bij 'Het overzicht: SUMMARY.md' en zet daarin een link naar elke module.";
    CatalogueSpaceInName = "F-OVERZICHT-011", Error,
        "Geef het bestand een naam zonder spaties: zet streepjes tussen de woorden, bijvoorbeeld signalen-in-je-straat.md, en schrijf de link in SUMMARY.md precies zo. Gebruik liever ook geen hoofdletters in een bestandsnaam: dan hoef je niet te onthouden waar ze staan.";
    NotInCatalogue = "W-OVERZICHT-008", Warning,
        "Zet een link naar dit bestand in SUMMARY.md, anders kan niemand de module vinden. Is het een oud bestand? Dan mag je het weghalen.";
    AudienceMismatch = "W-DOELGROEP-003", Warning,
        "Zet de module in SUMMARY.md onder het kopje van de doelgroep die in het bestand staat, of pas 'doelgroep:' aan.";
    LinkNotModule = "F-LINK-002", Error,
        "Een link naar een bestand mag alleen naar een andere module (.md) wijzen; verder kan een link naar een website (https:), een e-mailadres (mailto:) of een telefoonnummer (tel:). Wil je een afbeelding laten zien? Schrijf dan ![beschrijving](pad/naar/afbeelding.svg).";
    NotAPicture = "F-BESTAND-002", Error,
        "Een afbeelding moet een .svg-, .png-, .jpg-, .gif- of .webp-bestand zijn.";
    UnsafePicture = "F-BESTAND-003", Error,
        "Een SVG-tekening mag alleen vormen, tekst en kleuren bevatten: geen script, geen regels die met 'on' beginnen, geen foreignObject en geen verwijzingen naar andere bestanden of websites. Sla de tekening opnieuw op als gewone SVG (in Inkscape: Opslaan als, Optimized SVG) of vraag je webbeheerder om hulp. Tot dan laat de website deze afbeelding niet zien.";
    MissingLinkedFile = "F-BESTAND-001", Error,
        "Controleer de bestandsnaam (ook hoofdletters) en of het bestand in de map content staat. Paden zijn vanaf het bestand waarin je de link schrijft.";
    NotUtf8 = "F-BESTAND-004", Error,
        "Open het bestand in je teksteditor en kies bij Opslaan als de codering UTF-8 (in Kladblok: Bestand, Opslaan als, Codering: UTF-8). Staan er daarna nog vreemde tekens (�) in de tekst? Typ die letters dan opnieuw.";
    DuplicateId = "F-ID-001", Error,
        "Geef elk onderdeel een eigen kopje of een eigen code, bijvoorbeeld: ## Wat zie je? {#vraag-2}";
    TabIndent = "W-INSPRINGEN-001", Warning,
        "Spring in met spaties, niet met een tab. Een tab telt als vier spaties en kan een antwoord of uitleg onder het verkeerde punt zetten.";
    QuestionNoOptions = "F-VRAAG-001", Error,
        "Zet onder de vraag de antwoorden als lijst: - [x] voor een goed antwoord en - [ ] voor een fout antwoord.";
    QuestionNoCorrect = "F-VRAAG-002", Error,
        "Markeer het goede antwoord met [x], bijvoorbeeld: - [x] Bel Meld Misdaad Anoniem";
    SingleChoiceTwoCorrect = "F-VRAAG-003", Error,
        "Markeer maar één antwoord met [x]. Zijn er meer antwoorden goed? Zet dan {.meerkeuze} achter de vraag.";
    QuestionOneOption = "F-VRAAG-004", Error,
        "Geef minstens twee antwoorden om uit te kiezen.";
    OptionNoFeedback = "W-VRAAG-005", Warning,
        "Zet onder het antwoord een regel die begint met twee spaties en >, met uitleg waarom het goed of fout is. Uitleg leert mensen veel meer dan alleen goed of fout.";
    MixedTaskList = "F-VRAAG-006", Error,
        "Begin elk antwoord met [x] of [ ] (met een spatie tussen de haken).";
    ListMarkerNoSpace = "F-LIJST-001", Error,
        "Zet een spatie tussen het streepje en de haken: - [x] voor een goed antwoord en - [ ] voor een fout antwoord. Zonder spatie is de regel gewone tekst en geen antwoord.";
    AnswerLengthCue = "W-VRAAG-007", Warning,
        "Het goede antwoord is veel langer dan de andere antwoorden (minstens 15 tekens en 20 procent langer dan het langste foute antwoord). Dan kiezen mensen het langste antwoord, ook als ze het niet weten. Maak de andere antwoorden even lang en even precies, of maak het goede korter.";
    OrderTooFewSteps = "F-VOLGORDE-001", Error,
        "Zet onder de vraag minstens twee stappen als genummerde lijst, in de goede volgorde:\n1. Ik houd afstand\n2. Ik bel 112\nDe app zet ze door elkaar.";
    OrderTooManySteps = "W-VOLGORDE-002", Warning,
        "Houd het bij hooguit 8 stappen. Meer stappen zijn moeilijk te onthouden, en met de knoppen Omhoog en Omlaag kost elke verplaatsing een klik. Voeg kleine stappen samen of maak er twee vragen van.";
    OrderStepChecked = "W-VOLGORDE-003", Warning,
        "Haal [x] en [ ] weg en schrijf de stappen als genummerde lijst (1. 2. 3.) in de goede volgorde. Bij een volgordevraag is de volgorde zelf het antwoord; er is geen stap goed of fout.";
    OrderAndSeveral = "W-VOLGORDE-004", Warning,
        "Kies één soort vraag: {.volgorde} om stappen te ordenen, of {.meerkeuze} om alle goede antwoorden te kiezen. Haal de andere weg.";
    TestSize = "W-TOETS-001", Warning,
        "Zet bij toetsvragen hoeveel vragen één poging stelt: minder dan het aantal vragen onder # Toets, zodat elke nieuwe poging andere vragen kan kiezen. Haal de regel weg als elke poging alle vragen moet stellen.";
    SuspendTooLarge = "W-LMS-001", Warning,
        "Maak de module kleiner, bijvoorbeeld door hem in twee modules te splitsen of de kopjes (en dus de ids) korter te maken. Een leeromgeving (LMS) hoeft maar 4096 tekens te bewaren om later verder te gaan; past de voortgang daar niet in, dan kan iemand daar niet verder waar hij was.";
    LongestAnswerPattern = "W-VRAAG-008", Warning,
        "Bij meer dan de helft van de vragen met één goed antwoord is het goede antwoord het langste. Dan leren mensen: kies het langste antwoord. Maak bij een paar vragen het goede antwoord juist kort, of maak de foute antwoorden langer en preciezer.";
    AnswersAfterExplanation = "F-VRAAG-009", Error,
        "Zet alle antwoorden in één lijst direct onder de vraag, vóór de uitleg (> [!NOTE]) en de tip (> [!TIP]). Begin elk antwoord met hetzelfde teken, bijvoorbeeld - [x] en - [ ].";
    CardNoExplanation = "W-KAART-001", Warning,
        "Zet onder de kaart een regel die begint met twee spaties en >, met uitleg waarom dit wel of geen signaal is.";
    DeckEmpty = "F-KAART-002", Error,
        "Zet de kaarten als lijst: - [x] voor een signaal en - [ ] voor geen signaal.";
    SceneNoImage = "F-SCENE-001", Error,
        "Schrijf in het blok bovenaan welke tekening bij de scène hoort, bijvoorbeeld: afbeelding: scenes/straat.svg";
    SceneNoDescription = "W-SCENE-002", Warning,
        "Beschrijf onder het blok bovenaan in een paar zinnen wat er op de tekening staat, voor mensen die hem niet kunnen zien.";
    RegionNoPlace = "F-SCENE-003", Error,
        "Schrijf onder het kopje waar het gebied ligt, in procenten van de tekening: plek: links, boven, breedte, hoogte (bijvoorbeeld plek: 10, 20, 15, 10).";
    RegionOutside = "F-SCENE-004", Error,
        "Alle getallen bij plek zijn procenten van 0 tot 100 (met een punt, zoals 12.5), en links + breedte en boven + hoogte mogen samen niet meer dan 100 zijn.";
    RegionNoLabel = "F-SCENE-005", Error,
        "Geef het gebied een neutrale naam als kopje, bijvoorbeeld: ## Raam boven de kapper. Verraad in de naam niet of het een signaal is.";
    RegionNoSignal = "F-SCENE-006", Error,
        "Schrijf onder het kopje of dit een signaal is: signaal: ja of signaal: nee.";
    RegionNoFeedback = "W-SCENE-007", Warning,
        "Schrijf onder het gebied uitleg waarom het wel of geen signaal is.";
    SceneNoSignals = "F-SCENE-008", Error,
        "Zet bij minstens één gebied signaal: ja.";
    ChoiceNoLink = "F-SCENARIO-001", Error,
        "Schrijf elke keuze als link naar een ander kopje, bijvoorbeeld: - [Je belt de politie](#bellen)";
    ChoiceUnknownNode = "F-SCENARIO-002", Error,
        "Controleer de code achter # in de link: die moet precies zo bij een kopje staan, bijvoorbeeld ## Je belt {#bellen}.";
    NodeUnreachable = "W-SCENARIO-003", Warning,
        "Maak een keuze die naar dit deel leidt, of haal het weg. Nu komt geen speler hier ooit.";
    NoWayOut = "F-SCENARIO-004", Error,
        "Zorg dat de speler vanaf hier altijd bij een einde kan komen: een deel zonder keuzes.";
    ScenarioTooShort = "F-SCENARIO-005", Error,
        "Een scenario heeft minstens een begin met keuzes en een einde nodig: twee of meer kopjes met ##.";
    UnknownExercise = "F-OEFENING-001", Error,
        "Kies bij oefening: echt-of-nep, sorteren, chat, wachtwoord of privacy. Kies bij bericht: mail, sms of chat.";
    ExerciseEmpty = "F-OEFENING-002", Error,
        "Zet onder de oefening wat het kind moet doen, zoals in de handleiding bij Missie voor de jeugd: stukjes met [x] en [ ], groepen of chatdelen met ###, of instellingen met keuzes.";
    SortGroups = "F-OEFENING-003", Error,
        "Maak twee of drie groepen, elk met een kopje ###, en zet onder elke groep minstens één kaartje.";
    ExerciseNoRightAnswer = "F-OEFENING-004", Error,
        "Markeer met [x] wat het kind moet vinden: bij echt of nep de stukjes die niet kloppen, bij privacy de veilige keuzes.";
    MissionNoTeacher = "W-MISSIE-001", Warning,
        "Zet na de laatste stap een kopje # Voor de leerkracht, met leerdoelen, een lesplan, gespreksvragen en wat je doet als een kind iets vertelt.";
    MeasurePartMissing = "F-METING-001", Error,
        "Een meting heeft twee delen met vragen: # Voor (vóór de les) en # Na (na de les), elk met minstens één vraag als kopje ##. Daarna mag # Stellingen komen.";
    MeasureUnpaired = "F-METING-002", Error,
        "Geef elke vraag onder # Voor een partner onder # Na met dezelfde code, bijvoorbeeld ## Waar meld je dit? {#melden} in beide delen. Zo vergelijkt het overzicht voor en na.";
    MeasureItemShape = "F-METING-003", Error,
        "Geef een meetvraag 2 tot 6 antwoorden en precies één goed antwoord ([x]). {.meerkeuze} kan niet in een meting: handen tellen gaat dan mis.";
    MeasureUnknownPart = "F-METING-004", Error,
        "Gebruik in een meting alleen deze kopjes met één #: # Voor, # Na en # Stellingen. Zet vragen en stellingen eronder als kopje met ##.";
    MeasureNoStatements = "W-METING-005", Warning,
        "Zet na # Na een deel # Stellingen met een paar stellingen als kopje ##, bijvoorbeeld: ## Ik weet waar ik een vermoeden kan melden {#waar-melden}. Deelnemers kiezen daarbij van 1 (helemaal niet mee eens) tot 5 (helemaal mee eens).";
    MeasureSameQuestion = "W-METING-006", Warning,
        "Stel na de les dezelfde vraag met een andere situatie. Is de vraag precies gelijk, dan onthouden mensen het antwoord en meet je geheugen in plaats van kennis.";
    MeasureInCatalogue = "F-METING-007", Error,
        "Haal de meting weg uit SUMMARY.md. Een meting is geen module: de app vindt hem zelf in de map meting, bijvoorbeeld meting/inwoner.md.";
    MeasurePlace = "W-METING-008", Warning,
        "Zet de meting in de map meting, met de code van de doelgroep als naam: meting/inwoner.md, meting/medewerker.md, meting/jeugd.md enzovoort. Alleen daar vindt de app hem.";
    MeasureNoTopic = "W-METING-009", Warning,
        "Zet direct onder de vraag onder # Voor een regel onderwerp: met wat mensen weten als ze het goed hebben, bijvoorbeeld onderwerp: waar je een vermoeden kunt melden. Het overzicht zegt dan: Na de sessie wist 82 % waar je een vermoeden kunt melden.";
    SiteMissing = "F-SITE-001", Error,
        "Zet een bestand site.md in de map content; kijk in de handleiding voor een voorbeeld.";
    SiteMissingField = "F-SITE-002", Error,
        "Vul dit in site.md in; kijk in de handleiding voor een voorbeeld.";
    SiteBadColour = "F-SITE-003", Error,
        "Schrijf een kleur als # met zes tekens (0-9 en a-f), bijvoorbeeld: hoofdkleur: #154273";
    SiteUnknownKey = "W-SITE-004", Warning,
        "Controleer de spelling. Bovenaan site.md mogen staan: organisatie, hoofdkleur, logo. Bij een meldroute: telefoon, website, email, voor.";
    SiteLowContrast = "F-SITE-006", Error,
        "Kies een donkerdere kleur: witte tekst erop en deze kleur als tekst op wit moeten minstens 4,5:1 halen. Test je kleur ook met een contrastchecker.";
    SiteBadPhone = "F-SITE-007", Error,
        "Schrijf bij telefoon alleen het nummer: cijfers, eventueel met spaties, streepjes of een + vooraan, bijvoorbeeld telefoon: 0800-7000.";
    SiteNoContacts = "F-SITE-005", Error,
        "Schrijf minstens één manier om te melden als kopje met ## en daaronder wanneer je die gebruikt.";
    TermNoExplanation = "F-BEGRIP-001", Error,
        "Schrijf onder het kopje in een of twee korte zinnen wat het begrip betekent. Zonder uitleg laat de app dit begrip nergens zien.";
    TermDuplicate = "W-BEGRIP-002", Warning,
        "Noem elk woord bij maar één begrip in begrippen.md. Haal het hier weg, of voeg de twee begrippen samen.";
    GlossaryEmpty = "W-BEGRIP-003", Warning,
        "Schrijf elk begrip als kopje met ## en daaronder de uitleg, bijvoorbeeld:\n## Witwassen\nook: witwast, witgewassen\n\nGeld uit misdaad zo gebruiken dat het eerlijk verdiend lijkt.\nWil je geen begrippenlijst? Haal het bestand dan weg.";
    TranslationNoOriginal = "F-VERTALING-001", Error,
        "Een vertaling staat naast het origineel, met de taalcode voor .md: bij inwoner/werk-en-wonen.md hoort inwoner/werk-en-wonen.en.md (Engels) of inwoner/werk-en-wonen.pl.md (Pools). Controleer de naam (ook hoofdletters), of zet het Nederlandse origineel erbij en in SUMMARY.md.";
    TranslationUnknownLanguage = "F-VERTALING-002", Error,
        "Gebruik de code van een taal die de app kent: en (Engels) of pl (Pools), bijvoorbeeld werk-en-wonen.en.md. Is het geen vertaling? Haal dan de punt en de letters voor .md weg. Tot dan laat de website dit bestand niet zien.";
    TranslationSetting = "W-VERTALING-003", Warning,
        "Vertaal in het blok bovenaan alleen titel en omschrijving. Neem de andere regels (soort, doelgroep, duur, slaaggrens, toetsvragen, afbeelding) precies over uit het origineel.";
    TranslationStructure = "F-VERTALING-004", Error,
        "Een vertaling heeft dezelfde opbouw als het origineel: dezelfde kopjes met # en ## in dezelfde volgorde, dezelfde plekken in een scène en keuzes die naar hetzelfde deel leiden. Vertaal alleen de tekst. Tot dan zien deelnemers de Nederlandse module.";
    TranslationOptions = "F-VERTALING-005", Error,
        "Geef elke vraag in de vertaling evenveel antwoorden als in het origineel, in dezelfde volgorde, en zet {.meerkeuze} achter dezelfde vragen. Tot dan zien deelnemers de Nederlandse module.";
    TranslationCorrect = "F-VERTALING-006", Error,
        "Zet het [x] bij dezelfde antwoorden als in het origineel: is in het origineel optie 2 goed, dan ook in de vertaling. Tot dan zien deelnemers de Nederlandse module.";
    TranslationInCatalogue = "F-VERTALING-007", Error,
        "Haal de vertaling weg uit SUMMARY.md en laat alleen het Nederlandse origineel staan. De app vindt vertalingen zelf en biedt ze aan op de pagina van de module; als eigen module zou een vertaling een eigen voortgang krijgen.";
    TermTooLong = "W-BEGRIP-004", Warning,
        "Maak de uitleg korter: hooguit drie korte zinnen. De uitleg staat midden in de tekst van een module; wie meer wil weten, leest verder in de module zelf.";
}

/// One problem found in one source file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Which kind of mistake; decides the help text.
    pub code: Code,
    /// Usually `code.severity()`.
    pub severity: Severity,
    /// What is wrong, in Dutch, understandable without the source excerpt.
    pub message: String,
    /// Where: a byte range into the file.
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic with the code's usual severity.
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic { code, severity: code.severity(), message: message.into(), span }
    }

    /// The fix advice for this diagnostic.
    pub fn help(&self) -> &'static str {
        self.code.help()
    }
}

/// The result of a total parser: always a value, plus what went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    /// The (possibly partial) result.
    pub value: T,
    /// Every problem found, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Parsed<T> {
    /// True when at least one diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// A diagnostic resolved against its file, ready to show to a person.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Located {
    /// Path of the file, relative to the content folder.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (characters).
    pub col: usize,
    /// The text of that line, for the excerpt.
    pub line_text: String,
    /// Stable code, e.g. `F-TITEL-001`.
    pub code: &'static str,
    /// `fout`, `waarschuwing` or `tip`.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: &'static str,
}

impl Located {
    /// Resolves `diag` in `src` (the contents of `file`).
    pub fn new(file: &str, src: &str, index: &LineIndex, diag: &Diagnostic) -> Self {
        let pos = index.line_col(src, diag.span.start);
        Located {
            file: file.to_string(),
            line: pos.line,
            col: pos.col,
            line_text: index.line_text(src, pos.line).to_string(),
            code: diag.code.as_str(),
            severity: diag.severity,
            message: diag.message.clone(),
            help: diag.help(),
        }
    }

    /// Resolves every diagnostic of one file.
    pub fn all(file: &str, src: &str, diags: &[Diagnostic]) -> Vec<Located> {
        let index = LineIndex::new(src);
        diags.iter().map(|d| Located::new(file, src, &index, d)).collect()
    }

    /// Plain-text rendering with the source line, like a compiler:
    ///
    /// ```text
    /// fout[F-TITEL-001]: Deze module heeft geen titel.
    ///   --> inwoner/kapper.md:2:1
    ///    |
    ///  2 | soort: les
    ///    | ^
    ///    = zo los je het op: Schrijf in het blok bovenaan ...
    /// ```
    pub fn render(&self) -> String {
        let gutter = self.line.to_string().len();
        let pad = " ".repeat(gutter);
        let (text, caret_col) = excerpt(&self.line_text, self.col);
        let caret_pad: String = text.chars().take(caret_col.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        let help = self.help.replace('\n', &format!("\n{pad}     "));
        format!(
            "{sev}[{code}]: {msg}\n{pad}--> {file}:{line}:{col}\n{pad} |\n{line} | {text}\n{pad} | {caret_pad}^\n{pad} = zo los je het op: {help}\n",
            sev = self.severity.label(),
            code = self.code,
            msg = self.message.chars().map(|c| if c == '\n' { c } else { readable(c) }).collect::<String>(),
            file = self.file,
            line = self.line,
            col = self.col,
        )
    }
}

/// The most characters of a source line an excerpt shows: a picture
/// renamed to .md is one "line" of many kilobytes, and a trainer needs the
/// place, not the whole line.
const SHOWN_CHARS: usize = 120;

/// The part of `line` to show around the 1-based character column `col`,
/// with `…` where it was cut, and the column of `col` in that part.
fn excerpt(line: &str, col: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().map(readable).collect();
    if chars.len() <= SHOWN_CHARS {
        return (chars.into_iter().collect(), col);
    }
    let target = col.saturating_sub(1).min(chars.len());
    let start = target.saturating_sub(SHOWN_CHARS / 2).min(chars.len() - SHOWN_CHARS);
    let end = start + SHOWN_CHARS;
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    (shown, target - start + 1 + usize::from(start > 0))
}

/// `c`, or U+FFFD for a control character: bytes of a binary file can be
/// terminal codes that would garble the checker's output. Tabs stay, the
/// caret line copies them.
fn readable(c: char) -> char {
    if c.is_control() && c != '\t' {
        '\u{FFFD}'
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_prefixed_by_severity() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "duplicate {}", code.as_str());
            let prefix = match code.severity() {
                Severity::Error => "F-",
                Severity::Warning => "W-",
                Severity::Advice => "T-",
            };
            assert!(code.as_str().starts_with(prefix), "{} has the wrong prefix", code.as_str());
            assert!(!code.help().is_empty());
        }
    }

    #[test]
    fn render_shows_a_long_or_binary_line_in_short_and_readable() {
        // A picture renamed to .md: one long "line" of bytes, some of them
        // terminal control codes, with the problem far along it.
        let junk: String = (0..5000u32).map(|i| if i % 40 == 10 { 'x' } else { char::from_u32(i % 40).unwrap() }).collect();
        let src = format!("{junk}\u{FFFD}{junk}\n");
        let at = src.find('\u{FFFD}').unwrap();
        let d = Diagnostic::new(Code::NotUtf8, at..at + 3, "Niet UTF-8.");
        let out = Located::all("inwoner/x.md", &src, &[d]).remove(0).render();
        assert!(out.len() < 1000, "{} bytes:\n{out}", out.len());
        assert!(!out.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{out:?}");
        assert!(out.contains("--> inwoner/x.md:1:5001"), "{out}");
        // The caret still stands under the character it points at.
        let lines: Vec<&str> = out.lines().collect();
        let text = lines.iter().find(|l| l.starts_with("1 | ")).unwrap();
        let caret = lines.iter().find(|l| l.trim_end().ends_with('^')).unwrap();
        let caret_col = caret.chars().count() - 1;
        assert_eq!(text.chars().nth(caret_col), Some('\u{FFFD}'), "{out}");
    }

    #[test]
    fn render_points_at_the_line_and_column() {
        let src = "---\nsoort: les\n---\n";
        let d = Diagnostic::new(Code::TitleMissing, 4..9, "Deze module heeft geen titel.");
        let out = Located::all("inwoner/x.md", src, &[d]).remove(0).render();
        assert!(out.starts_with("fout[F-TITEL-001]: Deze module heeft geen titel.\n"), "{out}");
        assert!(out.contains("--> inwoner/x.md:2:1"), "{out}");
        assert!(out.contains("2 | soort: les"), "{out}");
        assert!(out.contains("zo los je het op: Schrijf in het blok bovenaan"), "{out}");
    }
}
