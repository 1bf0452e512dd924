package org.treatyportal.publishing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.files.FileStore;
import org.treatyportal.files.FileType;
import org.treatyportal.files.FileUpload;
import org.treatyportal.files.StoredFile;
import org.treatyportal.files.StoredFileInfo;
import org.treatyportal.revisions.ContentRef;

/**
 * Files attached to editable items: listed on their pages, placed in their text, and
 * served to visitors only while the item is visible.
 */
@Service
public class Attachments {

	private static final Set<FileType> IMAGES = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);

	private final JdbcTemplate jdbc;

	private final FileStore files;

	private final ObjectProvider<PublicContent> publicContent;

	Attachments(JdbcTemplate jdbc, FileStore files, ObjectProvider<PublicContent> publicContent) {
		this.jdbc = jdbc;
		this.files = files;
		this.publicContent = publicContent;
	}

	/** The item's attachments, in the order they were added. */
	@Transactional(readOnly = true)
	public List<AttachmentView> list(ContentRef content) {
		return this.jdbc.query("select f.id, f.original_name, f.content_type, f.size from content_attachment a"
				+ " join stored_file f on f.id = a.file_id where a.content_type = ? and a.content_id = ?"
				+ " order by a.position, f.id", (row, number) -> {
					FileType type = FileType.ofMediaType(row.getString(3));
					long id = row.getLong(1);
					String name = row.getString(2);
					return new AttachmentView(id, name, type.label(), row.getLong(4), IMAGES.contains(type),
							url(id, name));
				}, content.type(), content.id());
	}

	/** Stores checked uploads and attaches them to the item, after those it has. */
	@Transactional
	public void attach(ContentRef content, List<FileUpload> uploads) {
		if (uploads.isEmpty()) {
			return;
		}
		for (FileUpload upload : uploads) {
			StoredFile file = this.files.store(upload);
			this.jdbc.update(
					"insert into content_attachment (content_type, content_id, file_id, position)"
							+ " select ?, ?, ?, coalesce(max(position), 0) + 1 from content_attachment"
							+ " where content_type = ? and content_id = ?",
					content.type(), content.id(), file.getId(), content.type(), content.id());
		}
	}

	/**
	 * Detaches files from the item and deletes them; ids of other items' files are
	 * ignored.
	 */
	@Transactional
	public void remove(ContentRef content, List<Long> fileIds) {
		for (Long fileId : fileIds) {
			int detached = this.jdbc.update(
					"delete from content_attachment where content_type = ? and content_id = ? and file_id = ?",
					content.type(), content.id(), fileId);
			if (detached > 0) {
				this.files.delete(fileId);
			}
		}
	}

	/** Deletes every attachment of an item that is itself deleted. */
	@Transactional
	public void removeAll(ContentRef content) {
		remove(content, list(content).stream().map(AttachmentView::fileId).toList());
	}

	/** The file, if it is attached to an item that visitors may see now. */
	@Transactional(readOnly = true)
	public Optional<StoredFileInfo> publicFile(long fileId) {
		return owner(fileId).filter((owner) -> this.publicContent.stream().anyMatch((pc) -> pc.isVisible(owner)))
			.flatMap((owner) -> this.files.info(fileId));
	}

	/** The file, if it is attached to any item: for editors, who see drafts too. */
	@Transactional(readOnly = true)
	public Optional<StoredFileInfo> anyFile(long fileId) {
		return owner(fileId).flatMap((owner) -> this.files.info(fileId));
	}

	private Optional<ContentRef> owner(long fileId) {
		return this.jdbc
			.query("select content_type, content_id from content_attachment where file_id = ?",
					(row, number) -> new ContentRef(row.getString(1), row.getLong(2)), fileId)
			.stream()
			.findFirst();
	}

	private static String url(long id, String name) {
		return "/attachments/" + id + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
