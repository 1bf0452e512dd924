-- TOTP secrets are now stored encrypted ("v1:" and the Base64 of nonce, ciphertext and
-- tag: 83 characters for a 20-byte secret), which no longer fits in 64. The application
-- encrypts the secrets stored in clear at its next start: the key is not in the database.
alter table app_user alter column totp_secret type varchar(255);
