package org.treatyportal.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.publishing.Attachments;
import org.treatyportal.publishing.PublicContent;
import org.treatyportal.publishing.PublicationState;
import org.treatyportal.publishing.SlugHistory;
import org.treatyportal.revisions.ContentRef;

/**
 * Reads static pages for the public site: only what is visible now. Templates reach it as
 * {@code @pages} for the site menu.
 */
@Service("pages")
@Transactional(readOnly = true)
public class PageService implements PublicContent {

	private final PageRepository pages;

	private final SlugHistory slugHistory;

	private final Attachments attachments;

	private final Clock clock;

	private final ZoneId zone;

	PageService(PageRepository pages, SlugHistory slugHistory, Attachments attachments, Clock clock,
			PortalProperties properties) {
		this.pages = pages;
		this.slugHistory = slugHistory;
		this.attachments = attachments;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	/** The visible pages of the site menu, in the order admins gave them. */
	public List<MenuLink> menu() {
		return this.pages.findVisibleMenuLinks(this.clock.instant());
	}

	/** The address of every visible page with when it last changed: for the sitemap. */
	Map<String, Instant> lastChanges() {
		Map<String, Instant> changes = new LinkedHashMap<>();
		for (StaticPage page : this.pages.findVisible(this.clock.instant())) {
			Instant published = page.getPublication().getPublishAt();
			changes.put("/" + page.getSlug(), page.getUpdatedAt().isAfter(published) ? page.getUpdatedAt() : published);
		}
		return changes;
	}

	Optional<PageView> find(String slug) {
		return this.pages.findVisibleBySlug(slug, this.clock.instant()).map(this::view);
	}

	Optional<String> renamedTo(String slug) {
		return this.slugHistory.formerOwner(PageEditor.CONTENT_TYPE, slug)
			.flatMap(this.pages::findById)
			.filter((page) -> page.getPublication().isVisibleAt(this.clock.instant()))
			.map((page) -> "/" + page.getSlug());
	}

	boolean isWithdrawn(String slug) {
		return this.pages.findBySlug(slug)
			.map((page) -> page.getPublication().getState() == PublicationState.WITHDRAWN)
			.orElse(false);
	}

	@Override
	public boolean isVisible(ContentRef content) {
		return PageEditor.CONTENT_TYPE.equals(content.type()) && this.pages.findById(content.id())
			.map((page) -> page.getPublication().isVisibleAt(this.clock.instant()))
			.orElse(false);
	}

	PageView view(StaticPage page) {
		List<AttachmentView> files = (page.getId() != null)
				? this.attachments.list(new ContentRef(PageEditor.CONTENT_TYPE, page.getId())) : List.of();
		return new PageView(page.getTitle(), page.getSummary(), page.getBody(),
				page.getUpdatedAt().atZone(this.zone).toLocalDate(), files);
	}

}
