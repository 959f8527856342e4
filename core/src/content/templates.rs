//! Starting points for the authoring studio: one small, valid module of
//! every kind, in the dialect of the handbook. A test keeps them clean; the
//! match in [`template`] is exhaustive, so a new kind does not compile until
//! it has one.

use super::module::Kind;

/// One template: its kind, the name shown to the trainer, the file text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// The kind it is an example of.
    pub kind: Kind,
    /// The name in the studio's list.
    pub name: &'static str,
    /// The module file.
    pub text: &'static str,
}

/// The template of `kind`.
pub fn template(kind: Kind) -> Template {
    let (name, text) = match kind {
        Kind::Quiz => ("Quiz met situaties", QUIZ),
        Kind::Lesson => ("Les met een kennisvraag", LESSON),
        Kind::Cards => ("Kaarten: signaal of niet?", CARDS),
        Kind::Scenario => ("Scenario met keuzes", SCENARIO),
        Kind::Scene => ("Scène: zoek de signalen", SCENE),
        Kind::Mission => ("Missie voor kinderen (8-12)", MISSION),
    };
    Template { kind, name, text }
}

/// Every template, in the order of [`Kind::ALL`] (the quiz first).
pub fn all() -> impl Iterator<Item = Template> {
    Kind::ALL.iter().map(|kind| template(*kind))
}

const MISSION: &str = "---
titel: Echt of nep?
soort: missie
doelgroep: jeugd
duur: 10
omschrijving: Herken een nepbericht en vertel het aan iemand.
---

## Een raar bericht {#start}

Sam krijgt een sms. Is die echt of nep?

## Welke stukjes kloppen niet? {#sms}
oefening: echt-of-nep
bericht: sms

Tik de stukjes aan die niet kloppen.

- [ ] Hoi!
  > Een groet is gewoon.
- [x] Je pakketje wordt VANDAAG teruggestuurd!
  > Haast is een trucje. Zo denk je niet goed na.
- [x] Betaal 1 euro via deze link: pakket-snel.xyz
  > Een raar adres. Klik niet op zo'n link.

## Veilig of niet? {#sorteren}
oefening: sorteren

### Veilig
- Je vraagt je vader of de sms echt is.
  > Slim! Samen kijken helpt.

### Niet veilig
- Je vult je wachtwoord in via de link.
  > Dan kan een ander in je account.

## Vertel het aan iemand {#vertellen}

Twijfel je? Stop, maak een screenshot en vertel het aan een volwassene die je vertrouwt.

# Voor de leerkracht

## Leerdoelen

- Kinderen herkennen haast en rare links in een bericht.

## Lesplan (45 minuten)

- 10 minuten: samen een nepbericht bekijken.
- 20 minuten: de missie in tweetallen.
- 15 minuten: klassengesprek.

## Gespreksvragen

- Wie kreeg er weleens zo'n bericht?

## Als een kind iets vertelt

Blijf rustig, luister en volg de meldcode van de school.
";

// `slaaggrens: 60`: with three questions 70 % would ask for all three
// right (2 of 3 is 66 %), and trainers copy the example's number.
const QUIZ: &str = "---
titel: Signalen in de buurt
soort: quiz
doelgroep: inwoner
duur: 5
slaaggrens: 60
omschrijving: Herken je de signalen in je eigen buurt?
---

## Wat doe je? {#ramen}

> De ramen van het huis naast je zijn al weken afgeplakt. Je hoort 's avonds gezoem.

- [ ] Ik ga aanbellen en vraag wat er aan de hand is
  > Liever niet. Dat kan gevaarlijk zijn.
- [x] Ik schrijf op wat ik zie en meld het anoniem
  > Goed. Je hoeft niets te bewijzen.

```trainer
Vraag de groep wie dit weleens heeft gezien.
```

> [!NOTE]
> Afgeplakte ramen en gezoem kunnen wijzen op een hennepkwekerij. Meld het, bijvoorbeeld anoniem.

## Welke signalen kunnen wijzen op een hennepkwekerij? {#signalen .meerkeuze}

- [x] Ramen die altijd zijn afgeplakt
  > Goed. Samen met andere signalen is dit een reden om te melden.
