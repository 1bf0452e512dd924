package org.treatyportal.treaties;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links treaties, States' records and statements to their admin pages (a
 * record's page sits under its treaty's, a statement's under its record's), by treaty
 * number and ISO code.
 */
@Component
class TreatyAuditAddresses implements AuditItemAddresses {

	/** A record's address in SQL, as {@link AdminPaths#party} writes it. */
	private static final String PARTY = "'/admin/treaties/' || t.number || '/parties/' || lower(p.country_code)";

	private final JdbcTemplate jdbc;

	TreatyAuditAddresses(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> adminPath(String itemType, long id) {
		return switch (itemType) {
			case TreatyEditor.CONTENT_TYPE -> first("select '/admin/treaties/' || number from treaty where id = ?", id);
			case PartyEditor.CONTENT_TYPE -> first(
					"select " + PARTY + " from treaty_party p" + " join treaty t on t.id = p.treaty_id where p.id = ?",
					id);
			case StatementEditor.CONTENT_TYPE -> first("select " + PARTY + " || '/statements/' || s.id"
					+ " from treaty_statement s join treaty_party p on p.id = s.party_id"
					+ " join treaty t on t.id = p.treaty_id where s.id = ?", id);
			default -> Optional.empty();
		};
	}

	private Optional<String> first(String sql, long id) {
		return this.jdbc.queryForList(sql, String.class, id).stream().findFirst();
	}

}
