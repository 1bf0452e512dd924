package org.treatyportal.publishing;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.criteria.Path;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns an {@link EditorialQuery} into a query over any editable content type: title
 * search, author, publication status at an instant, and the order of the rows.
 */
public final class EditorialSearch {

	private EditorialSearch() {
	}

	/** The filters of the query, as a specification for any {@link EditableContent}. */
	public static <E extends EditableContent> Specification<E> matching(EditorialQuery query, Instant now) {
		Specification<E> specification = (root, criteria, builder) -> builder.conjunction();
		if (query.q() != null) {
			String pattern = "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%";
			specification = specification
				.and((root, criteria, builder) -> builder.like(builder.lower(root.get("title")), pattern, '\\'));
		}
		if (query.authorId() != null) {
			specification = specification
				.and((root, criteria, builder) -> builder.equal(root.get("author").get("id"), query.authorId()));
		}
		if (query.status() != null) {
			specification = specification.and(statusIs(query.status(), now));
		}
		return specification;
	}

	/** The order the query asks for. */
	public static Sort sort(EditorialQuery query) {
		return switch (query.sort()) {
			case CHANGED_NEWEST -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
			case CHANGED_OLDEST -> Sort.by(Sort.Order.asc("updatedAt"), Sort.Order.asc("id"));
			case PUBLISHED_NEWEST ->
				Sort.by(Sort.Order.desc("publication.publishAt").nullsLast(), Sort.Order.desc("id"));
		};
	}

	private static <E> Specification<E> statusIs(PublicationStatus status, Instant now) {
		return (root, criteria, builder) -> {
			Path<PublicationState> state = root.get("publication").get("state");
			Path<Instant> publishAt = root.get("publication").get("publishAt");
			return switch (status) {
				case DRAFT -> builder.equal(state, PublicationState.DRAFT);
				case WITHDRAWN -> builder.equal(state, PublicationState.WITHDRAWN);
				case SCHEDULED ->
					builder.and(builder.equal(state, PublicationState.PUBLISHED), builder.greaterThan(publishAt, now));
				case PUBLISHED -> builder.and(builder.equal(state, PublicationState.PUBLISHED),
						builder.lessThanOrEqualTo(publishAt, now));
			};
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
