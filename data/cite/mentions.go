package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// srcInfo is a source as the alias table, or a guess, names it.
type srcInfo struct {
	id, name string
	kind     model.SourceKind
}

// nameSource maps an author of a citation or a reference entry to a source:
// through the alias table, else a slug of the name. An author written
// "Surname, I." is a person; any other unknown author an organisation.
func (z *Analyzer) nameSource(author string) srcInfo {
	author = strings.TrimSpace(author)
	if author == "" {
		return srcInfo{}
	}
	if id, canon, kind, ok := z.aliases.Lookup(author); ok {
		return srcInfo{id, canon, kind}
	}
	kind := model.SourceOrg
	if len(surnames(author)) > 0 {
		kind = model.SourcePerson
	}
	return srcInfo{Slug(author), author, kind}
}

// mentions gathers, per source, the claims that cite it, quote it or name
// it as the channel, and its reference entries — what the corpus-wide Index
// needs, so the article itself can be dropped.
func (z *Analyzer) mentions(s *model.Sourcing, f *finder) []model.SourceMention {
	var out []model.SourceMention
	at := map[string]int{}
	// seen holds what each mention already lists, so that a source relied on
	// by every claim of a huge paragraph costs one look-up per claim, not a
	// scan of the claims before it.
	type item struct {
		mention int
		list    byte
		v       string
	}
	seen := map[item]bool{}
	fresh := func(k int, list byte, v string) bool {
		if v == "" || seen[item{k, list, v}] {
			return false
		}
		seen[item{k, list, v}] = true
		return true
	}
	add := func(info srcInfo, spelling, claim, ref string) {
		if info.id == "" {
			return
		}
		k, ok := at[info.id]
		if !ok {
			k = len(out)
			at[info.id] = k
			out = append(out, model.SourceMention{Source: info.id, Name: info.name, Kind: info.kind,
				Spellings: []string{}, Claims: []string{}, Refs: []string{}})
		}
		m := &out[k]
		if fresh(k, 's', spelling) {
			m.Spellings = append(m.Spellings, spelling)
		}
		if fresh(k, 'c', claim) {
			m.Claims = append(m.Claims, claim)
		}
		if fresh(k, 'r', ref) {
			m.Refs = append(m.Refs, ref)
		}
	}
	for _, r := range s.References {
		add(z.nameSource(r.Author), r.Author, "", r.ID)
	}
	for _, cl := range s.Claims {
		for _, c := range cl.Citations {
			add(z.nameSource(c.Author), c.Author, cl.ID, "")
		}
		for _, a := range cl.Attributions {
			add(z.attributionSource(a, f), a.Speaker, cl.ID, "")
			if a.Channel != "" {
				if id, canon, kind, ok := z.aliases.byID(a.Channel); ok {
					add(srcInfo{id, canon, kind}, a.ChannelText, cl.ID, "")
				}
			}
		}
	}
	return out
}

// attributionSource names the source of an attribution: the alias table's
// entry, the anonymous group, or the entity the finder made of it.
func (z *Analyzer) attributionSource(a model.Attribution, f *finder) srcInfo {
	if id, canon, kind, ok := z.aliases.byID(a.Source); ok {
		return srcInfo{id, canon, kind}
	}
	if e := f.reg.byID[a.Source]; e != nil {
		return srcInfo{e.id, e.name, e.kind}
	}
	for _, g := range z.lex.anonGroups {
		if g.id == a.Source {
			return srcInfo{g.id, g.name, model.SourceAnonymous}
		}
	}
	return srcInfo{a.Source, a.Speaker, a.SourceKind}
}
