// Cross-area suggestions look barriers up by category.
CREATE INDEX barrier_category IF NOT EXISTS FOR (b:Barrier) ON (b.category);
CREATE INDEX enabler_category IF NOT EXISTS FOR (e:Enabler) ON (e.category);
