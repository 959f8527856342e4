// The peer of the side-by-side benchmark: a page that shows a quiz with
// SurveyJS (survey-core + survey-js-ui, its framework-free UI, pinned in
// package.json), set up as SurveyJS's own documentation does it.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// The fontless stylesheet: the default one loads Open Sans from Google, a
// request to another origin that this benchmark's machine (and a locked-down
// municipal PC) refuses. The Dutch locale gives the buttons Dutch names.
const FILES = [
  'survey-core/survey-core.fontless.min.css',
  'survey-core/survey.core.min.js',
  'survey-core/i18n/dutch.min.js',
  'survey-js-ui/survey-js-ui.min.js',
];

/** The survey JSON of a single-choice quiz, one question per page as in Weerbaar. */
function surveyJson(questions) {
  return {
    locale: 'nl',
    questionsOnPageMode: 'questionPerPage',
    elements: questions.map((q, i) => ({
      type: 'radiogroup',
      name: `vraag${i + 1}`,
      title: q.prompt,
      isRequired: true,
      choices: q.options.map((o) => o.text),
      correctAnswer: q.options.find((o) => o.correct)?.text,
    })),
  };
}

/**
 * Writes the page and the SurveyJS files it loads into a new folder under
 * the system's temp folder and returns that folder. `questions` as
 * tests/e2e/lib/content.mjs reads them: [{ prompt, options: [{ text, correct }] }].
 */
export function writeSurveyJsPage(nodeModules, questions) {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-bench-surveyjs-'));
  for (const file of FILES) copyFileSync(join(nodeModules, file), join(dir, basename(file)));
  // `<` escaped so no question text can end the inline script.
  const json = JSON.stringify(surveyJson(questions)).replaceAll('<', '\\u003c');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Quiz (SurveyJS)</title>
<link rel="stylesheet" href="survey-core.fontless.min.css">
<script src="survey.core.min.js"></script>
<script src="dutch.min.js"></script>
<script src="survey-js-ui.min.js"></script>
</head>
<body>
<div id="quiz"></div>
<script>new Survey.Model(${json}).render(document.getElementById('quiz'));</script>
</body>
</html>
`,
  );
  return dir;
}
