// Full-text search over names, aliases and their Latin transliterations.
// $analyzer is chosen at apply time: Lucene's Bulgarian analyzer when the
// server lists it, else the standard one without stop words.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.search]
OPTIONS {indexConfig: {`fulltext.analyzer`: $analyzer, `fulltext.eventually_consistent`: false}};
