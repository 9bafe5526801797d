-- The knowledge base; see Migrations/MySql/0004_knowledge.sql for what each table is for.
-- embedding is the vector as little-endian float32.

CREATE TABLE kb_documents (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    profile      TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    format       TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    chunk_count  INTEGER NOT NULL,
    imported_at  INTEGER NOT NULL,
    UNIQUE (profile, name)
);

CREATE INDEX ix_kb_documents_hash ON kb_documents (profile, content_hash);

CREATE TABLE kb_chunks (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER NOT NULL REFERENCES kb_documents (id),
    profile         TEXT    NOT NULL,
    ordinal         INTEGER NOT NULL,
    heading         TEXT    NULL,
    text            TEXT    NOT NULL,
    question        TEXT    NULL,
    answer          TEXT    NULL,
    content_hash    TEXT    NOT NULL,
    embedding       BLOB    NULL,
    embedding_model TEXT    NULL
);

CREATE INDEX ix_kb_chunks_document ON kb_chunks (document_id, ordinal);
CREATE INDEX ix_kb_chunks_profile ON kb_chunks (profile);
CREATE INDEX ix_kb_chunks_embedding ON kb_chunks (embedding_model, content_hash);

CREATE TABLE kb_versions (
    profile TEXT    NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL
);

CREATE TABLE kb_unknown_questions (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    profile         TEXT    NOT NULL,
    group_key       TEXT    NOT NULL,
    question        TEXT    NOT NULL,
    open_kfid       TEXT    NOT NULL,
    external_userid TEXT    NOT NULL,
    msgid           TEXT    NOT NULL UNIQUE,
    best_score      REAL    NOT NULL,
    asked_at        INTEGER NOT NULL,
    resolved_at     INTEGER NULL
);

CREATE INDEX ix_kb_unknown_questions_group ON kb_unknown_questions (profile, group_key);
