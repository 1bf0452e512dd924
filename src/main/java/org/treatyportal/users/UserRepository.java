package org.treatyportal.users;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Accounts, looked up by e-mail address regardless of case.
 */
public interface UserRepository extends JpaRepository<User, Long>, JpaSpecificationExecutor<User> {

	@Query("select u from User u where lower(u.email) = lower(:email)")
	Optional<User> findByEmail(String email);

	boolean existsByRoleAndEnabledTrue(Role role);

	/**
	 * The enabled admins, locked until the transaction ends so two admins cannot remove
	 * each other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u where u.role = org.treatyportal.users.Role.ADMIN and u.enabled = true order by u.id")
	List<User> lockEnabledAdmins();

	@Query("""
			select new org.treatyportal.users.AccountState(u.enabled, u.sessionGeneration, u.role,
				case when u.totpSecret is not null then true else false end, u.interfaceLanguage)
			from User u where u.id = :id""")
	Optional<AccountState> findAccountState(long id);

	/**
	 * Accepts a TOTP time step only if it is later than the last one accepted, so that a
	 * code works once even when two nodes see it at the same time.
	 * @return 1 when accepted, 0 when the step (or a later one) was already used
	 */
	@Modifying
	@Query(value = "update app_user set totp_last_step = :step where id = :id "
			+ "and (totp_last_step is null or totp_last_step < :step)", nativeQuery = true)
	int acceptTotpStep(long id, long step);

	@Modifying
	@Query(value = "update app_user set totp_last_step = null where id = :id", nativeQuery = true)
	void forgetTotpSteps(long id);

}
