-- SQLite compares TEXT byte-wise (BINARY) by default: ids stay case-sensitive as WeCom's are.
-- Times are unix milliseconds (UTC), the same in both dialects.

CREATE TABLE cursors (
    open_kfid  TEXT    NOT NULL PRIMARY KEY,
    `cursor`   TEXT    NOT NULL,
    fence      INTEGER NOT NULL,
    -- Kept in step with MySQL, where it makes accepted writes observable; counts accepted writes.
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);

CREATE TABLE message_log (
    msgid           TEXT    NOT NULL PRIMARY KEY,
    open_kfid       TEXT    NOT NULL,
    external_userid TEXT    NULL,
    origin          INTEGER NOT NULL,
    msgtype         TEXT    NOT NULL,
    send_time       INTEGER NOT NULL,
    disposition     TEXT    NOT NULL,
    raw_json        TEXT    NOT NULL,
    recorded_at     INTEGER NOT NULL
);

CREATE INDEX ix_message_log_account_time ON message_log (open_kfid, send_time);

CREATE TABLE customers (
    open_kfid       TEXT    NOT NULL,
    external_userid TEXT    NOT NULL,
    user_id         TEXT    NOT NULL UNIQUE,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (open_kfid, external_userid)
);

CREATE TABLE customer_backend_state (
    user_id    TEXT    NOT NULL REFERENCES customers (user_id),
    backend    TEXT    NOT NULL,
    state_key  TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, backend, state_key)
);
