package org.treatyportal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The audit log reads as sentences in the interface language, links each entry to its
 * item, and exports what the filters select as CSV.
 */
@PortalIntegrationTest
class AuditLinesTests {

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z_]{2,})\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestArticles articles;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private AuditLines lines;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void entryIsASentenceLinkedToItsItem() throws Exception {
		User admin = this.users.admin();
		Article article = this.articles.news("Octopus conference opens").save();
		this.auditLog.recordAs(admin.getEmail(), "PUBLISH",
				new AuditItem("news", article.getId(), "Octopus conference opens"), null);

		this.mvc
			.perform(get("/admin/audit").param("action", "PUBLISH")
				.param("itemType", "news")
				.with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("tbody tr").first().text())
					.contains("Published the news item “Octopus conference opens”")
					.doesNotContain("PUBLISH");
				assertThat(html.select("tbody tr").first().select("a").attr("href"))
					.isEqualTo("/admin/audit/items/news/" + article.getId());
				assertThat(html.select("#action option[selected]").text()).isEqualTo("Published");
				assertThat(html.select("#itemType option[selected]").text()).isEqualTo("News items");
			}));
		this.mvc.perform(get("/admin/audit/items/news/" + article.getId()).with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/news/" + article.getId()));
	}

	@Test
	void itemThatIsGoneOrOfAnUnknownTypeIsNotFound() throws Exception {
		User admin = this.users.admin();

		this.mvc.perform(get("/admin/audit/items/treaty/987654321").with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/audit/items/no-such-type/1").with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void sentencesFollowTheInterfaceLanguage() {
		AuditEntry entry = new AuditEntry(Instant.parse("2026-12-04T10:00:00Z"), null, "admin@example.org", "PUBLISH",
				new AuditItem("news", 1L, "Octopus"), "0:0:0:0:0:0:0:1", "BadCredentialsException");

		AuditLine french = this.lines.line(entry, Locale.FRENCH);

		assertThat(french.sentence()).isEqualTo("Publication de l’actualité");
		assertThat(french.address()).isEqualTo("::1 (le serveur lui-même)");
		assertThat(french.details()).isEqualTo("adresse électronique, mot de passe ou code erroné");
		assertThat(this.lines.line(entry, Locale.ENGLISH).address()).isEqualTo("::1 (the server itself)");
	}

	@Test
	void ipv6AddressesAreShortenedAsPeopleWriteThem() throws Exception {
		assertThat(AuditLines.compressed(InetAddress.getByName("2001:db8:0:0:0:0:2:1").getAddress()))
			.isEqualTo("2001:db8::2:1");
		assertThat(AuditLines.compressed(InetAddress.getByName("2001:db8:0:1:0:0:0:1").getAddress()))
			.isEqualTo("2001:db8:0:1::1");
		assertThat(AuditLines.compressed(InetAddress.getByName("2001:db8:1:1:1:1:1:1").getAddress()))
			.isEqualTo("2001:db8:1:1:1:1:1:1");
		assertThat(AuditLines.compressed(InetAddress.getByName("::").getAddress())).isEqualTo("::");
	}

	@Test
	void exportHasTheFilteredEntriesAsCsvWithoutFormulas() throws Exception {
		User admin = this.users.admin();
		String typed = "=HYPERLINK(\"http://example.org\")@" + System.nanoTime();
		this.auditLog.recordAs(typed, "SIGN_IN_FAILED", null, "BadCredentialsException");
		this.auditLog.recordAs(admin.getEmail(), "SIGN_IN", null, null);

		MvcResult result = this.mvc
			.perform(get("/admin/audit/export").param("actor", typed).with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andReturn();

		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		String[] rows = result.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(rows).hasSize(2);
		assertThat(rows[0]).startsWith("When,Who,Action code,What happened");
		assertThat(rows[1]).contains(",\"'=HYPERLINK(\"\"http://example.org\"\")@")
			.contains("Sign-in refused")
			.contains("wrong e-mail address, password or code");
		this.mvc.perform(get("/admin/audit/export").with(user(this.users.editor().getEmail()).roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyActionTheCodeRecordsReadsAsASentenceInEveryLanguage() throws IOException {
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
				String source = read(file);
				if (source.contains("auditLog.record") || source.contains("recordChange(")
						|| source.contains("extends RevisionedEditor") || file.endsWith("EditorialWorkflow.java")) {
					Matcher literal = LITERAL.matcher(source);
					while (literal.find()) {
						actions.add(literal.group(1));
					}
				}
			});
		}
		assertThat(actions).contains("PUBLISH", "SIGN_IN_FAILED", "USER_ROLE_CHANGED", "RESTORE");
		for (String bundle : new String[] { "messages-audit.properties", "messages-audit_fr.properties" }) {
			Properties messages = load(bundle);
			assertThat(actions).as(bundle)
				.allSatisfy(
						(action) -> assertThat(messages).containsKeys("audit.action." + action, "audit.did." + action));
		}
		assertThat(this.jdbc.queryForList("select distinct item_type from audit_entry where item_type is not null",
				String.class))
			.allSatisfy((type) -> assertThat(load("messages-audit.properties"))
				.containsKey("audit.type." + type.replace(' ', '-')));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties load(String bundle) {
		Properties properties = new Properties();
		try (InputStream in = AuditLinesTests.class.getResourceAsStream("/" + bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
