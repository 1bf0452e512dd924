package org.treatyportal.publishing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.jpa.domain.Specification;

/**
 * A content type's own filters of its admin list, beyond the shared title, status and
 * author: what they select, and the request parameters that keep them in page links.
 *
 * @param specification the items they let through
 * @param parameters their parameters as set, to repeat in the list's page links
 * @param <E> the entity
 */
public record ListFilter<E extends EditableContent>(Specification<E> specification, Map<String, String> parameters) {

	/** No filter of the type's own. */
	public static <E extends EditableContent> ListFilter<E> none() {
		return new ListFilter<>((root, query, builder) -> builder.conjunction(), Map.of());
	}

	/** This filter and another, with the parameters of both. */
	public ListFilter<E> and(ListFilter<E> other) {
		Map<String, String> both = new LinkedHashMap<>(this.parameters);
		both.putAll(other.parameters);
		return new ListFilter<>(this.specification.and(other.specification), both);
	}

}
