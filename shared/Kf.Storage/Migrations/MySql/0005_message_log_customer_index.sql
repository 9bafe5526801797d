-- The responder's catch-up (ListUnplannedBeforeAsync) reads one customer's messages of the last
-- Responder:CatchUpWindow. With only (open_kfid, send_time) it walked every message of the account
-- in that window, row by row: with a busy account, the responder's and the database's bottleneck.
-- Key size: 128 + 128 characters at 4 bytes + 8, within InnoDB's 3072-byte limit.
CREATE INDEX ix_message_log_customer_time ON message_log (open_kfid, external_userid, send_time);
