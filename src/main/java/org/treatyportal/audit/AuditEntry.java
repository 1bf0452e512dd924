package org.treatyportal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit log. The actor's e-mail is copied so that the line still says who
 * it was after the account is gone.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_email")
	private String actorEmail;

	@Column(nullable = false)
	private String action;

	@Column(name = "item_type")
	private String itemType;

	@Column(name = "item_id")
	private Long itemId;

	@Column(name = "item_label")
	private String itemLabel;

	@Column(name = "client_address")
	private String clientAddress;

	private String details;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, Long actorId, String actorEmail, String action, AuditItem item, String clientAddress,
			String details) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorEmail = actorEmail;
		this.action = action;
		if (item != null) {
			this.itemType = item.type();
			this.itemId = item.id();
			this.itemLabel = truncate(item.label(), 300);
		}
		this.clientAddress = clientAddress;
		this.details = truncate(details, 1000);
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActorEmail() {
		return this.actorEmail;
	}

	public String getAction() {
		return this.action;
	}

	public String getItemType() {
		return this.itemType;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getItemLabel() {
		return this.itemLabel;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

	public String getDetails() {
		return this.details;
	}

}
