-- The knowledge base (shared/Kf.Knowledge), per bot profile. Profiles and document names use
-- utf8mb4_bin, as SQLite compares them byte-wise: "FAQ.md" and "faq.md" are two documents in both.
-- Key sizes stay within InnoDB's 3072-byte index limit at 4 bytes a character: profile 64,
-- name 255, group_key 255; hashes are ASCII CHAR(64) (lower-hex SHA-256).

CREATE TABLE IF NOT EXISTS kb_documents (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    profile      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name         VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    format       VARCHAR(32)  NOT NULL,
    content_hash CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    chunk_count  INT          NOT NULL,
    imported_at  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_kb_documents_name (profile, name),
    INDEX ix_kb_documents_hash (profile, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- MEDIUMTEXT: a chunk may hold 64 KiB of UTF-8, one byte more than TEXT. embedding is the vector
-- as little-endian float32, so it reads back bit for bit; embedding_model says whose vector it is.
CREATE TABLE IF NOT EXISTS kb_chunks (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    document_id     BIGINT       NOT NULL,
    profile         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ordinal         INT          NOT NULL,
    heading         MEDIUMTEXT   NULL,
    text            MEDIUMTEXT   NOT NULL,
    question        MEDIUMTEXT   NULL,
    answer          MEDIUMTEXT   NULL,
    content_hash    CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    embedding       MEDIUMBLOB   NULL,
    embedding_model VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    PRIMARY KEY (id),
    INDEX ix_kb_chunks_document (document_id, ordinal),
    INDEX ix_kb_chunks_profile (profile),
    INDEX ix_kb_chunks_embedding (embedding_model, content_hash),
    CONSTRAINT fk_kb_chunks_document FOREIGN KEY (document_id) REFERENCES kb_documents (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per profile: moves on every change, so each replica knows when to reload its index.
-- Writers lock this row first, which serializes the changes of one profile across replicas.
CREATE TABLE IF NOT EXISTS kb_versions (
    profile VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    version BIGINT      NOT NULL,
    PRIMARY KEY (profile)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Questions the bot could not answer, once per customer message (msgid), grouped by group_key
-- (binary: the key is already normalized). resolved_at is set when people add a Q/A pair for the group.
CREATE TABLE IF NOT EXISTS kb_unknown_questions (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    profile         VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    group_key       VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    question        VARCHAR(1000) NOT NULL,
    open_kfid       VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    external_userid VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    msgid           VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    best_score      DOUBLE        NOT NULL,
    asked_at        BIGINT        NOT NULL,
    resolved_at     BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_kb_unknown_questions_msgid (msgid),
    INDEX ix_kb_unknown_questions_group (profile, group_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
