-- Identifiers (msgid, open_kfid, external_userid, user ids) use utf8mb4_bin: WeCom ids are
-- case-sensitive, and a case-insensitive collation would merge two distinct msgids into one key.
-- Times are unix milliseconds (UTC), the same in both dialects.
-- MySQL commits DDL implicitly, so a script is not atomic: IF NOT EXISTS lets a rerun finish
-- what a crash interrupted.

CREATE TABLE IF NOT EXISTS cursors (
    open_kfid  VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    `cursor`   VARCHAR(1024) NOT NULL,
    fence      BIGINT        NOT NULL,
    -- Counts accepted writes, so an accepted write always changes the row and the affected-rows
    -- count tells it apart from a refused one (even when cursor and fence are unchanged).
    version    BIGINT        NOT NULL DEFAULT 1,
    updated_at BIGINT        NOT NULL,
    PRIMARY KEY (open_kfid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS message_log (
    msgid           VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    open_kfid       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    external_userid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    origin          INT          NOT NULL,
    msgtype         VARCHAR(64)  NOT NULL,
    send_time       BIGINT       NOT NULL,
    disposition     VARCHAR(32)  NOT NULL,
    raw_json        MEDIUMTEXT   NOT NULL,
    recorded_at     BIGINT       NOT NULL,
    PRIMARY KEY (msgid),
    INDEX ix_message_log_account_time (open_kfid, send_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The natural key is the primary key, so concurrent first contacts collide on it and nothing else.
CREATE TABLE IF NOT EXISTS customers (
    open_kfid       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    external_userid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    user_id         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at      BIGINT       NOT NULL,
    PRIMARY KEY (open_kfid, external_userid),
    UNIQUE KEY ux_customers_user_id (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS customer_backend_state (
    user_id    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    backend    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    state_key  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    value      TEXT         NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, backend, state_key),
    CONSTRAINT fk_customer_backend_state_user FOREIGN KEY (user_id) REFERENCES customers (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
