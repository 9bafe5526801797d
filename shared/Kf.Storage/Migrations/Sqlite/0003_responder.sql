-- The responder's durable state; see Migrations/MySql/0003_responder.sql for what each table is for.
-- Numbered 0003 so that it does not collide with the sender's migration written in parallel.

CREATE TABLE responder_chains (
    open_kfid       TEXT    NOT NULL,
    external_userid TEXT    NOT NULL,
    last_send_msgid TEXT    NULL,
    version         INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (open_kfid, external_userid)
);

CREATE TABLE responder_plans (
    msgid           TEXT    NOT NULL PRIMARY KEY,
    open_kfid       TEXT    NOT NULL,
    external_userid TEXT    NOT NULL,
    send_time       INTEGER NOT NULL,
    outcome         TEXT    NOT NULL,
    reason          TEXT    NULL,
    parts_json      TEXT    NOT NULL,
    planned_at      INTEGER NOT NULL,
    published_at    INTEGER NULL
);

CREATE INDEX ix_responder_plans_customer ON responder_plans (open_kfid, external_userid, send_time);

CREATE TABLE responder_turns (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    user_id    TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX ix_responder_turns_user ON responder_turns (user_id, id);
