package org.treatyportal.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in by e-mail address.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	PortalUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		User user = this.users.findByEmail(email.strip()).orElseThrow(() -> new UsernameNotFoundException(email));
		return new SignedInUser(user);
	}

}
