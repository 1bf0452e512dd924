package org.treatyportal.users;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Accounts, looked up by e-mail address regardless of case.
 */
public interface UserRepository extends JpaRepository<User, Long> {

	@Query("select u from User u where lower(u.email) = lower(:email)")
	Optional<User> findByEmail(String email);

	boolean existsByRoleAndEnabledTrue(Role role);

}
