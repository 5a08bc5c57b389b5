// Constraints and indexes of the ClusterGraph model (see MODEL.md).
// Every statement is idempotent and runs before any load and at server start.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_latin IF NOT EXISTS FOR (e:Entity) ON (e.latin);
CREATE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.start);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path);
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
