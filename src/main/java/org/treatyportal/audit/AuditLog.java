package org.treatyportal.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log: every change of content, users or roles, and every sign-in. The
 * actor is the signed-in user and the client address that of the current request.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	private final ObjectProvider<AuditActors> actors;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, ObjectProvider<AuditActors> actors, Clock clock) {
		this.entries = entries;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * Records an action of the signed-in user, in the caller's transaction so that the
	 * entry exists exactly when the change does.
	 * @param action what was done, e.g. {@code PUBLISH}
	 * @param item what it was done to, or {@code null}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, AuditItem item) {
		record(action, item, null);
	}

	/** Records an action with free-text details (e.g. "role EDITOR → ADMIN"). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, AuditItem item, String details) {
		Actor actor = currentActor();
		save(actor.id(), actor.email(), action, item, details);
	}

	/**
	 * Who is acting now: the signed-in account, or nobody (both parts {@code null}).
	 * Revisions name their author the same way.
	 */
	public Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return new Actor(null, null);
		}
		if (authentication.getPrincipal() instanceof AuditActor actor) {
			return new Actor(actor.getId(), actor.getEmail());
		}
		return new Actor(idOf(authentication.getName()), authentication.getName());
	}

	/**
	 * Records an action of a named account (or an attempt at one, such as a failed
	 * sign-in, where the e-mail is what was typed).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String email, String action, AuditItem item, String details) {
		save(idOf(email), email, action, item, details);
	}

	private Long idOf(String email) {
		AuditActors known = this.actors.getIfAvailable();
		return (email != null && known != null) ? known.idOf(email).orElse(null) : null;
	}

	private void save(Long actorId, String email, String action, AuditItem item, String details) {
		this.entries.save(new AuditEntry(this.clock.instant(), actorId, email, action, item, clientAddress(), details));
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/**
	 * An account as the log names it.
	 *
	 * @param id the account's id, or {@code null} when unknown
	 * @param email its e-mail address, or {@code null} when nobody is signed in
	 */
	public record Actor(Long id, String email) {
	}

}
