package org.treatyportal.users;

import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Recovery codes of accounts.
 */
interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	/**
	 * The unused codes of an account, locked so that a code is used once on any number of
	 * nodes.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from RecoveryCode c where c.userId = :userId and c.usedAt is null")
	List<RecoveryCode> lockUnused(Long userId);

	long countByUserIdAndUsedAtIsNull(Long userId);

	@Modifying
	@Query("delete from RecoveryCode c where c.userId = :userId")
	void deleteByUser(Long userId);

}
