package data

import (
	"container/list"
	"sync"

	"github.com/isnad/isnad/model"
)

// A parsed article takes several times its source's size, so the cache is
// bounded both in articles and in source bytes: the reader moves between a
// few articles, and a large corpus must not end up parsed in memory.
const (
	cacheArticles = 8
	cacheBytes    = 32 << 20
)

// articleCache keeps the most recently used parsed articles.
type articleCache struct {
	mu    sync.Mutex
	order *list.List // of *cached, most recent first
	byID  map[string]*list.Element
	bytes int
}

type cached struct {
	id   string
	a    *model.Article
	s    *model.Sourcing // its claims analysis, once asked for
	size int
}

func newArticleCache() *articleCache {
	return &articleCache{order: list.New(), byID: map[string]*list.Element{}}
}

func (c *articleCache) get(id string) *model.Article {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byID[id]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*cached).a
	}
	return nil
}

func (c *articleCache) put(id string, a *model.Article, size int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byID[id]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.byID[id] = c.order.PushFront(&cached{id: id, a: a, size: size})
	c.bytes += size
	// Evict the oldest, but always keep the article just added.
	for c.order.Len() > 1 && (c.order.Len() > cacheArticles || c.bytes > cacheBytes) {
		e := c.order.Back()
		v := e.Value.(*cached)
		c.order.Remove(e)
		delete(c.byID, v.id)
		c.bytes -= v.size
	}
}

func (c *articleCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// sourcing returns the cached claims analysis of an article, or nil.
func (c *articleCache) sourcing(id string) *model.Sourcing {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byID[id]; ok {
		return e.Value.(*cached).s
	}
	return nil
}

// setSourcing keeps s with its article, if the article is still cached.
func (c *articleCache) setSourcing(id string, s *model.Sourcing) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byID[id]; ok {
		e.Value.(*cached).s = s
	}
}
