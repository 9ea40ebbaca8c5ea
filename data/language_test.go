package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

// Paragraphs written for the test, one language each.
var langSamples = map[string]string{
	"en": "The minister said on Tuesday that the agreement would be signed by both countries before the end of the year, and that talks were going well.",
	"it": "Il ministro ha detto martedì che l'accordo sarà firmato da entrambi i paesi prima della fine dell'anno, e che i colloqui sono andati bene per tutti.",
	"fr": "Le ministre a déclaré mardi que l'accord serait signé par les deux pays avant la fin de l'année, et que les discussions se passaient bien pour eux.",
	"es": "El ministro dijo el martes que el acuerdo sería firmado por los dos países antes del final del año, y que las conversaciones iban bien para todos.",
	"de": "Der Minister sagte am Dienstag, dass das Abkommen von beiden Ländern vor dem Ende des Jahres unterzeichnet wird und die Gespräche gut laufen.",
	"pt": "O ministro disse na terça que o acordo seria assinado pelos dois países antes do fim do ano, e que as conversas estavam a correr bem para todos.",
	"nl": "De minister zei dinsdag dat het akkoord door beide landen voor het einde van het jaar wordt ondertekend en dat de gesprekken goed verlopen.",
}

func TestLatinLanguage(t *testing.T) {
	for want, text := range langSamples {
		ps := structure(splitBlocks(text, 1, false))
		if got, _ := guessScript(ps); got != want {
			t.Errorf("%s sample: detected %q", want, got)
		}
	}
	// Too little to tell: Latin script stays English.
	if got, _ := guessScript(structure(splitBlocks("Pyongyang Moscow", 1, false))); got != "en" {
		t.Errorf("two names: %q, want en", got)
	}
	// Arabic script is not read for words.
	if got, _ := guessScript(structure(splitBlocks("قال الوزير إن الاتفاق سيوقع قبل نهاية العام.", 1, false))); got != "ar" {
		t.Errorf("Arabic: %q", got)
	}
}

func TestNotices(t *testing.T) {
	text := langSamples["it"] + "\n\nزر الذهاب إلى الأعلى\n\nShare this article\n\n" + langSamples["it"]
	a := ParseArticle("x", "x.txt", []byte(text), model.Meta{Lang: "it"})
	if a.Stats.Boilerplate != 2 || a.Stats.Paragraphs != 2 {
		t.Errorf("stats %+v: want 2 boilerplate, 2 text paragraphs", a.Stats)
	}
	kinds := map[model.ProblemKind]model.Problem{}
	for _, p := range a.Problems {
		kinds[p.Kind] = p
	}
	if p, ok := kinds[model.ProblemBoilerplate]; !ok || !p.Notice || !strings.Contains(p.Detail, "2 of 4") {
		t.Errorf("boilerplate notice: %+v", p)
	}
	if p, ok := kinds[model.ProblemLanguage]; !ok || !p.Notice || !strings.Contains(p.Detail, "Italian") {
		t.Errorf("language notice: %+v", p)
	}
	b := ParseArticle("y", "y.txt", []byte(langSamples["en"]), model.Meta{Lang: "en"})
	if len(b.Problems) != 0 {
		t.Errorf("an English article without chrome: %v", b.Problems)
	}
}

// A folder with an Italian article: its language comes from the text, and
// the library says the analysis has no lexicon for it.
func TestLibraryLanguageNotice(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(langSamples["it"]+"\n\n"+langSamples["it"]), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	l.Wait()
	if lang := l.Articles()[0].Meta.Lang; lang != "it" {
		t.Errorf("lang %q, want it", lang)
	}
	found := false
	for _, p := range l.Problems() {
		found = found || p.Kind == model.ProblemLanguage && p.Path == "a.txt"
	}
	if !found {
		t.Errorf("no language notice in %v", l.Problems())
	}
}
