-- The sender's delivery ledger, keyed by the deterministic send msgid (invariant 2).
-- status: sending (claimed; claimed_until bounds a holder that died), delivered, failed (final:
-- a final row never changes, so a redelivered command is never sent again).

CREATE TABLE deliveries (
    send_msgid       TEXT    NOT NULL PRIMARY KEY,
    open_kfid        TEXT    NOT NULL,
    external_userid  TEXT    NOT NULL,
    source_msgid     TEXT    NOT NULL,
    part             INTEGER NOT NULL,
    status           TEXT    NOT NULL,
    errcode          INTEGER NULL,
    reason           TEXT    NULL,
    -- send_msg calls made (claims taken), across redeliveries and replicas.
    attempts         INTEGER NOT NULL,
    wecom_msgid      TEXT    NULL,
    claimed_until    INTEGER NOT NULL,
    first_attempt_at INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE INDEX ix_deliveries_account_time ON deliveries (open_kfid, updated_at);
