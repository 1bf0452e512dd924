package org.treatyportal.treaties;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.treatyportal.revisions.Revisioned;

/**
 * A reservation, declaration, designation of authority, territorial application,
 * communication or objection of one State about one treaty.
 */
@Entity
@Table(name = "treaty_statement")
public class TreatyStatement implements Revisioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private TreatyParty party;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StatementKind kind;

	@Column(name = "statement_date", nullable = false)
	private LocalDate statementDate;

	@Column(nullable = false)
	private String articles = "";

	@Column(nullable = false)
	private String text = "";

	@Embedded
	private RecordSource source = RecordSource.NONE;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected TreatyStatement() {
	}

	TreatyStatement(TreatyParty party) {
		this.party = party;
	}

	public Long getId() {
		return this.id;
	}

	public TreatyParty getParty() {
		return this.party;
	}

	public StatementKind getKind() {
		return this.kind;
	}

	void setKind(StatementKind kind) {
		this.kind = kind;
	}

	public LocalDate getStatementDate() {
		return this.statementDate;
	}

	void setStatementDate(LocalDate statementDate) {
		this.statementDate = statementDate;
	}

	/** The articles concerned, as written, e.g. "Article 6, paragraph 3". */
	public String getArticles() {
		return this.articles;
	}

	void setArticles(String articles) {
		this.articles = articles;
	}

	public String getText() {
		return this.text;
	}

	void setText(String text) {
		this.text = text;
	}

	void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Where the record comes from, for admins unless published. */
	public RecordSource getSource() {
		return this.source;
	}

	void setSource(RecordSource source) {
		this.source = source;
	}

	public long getVersion() {
		return this.version;
	}

}
