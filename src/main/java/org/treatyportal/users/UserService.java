package org.treatyportal.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.audit.AuditLog;

/**
 * Accounts as admins manage them and as users keep their own: every change is checked
 * against the version the form showed and written to the audit log.
 */
@Service
public class UserService {

	static final int PAGE_SIZE = 50;

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final AuditLog auditLog;

	private final Clock clock;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditLog auditLog,
			Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** What a running session needs to know about its account. */
	@Transactional(readOnly = true)
	public Optional<AccountState> accountState(long id) {
		return this.users.findAccountState(id);
	}

	@Transactional(readOnly = true)
	Page<User> search(UserFilter filter, int page) {
		Set<String> locked = (filter.getState() == UserState.LOCKED) ? this.throttle.lockedAccounts() : Set.of();
		Specification<User> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.getQ() != null && !filter.getQ().isBlank()) {
				String pattern = "%" + filter.getQ()
					.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("email")), pattern, '\\'),
						cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
			}
			if (filter.getRole() != null) {
				where.add(cb.equal(root.get("role"), filter.getRole()));
			}
			if (filter.getState() == UserState.ENABLED) {
				where.add(cb.isTrue(root.get("enabled")));
			}
			else if (filter.getState() == UserState.DISABLED) {
				where.add(cb.isFalse(root.get("enabled")));
			}
			else if (filter.getState() == UserState.LOCKED) {
				where.add(locked.isEmpty() ? cb.disjunction() : cb.lower(root.get("email")).in(locked));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return this.users.findAll(spec, PageRequest.of(page, PAGE_SIZE, Sort.by("displayName", "email")));
	}

	@Transactional(readOnly = true)
	Optional<User> find(long id) {
		return this.users.findById(id);
	}

	@Transactional(readOnly = true)
	Optional<User> findByEmail(String email) {
		return this.users.findByEmail(email);
	}

	/**
	 * Creates an account with an unusable password: the user sets one through a link.
	 * @throws DuplicateEmailException when the address is taken
	 */
	@Transactional
	User create(String email, String displayName, Role role) {
		String address = email.strip();
		if (this.users.findByEmail(address).isPresent()) {
			throw new DuplicateEmailException(address);
		}
		User user;
		try {
			user = this.users.saveAndFlush(new User(address, displayName.strip(),
					this.passwordEncoder.encode(Tokens.urlToken(32)), role, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateEmailException(address);
		}
		this.auditLog.record("USER_CREATED", TwoFactorService.item(user), "role " + role);
		return user;
	}

	@Transactional
	void changeRole(long id, long version, Role role) {
		User user = current(id, version);
		if (user.getRole() == role) {
			return;
		}
		if (user.getRole() == Role.ADMIN) {
			requireAnotherEnabledAdmin(user);
		}
		Role before = user.getRole();
		user.changeRole(role);
		this.auditLog.record("USER_ROLE_CHANGED", TwoFactorService.item(user), before + " → " + role);
	}

	@Transactional
	void disable(long id, long version) {
		User user = current(id, version);
		if (!user.isEnabled()) {
			return;
		}
		if (user.getRole() == Role.ADMIN) {
			requireAnotherEnabledAdmin(user);
		}
		user.disable();
		this.auditLog.record("USER_DISABLED", TwoFactorService.item(user));
	}

	@Transactional
	void enable(long id, long version) {
		User user = current(id, version);
		if (!user.isEnabled()) {
			user.enable();
			this.auditLog.record("USER_ENABLED", TwoFactorService.item(user));
		}
	}

	/**
	 * A user chooses the language of the admin area.
	 * @param language one of the site's languages
	 */
	@Transactional
	void changeLanguage(String email, String language) {
		User user = this.users.findByEmail(email).orElseThrow();
		if (!language.equals(user.getInterfaceLanguage())) {
			String before = user.getInterfaceLanguage();
			user.setInterfaceLanguage(language);
			this.auditLog.record("USER_LANGUAGE_CHANGED", TwoFactorService.item(user),
					((before != null) ? before : "default") + " → " + language);
		}
	}

	/** A user renames themselves. */
	@Transactional
	void rename(String email, long version, String displayName) {
		User user = this.users.findByEmail(email).orElseThrow();
		checkVersion(user, version);
		String name = displayName.strip();
		if (!name.equals(user.getDisplayName())) {
			String before = user.getDisplayName();
			user.rename(name);
			this.auditLog.record("USER_RENAMED", TwoFactorService.item(user), before + " → " + name);
		}
	}

	/**
	 * Checks the current password that a signed-in user types to confirm a change of
	 * their sign-in, behind the sign-in throttle: someone at an unlocked computer must
	 * not guess it faster than at the sign-in form. A wrong one counts as a failed
	 * sign-in from that address; during a wait none is looked at. An empty field is not a
	 * guess.
	 * @param address the client address
	 */
	CurrentPassword checkCurrentPassword(String email, String address, String password) {
		if (password == null || password.isEmpty()) {
			return CurrentPassword.WRONG;
		}
		SignInThrottle.Attempt attempt = this.throttle.begin(email, address);
		if (attempt.refused()) {
			return CurrentPassword.THROTTLED;
		}
		boolean matches = this.users.findByEmail(email)
			.map((user) -> this.passwordEncoder.matches(password, user.getPasswordHash()))
			.orElse(false);
		if (matches) {
			this.throttle.passwordAccepted(attempt);
			return CurrentPassword.RIGHT;
		}
		this.throttle.failed(attempt);
		return CurrentPassword.WRONG;
	}

	/**
	 * A user sets a new password; their other sessions end.
	 * @return the account's new session generation, for the session that made the change
	 */
	@Transactional
	long changePassword(String email, String newPassword) {
		User user = this.users.findByEmail(email).orElseThrow();
		user.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.auditLog.record("PASSWORD_CHANGED", TwoFactorService.item(user));
		return user.getSessionGeneration();
	}

	private User current(long id, long version) {
		User user = this.users.findById(id).orElseThrow(UserNotFoundException::new);
		checkVersion(user, version);
		return user;
	}

	private static void checkVersion(User user, long version) {
		if (user.getVersion() != version) {
			throw new StaleUserException();
		}
	}

	private void requireAnotherEnabledAdmin(User user) {
		boolean another = this.users.lockEnabledAdmins()
			.stream()
			.anyMatch((admin) -> !admin.getId().equals(user.getId()));
		if (!another) {
			throw new LastAdminException();
		}
	}

}
