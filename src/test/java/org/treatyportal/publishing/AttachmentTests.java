package org.treatyportal.publishing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Files attached to items through the editorial form: checked by their bytes, listed on
 * the public page, and served to visitors only while the item is visible.
 */
@PortalIntegrationTest
class AttachmentTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void attachmentOfAPublishedItemIsListedAndServedToVisitors() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = save(editor, "Attached report 1001", "publish",
				new MockMultipartFile("uploads", "Progress report – 2008.pdf", "text/plain", PDF));
		long fileId = fileOf(id, "press-releases");
		assertThat(this.jdbc.queryForList("select details from audit_entry where action = 'UPLOAD' and item_id = ?"
				+ " and item_type = 'press-releases'", String.class, id))
			.containsExactly("Progress report – 2008.pdf");

		this.mvc.perform(get("/press-releases/attached-report-1001")).andExpect(page((html) -> {
			assertThat(html.select(".attachment-list a").text()).isEqualTo("Progress report – 2008.pdf");
			assertThat(html.select(".attachment-list__meta").text()).startsWith("PDF");
		}));
		this.mvc.perform(get("/attachments/" + fileId + "/report.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Cache-Control", containsString("public")));
	}

	@Test
	void attachmentOfADraftIsHiddenFromVisitorsButNotFromEditors() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = save(editor, "Draft with file 1002", "save",
				new MockMultipartFile("uploads", "draft.pdf", null, PDF));
		long fileId = fileOf(id, "press-releases");

		this.mvc.perform(get("/attachments/" + fileId + "/draft.pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/" + fileId + "/draft.pdf").with(editor))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		this.mvc.perform(get("/attachments/999999999/none.pdf").with(editor)).andExpect(status().isNotFound());
	}

	@Test
	void refusedUploadIsExplainedAndTheRestOfTheFormIsKept() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		this.mvc.perform(multipart("/admin/press-releases")
			.file(new MockMultipartFile("uploads", "report.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes()))
			.param("title", "Keeps my text 1003")
			.param("summary", "My summary")
			.param("body", "<p>My body</p>")
			.with(editor)
			.with(csrf())).andExpect(status().isOk()).andExpect(page((html) -> {
				assertThat(html.select("#uploads-error").text()).contains("cannot be uploaded here");
				assertThat(html.select("#title").val()).isEqualTo("Keeps my text 1003");
				assertThat(html.select("textarea[name=summary]").text()).isEqualTo("My summary");
				assertThat(html.select("textarea[name=body]").text()).contains("My body");
			}));
		assertThat(this.jdbc.queryForObject("select count(*) from article where title = 'Keeps my text 1003'",
				Integer.class))
			.isZero();

		this.mvc
			.perform(multipart("/admin/press-releases")
				.file(new MockMultipartFile("uploads", "empty.pdf", null, new byte[0]))
				.param("title", "Empty upload 1003")
				.with(editor)
				.with(csrf()))
			.andExpect(page((html) -> assertThat(html.select("#uploads-error").text()).contains("empty")));
	}

	@Test
	void removingAnAttachmentDeletesItsFile() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = save(editor, "Remove my file 1004", "publish",
				new MockMultipartFile("uploads", "old.pdf", null, PDF));
		long fileId = fileOf(id, "press-releases");
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, id);

		this.mvc
			.perform(multipart("/admin/press-releases/" + id).param("title", "Remove my file 1004")
				.param("slug", "remove-my-file-1004")
				.param("version", String.valueOf(version))
				.param("removeAttachments", String.valueOf(fileId))
				.with(editor)
				.with(csrf()))
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject("select count(*) from stored_file where id = ?", Integer.class, fileId))
			.isZero();
		this.mvc.perform(get("/attachments/" + fileId + "/old.pdf")).andExpect(status().isNotFound());
	}

	private long save(RequestPostProcessor who, String title, String action, MockMultipartFile file) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/press-releases").file(file)
				.param("title", title)
				.param("action", action)
				.with(who)
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		return EditorTestSupport.idFrom(result);
	}

	private long fileOf(long id, String type) {
		List<Long> files = this.jdbc.queryForList(
				"select file_id from content_attachment where content_type = ? and content_id = ?", Long.class, type,
				id);
		assertThat(files).hasSize(1);
		return files.get(0);
	}

}
