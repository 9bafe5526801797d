-- The responder's durable state (services/responder). Numbered 0003, not 0002, so that it does not
-- collide with the sender's ledger migration written in parallel; the runner applies any version
-- missing from schema_migrations, so a gap or a later-merged 0002 is safe.

-- One row per customer: the tail of the PreviousSendMsgId chain. version is a compare-and-set
-- token: a plan is stored only if the chain has not moved since the planner read it.
CREATE TABLE IF NOT EXISTS responder_chains (
    open_kfid       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    external_userid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    last_send_msgid VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    version         BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    PRIMARY KEY (open_kfid, external_userid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The processed-msgid ledger and the answer plan, written in one transaction: a msgid with a row
-- here is never sent to a model again; published_at NULL means the parts may not all be on the bus.
CREATE TABLE IF NOT EXISTS responder_plans (
    msgid           VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    open_kfid       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    external_userid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    send_time       BIGINT       NOT NULL,
    outcome         VARCHAR(32)  NOT NULL,
    reason          VARCHAR(255) NULL,
    parts_json      MEDIUMTEXT   NOT NULL,
    planned_at      BIGINT       NOT NULL,
    published_at    BIGINT       NULL,
    PRIMARY KEY (msgid),
    INDEX ix_responder_plans_customer (open_kfid, external_userid, send_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Conversation memory: recent turns per internal user id, bounded in count and age by the responder.
CREATE TABLE IF NOT EXISTS responder_turns (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    content    MEDIUMTEXT   NOT NULL,
    created_at BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_responder_turns_user (user_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
