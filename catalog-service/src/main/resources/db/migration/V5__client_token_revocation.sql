-- Tokens of a client issued before this instant are dead (secret rotated, client disabled). Whole seconds,
-- like a JWT's iat: a token issued in the same second after the change stays valid.
ALTER TABLE client_account ADD COLUMN tokens_not_before DATETIME(3) NULL AFTER secret_rotated_at;
