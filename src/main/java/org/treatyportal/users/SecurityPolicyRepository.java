package org.treatyportal.users;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The one row of sign-in rules.
 */
interface SecurityPolicyRepository extends JpaRepository<SecurityPolicy, Short> {

}
