-- The sender's delivery ledger, keyed by the deterministic send msgid (invariant 2).
-- status: sending (claimed; claimed_until bounds a holder that died), delivered, failed (final:
-- a final row never changes, so a redelivered command is never sent again).

CREATE TABLE IF NOT EXISTS deliveries (
    send_msgid       VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    open_kfid        VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    external_userid  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    source_msgid     VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    part             INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    errcode          INT          NULL,
    reason           VARCHAR(1024) NULL,
    -- send_msg calls made (claims taken), across redeliveries and replicas.
    attempts         INT          NOT NULL,
    wecom_msgid      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    claimed_until    BIGINT       NOT NULL,
    first_attempt_at BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL,
    PRIMARY KEY (send_msgid),
    INDEX ix_deliveries_account_time (open_kfid, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
