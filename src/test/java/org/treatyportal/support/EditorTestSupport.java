package org.treatyportal.support;

import java.util.List;

import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.publishing.EditableContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tests of the admin screens read back after a save: the item's id from the
 * redirect, its optimistic-locking version and its audit trail.
 */
public final class EditorTestSupport {

	private EditorTestSupport() {
	}

	/** The id at the end of the address a successful save redirects to. */
	public static long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("saved, redirected").isNotNull();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The item's version as stored now, for a form that is not stale. */
	public static long version(CrudRepository<? extends EditableContent, Long> repository, long id) {
		return repository.findById(id).orElseThrow().getVersion();
	}

	/** The audit actions about an item of one of these types, oldest first. */
	public static List<String> auditActions(JdbcTemplate jdbc, long id, String... itemTypes) {
		return JdbcClient.create(jdbc)
			.sql("select action from audit_entry where item_id = :id and item_type in (:types) order by id")
			.param("id", id)
			.param("types", List.of(itemTypes))
			.query(String.class)
			.list();
	}

}
