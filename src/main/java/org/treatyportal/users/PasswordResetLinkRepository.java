package org.treatyportal.users;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Password links, found by the hash of their token.
 */
interface PasswordResetLinkRepository extends JpaRepository<PasswordResetLink, Long> {

	@Query("select l from PasswordResetLink l join fetch l.user where l.tokenHash = :tokenHash")
	Optional<PasswordResetLink> findByTokenHash(String tokenHash);

	/** The link, locked so that it is used once even by two clicks at the same moment. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PasswordResetLink l where l.tokenHash = :tokenHash")
	Optional<PasswordResetLink> lockByTokenHash(String tokenHash);

	/** Ends the earlier unused links of an account when a new one is made. */
	@Modifying
	@Query("update PasswordResetLink l set l.usedAt = :now where l.user = :user and l.usedAt is null")
	void retireUnused(User user, Instant now);

}