- [x] Een zoemend geluid, dag en nacht
  > Goed. Dat kan de ventilatie van een kwekerij zijn.
- [ ] Elke dag een pakketbezorger
  > Veel online bestellen is heel gewoon.

## Je vindt drugsafval. Zet de stappen in de goede volgorde {#afval .volgorde}

1. Ik houd afstand en raak niets aan
   > Eerst je eigen veiligheid: de stoffen zijn giftig.
2. Ik bel 112 als het lekt of rookt, en anders de politie
3. Ik laat het de gemeente weten

> [!NOTE]
> Schrijf de stappen in de goede volgorde; de app zet ze door elkaar. Ruim drugsafval nooit zelf op.
";

const LESSON: &str = "---
titel: Wat is een signaal?
soort: les
doelgroep: inwoner
duur: 5
---

## Een signaal

Een signaal is iets wat je opvalt en wat niet klopt. Eén signaal bewijst niets.

## Wat doe je met een signaal?

- [x] Ik schrijf op wat ik zag en meld het
  > Goed. Professionals zoeken het verder uit.
- [ ] Ik zoek zelf uit wat er aan de hand is
  > Liever niet. Ga nooit zelf op onderzoek uit.

> [!NOTE]
> Je meldt wat je zag. Je hoeft niets te bewijzen.
";

const CARDS: &str = "---
titel: Signaal of niet?
soort: kaarten
doelgroep: inwoner
---

## In de straat

- [x] De ramen van een huis zijn altijd afgeplakt met folie.
  > Dit kan een signaal zijn van een hennepkwekerij. Meld het als het je opvalt.
- [ ] De buren krijgen elke dag een pakketje.
  > Veel online bestellen is heel gewoon.
";

const SCENARIO: &str = "---
titel: Een aanbod voor je schuur
soort: scenario
doelgroep: agrarier
---

## Een nette meneer op het erf {#begin}

Hij wil je lege schuur huren en betaalt drie maanden contant vooruit.

- [Je vraagt naar zijn bedrijf en wilt een contract](#vragen)
- [Je neemt het geld aan](#geld)

## Je stelt vragen {#vragen}

Hij wordt ontwijkend en vertrekt. Je meldt je twijfels bij de politie of anoniem bij Meld Misdaad
Anoniem. Dat was een goede keuze.

## Je neemt het geld aan {#geld}

Later zie je zware stroomkabels en verkeer 's nachts. Beter was: vragen stellen, geen contant geld
aannemen en je twijfels melden bij de politie of Meld Misdaad Anoniem.
";

const SCENE: &str = "---
titel: Zoek de signalen in de straat
soort: scene
doelgroep: inwoner
afbeelding: ../scenes/straat.svg
---

Beschrijf hier in een paar zinnen wat er op de tekening staat.

## Bovenraam van de kapsalon
plek: 14, 25, 8, 13.3
signaal: ja

Dit raam is dichtgemaakt met folie. Dat kan een signaal zijn. Meld het als het je opvalt.

## Fietsenrek
plek: 25.5, 71.7, 7, 7.5
signaal: nee

Een fiets in een rek is heel gewoon.
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;

    #[test]
    fn every_template_is_clean_and_of_its_kind() {
        for t in all() {
            let m = parse_module("inwoner/voorbeeld", t.text);
            assert!(m.diagnostics.is_empty(), "{:?}: {:?}", t.kind, m.diagnostics);
            assert_eq!(m.value.kind, t.kind);
        }
        assert_eq!(all().count(), Kind::ALL.len());
    }

    /// The quiz template shows a trainer every question type. The match is
    /// exhaustive, so a new type fails to compile here until it has a place
    /// (and an example in the template).
    #[test]
    fn the_quiz_template_has_every_question_type() {
        use crate::content::kinds::question::Answer;
        let mut seen = [false; 3];
        for q in parse_module("inwoner/voorbeeld", QUIZ).value.items.questions() {
            let index = match q.answer {
                Answer::One(_) => 0,
                Answer::Several(_) => 1,
                Answer::Order(_) => 2,
            };
            seen[index] = true;
        }
        assert_eq!(seen, [true; 3]);
    }
}
