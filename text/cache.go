package text

import "sync"

// cacheSize bounds the cache: this many paragraph layouts, the last used,
// survive (between cacheSize and twice as many are kept).
const cacheSize = 4096

type key struct {
	para  string
	width int
	dir   Direction
	fit   bool
}

// cache keeps layouts in two generations: a hit in the old one moves to the
// new one, and when the new one is full the old one is dropped. That bounds
// memory like an LRU at the cost of two map lookups.
type cache struct {
	mu       sync.Mutex
	max      int
	cur, old map[key][]Line
}

func (c *cache) init(n int) {
	c.max = n
	c.cur = make(map[key][]Line)
}

func (c *cache) get(k key) ([]Line, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	if v, ok := c.old[k]; ok {
		c.putLocked(k, v)
		return v, true
	}
	return nil, false
}

func (c *cache) put(k key, v []Line) {
	c.mu.Lock()
	c.putLocked(k, v)
	c.mu.Unlock()
}

func (c *cache) putLocked(k key, v []Line) {
	if len(c.cur) >= c.max {
		c.old, c.cur = c.cur, make(map[key][]Line, c.max)
	}
	c.cur[k] = v
}
