-- The responder's catch-up (ListUnplannedBeforeAsync) reads one customer's messages of the last
-- Responder:CatchUpWindow; (open_kfid, send_time) alone made it walk the whole account's window.
CREATE INDEX ix_message_log_customer_time ON message_log (open_kfid, external_userid, send_time);
